import { defaultCountryOf } from '../phone/locale';
import type { CountryCode } from '../phone/detect';
import { getSettings } from '../settings/effective';

/**
 * What a number written without +CC means, by the settings in force (an admin's policy may
 * name the country), else the browser's locale: the same country the content script works
 * out from its page settings (getPageConfig), in the same browser.
 */
export async function countryInForce(): Promise<CountryCode> {
  return defaultCountryOf((await getSettings()).defaultCountry, navigator.language);
}
