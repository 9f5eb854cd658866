import { getCountries } from 'libphonenumber-js/max';
import type { Locale } from '../i18n';

/** Every region libphonenumber knows, named in the agent's language and sorted by name. */
export function countryOptions(locale: Locale): Array<{ value: string; label: string }> {
  const tag = locale.replace('_', '-');
  const names = new Intl.DisplayNames([tag], { type: 'region' });
  return getCountries()
    .map((code) => ({ value: code, label: `${names.of(code) ?? code} (${code})` }))
    .sort((a, b) => a.label.localeCompare(b.label, tag));
}
