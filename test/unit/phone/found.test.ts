import { describe, expect, it } from 'vitest';
import { findNumbersIn, findPhoneNumbers, matchOf, type FoundNumber, type PhoneMatch } from '../../../lib/phone/detect';

// What the background's findNumbers answers, and what the content script makes of it again.

const CASES: [string, FoundNumber[], string[]][] = [
  ['Call (415) 555-0132 ext. 204', [{ start: 5, end: 28, e164: '+14155550132', extension: '204' }], ['+1 415 555 0132']],
  ['Mobile: +44 20 7946 0958', [{ start: 8, end: 24, e164: '+442079460958' }], ['+44 20 7946 0958']],
  [
    'Call 415-555-0132 or 650-253-0000 x9',
    [
      { start: 5, end: 17, e164: '+14155550132' },
      { start: 21, end: 36, e164: '+16502530000', extension: '9' },
    ],
    ['+1 415 555 0132', '+1 650 253 0000'],
  ],
  ['Invoice #4155552671', [], []],
  ['', [], []],
];
const TEXTS = CASES.map(([text]) => text);

const shown = ({ start, end, e164, extension, text, international }: PhoneMatch) => ({ start, end, e164, extension, text, international });

describe('findNumbersIn', () => {
  it('answers one plain list per text, in order', () => {
    expect(findNumbersIn(TEXTS, 'US')).toStrictEqual(CASES.map(([, found]) => found));
  });

  it('survives the trip through extension messaging unchanged', () => {
    const found = findNumbersIn(TEXTS, 'US');
    expect(JSON.parse(JSON.stringify(found))).toStrictEqual(found);
  });
});

describe('matchOf', () => {
  it.each(CASES)('%s: shows the same as findPhoneNumbers', (text, _found, international) => {
    const [answer] = JSON.parse(JSON.stringify(findNumbersIn([text], 'US'))) as FoundNumber[][];
    const matches = answer!.map((number) => matchOf(text, number));
    expect(matches.map(shown)).toStrictEqual(findPhoneNumbers(text, 'US').map(shown));
    expect(matches.map((m) => m.international)).toEqual(international);
    // An extension only where there is one, as findPhoneNumbers gives it.
    expect(matches.map((m) => Object.hasOwn(m, 'extension'))).toEqual(findPhoneNumbers(text, 'US').map((m) => Object.hasOwn(m, 'extension')));
  });
});
