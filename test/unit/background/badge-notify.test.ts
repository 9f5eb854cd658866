import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing';
import { badgeFor, showOnBadge } from '../../../lib/background/badge';
import { notificationFor, notifyChange } from '../../../lib/background/notify';
import type { CallRecord } from '../../../lib/calls/model';
import { setLocale } from '../../../lib/i18n';

const call = (patch: Partial<CallRecord> = {}): CallRecord => ({
  clickId: 'c1', provider: 'tccc', e164: '+442079460958', state: 'ringingAgent', createdAt: 0, ...patch,
});

beforeEach(() => {
  fakeBrowser.reset();
  setLocale('en');
});
afterEach(() => {
  setLocale(undefined);
  vi.restoreAllMocks();
});

describe('toolbar badge', () => {
  it.each<[Partial<CallRecord> | null, string]>([
    [null, ''],
    [{ state: 'placing' }, 'RING'],
    [{ state: 'ringingAgent' }, 'RING'],
    [{ state: 'ringingCustomer' }, 'RING'],
    [{ state: 'connected', connectedAt: 1_000_000 - 59_000 }, '0m'],
    [{ state: 'connected', connectedAt: 1_000_000 - 185_000 }, '3m'],
    [{ state: 'ended', endReason: 'completed' }, ''],
  ])('%o shows %j', (patch, text) => {
    expect(badgeFor(patch && call(patch), 1_000_000).text).toBe(text);
  });

  it('speaks the agent\'s language', () => {
    setLocale('zh_CN');
    expect(badgeFor(call({ state: 'ringingCustomer' })).text).toBe('振铃');
    expect(badgeFor(call({ state: 'connected', connectedAt: 0 }), 120_000).text).toBe('2分');
  });

  it('sets text, colour and tooltip', async () => {
    await showOnBadge(call({ state: 'ringingCustomer' }));
    expect(await fakeBrowser.action.getBadgeText({})).toBe('RING');
    expect(await fakeBrowser.action.getTitle({})).toBe('Switchboard: Ringing the customer');
  });
});

describe('notifications', () => {
  it.each<[Partial<CallRecord> | null, Partial<CallRecord>, string | undefined]>([
    [{ state: 'ringingCustomer' }, { state: 'connected' }, 'connected'],
    [{ state: 'ringingCustomer' }, { state: 'ended', endReason: 'busy' }, 'failed'],
    [{ state: 'placing' }, { state: 'ended', endReason: 'failed' }, 'failed'],
    [{ state: 'connected' }, { state: 'ended', endReason: 'completed' }, undefined],
    [{ state: 'connected' }, { state: 'ended', endReason: 'cancelled' }, undefined],
    [{ state: 'connected' }, { state: 'connected' }, undefined],
    [{ state: 'ended', clickId: 'other' }, { state: 'connected' }, undefined],
    [null, { state: 'connected' }, undefined],
  ])('%o -> %o: %s', (previous, next, kind) => {
    expect(notificationFor(previous && call(previous), call(next))).toBe(kind);
  });

  it('notifies while the popup is closed, and not while it is open', async () => {
    const create = vi.spyOn(fakeBrowser.notifications, 'create');
    const contexts = vi.fn().mockResolvedValue([]);
    Object.assign(fakeBrowser.runtime, { getContexts: contexts });
    await notifyChange(call({ state: 'ringingCustomer' }), call({ state: 'ended', endReason: 'busy' }));
    expect(create).toHaveBeenCalledWith('switchboard-c1-failed', expect.objectContaining({
      title: 'Call not connected',
      message: '+44 20 7946 0958: Ended: line busy',
    }));
    contexts.mockResolvedValue([{ contextType: 'POPUP' }]);
    await notifyChange(call({ state: 'ringingCustomer' }), call({ state: 'connected' }));
    expect(create).toHaveBeenCalledTimes(1);
  });
});
