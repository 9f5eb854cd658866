import { beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing';
import { catalogs } from '../../../lib/i18n';
import { DEFAULT_SETTINGS, type Settings } from '../../../lib/settings/schema';
import { settingsItem } from '../../../lib/settings/store';
import { exportTeamFile, importTeamFile, TEAM_FILE_MAX_CHARS } from '../../../lib/settings/team-file';
import { importFile } from '../../../lib/ui/team-file';

const TEAM: Settings = {
  ...DEFAULT_SETTINGS,
  provider: 'ccai',
  ccai: { ...DEFAULT_SETTINGS.ccai, subdomain: 'acme', agentEmail: 'agent@example.com' },
  ticketPatterns: ['https://crm.example.com/case/{ticket}'],
  sites: ['https://acme.zendesk.com'],
};
const file = (settings: unknown, extra: object = {}) => JSON.stringify({ format: 'switchboard-settings', version: 2, settings, ...extra });
const { ticketPatterns: _p, notifications: _n, ...V1 } = TEAM;

beforeEach(() => fakeBrowser.reset());

describe('team file', () => {
  it('round-trips the settings, and its export carries no secret key', () => {
    const text = exportTeamFile(TEAM, new Date(0));
    expect(importTeamFile(text)).toEqual({ settings: TEAM });
    expect(text).not.toMatch(/tcccSecret|ccaiApiToken|ccaiCompany/);
  });

  it('migrates a version 1 file', () => {
    expect(importTeamFile(JSON.stringify({ format: 'switchboard-settings', version: 1, settings: V1 }))).toEqual({ settings: { ...TEAM, ticketPatterns: [] } });
  });

  it.each<[string, string, object]>([
    ['not JSON', '{"format": "switchboard-settings",', { reason: 'json' }],
    ['huge', `${' '.repeat(TEAM_FILE_MAX_CHARS)}{}`, { reason: 'tooLarge' }],
    ['another kind of file', JSON.stringify({ hello: 'world' }), { reason: 'notTeamFile' }],
    ['an array', '[1,2,3]', { reason: 'notTeamFile' }],
    ['no version', JSON.stringify({ format: 'switchboard-settings', settings: TEAM }), { reason: 'notTeamFile' }],
    ['a newer version', file(TEAM, { version: 3 }), { reason: 'newerVersion' }],
    ['version 0', file(TEAM, { version: 0 }), { reason: 'version' }],
    ['version "2"', file(TEAM, { version: '2' }), { reason: 'notTeamFile' }],
    ['__proto__ at the top', `{"__proto__": {"polluted": true}, "format": "switchboard-settings", "version": 2, "settings": {}}`, { reason: 'forbiddenKey' }],
    ['__proto__ deep inside', file({ ...TEAM, tccc: JSON.parse('{"__proto__": {"isAdmin": true}}') }), { reason: 'forbiddenKey' }],
    ['constructor.prototype', file({ ...TEAM, constructor: { prototype: { x: 1 } } }), { reason: 'forbiddenKey' }],
    ['a secret', file({ ...TEAM, ccai: { ...TEAM.ccai, ccaiApiToken: 'leaked' } }), { reason: 'secrets' }],
    ['an extra key', file({ ...TEAM, admin: true }), { reason: 'field', path: 'admin' }],
    ['an extra nested key', file({ ...TEAM, tccc: { ...TEAM.tccc, webhook: 'x' } }), { reason: 'field', path: 'tccc.webhook' }],
    ['a wrong type', file({ ...TEAM, tccc: { ...TEAM.tccc, sdkAppId: '1400000000' } }), { reason: 'field', path: 'tccc.sdkAppId' }],
    ['a bad value', file({ ...TEAM, provider: 'aws' }), { reason: 'field', path: 'provider' }],
    ['a missing field', file({ ...TEAM, ccai: undefined }), { reason: 'field', path: 'ccai' }],
    ['a script URL', file({ ...TEAM, ticketPatterns: ['javascript:alert(1)//{ticket}'] }), { reason: 'field', path: 'ticketPatterns.0' }],
    ['absurd nesting', file({ ...TEAM, x: JSON.parse('['.repeat(50) + ']'.repeat(50)) }), { reason: 'tooDeep' }],
  ])('rejects %s', (_name, text, rejection) => {
    expect(importTeamFile(text)).toEqual(rejection);
  });

  it('has a translated message for every rejection', () => {
    for (const reason of ['tooLarge', 'json', 'forbiddenKey', 'secrets', 'tooDeep', 'notTeamFile', 'version', 'newerVersion', 'field']) {
      expect(catalogs.en[`ui.teamFile.error.${reason}`]).toBeTruthy();
      expect(catalogs.zh_CN[`ui.teamFile.error.${reason}`]).toBeTruthy();
    }
  });

  it('stores an accepted file, keeping the agent\'s sites; a rejected one changes nothing', async () => {
    const mine = { ...DEFAULT_SETTINGS, sites: ['https://mine.example'] };
    await settingsItem.setValue(mine);
    const before = await fakeBrowser.storage.local.get();
    expect(await importFile(new Blob([file({ ...TEAM, provider: 'x' })]))).toMatchObject({ reason: 'field' });
    expect(await importFile(new Blob(['x'.repeat(TEAM_FILE_MAX_CHARS * 4 + 1)]))).toEqual({ reason: 'tooLarge' });
    expect(await fakeBrowser.storage.local.get()).toEqual(before);
    await importFile(new Blob([exportTeamFile(TEAM)]));
    expect(await settingsItem.getValue()).toEqual({ ...TEAM, sites: ['https://mine.example', 'https://acme.zendesk.com'] });
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });
});
