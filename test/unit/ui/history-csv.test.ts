import { afterEach, describe, expect, it } from 'vitest';
import type { CallRecord } from '../../../lib/calls/model';
import { setLocale } from '../../../lib/i18n';
import { csvCell, historyCsv } from '../../../lib/ui/history-csv';

afterEach(() => setLocale(undefined));

describe('history CSV', () => {
  it.each([
    ['+442079460958', `"'+442079460958"`],
    ['=HYPERLINK("http://evil.example","x")', `"'=HYPERLINK(""http://evil.example"",""x"")"`],
    ['-2+3', `"'-2+3"`],
    ['@SUM(A1)', `"'@SUM(A1)"`],
    ['\t=1', `"'\t=1"`],
    ['4711', '"4711"'],
    ['a, "b"\nc', '"a, ""b""\nc"'],
    ['', '""'],
  ])('cell %j is %s', (value, cell) => {
    expect(csvCell(value)).toBe(cell);
  });

  it('writes a header and one row per call with outcome and duration', () => {
    setLocale('en');
    const call: CallRecord = {
      clickId: 'c1', provider: 'tccc', sessionId: 's-1', e164: '+442079460958', ticketId: '=1+1', crm: 'zendesk',
      pageUrl: 'https://acme.zendesk.com/agent/tickets/1', state: 'ended', endReason: 'completed',
      createdAt: Date.UTC(2026, 0, 2, 3, 4, 5), connectedAt: 1, durationMs: 83_000,
    };
    const [header, row, end] = historyCsv([call]).split('\r\n');
    expect(header).toBe('"Time","Number","Extension","Ticket","CRM","Page","Contact center","Outcome","Duration","Session ID"');
    expect(row).toBe(`"2026-01-02T03:04:05.000Z","'+442079460958","","'=1+1","zendesk","https://acme.zendesk.com/agent/tickets/1","Tencent Cloud Contact Center","Ended: completed","01:23","s-1"`);
    expect(end).toBe('');
  });
});
