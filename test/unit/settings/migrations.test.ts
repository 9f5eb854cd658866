import { beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing';
import { migrateV1toV2, SETTINGS_VERSION } from '../../../lib/settings/migrations';
import { DEFAULT_SETTINGS, SettingsSchema, type Settings } from '../../../lib/settings/schema';
import { settingsItem } from '../../../lib/settings/store';
import * as v from 'valibot';

const { ticketPatterns: _p, notifications: _n, ...V1_DEFAULTS } = DEFAULT_SETTINGS;
const v1 = (sites: string[]) => ({ ...V1_DEFAULTS, provider: 'ccai' as const, sites });

beforeEach(() => fakeBrowser.reset());

describe('settings migrations', () => {
  it('v1 -> v2 adds the new fields, keeps everything else and stores sites as origins', () => {
    const migrated = migrateV1toV2(v1(['https://acme.zendesk.com/', 'https://acme.zendesk.com/agent', 'http://crm.local:8080/x', 'ftp://old.example', 'nonsense']));
    expect(migrated).toEqual<Settings>({
      ...DEFAULT_SETTINGS,
      provider: 'ccai',
      sites: ['https://acme.zendesk.com', 'http://crm.local:8080'],
    });
    expect(v.is(SettingsSchema, migrated)).toBe(true);
  });

  it('runs on a stored v1 document when the item is read', async () => {
    await fakeBrowser.storage.local.set({ settings: v1(['https://acme.zendesk.com/']), settings$: { v: 1 } });
    await settingsItem.migrate();
    expect(await settingsItem.getValue()).toMatchObject({ provider: 'ccai', sites: ['https://acme.zendesk.com'], notifications: true, ticketPatterns: [] });
    expect(await fakeBrowser.storage.local.get('settings$')).toEqual({ settings$: { v: SETTINGS_VERSION } });
  });

  it('leaves a current document alone', async () => {
    const current = { ...DEFAULT_SETTINGS, notifications: false, sites: ['https://a.example'] };
    await fakeBrowser.storage.local.set({ settings: current, settings$: { v: SETTINGS_VERSION } });
    await settingsItem.migrate();
    expect(await settingsItem.getValue()).toEqual(current);
  });
});
