/**
 * Phone numbers for the benchmark page: distinct, valid numbers from many countries, written
 * the ways a US-based CRM shows them (US numbers in national forms, the rest international).
 * Every text is checked with libphonenumber-js (max metadata) itself, so "expected" means
 * "a number libphonenumber finds in this exact text", never a guess of ours.
 */
import { findNumbers, parsePhoneNumberFromString, type CountryCode, type PhoneNumber } from 'libphonenumber-js/max';

/** The CRM's default country, used by every tool in the benchmark. */
export const DEFAULT_COUNTRY: CountryCode = 'US';

export type Random = () => number;

/** mulberry32: the same page on every run and machine, so runs compare. */
export function seededRandom(seed: number): Random {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

export const pick = <T>(random: Random, items: readonly T[]): T => items[Math.floor(random() * items.length)]!;
const digits = (random: Random, n: number) => Array.from({ length: n }, () => Math.floor(random() * 10)).join('');

// Real numbering ranges (landlines and mobiles); the last digits are randomised per row.
const SEEDS: Record<string, string[]> = {
  GB: ['+442079460958', '+447911123456', '+441614960000'],
  DE: ['+493012345678', '+491701234567', '+4989123456789'],
  FR: ['+33123456789', '+33612345678'],
  ES: ['+34912345678', '+34612345678'],
  IT: ['+390612345678', '+393123456789'],
  NL: ['+31201234567', '+31612345678'],
  CN: ['+8613812345678', '+861012345678'],
  JP: ['+81312345678', '+819012345678'],
  KR: ['+821012345678'],
  IN: ['+919876543210', '+911123456789'],
  BR: ['+5511912345678', '+552123456789'],
  MX: ['+525512345678'],
  AU: ['+61412345678', '+61298765432'],
  RU: ['+79123456789', '+74951234567'],
  ZA: ['+27821234567'],
  SG: ['+6591234567'],
  CH: ['+41446681800'],
  SE: ['+46701234567'],
  PL: ['+48512345678'],
  IE: ['+353871234567'],
  AE: ['+971501234567'],
};
const US_AREAS = ['212', '213', '206', '303', '305', '312', '404', '415', '512', '617', '646', '650', '702', '713', '416', '604'];

// How a US agent's CRM shows North American numbers...
const NANP_FORMATS: ((n: PhoneNumber) => string)[] = [
  (n) => n.formatNational(), // (415) 555-0132
  (n) => n.formatNational().replace(/^\((\d+)\) /, '$1-'), // 415-555-0132
  (n) => n.formatNational().replace(/^\((\d+)\) /, '$1.').replace('-', '.'), // 415.555.0132
  (n) => n.formatInternational(), // +1 415 555 0132
  (n) => `1-${n.formatNational().replace(/^\((\d+)\) /, '$1-')}`, // 1-415-555-0132
  (n) => `+1 ${n.formatNational()}`, // +1 (415) 555-0132
  (n) => n.nationalNumber, // 4155550132
];
// ...and everyone else's.
const INTERNATIONAL_FORMATS: ((n: PhoneNumber) => string)[] = [
  (n) => n.formatInternational(), // +44 20 7946 0958
  (n) => n.number, // +442079460958
  (n) => n.formatInternational().replace(/ /g, '-'), // +44-20-7946-0958
  (n) => `011 ${n.formatInternational().slice(1)}`, // 011 44 20 7946 0958 (dialled from the US)
  (n) => (n.country === 'GB' || n.country === 'DE' ? n.formatInternational().replace(/^(\+\d+) /, '$1 (0)') : n.formatInternational()),
];
const LABELS = ['', '', '', 'Tel: ', 'Mobile: ', 'Phone ', 'Office: '];
const EXTENSIONS = [' ext. 123', ' x 9', ' ext 4021'];

export interface PhoneText {
  text: string;
  e164: string;
}

/** True when libphonenumber itself finds exactly `e164` (and nothing else) in `text`. */
function isFoundAs(text: string, e164: string): boolean {
  const found = findNumbers(text, { defaultCountry: DEFAULT_COUNTRY, v2: true });
  return found.length === 1 && found[0]!.number.number === e164;
}

function randomNumber(random: Random): PhoneNumber | undefined {
  if (random() < 0.45) {
    const area = pick(random, US_AREAS);
    return parsePhoneNumberFromString(`+1${area}${2 + Math.floor(random() * 8)}${digits(random, 6)}`);
  }
  const seed = pick(random, SEEDS[pick(random, Object.keys(SEEDS))]!);
  return parsePhoneNumberFromString(seed.slice(0, -4) + digits(random, 4));
}

/** A valid number not in `taken`, written in one of the formats above. */
export function randomPhoneText(random: Random, taken: Set<string>): PhoneText {
  for (;;) {
    const number = randomNumber(random);
    if (!number?.isValid() || taken.has(number.number)) continue;
    const formats = number.countryCallingCode === '1' ? NANP_FORMATS : INTERNATIONAL_FORMATS;
    const ext = random() < 0.03 ? pick(random, EXTENSIONS) : '';
    const text = `${pick(random, LABELS)}${pick(random, formats)(number)}${ext}`;
    if (!isFoundAs(text, number.number)) continue;
    taken.add(number.number);
    return { text, e164: number.number };
  }
}
