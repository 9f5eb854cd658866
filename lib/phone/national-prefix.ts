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
const mandatoryAnywhere = new Map<CountryCode, boolean>();

function entire(pattern: string): RegExp {
  let re = patterns.get(pattern);
  if (!re) patterns.set(pattern, (re = new RegExp(`^(?:${pattern})$`)));
  return re;
}

function formats(country: CountryCode): FormatRule[] {
  metadata.selectNumberingPlan(country);
  return (metadata.numberingPlan as unknown as { formats(): FormatRule[] } | undefined)?.formats() ?? [];
}

function prefixMandatory(country: CountryCode, nationalNumber: string): boolean {
  // Most countries either never require the prefix (US, CN mobiles) or always do; ask once.
  let anywhere = mandatoryAnywhere.get(country);
  if (anywhere === undefined) {
    anywhere = formats(country).some((format) => format.nationalPrefixIsMandatoryWhenFormattingInNationalFormat());
    mandatoryAnywhere.set(country, anywhere);
  }
  if (!anywhere) return false;
  const format = formats(country).find((rule) => {
    const leading = rule.leadingDigitsPatterns().at(-1);
    return (!leading || nationalNumber.search(leading) === 0) && entire(rule.pattern()).test(nationalNumber);
  });
  return format?.nationalPrefixIsMandatoryWhenFormattingInNationalFormat() ?? false;
}

export function lacksRequiredNationalPrefix(number: PhoneNumber, candidate: string, defaultCountry: CountryCode): boolean {
  // Anything before the national number (a +CC, an IDD, a prefix) means the writer chose it.
  return parseDigits(candidate).startsWith(number.nationalNumber) && prefixMandatory(number.country ?? defaultCountry, number.nationalNumber);
}
