import { defaultCountryOf } from '../phone/locale';
import type { CountryCode } from '../phone/detect';
import { getSettings } from '../settings/effective';
import type { Settings } from '../settings/schema';

/** What a number written without +CC means under `settings`: their country, else the browser's locale. */
export const countryOf = (settings: Pick<Settings, 'defaultCountry'>): CountryCode =>
  defaultCountryOf(settings.defaultCountry, navigator.language);

/**
 * The country by the settings in force (an admin's policy may name it): the one the
 * background searches a page's texts by, and gives the content script (getPageConfig).
 */
export async function countryInForce(): Promise<CountryCode> {
  return countryOf(await getSettings());
}
