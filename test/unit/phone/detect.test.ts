import { describe, expect, it } from 'vitest';
import { findPhoneNumbers } from '../../../lib/phone/detect';
import type { CountryCode } from '../../../lib/phone/detect';

describe('findPhoneNumbers: known failures of other click-to-dial tools', () => {
  it.each<[CountryCode, string, string]>([
    ['GB', 'Call 07911 123456 today', '+447911123456'],
    ['GB', '+44 7911 123456', '+447911123456'],
    ['US', '+44 7911 123456', '+447911123456'],
  ])('%s default: %s dials %s', (country, text, e164) => {
    expect(findPhoneNumbers(text, country).map((m) => m.e164)).toEqual([e164]);
  });

  it('does not turn a UK 07... number into +1 07... with a US default', () => {
    expect(findPhoneNumbers('Call 07911 123456 today', 'US')).toEqual([]);
  });

  it.each<[string, string, string]>([
    ['+1 650-253-0000 ext. 123', '+1 650-253-0000 ext. 123', '123'],
    ['(650) 253-0000 x 9', '(650) 253-0000 x 9', '9'],
    ['Desk: 650-253-0000 *227, mornings', '650-253-0000 *227', '227'],
    ['650-253-0000#42', '650-253-0000#42', '42'],
  ])('keeps the extension in %s and dials the main number', (text, matched, extension) => {
    const [match, ...rest] = findPhoneNumbers(text, 'US');
    expect(rest).toEqual([]);
    expect(match).toMatchObject({ e164: '+16502530000', extension, text: matched });
    expect(text.slice(match!.start, match!.end)).toBe(matched);
  });

  it.each<[CountryCode, string]>([
    ['CN', '20240517'],
    ['CN', 'ID 1234567890'],
    ['CN', '192.168.100.200'],
    ['CN', '1 234 567,89'],
    ['US', 'Invoice #4155552671'],
    ['US', 'INV-2024-000123'],
    ['US', 'Order no. 4155552671'],
    ['DE', '1700000000'],
    ['IN', 'created 1715961600'],
  ])('%s default: %s is not a number', (country, text) => {
    expect(findPhoneNumbers(text, country)).toEqual([]);
  });

  it('reports positions, the display form and every number in a longer text', () => {
    const text = 'Home (415) 555-0132, office +44 20 7946 0958.';
    expect(findPhoneNumbers(text, 'US')).toEqual([
      { start: 5, end: 19, text: '(415) 555-0132', e164: '+14155550132', international: '+1 415 555 0132' },
      { start: 28, end: 44, text: '+44 20 7946 0958', e164: '+442079460958', international: '+44 20 7946 0958' },
    ]);
  });

  it('keeps a caller ID, which names a phone number', () => {
    expect(findPhoneNumbers('Caller ID: 415-555-0132', 'US').map((m) => m.e164)).toEqual(['+14155550132']);
  });
});
