import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { placeCall } from '../../../lib/calls/dial';
import type { CallRecord } from '../../../lib/calls/model';
import { refreshCall } from '../../../lib/calls/refresh';
import { createEmulator, type Emulator } from '../../emulator/server';
import { demoSettings } from '../../support/configure';

// The call model against the emulator on a manual clock: each phase of a real lifecycle.
let emu: Emulator;
beforeAll(async () => {
  emu = await createEmulator({ port: 0, clock: { manual: true } });
});
afterAll(() => emu.close());
beforeEach(() => fetch(`${emu.url}/__emulator/reset`, { method: 'POST' }));

const advance = (ms: number) => emu.state.clock.advance(ms);

async function place(provider: 'tccc' | 'ccai', e164: string): Promise<{ call: CallRecord; step: (ms: number) => Promise<CallRecord> }> {
  const { settings, secrets } = demoSettings(provider, emu.url);
  let call = await placeCall({ target: { kind: 'number', e164 }, clickId: crypto.randomUUID() }, settings, secrets);
  // `now` follows the emulator clock so answer and end times line up as in real life.
  const step = async (ms: number) => {
    advance(ms);
    call = await refreshCall(call, settings, secrets, { now: () => emu.state.clock.now() });
    return call;
  };
  return { call, step };
}

describe('refreshCall', () => {
  it('follows a TCCC dual call through every phase and takes the talk time from the call record', async () => {
    const { call, step } = await place('tccc', '+442079460958');
    expect(call.state).toBe('ringingAgent');
    expect((await step(2_000)).state).toBe('ringingCustomer');
    const connected = await step(3_000);
    expect(connected.state).toBe('connected');
    // TCCC counts in whole seconds.
    expect(emu.state.clock.now() - connected.connectedAt!).toBeLessThan(1_000);
    const ended = await step(8_000);
    expect(ended).toMatchObject({ state: 'ended', endReason: 'completed', endCode: 'ok', durationMs: 8_000 });
  });

  it.each([
    ['+8613800000206', { endReason: 'busy', endCode: 'busy', durationMs: 0 }],
    ['+8613800000205', { endReason: 'failed', endCode: 'numberNotExist', endDetail: 'numberInvalid' }],
    ['+8613800000209', { endReason: 'cancelled', endCode: 'callerCancel' }],
  ])('ends a TCCC call to %s with the reason from DescribeTelCdr', async (e164, expected) => {
    const { step } = await place('tccc', e164);
    expect(await step(60_000)).toMatchObject({ state: 'ended', ...expected });
  });

  it('follows a CCAI call to its end with call_duration as the talk time', async () => {
    const { call, step } = await place('ccai', '+14155550132');
    expect(call.sessionId).toMatch(/^\d+$/);
    expect((await step(0)).state).toBe('ringingAgent');
    expect((await step(2_000)).state).toBe('ringingCustomer');
    expect((await step(3_000)).state).toBe('connected');
    expect(await step(8_000)).toMatchObject({ state: 'ended', endReason: 'completed', durationMs: 8_000 });
  });

  it.each([
    ['+14155550206', { endReason: 'busy', endCode: 'eu_busy' }],
    ['+14155550202', { endReason: 'noAnswer', endCode: 'expired', endDetail: 'timeout' }],
  ])('maps the fail_reason of a failed CCAI call to %s', async (e164, expected) => {
    const { step } = await place('ccai', e164);
    expect(await step(60_000)).toMatchObject({ state: 'ended', ...expected });
  });

  it('keeps the state it had when the cloud reports a status it does not know', async () => {
    const { settings, secrets } = demoSettings('tccc', emu.url);
    const call: CallRecord = { clickId: crypto.randomUUID(), provider: 'ccai', sessionId: '1', state: 'connected', createdAt: 0 };
    const fetch = async () => new Response(JSON.stringify({ id: 1, status: 'teleported' }), { status: 200 });
    expect(await refreshCall(call, { ...settings, provider: 'ccai' }, secrets, { fetch })).toBe(call);
  });
});
