/**
 * findPhoneNumbers skips libphonenumber's matcher when a number stands alone in its text
 * (detect.ts, `findAlone`). That shortcut must never change an answer: here both paths read
 * thousands of texts (every country's example numbers in many written forms, with labels,
 * near-misses and decoys) and must agree on every number, its place and its extension.
 */
import { getCountries, getExampleNumber, type CountryCode } from 'libphonenumber-js/max';
import examples from 'libphonenumber-js/mobile/examples';
import { describe, expect, it, vi } from 'vitest';
import { findPhoneNumbers, findWithMatcher, type PhoneMatch } from '../../../lib/phone/detect';
import { mayContainPhoneNumber } from '../../../lib/phone/prefilter';
import { decoys, numbers } from '../../fixtures/phone/corpus';

// The matcher, watched: the shortcut is only worth having if it keeps the matcher out.
const matcher = vi.hoisted(() => ({ calls: 0 }));
vi.mock('libphonenumber-js/max', async (importOriginal) => {
  const original = await importOriginal<typeof import('libphonenumber-js/max')>();
  return {
    ...original,
    findPhoneNumbersInText: (...args: Parameters<typeof original.findPhoneNumbersInText>) => {
      matcher.calls++;
      return original.findPhoneNumbersInText(...args);
    },
  };
});

const DEFAULTS: CountryCode[] = ['US', 'GB', 'DE', 'CN', 'IN', 'BR', 'FR', 'JP'];
const LABELS = ['', 'Tel: ', 'Mobile:', 'Phone ', '  ', 'Caller ID: ', 'Order no. ', '$', '# ', 'Fax/Tel: '];

/** The ways people write one number (several deliberately odd). */
function writtenForms(national: string, international: string, e164: string): string[] {
  const digits = national.replace(/\D/g, '');
  return [
    national,
    international,
    e164,
    international.replace(/ /g, '-'),
    international.replace(/ /g, '.'),
    international.replace(/^(\+\d+) /, '$1 (0)'),
    national.replace(/ /g, ''),
    digits,
    `(${digits.slice(0, 3)}) ${digits.slice(3, 6)}-${digits.slice(6)}`,
    `${digits.slice(0, 3)}-${digits.slice(3)} (${digits.slice(-2)})`,
    `${digits.slice(0, 3)}-${digits.slice(3, 6)} (${digits.slice(6, 8)}) ${digits.slice(8)}`,
    `${digits.slice(0, 3)} - - - ${digits.slice(3)}`,
    `00${e164.slice(1)}`,
    `${e164.slice(0, -1)}`, // one digit short
    `${e164}9`, // one digit long
    `${national} ${national}`,
    `${national}/${digits.slice(-4)}`,
    `((${digits}))`,
    `${digits.slice(0, 4)}-${digits.slice(4, 6)}-${digits.slice(6, 8)} ${digits.slice(8)}`,
  ];
}

function texts(): string[] {
  const all = new Set<string>();
  for (const country of getCountries()) {
    const example = getExampleNumber(country, examples);
    if (!example) continue;
    const forms = writtenForms(example.formatNational(), example.formatInternational(), example.number);
    for (const [i, form] of forms.entries()) all.add(`${LABELS[i % LABELS.length]}${form}${i % 3 ? '' : ' '}`);
  }
  for (const { text } of numbers) all.add(text);
  for (const { text } of decoys) all.add(text);
  // Decoy shapes that pass the prefilter.
  for (const text of ['2024-05-17 08:00', '11/12/2013', '211-227 (2003)', '192.168.100.200', '1 234 567,89', '1700000000', '978-3-16-148410-0'])
    all.add(text);
  return [...all];
}

const shape = (matches: readonly PhoneMatch[]) =>
  matches.map(({ e164, extension, start, end, text }) => ({ e164, extension, start, end, text }));

describe('findPhoneNumbers: the shortcut for a number alone agrees with the matcher', () => {
  const all = texts();

  it('has a broad table to compare on', () => {
    expect(all.length).toBeGreaterThan(3000);
  });

  it.each(DEFAULTS)('with %s as the default country', (country) => {
    const disagreements = all
      .map((text) => ({ text, fast: shape(findPhoneNumbers(text, country)), matcher: shape(mayContainPhoneNumber(text) ? findWithMatcher(text, country) : []) }))
      .filter(({ fast, matcher }) => JSON.stringify(fast) !== JSON.stringify(matcher));
    expect(disagreements).toEqual([]);
  });

  it('keeps the matcher out for a number written alone, and only then', () => {
    const alone = numbers.filter(({ text }) => /^[+(\d][\d ().+-]*\d$/.test(text));
    expect(alone.length).toBeGreaterThan(30);
    const before = matcher.calls;
    // A trailing space makes each text new to findPhoneNumbers' cache.
    for (const { text, country, e164 } of alone) expect(findPhoneNumbers(`${text} `, country).map((m) => m.e164)).toEqual([e164]);
    expect(matcher.calls - before).toBe(0);
    findPhoneNumbers('Call 650-253-0000 ext. 123 today', 'US');
    expect(matcher.calls - before).toBe(1);
  });
});
