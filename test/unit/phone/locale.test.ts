import { describe, expect, it } from 'vitest';
import { defaultCountryFromLocale, defaultCountryOf } from '../../../lib/phone/locale';

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

describe('defaultCountryOf', () => {
  it.each<[string | undefined, string, string]>([
    ['GB', 'en-US', 'GB'], // the setting wins
    ['', 'zh-CN', 'CN'], // not set: the browser's
    [undefined, 'de-DE', 'DE'],
    ['XX', 'ja-JP', 'JP'], // not a country libphonenumber knows: the browser's
    ['gb', 'en-US', 'US'], // codes are upper case
  ])('setting %j, browser %s -> %s', (setting, locale, country) => {
    expect(defaultCountryOf(setting, locale)).toBe(country);
  });
});
