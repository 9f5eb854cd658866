import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { catalogs, t } from '../../lib/i18n';

// Every text the agent can see exists in both languages with the same placeholders.

const placeholders = (text: string) => [...text.matchAll(/\{(\w+)\}|\$(\w+)\$/g)].map((m) => m[1] ?? m[2]).sort();

describe('lib/i18n catalogues', () => {
  it('English and Simplified Chinese have the same keys', () => {
    expect(Object.keys(catalogs.zh_CN).sort()).toEqual(Object.keys(catalogs.en).sort());
  });

  it.each(Object.keys(catalogs.en))('%s: same placeholders, and a Chinese text of its own', (key) => {
    expect(placeholders(catalogs.zh_CN[key]!)).toEqual(placeholders(catalogs.en[key]!));
    expect(catalogs.zh_CN[key]).not.toBe('');
  });

  it('fills placeholders and falls back to English, then to the key', () => {
    expect(t('crm.pattern.tooLong', {}, 'zh_CN')).toContain('500');
    expect(t('no.such.key')).toBe('no.such.key');
  });
});

describe('public/_locales (manifest and content script)', () => {
  const read = (locale: string) =>
    JSON.parse(readFileSync(`public/_locales/${locale}/messages.json`, 'utf8')) as Record<string, { message: string }>;
  const en = read('en');
  const zh = read('zh_CN');

  it('has the same messages in both languages', () => {
    expect(Object.keys(zh).sort()).toEqual(Object.keys(en).sort());
  });

  it.each(Object.keys(en))('%s: same placeholders in both languages', (key) => {
    expect(placeholders(zh[key]!.message)).toEqual(placeholders(en[key]!.message));
  });
});
