import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing';
import { resumePolling, startPolling, stopPolling } from '../../../lib/background/poller';
import { activeCallItem } from '../../../lib/calls/active';
import type { CallRecord } from '../../../lib/calls/model';
import { refreshCall } from '../../../lib/calls/refresh';

vi.mock('../../../lib/calls/refresh', () => ({ refreshCall: vi.fn() }));
const refresh = vi.mocked(refreshCall);

const LIVE: CallRecord = { clickId: 'c1', provider: 'tccc', sessionId: 's1', state: 'ringingAgent', createdAt: 0 };

beforeEach(async () => {
  fakeBrowser.reset();
  vi.useFakeTimers();
  refresh.mockReset();
  await activeCallItem.setValue(LIVE);
});
afterEach(() => {
  stopPolling();
  vi.useRealTimers();
});

/** Times (ms after start) at which the poller read the cloud. */
async function pollTimes(until: number): Promise<number[]> {
  const times: number[] = [];
  const start = Date.now();
  refresh.mockImplementation(async (call) => {
    times.push(Date.now() - start);
    return call;
  });
  startPolling();
  await vi.advanceTimersByTimeAsync(until);
  return times;
}

describe('poller', () => {
  it('reads about once a second while the call is live', async () => {
    expect(await pollTimes(5_500)).toEqual([1_000, 2_000, 3_000, 4_000, 5_000]);
  });

  it('backs off on errors (2, 4, 8 s ...) and returns to 1 s after a success', async () => {
    const times: number[] = [];
    let n = 0;
    refresh.mockImplementation(async (call) => {
      times.push(Date.now());
      if (++n <= 3) throw new Error('network');
      return call;
    });
    startPolling();
    await vi.advanceTimersByTimeAsync(17_500);
    expect(times.map((t, i) => (i ? t - times[i - 1]! : 0)).slice(1)).toEqual([2_000, 4_000, 8_000, 1_000, 1_000]);
  });

  it('writes the new state and stops, alarm included, when the call ends', async () => {
    refresh.mockResolvedValue({ ...LIVE, state: 'ended', endReason: 'completed' });
    startPolling();
    expect(await fakeBrowser.alarms.getAll()).toHaveLength(1);
    await vi.advanceTimersByTimeAsync(5_000);
    expect(refresh).toHaveBeenCalledTimes(1);
    expect((await activeCallItem.getValue())?.state).toBe('ended');
    expect(await fakeBrowser.alarms.getAll()).toEqual([]);
  });

  it('never writes over a newer call placed meanwhile', async () => {
    refresh.mockImplementation(async (call) => {
      await activeCallItem.setValue({ ...LIVE, clickId: 'c2' });
      return { ...call, state: 'connected' };
    });
    startPolling();
    await vi.advanceTimersByTimeAsync(1_000);
    expect(await activeCallItem.getValue()).toMatchObject({ clickId: 'c2', state: 'ringingAgent' });
  });

  it('resumes at once after a restart while a call is live, and not at all without one', async () => {
    refresh.mockImplementation(async (call) => call);
    await resumePolling();
    await vi.advanceTimersByTimeAsync(0);
    expect(refresh).toHaveBeenCalledTimes(1);
    stopPolling();
    refresh.mockClear();
    await activeCallItem.setValue({ ...LIVE, state: 'ended' });
    await resumePolling();
    await vi.advanceTimersByTimeAsync(3_000);
    expect(refresh).not.toHaveBeenCalled();
  });
});
