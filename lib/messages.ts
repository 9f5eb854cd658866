// The one protocol between content scripts, extension pages and the background.
// Senders name an intent; only the background turns intents into cloud requests.
import type { ErrorInfo } from './errors';
import type { CallRecord } from './calls/model';

/** What a click asks to call: a number on the page, or the customer of the page's ticket. */
export type DialTarget =
  | { kind: 'number'; e164: string; extension?: string; ticketId?: string; crm?: string }
  | { kind: 'ticket'; ticketId: string; crm: string; e164?: string };

export interface Protocol {
  /** Place one call. `clickId` names the click so a repeated message cannot place a second call. */
  dial: { data: { target: DialTarget; clickId: string }; result: CallRecord };
  hangUp: { data: Record<string, never>; result: CallRecord | null };
  getActiveCall: { data: Record<string, never>; result: CallRecord | null };
}

export type MessageType = keyof Protocol;
export type Message<T extends MessageType = MessageType> = { type: T; data: Protocol[T]['data'] };
export type Reply<T extends MessageType> =
  | { ok: true; result: Protocol[T]['result'] }
  | { ok: false; error: ErrorInfo; /** The error in the agent's language, for pages that carry no catalogue. */ text?: string };

/** Messages a content script may send; everything else must come from an extension page. */
export const CONTENT_SCRIPT_MESSAGES: readonly MessageType[] = ['dial', 'getActiveCall'];
