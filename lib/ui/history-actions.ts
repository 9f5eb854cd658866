import { browser } from '#imports';
import type { CallRecord } from '../calls/model';
import type { ErrorInfo } from '../errors';
import { historyCsv } from './history-csv';
import { send } from './send';

// What the agent can do with a history entry, and with the whole list.

/** Open the CRM page the call was placed from, in a new tab; only web pages. */
export async function openPage(call: CallRecord): Promise<void> {
  if (call.pageUrl && /^https?:\/\//.test(call.pageUrl)) await browser.tabs.create({ url: call.pageUrl });
}

/** Call the entry's target again: a new click, through the background's normal dial path. */
export async function callAgain(call: CallRecord): Promise<ErrorInfo | undefined> {
  const reply = await send('redial', { from: call.clickId, clickId: crypto.randomUUID() });
  return reply.ok ? undefined : reply.error;
}

/** Save the calls as a CSV file through the browser's download of a blob link. */
export function downloadCsv(calls: readonly CallRecord[], today = new Date()): void {
  // A BOM so spreadsheet apps read the UTF-8 (Chinese labels) as UTF-8.
  const blob = new Blob(['\uFEFF', historyCsv(calls)], { type: 'text/csv;charset=utf-8' });
  const link = document.createElement('a');
  link.href = URL.createObjectURL(blob);
  link.download = `switchboard-calls-${today.toISOString().slice(0, 10)}.csv`;
  link.click();
  setTimeout(() => URL.revokeObjectURL(link.href), 10_000);
}
