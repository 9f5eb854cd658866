import { beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing';
import { getSettings, refreshManaged } from '../../../lib/settings/effective';
import { managedPaths, parseManaged } from '../../../lib/settings/managed';
import { DEFAULT_SETTINGS } from '../../../lib/settings/schema';
import { settingsItem } from '../../../lib/settings/store';

beforeEach(() => fakeBrowser.reset());

describe('managed policy', () => {
  it('keeps only valid fields of the settings document, never secrets or sites', () => {
    const managed = parseManaged({
      provider: 'ccai',
      defaultCountry: 'not a country',
      tcccSecretKey: 'pushed-secret',
      tccc: { callerId: '+8675566668888', lockCallerId: true, sdkAppId: 'text' },
      ccai: 'not an object',
      sites: ['https://pushed.example'],
      unknown: 1,
    });
    expect(managed).toEqual({ provider: 'ccai', tccc: { callerId: '+8675566668888', lockCallerId: true } });
    expect([...managedPaths(managed)]).toEqual(['provider', 'tccc.callerId', 'tccc.lockCallerId']);
  });

  it('wins over the stored settings', async () => {
    await settingsItem.setValue({ ...DEFAULT_SETTINGS, provider: 'tccc', tccc: { ...DEFAULT_SETTINGS.tccc, userId: 'mine@example.com', callerId: '' } });
    await fakeBrowser.storage.managed.set({ provider: 'ccai', tccc: { callerId: '+8675566668888' } });
    expect((await getSettings()).provider).toBe('tccc'); // calls use the copy, read at start-up
    await refreshManaged();
    expect(await getSettings()).toMatchObject({ provider: 'ccai', tccc: { userId: 'mine@example.com', callerId: '+8675566668888' } });
  });

  it('fills fields an older stored document lacks with defaults', async () => {
    const { notifications: _n, ...old } = DEFAULT_SETTINGS;
    await fakeBrowser.storage.local.set({ settings: { ...old, tccc: { userId: 'a@example.com' } }, settings$: { v: 2 } });
    expect(await getSettings()).toMatchObject({ notifications: true, tccc: { ...DEFAULT_SETTINGS.tccc, userId: 'a@example.com' } });
  });
});
