/**
 * Strings that libphonenumber can read as a valid number somewhere but that are something
 * else by their shape. Each rule is narrow on purpose: it must not cost real numbers.
 */

const OCTET = '(?:25[0-5]|2[0-4]\\d|1\\d\\d|[1-9]?\\d)';
// No leading zeros, so Belgian "02.123.45.67" is still a phone number.
const IPV4 = new RegExp(`^${OCTET}(?:\\.${OCTET}){3}$`);

/** The whole run of digits and dots around the match is an IPv4 address. */
export function isIpv4(text: string, start: number, end: number): boolean {
  while (start > 0 && /[\d.]/.test(text[start - 1]!)) start--;
  while (end < text.length && /[\d.]/.test(text[end]!)) end++;
  return IPV4.test(text.slice(start, end));
}

function isbnChecksumOk(digits: string): boolean {
  const values = [...digits].map((d) => (d === 'X' ? 10 : Number(d)));
  if (values.length === 10) return values.reduce((sum, v, i) => sum + v * (10 - i), 0) % 11 === 0;
  return /^97[89]/.test(digits) && values.reduce((sum, v, i) => sum + v * (i % 2 ? 3 : 1), 0) % 10 === 0;
}

/** A hyphenated ISBN-10 or ISBN-13 (4 or 5 groups) whose check digit is right. */
export function isIsbn(candidate: string): boolean {
  const groups = candidate.trim().split('-');
  if (groups.length < 4 || !groups.every((g) => /^[\dX]+$/.test(g))) return false;
  return isbnChecksumOk(groups.join(''));
}

/**
 * An unformatted 10- or 13-digit run in the Unix-time range of 2017–2033. Such strings are
 * timestamps far more often than numbers typed without separators; the cost is bare
 * landlines of a few IN/BR area codes (15–19) written without any separator.
 */
export function isUnixTimestamp(candidate: string): boolean {
  if (!/^\d{10}(?:\d{3})?$/.test(candidate)) return false;
  const seconds = Number(candidate.slice(0, 10));
  return seconds >= 1.5e9 && seconds < 2e9;
}
