import { parsePhoneNumberFromString, type CountryCode } from 'libphonenumber-js/max';
import { describeNumber, type PhoneNumberInfo } from './detect';

export function isTelHref(href: string | null): href is string {
  return href !== null && /^\s*tel:/i.test(href);
}

/** The number behind a `tel:` link (RFC 3966, `;ext=` kept), or undefined when not valid. */
export function parseTelHref(href: string, defaultCountry: CountryCode): PhoneNumberInfo | undefined {
  let value = href.trim();
  try {
    value = decodeURIComponent(value);
  } catch {
    // A stray % is not an escape; parse the link as written.
  }
  const number = parsePhoneNumberFromString(value, defaultCountry);
  return number?.isValid() ? describeNumber(number) : undefined;
}
