import { beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing';
import { secretsItem } from '../../../lib/settings/secrets';
import { EMPTY_SECRETS, type Secrets } from '../../../lib/settings/schema';

// The API secrets live in the extension's IndexedDB, never in storage.local, which Firefox
// cannot close to content scripts; secrets an earlier build left there move out.

const SECRETS: Secrets = { ...EMPTY_SECRETS, tcccSecretId: 'AKIDexample', tcccSecretKey: 'key-1', ccaiApiToken: 'token-1' };
const local = () => fakeBrowser.storage.local.get(null);

beforeEach(() => fakeBrowser.reset());

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
