// TCCC writes numbers as `00` + country code + national number (`008613012345678`); the rest
// of Switchboard speaks E.164 (`+8613012345678`). Both carry the same 1-15 digits (ITU E.164).
import { validationError } from './errors';

const E164 = /^\+[1-9]\d{1,14}$/;
const TCCC = /^00[1-9]\d{1,14}$/;

export const isE164 = (value: string): boolean => E164.test(value);
export const isTcccNumber = (value: string): boolean => TCCC.test(value);

const invalid = (number: string) => validationError('invalidNumber', { number });

/** `+8613012345678` -> `008613012345678`; throws a validation error for anything else. */
export function toTcccNumber(e164: string): string {
  if (!isE164(e164)) throw invalid(e164);
  return `00${e164.slice(1)}`;
}

/** `008613012345678` -> `+8613012345678`; throws a validation error for anything else. */
export function fromTcccNumber(tccc: string): string {
  if (!isTcccNumber(tccc)) throw invalid(tccc);
  return `+${tccc.slice(2)}`;
}
