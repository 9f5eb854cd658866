import { browser } from '#imports';
import type { CallRecord } from '../calls/model';
import type { ErrorInfo } from '../errors';
import { download } from './download';
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

/** Save the calls as a CSV file. */
export function downloadCsv(calls: readonly CallRecord[], today = new Date()): void {
  // A BOM so spreadsheet apps read the UTF-8 (Chinese labels) as UTF-8.
  download(['\uFEFF', historyCsv(calls)], 'text/csv;charset=utf-8', `switchboard-calls-${today.toISOString().slice(0, 10)}.csv`);
}
