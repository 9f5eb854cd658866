import { afterAll, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing';
import { dialText } from '../../../lib/background/context-menu';
import { refreshManaged } from '../../../lib/settings/effective';
import { secretsItem } from '../../../lib/settings/secrets';
import { settingsItem } from '../../../lib/settings/store';
import { createEmulator, type Emulator } from '../../emulator/server';
import { demoSettings } from '../../support/configure';

// "Call the selected number" (context menu and shortcut) against the emulator: the number is
// read with the same default country as the page's numbers, the admin's policy included.
vi.mock('../../../lib/background/poller', () => ({ startPolling: vi.fn(), stopPolling: vi.fn(), resumePolling: vi.fn() }));

let emu: Emulator;
beforeAll(async () => {
  emu = await createEmulator({ port: 0, clock: { manual: true } });
});
afterAll(() => emu.close());

beforeEach(async () => {
  vi.restoreAllMocks();
  fakeBrowser.reset();
  vi.spyOn(fakeBrowser.notifications, 'create').mockResolvedValue('');
  vi.spyOn(fakeBrowser.i18n, 'getMessage').mockImplementation((key: string) => key);
  vi.stubGlobal('navigator', { language: 'en-US' }); // Node 20 has none; the worker has one
  await fetch(`${emu.url}/__emulator/reset`, { method: 'POST' });
  const { settings, secrets } = demoSettings('tccc', emu.url);
  await Promise.all([settingsItem.setValue({ ...settings, defaultCountry: 'US' }), secretsItem.setValue(secrets)]);
});

const callees = async () =>
  ((await (await fetch(`${emu.url}/__emulator/requests`)).json()) as { action?: string; body?: { Callee?: string } }[])
    .filter((r) => r.action === 'CreateCallOutSession')
    .map((r) => r.body?.Callee);

describe('dialText', () => {
  it.each([
    ['the agent\'s country', undefined, '(415) 555-0132', '0014155550132'],
    ['the admin\'s policy, over the agent\'s', 'GB', '020 7946 0958', '00442079460958'],
  ])('reads a national number by %s', async (_by, policyCountry, selected, callee) => {
    if (policyCountry) {
      await fakeBrowser.storage.managed.set({ defaultCountry: policyCountry });
      await refreshManaged();
    }
    await dialText(`Please call ${selected} after 5pm`);
    expect(await callees()).toEqual([callee]);
  });

  it('places no call and says so when the selection holds no number', async () => {
    await dialText('Invoice INV-2024-000123');
    expect(await callees()).toEqual([]);
    expect(fakeBrowser.notifications.create).toHaveBeenCalledExactlyOnceWith(expect.objectContaining({ message: 'selectionHasNoNumber' }));
  });
});
