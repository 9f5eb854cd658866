import type { CallRecord } from '../calls/model';
import { t } from '../i18n';
import { stateText, talkTimeText } from './call-text';

// The call history as CSV for a spreadsheet. Cells that a spreadsheet would run as a formula
// (= + - @, and tab or carriage return, which some parsers skip first) get a leading ' so a
// number like +442079460958 or a ticket id crafted as =HYPERLINK(...) stays plain text.

const FORMULA_START = /^[=+\-@\t\r]/;

export function csvCell(value: string): string {
  const text = FORMULA_START.test(value) ? `'${value}` : value;
  return `"${text.replaceAll('"', '""')}"`;
}

const COLUMNS: [key: string, cell: (call: CallRecord) => string][] = [
  ['time', (call) => new Date(call.createdAt).toISOString()],
  ['number', (call) => call.e164 ?? ''],
  ['extension', (call) => call.extension ?? ''],
  ['ticket', (call) => call.ticketId ?? ''],
  ['crm', (call) => call.crm ?? ''],
  ['page', (call) => call.pageUrl ?? ''],
  ['provider', (call) => t(`ui.provider.${call.provider}`)],
  ['outcome', (call) => stateText(call.state, call.endReason)],
  ['duration', (call) => talkTimeText(call)],
  ['session', (call) => call.sessionId ?? ''],
];

/** One header row (in the agent's language) and one row per call, CRLF-separated as RFC 4180 says. */
export function historyCsv(calls: readonly CallRecord[]): string {
  const header = COLUMNS.map(([key]) => csvCell(t(`ui.history.csv.${key}`)));
  const rows = calls.map((call) => COLUMNS.map(([, cell]) => csvCell(cell(call))));
  return [header, ...rows].map((row) => row.join(',')).join('\r\n') + '\r\n';
}
