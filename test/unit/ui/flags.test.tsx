// @vitest-environment happy-dom
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing';
import { CustomerFlags } from '../../../components/call/CustomerFlags';
import type { CallRecord } from '../../../lib/calls/model';
import { createFlagsStore } from '../../../lib/ui/flags-store';
import type { send } from '../../../lib/ui/send';
import { byTestId, click, mount } from './render';

const CCAI: CallRecord = { clickId: 'c1', provider: 'ccai', sessionId: '77', state: 'ended', endReason: 'completed', createdAt: 0 };
const FLAGS = { verified_customer: false, bad_actor: false, repeat_customer: true };
const FAILED = { ok: false, error: { kind: 'http', code: 'server', messageKey: 'ccai.error.server', provider: 'ccai' } };

/** A background whose flag writes succeed or fail as `writes` says, in order. */
function fakeTransport(writes: boolean[]) {
  return vi.fn(async (type: string) => {
    if (type === 'getCustomerFlags') return { ok: true, result: FLAGS };
    return writes.shift() ? { ok: true, result: {} } : FAILED;
  }) as unknown as typeof send & ReturnType<typeof vi.fn>;
}

beforeEach(() => fakeBrowser.reset());
afterEach(() => vi.restoreAllMocks());

describe('flags store', () => {
  it('shows a toggle at once and keeps it when the write succeeds', async () => {
    const transport = fakeTransport([true]);
    const store = createFlagsStore('77', transport);
    await store.load();
    const toggling = store.toggle('bad_actor');
    expect(store.flags.value?.bad_actor).toBe(true);
    expect(store.pending.value.has('bad_actor')).toBe(true);
    await toggling;
    expect(store.flags.value).toEqual({ ...FLAGS, bad_actor: true });
    expect(transport).toHaveBeenLastCalledWith('setCustomerFlags', { sessionId: '77', flags: { bad_actor: true } });
  });

  it('rolls back only the flag whose write failed, and says why', async () => {
    const store = createFlagsStore('77', fakeTransport([false, true]));
    await store.load();
    await Promise.all([store.toggle('verified_customer'), store.toggle('repeat_customer')]);
    expect(store.flags.value).toEqual({ ...FLAGS, verified_customer: false, repeat_customer: false });
    expect(store.saveError.value).toMatchObject({ flag: 'verified_customer', error: { code: 'server' } });
  });

  it('sends one write per flag while one is pending', async () => {
    const transport = fakeTransport([true, true]);
    const store = createFlagsStore('77', transport);
    await store.load();
    await Promise.all([store.toggle('bad_actor'), store.toggle('bad_actor')]);
    expect(transport.mock.calls.filter(([type]) => type === 'setCustomerFlags')).toHaveLength(1);
  });
});

describe('CustomerFlags', () => {
  it('reads the flags of an ended CCAI call and rolls a failed toggle back with a message', async () => {
    vi.spyOn(fakeBrowser.runtime, 'sendMessage').mockImplementation(async (message: unknown) =>
      (message as { type: string }).type === 'getCustomerFlags' ? { ok: true, result: FLAGS } : FAILED,
    );
    const root = await mount(<CustomerFlags call={CCAI} />);
    const repeat = byTestId(root, 'flag-repeat_customer') as HTMLInputElement;
    expect(repeat.checked).toBe(true);
    await click(byTestId(root, 'flag-bad_actor'));
    expect((byTestId(root, 'flag-bad_actor') as HTMLInputElement).checked).toBe(false);
    expect(byTestId(root, 'flags-save-error')?.textContent).toContain('"Bad actor" could not be saved');
  });

  it('explains why a TCCC call has no flags', async () => {
    const root = await mount(<CustomerFlags call={{ ...CCAI, provider: 'tccc' }} />);
    expect(byTestId(root, 'flag-bad_actor')).toBeNull();
    expect(byTestId(root, 'flags-unavailable')?.textContent).toContain('CCAI Platform feature');
  });
});
