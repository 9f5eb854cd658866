// @vitest-environment happy-dom
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing';
import { History } from '../../../components/popup/History';
import { historyItem } from '../../../lib/calls/history';
import type { CallRecord } from '../../../lib/calls/model';
import { byTestId, click, mount, settle, type } from './render';

const entry = (n: number, patch: Partial<CallRecord> = {}): CallRecord => ({
  clickId: `00000000-0000-4000-8000-${String(n).padStart(12, '0')}`,
  provider: 'tccc', e164: '+442079460958', ticketId: `T${n}`, state: 'ended', endReason: 'completed',
  createdAt: n, connectedAt: 0, durationMs: 65_000, pageUrl: `https://acme.zendesk.com/agent/tickets/${n}`, ...patch,
});
const entries = (root: HTMLElement) => [...root.querySelectorAll<HTMLElement>('[data-testid="history-entry"]')];

beforeEach(async () => {
  fakeBrowser.reset();
  await historyItem.setValue([entry(2, { e164: '+14155550132' }), entry(1)]);
});
afterEach(() => vi.restoreAllMocks());

describe('history in the popup', () => {
  it('lists the calls with outcome and duration, and filters them', async () => {
    const root = await mount(<History canDial />);
    expect(entries(root)).toHaveLength(2);
    expect(byTestId(root, 'history-outcome')?.textContent).toContain('Ended: completed · 01:05');
    await type(byTestId(root, 'history-search'), '0958');
    await settle();
    expect(entries(root).map((li) => li.dataset.clickId)).toEqual([entry(1).clickId]);
    await type(byTestId(root, 'history-search'), 'no such call');
    await settle();
    expect(byTestId(root, 'history-no-match')).not.toBeNull();
  });

  it('opens the ticket page and calls again as a new click', async () => {
    const create = vi.spyOn(fakeBrowser.tabs, 'create').mockResolvedValue({} as never);
    const sendMessage = vi.spyOn(fakeBrowser.runtime, 'sendMessage').mockResolvedValue({ ok: true, result: entry(3) });
    const root = await mount(<History canDial />);
    await click(byTestId(root, 'history-open'));
    expect(create).toHaveBeenCalledWith({ url: 'https://acme.zendesk.com/agent/tickets/2' });
    await click(byTestId(root, 'history-call-again'));
    const [[message]] = sendMessage.mock.calls as [[{ type: string; data: { from: string; clickId: string } }]];
    expect(message.type).toBe('redial');
    expect(message.data.from).toBe(entry(2).clickId);
    expect(message.data.clickId).not.toBe(entry(2).clickId);
  });

  it('offers no "call again" while a call is live', async () => {
    const root = await mount(<History canDial={false} />);
    expect((byTestId(root, 'history-call-again') as HTMLButtonElement).disabled).toBe(true);
  });
});
