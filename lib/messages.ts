// The one protocol between content scripts, extension pages and the background.
// Senders name an intent; only the background turns intents into cloud requests.
import type { CustomerFlags } from './ccai/types';
import type { CallRecord } from './calls/model';
import type { ErrorInfo, Provider } from './errors';
import type { CountryCode, FoundNumber } from './phone/detect';
import type { Secrets, Settings } from './settings/schema';

/** What a click asks to call: a number on the page, or the customer of the page's ticket. */
export type DialTarget =
  | { kind: 'number'; e164: string; extension?: string; ticketId?: string; crm?: string }
  | { kind: 'ticket'; ticketId: string; crm: string; e164?: string };

/** Which secrets are stored, never their values: all an extension page learns about them. */
export type SecretPresence = Record<keyof Secrets, boolean>;

type Empty = Record<string, never>;

/** `defaultCountry`: the country in force, resolved (lib/background/country.ts). */
export type PageConfig = { defaultCountry: CountryCode } & Pick<Settings, 'ticketPatterns'>;

export interface Protocol {
  /** Place one call. `clickId` names the click so a repeated message cannot place a second call. */
  dial: { data: { target: DialTarget; clickId: string }; result: CallRecord };
  /** Call the target of history entry `from` again, as the new click `clickId`. */
  redial: { data: { from: string; clickId: string }; result: CallRecord };
  hangUp: { data: Empty; result: CallRecord | null };
  getActiveCall: { data: Empty; result: CallRecord | null };
  /** The few settings a content script needs: storage itself is closed to content scripts. */
  getPageConfig: { data: Empty; result: PageConfig };
  /**
   * The numbers in each of a page's texts (lib/page/detection.ts), in the same order, by the
   * country in force (lib/background/country.ts), so that a page can send texts before its
   * own settings have arrived.
   */
  findNumbers: { data: { texts: string[] }; result: FoundNumber[][] };
  /** CCAI customer flags of one of our calls (`sessionId` = the CCAI call id). */
  getCustomerFlags: { data: { sessionId: string }; result: CustomerFlags };
  setCustomerFlags: { data: { sessionId: string; flags: Partial<CustomerFlags> }; result: Partial<CustomerFlags> };
  /**
   * A harmless read with the given settings (default: the stored ones) and secrets (typed in
   * the options page; stored ones fill the gaps). Fails with the error that explains why.
   */
  testConnection: { data: { provider: Provider; settings?: Settings; secrets?: Partial<Secrets> }; result: { provider: Provider } };
  getSecretPresence: { data: Empty; result: SecretPresence };
  /** Store the secrets given (others stay as they are). */
  saveSecrets: { data: { secrets: Partial<Secrets> }; result: SecretPresence };
}

export type MessageType = keyof Protocol;
export type Message<T extends MessageType = MessageType> = { type: T; data: Protocol[T]['data'] };
export type Reply<T extends MessageType> =
  | { ok: true; result: Protocol[T]['result'] }
  | { ok: false; error: ErrorInfo; /** The error in the agent's language, for pages that carry no catalogue. */ text?: string };

/** Messages a content script may send; everything else must come from an extension page. */
export const CONTENT_SCRIPT_MESSAGES: readonly MessageType[] = ['dial', 'getActiveCall', 'getPageConfig', 'findNumbers'];

/**
 * Limits of one findNumbers message, well above a batch (lib/page/detection.ts: 250 texts or
 * 50,000 characters, give or take its last text); a longer text is searched in the page.
 */
export const FIND_LIMITS = { texts: 1000, chars: 1_000_000 };

/** What FIND_LIMITS.chars counts. */
export const charsIn = (texts: readonly string[]): number => texts.reduce((sum, text) => sum + text.length, 0);

/** A number to dial and its extension, as the background accepts them and answers them. */
export const E164_PATTERN = /^\+[1-9]\d{6,14}$/;
export const EXTENSION_PATTERN = /^\d{1,10}$/;
