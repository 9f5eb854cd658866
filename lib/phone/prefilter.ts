/**
 * A cheap gate that runs on every text node before libphonenumber, which costs ~30 µs per
 * candidate even when it finds nothing. It only answers "could libphonenumber find a number
 * here that we would keep?", so it must never say no to a real number: it mirrors the
 * matcher's own candidate shape (digits joined by its punctuation set, constants.js) and
 * drops only runs that detect.ts would reject anyway.
 */

/** Fewest digits we look at: shorter numbers (a few island nations) are not worth the cost. */
export const MIN_DIGITS = 7;

// A leading date and its separator, e.g. "2024-05-17" or "17.05.2024" (then maybe a time).
const DATE_PREFIX = /^(?:(?:19|20)\d\d([-/.])\d\d?\1\d\d?|\d\d?([-/.])\d\d?\2(?:19|20)\d\d)(?!\d)/;

export function isDigitCode(c: number): boolean {
  return (
    (c >= 0x30 && c <= 0x39) ||
    (c >= 0xff10 && c <= 0xff19) ||
    (c >= 0x660 && c <= 0x669) ||
    (c >= 0x6f0 && c <= 0x6f9)
  );
}

// libphonenumber's VALID_PUNCTUATION plus plus signs; anything else ends a candidate.
const PUNCTUATION = new Set(
  '-\u2010\u2011\u2012\u2013\u2014\u2015\u2212\u30FC\uFF0D\uFF0F/\uFF0E. \u00A0\u00AD\u200B\u2060\u3000()\uFF08\uFF09\uFF3B\uFF3D[]~\u2053\u223C\uFF5E+\uFF0B'
    .split('')
    .map((ch) => ch.charCodeAt(0)),
);

export function isLatinLetterCode(c: number): boolean {
  return (c >= 0x41 && c <= 0x5a) || (c >= 0x61 && c <= 0x7a) || (c >= 0xc0 && c <= 0x24f && c !== 0xd7 && c !== 0xf7);
}

/**
 * True when the digits starting at `start` continue an identifier: `ORD-58213947`,
 * `INV/2024/000123`, `#4155552671`, `abc_4155552671`.
 */
export function isGluedToIdentifier(text: string, start: number): boolean {
  const prev = text.charCodeAt(start - 1);
  if (prev === 0x23 /* # */ || prev === 0x5f /* _ */ || isLatinLetterCode(prev)) return true;
  if (prev !== 0x2d /* - */ && prev !== 0x2f /* / */) return false;
  const before = text.charCodeAt(start - 2);
  return before === 0x5f || isLatinLetterCode(before);
}

function countDigits(text: string, from: number, to: number): number {
  let digits = 0;
  for (let i = from; i < to; i++) if (isDigitCode(text.charCodeAt(i))) digits++;
  return digits;
}

function isPlausibleRun(text: string, start: number, end: number): boolean {
  if (isGluedToIdentifier(text, start)) return false;
  const date = DATE_PREFIX.exec(text.slice(start, end));
  return !date || countDigits(text, start + date[0].length, end) >= MIN_DIGITS;
}

// Seven digits joined by the punctuation above, as one native regular expression: it turns
// away almost every text node of a page (words, whitespace, short numbers) at a third of the
// cost of the loop below, which then only looks at texts that have such a run.
const DIGIT = '0-9\\uFF10-\\uFF19\\u0660-\\u0669\\u06F0-\\u06F9';
const SEPARATOR = [...PUNCTUATION].map((c) => `\\u${c.toString(16).padStart(4, '0')}`).join('');
const SEVEN_DIGITS = new RegExp(`[${DIGIT}](?:[${SEPARATOR}]*[${DIGIT}]){${MIN_DIGITS - 1}}`);

export function mayContainPhoneNumber(text: string): boolean {
  return SEVEN_DIGITS.test(text) && hasPlausibleRun(text);
}

/** The prefilter itself, exported so a test can hold the regular expression to it. */
export function hasPlausibleRun(text: string): boolean {
  let digits = 0;
  let start = -1;
  for (let i = 0; i <= text.length; i++) {
    const c = i < text.length ? text.charCodeAt(i) : -1;
    if (isDigitCode(c)) {
      if (start < 0) start = i;
      digits++;
    } else if (start < 0 || !PUNCTUATION.has(c)) {
      if (digits >= MIN_DIGITS && isPlausibleRun(text, start, i)) return true;
      digits = 0;
      start = -1;
    }
  }
  return false;
}
