import { isSupportedCountry, type CountryCode } from 'libphonenumber-js/max';

/**
 * The default country for numbers written without +CC, from a BCP 47 tag such as
 * `navigator.language`. A bare language gets its likely region (`zh` -> CN, `en` -> US).
 */
export function defaultCountryFromLocale(locale: string, fallback: CountryCode = 'US'): CountryCode {
  try {
    const region = new Intl.Locale(locale).maximize().region;
    return region && isSupportedCountry(region) ? region : fallback;
  } catch {
    return fallback;
  }
}

/** The country the settings name, else the browser's (`locale`): what numbers without +CC mean. */
export function defaultCountryOf(setting: string | undefined, locale: string): CountryCode {
  return setting && isSupportedCountry(setting) ? setting : defaultCountryFromLocale(locale);
}
