import { parsePhoneNumber } from 'libphonenumber-js/max';

const pad = (n: number) => String(n).padStart(2, '0');

/** Call duration as mm:ss; minutes keep counting past an hour (agents read minutes). */
export function formatDuration(ms: number): string {
  const seconds = Math.max(0, Math.floor(ms / 1000));
  return `${pad(Math.floor(seconds / 60))}:${pad(seconds % 60)}`;
}

/** An E.164 number grouped for reading; the raw value if the library cannot parse it. */
export function formatNumber(e164: string): string {
  try {
    return parsePhoneNumber(e164).formatInternational();
  } catch {
    return e164;
  }
}
