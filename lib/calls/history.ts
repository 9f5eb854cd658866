import { definePrivateItem } from '../private-item';
import type { CallRecord } from './model';
import { createSerial } from './serial';

// The agent's last calls, newest first: they outlive the browser session (the active call
// does not). One entry per click, updated as the call moves on. They name customers' numbers
// and the pages they were called from, so they are kept out of storage.local (private-item.ts).

export const HISTORY_LIMIT = 200;

export const historyItem = definePrivateItem<CallRecord[]>('history', {
  fallback: [],
  parse: (value) => (Array.isArray(value) ? (value as CallRecord[]) : undefined),
});

const serialized = createSerial();

/** Insert or update the entry for `call.clickId`; read-modify-write runs one at a time. */
export function recordCall(call: CallRecord): Promise<void> {
  return serialized(async () => {
    const entries = await historyItem.getValue();
    const index = entries.findIndex((entry) => entry.clickId === call.clickId);
    const next = index >= 0 ? entries.with(index, call) : [call, ...entries].slice(0, HISTORY_LIMIT);
    await historyItem.setValue(next);
  });
}

export async function findCall(clickId: string): Promise<CallRecord | undefined> {
  return (await historyItem.getValue()).find((entry) => entry.clickId === clickId);
}

const digits = (text: string) => text.replace(/\D/g, '');
const NUMERIC = /^\+?[\d().-]+$/;

function matches(entry: CallRecord, word: string): boolean {
  const text = [entry.e164, entry.ticketId, entry.crm, entry.sessionId, entry.pageUrl].join(' ').toLowerCase();
  return text.includes(word) || (NUMERIC.test(word) && digits(entry.e164 ?? '').includes(digits(word)));
}

/**
 * Entries matching every word of `query`: a word matches the number (digits anywhere, so
 * "0958" and "+44 20" find +442079460958), ticket, CRM, session id or page address.
 */
export function searchHistory(entries: readonly CallRecord[], query: string): CallRecord[] {
  const words = query.toLowerCase().split(/\s+/).filter(Boolean);
  return entries.filter((entry) => words.every((word) => matches(entry, word)));
}
