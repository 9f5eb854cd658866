/**
 * Phone numbers in a string of page text. libphonenumber-js finds and validates; the helpers
 * here drop what it cannot judge from the candidate alone. Max metadata, not min: on the
 * corpus min lets 30 decoys through (`20240517`, `1 234 567,89` and postcodes under CN/DE)
 * because it checks lengths only, max none; max costs 56.5 kB gzipped against 35.9 kB.
 */
import {
  findPhoneNumbersInText,
  parsePhoneNumberFromString,
  type CountryCode,
  type NumberFound,
  type PhoneNumber,
} from 'libphonenumber-js/max';
import { extensionAfter, isIdentifierContext } from './context';
import { lacksRequiredNationalPrefix } from './national-prefix';
import { mayContainPhoneNumber } from './prefilter';
import { isIpv4, isIsbn, isUnixTimestamp } from './shapes';

export type { CountryCode };

export interface PhoneNumberInfo {
  /** The number to dial, without the extension. */
  e164: string;
  extension?: string;
  /** For display (the button's name), formatted on first read: it costs as much as finding. */
  readonly international: string;
}

export interface PhoneMatch extends PhoneNumberInfo {
  /** [start, end) in the searched text; covers the extension when there is one. */
  start: number;
  end: number;
  text: string;
}

const withoutExtension = { formatExtension: (formatted: string) => formatted };

/**
 * A number found in a text, as the background sends it to a content script (messages.ts):
 * plain data, where PhoneMatch formats its display text on first read.
 */
export interface FoundNumber {
  start: number;
  end: number;
  e164: string;
  extension?: string;
}

export function describeNumber(number: PhoneNumber, extension = number.ext): PhoneNumberInfo {
  return {
    e164: number.number,
    ...(extension ? { extension } : {}),
    get international() {
      return number.formatInternational(withoutExtension);
    },
  };
}

/**
 * `found` in `text` as a PhoneMatch; the display text is formatted from the E.164 when first
 * read. A class with the getter on its prototype: a getter defined on each object made every
 * match of a long page's answers cost ~4 µs, six times as much.
 */
class FoundMatch implements PhoneMatch {
  readonly start: number;
  readonly end: number;
  readonly text: string;
  readonly e164: string;
  declare readonly extension?: string; // an own property only when there is one, as elsewhere
  #international: string | undefined;

  constructor(text: string, { start, end, e164, extension }: FoundNumber) {
    this.start = start;
    this.end = end;
    this.text = text.slice(start, end);
    this.e164 = e164;
    if (extension) (this as { extension?: string }).extension = extension;
  }

  get international(): string {
    return (this.#international ??= parsePhoneNumberFromString(this.e164)?.formatInternational() ?? this.e164);
  }
}

export const matchOf = (text: string, found: FoundNumber): PhoneMatch => new FoundMatch(text, found);

function toMatch(text: string, number: PhoneNumber, start: number, end: number): PhoneMatch {
  const after = number.ext ? undefined : extensionAfter(text, end);
  const stop = after?.end ?? end;
  // Object.assign keeps the getters of its target (a spread would call them).
  const match = { start, end: stop, text: text.slice(start, stop) };
  return Object.assign(describeNumber(number, number.ext ?? after?.extension), match);
}

function isKept(text: string, { number, startsAt, endsAt }: NumberFound, defaultCountry: CountryCode): boolean {
  const candidate = text.slice(startsAt, endsAt);
  return !(
    isIdentifierContext(text, startsAt, endsAt) ||
    isIpv4(text, startsAt, endsAt) ||
    isIsbn(candidate) ||
    isUnixTimestamp(candidate) ||
    lacksRequiredNationalPrefix(number, candidate, defaultCountry)
  );
}

/**
 * A number alone in its text, maybe after a label: `(415) 555-0132`, `Mobile: +44 20 7946
 * 0958`. That is how CRMs show most numbers, and for it the matcher's extra work (its large
 * candidate pattern, date, bracket and inner-match checks) can only agree with parsing the
 * number itself, which costs half as much. The shape below keeps out everything those
 * checks look at: letters, slashes, more than four separators in a row, brackets other than
 * one pair before any `-` or `.`. detect.test.ts compares both paths on thousands of texts.
 */
const ALONE = /^((?:[^\d+(\uFF08\uFF0B\u0660-\u0669\u06F0-\u06F9\uFF10-\uFF19]{0,24}[\s:])?)(\+?\(?\d[\d ().-]*\d)\s*$/;

function aloneCandidate(text: string): { start: number; candidate: string } | undefined {
  const found = ALONE.exec(text);
  if (!found) return undefined;
  const candidate = found[2]!;
  if (/\D{5}/.test(candidate)) return undefined;
  const open = candidate.indexOf('(');
  const close = candidate.indexOf(')');
  if (open >= 0 || close >= 0) {
    const pair = open >= 0 && close > open && candidate.lastIndexOf('(') === open && candidate.lastIndexOf(')') === close;
    if (!pair || /[-.]/.test(candidate.slice(0, open))) return undefined;
  }
  return { start: found[1]!.length, candidate };
}

/** The matcher's answer for a number alone, or undefined when only the matcher can tell. */
function findAlone(text: string, defaultCountry: CountryCode): readonly PhoneMatch[] | undefined {
  const alone = aloneCandidate(text);
  const number = alone && parsePhoneNumberFromString(alone.candidate, { defaultCountry });
  // isValid without isPossible: a valid number's length is one its type allows (alone.test.ts).
  if (!alone || !number?.isValid()) return undefined;
  const found = { number, startsAt: alone.start, endsAt: alone.start + alone.candidate.length };
  if (!isKept(text, found, defaultCountry)) return [];
  // Only whitespace follows the number, so no extension: no need to look for one (toMatch).
  return [Object.assign(describeNumber(number), { start: found.startsAt, end: found.endsAt, text: alone.candidate })];
}

/** Every number in `text` through libphonenumber's matcher (the reference for `findAlone`). */
export function findWithMatcher(text: string, defaultCountry: CountryCode): readonly PhoneMatch[] {
  // Without `extended`, the matcher uses leniency VALID: possible, valid, no stray letters.
  return findPhoneNumbersInText(text, { defaultCountry })
    .filter((candidate) => isKept(text, candidate, defaultCountry))
    .map(({ number, startsAt, endsAt }) => toMatch(text, number, startsAt, endsAt));
}

// Pages repeat strings (a customer's number in every row of their history, a column of the
// same dates); libphonenumber costs ~30 µs per candidate, a Map lookup nothing. Long texts
// rarely repeat and would make the cache heavy.
const CACHE_SIZE = 2000;
const CACHED_LENGTH = 200;
const cache = new Map<string, readonly PhoneMatch[]>();

export function findPhoneNumbers(text: string, defaultCountry: CountryCode): readonly PhoneMatch[] {
  if (!mayContainPhoneNumber(text)) return [];
  const key = `${defaultCountry}:${text}`;
  let found = cache.get(key);
  if (!found) {
    found = findAlone(text, defaultCountry) ?? findWithMatcher(text, defaultCountry);
    if (cache.size >= CACHE_SIZE) cache.clear();
    if (text.length <= CACHED_LENGTH) cache.set(key, found);
  }
  return found;
}

/** findPhoneNumbers over many texts, as plain data (the background's `findNumbers`). */
export function findNumbersIn(texts: readonly string[], defaultCountry: CountryCode): FoundNumber[][] {
  return texts.map((text) =>
    findPhoneNumbers(text, defaultCountry).map(({ start, end, e164, extension }) => ({
      start,
      end,
      e164,
      ...(extension ? { extension } : {}),
    })),
  );
}
