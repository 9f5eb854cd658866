import { afterAll, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing';
import { watchActiveCall } from '../../../lib/background/call-watch';
import { handleMessage } from '../../../lib/background/handlers';
import { activeCallItem } from '../../../lib/calls/active';
import { historyItem } from '../../../lib/calls/history';
import type { Message, MessageType, Protocol } from '../../../lib/messages';
import { secretsItem } from '../../../lib/settings/secrets';
import { settingsItem } from '../../../lib/settings/store';
import { createEmulator, type Emulator } from '../../emulator/server';
import { demoSettings } from '../../support/configure';

// The background's handlers end to end against the emulator (manual clock); the poller is
// left out so each test moves the call itself.
vi.mock('../../../lib/background/poller', () => ({ startPolling: vi.fn(), stopPolling: vi.fn(), resumePolling: vi.fn() }));

let emu: Emulator;
beforeAll(async () => {
  emu = await createEmulator({ port: 0, clock: { manual: true } });
});
afterAll(() => emu.close());

async function configure(provider: 'tccc' | 'ccai') {
  const { settings, secrets } = demoSettings(provider, emu.url);
  await Promise.all([settingsItem.setValue(settings), secretsItem.setValue(secrets)]);
}
beforeEach(async () => {
  fakeBrowser.reset();
  await fetch(`${emu.url}/__emulator/reset`, { method: 'POST' });
  watchActiveCall();
  await configure('tccc');
});

const send = <T extends MessageType>(type: T, data: Protocol[T]['data'], pageUrl?: string) =>
  handleMessage({ type, data } as Message, pageUrl) as Promise<{ ok: true; result: Protocol[T]['result'] } | { ok: false; error: { code: string } }>;
const requests = async (action: string) =>
  ((await (await fetch(`${emu.url}/__emulator/requests`)).json()) as { action?: string; path: string; method: string }[])
    .filter((r) => r.action === action || `${r.method} ${r.path}`.includes(action));
const settle = () => new Promise((resolve) => setTimeout(resolve, 20));
const number = { kind: 'number' as const, e164: '+442079460958', ticketId: '4711', crm: 'zendesk' };
const PAGE = 'https://acme.zendesk.com/agent/tickets/4711';

describe('dial, redial and hang-up', () => {
  it('places one call per click and records it in the history with its page', async () => {
    const clickId = crypto.randomUUID();
    const first = await send('dial', { target: number, clickId }, PAGE);
    const again = await send('dial', { target: number, clickId }, PAGE);
    expect(first).toMatchObject({ ok: true, result: { state: 'ringingAgent', kind: 'number', pageUrl: PAGE } });
    expect(again).toMatchObject({ ok: false, error: { code: 'DuplicateClick' } });
    expect(await requests('CreateCallOutSession')).toHaveLength(1);
    await settle();
    expect((await historyItem.getValue())[0]).toMatchObject({ clickId, e164: number.e164, pageUrl: PAGE });
  });

  it('calls a history entry again as a new click, only once the line is free', async () => {
    const from = crypto.randomUUID();
    await send('dial', { target: number, clickId: from }, PAGE);
    expect(await send('redial', { from, clickId: crypto.randomUUID() })).toMatchObject({ ok: false, error: { code: 'CallActive' } });
    emu.state.clock.advance(60_000);
    await activeCallItem.setValue({ ...(await activeCallItem.getValue())!, state: 'ended', endReason: 'completed' });
    const clickId = crypto.randomUUID();
    expect(await send('redial', { from, clickId })).toMatchObject({ ok: true, result: { clickId, e164: number.e164, ticketId: '4711', pageUrl: PAGE } });
    expect((await requests('CreateCallOutSession')).length).toBe(2);
    expect(await send('redial', { from: crypto.randomUUID(), clickId: crypto.randomUUID() })).toMatchObject({ ok: false, error: { code: 'UnknownCall' } });
  });

  it('hangs up a connected TCCC call once and ends it as completed', async () => {
    await send('dial', { target: number, clickId: crypto.randomUUID() });
    emu.state.clock.advance(5_000);
    const reply = await send('hangUp', {});
    expect(reply).toMatchObject({ ok: true, result: { state: 'ended', endReason: 'completed' } });
    expect(await requests('HangUpCall')).toHaveLength(1);
  });
});

describe('customer flags', () => {
  it('reads and writes the flags of our CCAI call, and nothing else', async () => {
    await configure('ccai');
    const placed = await send('dial', { target: { kind: 'number', e164: '+14155550132' }, clickId: crypto.randomUUID() });
    if (!placed.ok) throw new Error('dial failed');
    const sessionId = placed.result.sessionId!;
    expect(await send('getCustomerFlags', { sessionId })).toEqual({ ok: true, result: { verified_customer: false, bad_actor: false, repeat_customer: false } });
    expect(await send('setCustomerFlags', { sessionId, flags: { bad_actor: true } })).toEqual({ ok: true, result: { bad_actor: true } });
    expect(await send('getCustomerFlags', { sessionId })).toMatchObject({ result: { bad_actor: true } });
    expect(await send('getCustomerFlags', { sessionId: '424242' })).toMatchObject({ ok: false, error: { code: 'UnknownCall' } });
  });
});

describe('secrets and test connection', () => {
  it('stores typed secrets and tells pages only which are set', async () => {
    await secretsItem.setValue({ ...(await secretsItem.getValue()), ccaiApiToken: '' });
    const reply = await send('saveSecrets', { secrets: { ccaiApiToken: 'new-token', tcccSecretKey: '' } });
    expect(reply).toEqual({ ok: true, result: { tcccSecretId: true, tcccSecretKey: true, ccaiApiToken: true, ccaiCompanyKey: false, ccaiCompanySecret: false } });
    expect((await secretsItem.getValue()).tcccSecretKey).toBe(demoSettings('tccc', '').secrets.tcccSecretKey);
  });

  const { settings: tccc } = demoSettings('tccc', 'http://placeholder/');
  it.each<[string, () => Protocol['testConnection']['data'], string | undefined]>([
    ['TCCC, right key', () => ({ provider: 'tccc' }), undefined],
    ['TCCC, wrong SecretKey', () => ({ provider: 'tccc', secrets: { tcccSecretKey: 'not-the-key' } }), 'AuthFailure.SignatureFailure'],
    ['TCCC, unknown SdkAppId', () => ({ provider: 'tccc', settings: { ...tccc, tccc: { ...tccc.tccc, sdkAppId: 1400000999, customBaseUrl: `${emu.url}/` } } }), 'InvalidParameterValue.InstanceNotExist'],
    ['TCCC, host unreachable', () => ({ provider: 'tccc', settings: { ...tccc, tccc: { ...tccc.tccc, customBaseUrl: 'http://127.0.0.1:9/' } } }), 'network'],
    ['CCAI, right token', () => ({ provider: 'ccai', settings: demoSettings('ccai', emu.url).settings }), undefined],
    ['CCAI, wrong token', () => ({ provider: 'ccai', settings: demoSettings('ccai', emu.url).settings, secrets: { ccaiApiToken: 'wrong' } }), 'unauthorized'],
  ])('%s', async (_name, data, code) => {
    const reply = await send('testConnection', data());
    expect(reply).toMatchObject(code ? { ok: false, error: { code } } : { ok: true });
    expect(await requests('CreateCallOutSession')).toEqual([]);
  });
});
