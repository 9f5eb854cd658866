import { describe, expect, it } from 'vitest';
import { defaultCountryFromLocale } from '../../../lib/phone/locale';

describe('defaultCountryFromLocale', () => {
  it.each([
    ['en-US', 'US'],
    ['en-GB', 'GB'],
    ['zh-CN', 'CN'],
    ['zh', 'CN'],
    ['zh-TW', 'TW'],
    ['de', 'DE'],
    ['pt-BR', 'BR'],
    ['ja', 'JP'],
    ['en', 'US'],
  ])('%s -> %s', (locale, country) => {
    expect(defaultCountryFromLocale(locale)).toBe(country);
  });

  it.each(['es-419', '', 'not a locale!'])('falls back for %j', (locale) => {
    expect(defaultCountryFromLocale(locale, 'GB')).toBe('GB');
  });
});
