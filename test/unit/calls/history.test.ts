import { beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing';
import { findCall, HISTORY_LIMIT, historyItem, recordCall, searchHistory } from '../../../lib/calls/history';
import type { CallRecord } from '../../../lib/calls/model';

const call = (n: number, patch: Partial<CallRecord> = {}): CallRecord => ({
  clickId: `00000000-0000-4000-8000-${String(n).padStart(12, '0')}`,
  provider: 'tccc',
  e164: '+442079460958',
  state: 'ended',
  createdAt: n,
  ...patch,
});

beforeEach(() => fakeBrowser.reset());

describe('call history', () => {
  it('keeps one entry per click, newest first, updated as the call moves on', async () => {
    await recordCall(call(1, { state: 'placing' }));
    await recordCall(call(2));
    await recordCall(call(1, { state: 'ended', endReason: 'busy' }));
    const entries = await historyItem.getValue();
    expect(entries.map((entry) => [entry.createdAt, entry.state])).toEqual([[2, 'ended'], [1, 'ended']]);
    expect((await findCall(call(1).clickId))?.endReason).toBe('busy');
  });

  it(`keeps the last ${HISTORY_LIMIT} calls, even when many changes arrive at once`, async () => {
    await Promise.all(Array.from({ length: HISTORY_LIMIT + 5 }, (_, i) => recordCall(call(i))));
    const entries = await historyItem.getValue();
    expect(entries).toHaveLength(HISTORY_LIMIT);
    expect(entries[0]?.createdAt).toBe(HISTORY_LIMIT + 4);
    expect(entries.at(-1)?.createdAt).toBe(5);
  });

  const entries = [
    call(1, { e164: '+442079460958', ticketId: '4711', crm: 'zendesk', pageUrl: 'https://acme.zendesk.com/agent/tickets/4711' }),
    call(2, { e164: '+14155550132', ticketId: 'INC0010', crm: 'servicenow', sessionId: 'abc-session' }),
    call(3, { kind: 'ticket', e164: undefined, ticketId: '71450', crm: 'zendesk' }),
  ];
  it.each<[string, number[]]>([
    ['', [1, 2, 3]],
    ['0958', [1]],
    ['+44 20', [1]],
    ['(415) 555-0132', [2]],
    ['4711', [1]],
    ['zendesk', [1, 3]],
    ['ZENDESK 71450', [3]],
    ['abc-session', [2]],
    ['acme.zendesk.com', [1]],
    ['nothing-like-it', []],
  ])('search %j finds %j', (query, found) => {
    expect(searchHistory(entries, query).map((entry) => entry.createdAt)).toEqual(found);
  });
});
