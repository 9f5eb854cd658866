/**
 * Google's VALID leniency rejects a national-format number written without the national
 * prefix its country requires (`1700000000` is not a German `0170 0000000`); libphonenumber-js
 * skips that check "for simplicity" (source/findNumbers/Leniency.js), which lets Unix
 * timestamps through with a DE or GB default. This restores it.
 */
import { Metadata } from 'libphonenumber-js/core';
import { parseDigits, type CountryCode, type PhoneNumber } from 'libphonenumber-js/max';
import maxMetadata from 'libphonenumber-js/max/metadata';

// The runtime Metadata API (libphonenumber-js 1.x) has these; its .d.ts does not declare them.
interface FormatRule {
  pattern(): string;
  leadingDigitsPatterns(): string[];
  nationalPrefixIsMandatoryWhenFormattingInNationalFormat(): boolean;
}

const metadata = new Metadata(maxMetadata);
const patterns = new Map<string, RegExp>();

function entire(pattern: string): RegExp {
  let re = patterns.get(pattern);
  if (!re) patterns.set(pattern, (re = new RegExp(`^(?:${pattern})$`)));
  return re;
}

function formatFor(country: CountryCode, nationalNumber: string): FormatRule | undefined {
  metadata.selectNumberingPlan(country);
  const plan = metadata.numberingPlan as unknown as { formats(): FormatRule[] } | undefined;
  return plan?.formats().find((format) => {
    const leading = format.leadingDigitsPatterns().at(-1);
    return (!leading || nationalNumber.search(leading) === 0) && entire(format.pattern()).test(nationalNumber);
  });
}

export function lacksRequiredNationalPrefix(number: PhoneNumber, candidate: string, defaultCountry: CountryCode): boolean {
  // Anything before the national number (a +CC, an IDD, a prefix) means the writer chose it.
  if (!parseDigits(candidate).startsWith(number.nationalNumber)) return false;
  const format = formatFor(number.country ?? defaultCountry, number.nationalNumber);
  return format?.nationalPrefixIsMandatoryWhenFormattingInNationalFormat() ?? false;
}
