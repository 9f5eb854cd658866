import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing';
import { historyItem, recordCall } from '../../lib/calls/history';
import type { CallRecord } from '../../lib/calls/model';
import { secretsItem } from '../../lib/settings/secrets';
import { EMPTY_SECRETS, type Secrets } from '../../lib/settings/schema';

// The API secrets and the call history live in the extension's IndexedDB, never in
// storage.local, which Firefox cannot close to content scripts; what an earlier build left
// there moves out. Other extension pages hear of changes.

const SECRETS: Secrets = { ...EMPTY_SECRETS, tcccSecretId: 'AKIDexample', tcccSecretKey: 'key-1', ccaiApiToken: 'token-1' };
const local = () => fakeBrowser.storage.local.get(null);

beforeEach(() => fakeBrowser.reset());

const CALL: CallRecord = { clickId: 'c1', provider: 'tccc', e164: '+442079460958', pageUrl: 'https://acme.zendesk.com/agent/tickets/4711', state: 'ended', createdAt: 1 };

describe('secrets', () => {
  it('are empty until saved, then read back', async () => {
    expect(await secretsItem.getValue()).toEqual(EMPTY_SECRETS);
    await secretsItem.setValue(SECRETS);
    expect(await secretsItem.getValue()).toEqual(SECRETS);
  });

  it('never reach storage.local', async () => {
    await secretsItem.setValue(SECRETS);
    await secretsItem.getValue();
    expect(JSON.stringify(await local())).not.toContain('key-1');
  });

  it('move out of storage.local, where an earlier build kept them, and win over what is here', async () => {
    await secretsItem.setValue({ ...SECRETS, tcccSecretKey: 'older' });
    await fakeBrowser.storage.local.set({ secrets: SECRETS, settings: { provider: 'tccc' } });
    expect(await secretsItem.getValue()).toEqual(SECRETS);
    expect(await local()).toEqual({ settings: { provider: 'tccc' } });
    expect(await secretsItem.getValue()).toEqual(SECRETS);
  });

  it.each([
    ['not an object', 'key-1'],
    ['a field missing', { tcccSecretId: 'a', tcccSecretKey: 'b', ccaiApiToken: 'c', ccaiCompanyKey: 'd' }],
    ['a field not a string', { ...SECRETS, tcccSecretKey: 42 }],
    ['null', null],
  ])('count as none when what storage.local held is %s', async (_, former) => {
    await fakeBrowser.storage.local.set({ secrets: former });
    expect(await secretsItem.getValue()).toEqual(EMPTY_SECRETS);
    expect(await local()).toEqual({});
  });

  it('drop fields they do not know', async () => {
    await fakeBrowser.storage.local.set({ secrets: { ...SECRETS, extra: 'x' } });
    expect(await secretsItem.getValue()).toEqual(SECRETS);
  });
});

describe('call history', () => {
  it('never reaches storage.local, and moves out of it', async () => {
    await fakeBrowser.storage.local.set({ history: [CALL] });
    await recordCall({ ...CALL, clickId: 'c2', createdAt: 2 });
    expect((await historyItem.getValue()).map((call) => call.clickId)).toEqual(['c2', 'c1']);
    expect(JSON.stringify(await local())).not.toContain('+442079460958');
  });

  it('counts as empty when what was stored is not a list', async () => {
    await fakeBrowser.storage.local.set({ history: { c1: CALL } });
    expect(await historyItem.getValue()).toEqual([]);
  });

  it('tells a watching page of each change, with the value as stored', async () => {
    const seen: string[][] = [];
    const unwatch = historyItem.watch((calls) => seen.push(calls.map((call) => call.clickId)));
    await recordCall(CALL);
    await vi.waitFor(() => expect(seen).toEqual([['c1']]));
    unwatch();
    await recordCall({ ...CALL, clickId: 'c2' });
    await new Promise((done) => setTimeout(done, 50));
    expect(seen).toEqual([['c1']]); // no longer watching
  });
});
