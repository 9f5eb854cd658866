// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing';
import { OptionsPage } from '../../../components/options/OptionsPage';
import { setLocale, type Locale } from '../../../lib/i18n';
import { DEFAULT_SETTINGS, EMPTY_SECRETS } from '../../../lib/settings/schema';
import { secretsItem } from '../../../lib/settings/secrets';
import { settingsItem } from '../../../lib/settings/store';
import { fakePermissions, useOptionsPage } from './fakes';
import { byTestId, click, mount, type } from './render';

const SECRETS = { ...EMPTY_SECRETS, tcccSecretId: 'AKIDstoredid', tcccSecretKey: 'storedkey123', ccaiApiToken: 'storedtoken' };
const stored = () => fakeBrowser.storage.local.get();
const status = (root: HTMLElement) => byTestId(root, 'save-status')?.dataset.status;

useOptionsPage();

describe('options page', () => {
  it.each<[Locale, string]>([
    ['en', 'Enter the number in international format, e.g. +8613800138000.'],
    ['zh_CN', '请输入国际格式的号码，例如 +8613800138000。'],
  ])('shows each field error in %s and writes nothing when invalid', async (locale, e164Text) => {
    setLocale(locale);
    const root = await mount(<OptionsPage />);
    await type(byTestId(root, 'tccc-sdkAppId'), 'abc');
    await type(byTestId(root, 'tccc-secretKey'), 'typed-key');
    await type(byTestId(root, 'tccc-endpoint'), 'custom');
    await type(byTestId(root, 'tccc-customBaseUrl'), 'ftp://example.com');
    await click(byTestId(root, 'tccc-caller-add'));
    await type(byTestId(root, 'tccc-caller-0'), '12345');
    await click(byTestId(root, 'save'));

    expect(byTestId(root, 'tccc-caller-0-error')?.textContent).toBe(e164Text);
    expect(byTestId(root, 'tccc-sdkAppId-error')).not.toBeNull();
    expect(byTestId(root, 'tccc-customBaseUrl-error')).not.toBeNull();
    expect(status(root)).toBe('invalid');
    expect(await stored()).toEqual({});
  });

  it('says so when the hidden provider has the errors', async () => {
    const root = await mount(<OptionsPage />);
    await type(byTestId(root, 'provider'), 'ccai');
    await type(byTestId(root, 'ccai-agentEmail'), 'not-an-email');
    await type(byTestId(root, 'provider'), 'tccc');
    await click(byTestId(root, 'save'));
    expect(status(root)).toBe('invalidHidden');
    expect(byTestId(root, 'save-status')?.textContent).toContain('CCAI Platform');
    expect(await stored()).toEqual({});
  });

  it('never renders a stored secret, for either provider', async () => {
    await secretsItem.setValue(SECRETS);
    const root = await mount(<OptionsPage />);
    expect(byTestId(root, 'tccc-secretKey-set')).not.toBeNull();
    await click(byTestId(root, 'tccc-secretKey-replace'));
    expect((byTestId(root, 'tccc-secretKey') as HTMLInputElement).value).toBe('');
    await type(byTestId(root, 'provider'), 'ccai');
    const values = [...root.querySelectorAll('input')].map((input) => input.value).join('\n');
    for (const secret of [SECRETS.tcccSecretId, SECRETS.tcccSecretKey, SECRETS.ccaiApiToken]) {
      expect(root.innerHTML).not.toContain(secret);
      expect(values).not.toContain(secret);
    }
  });

  it('saves valid settings and writes only the secrets the agent typed', async () => {
    await secretsItem.setValue(SECRETS);
    const root = await mount(<OptionsPage />);
    await type(byTestId(root, 'tccc-sdkAppId'), ' 1400000001 ');
    await click(byTestId(root, 'tccc-secretKey-replace'));
    await type(byTestId(root, 'tccc-secretKey'), 'new-key');
    await click(byTestId(root, 'tccc-secretId-replace')); // opened, left empty: keeps the stored one
    await click(byTestId(root, 'save'));

    expect(status(root)).toBe('saved');
    expect((await settingsItem.getValue()).tccc.sdkAppId).toBe(1400000001);
    expect(await secretsItem.getValue()).toEqual({ ...SECRETS, tcccSecretKey: 'new-key' });
    expect(byTestId(root, 'tccc-secretKey-set')).not.toBeNull();
    expect(root.innerHTML).not.toContain('new-key');
  });

  it.each([
    [true, 'saved'],
    [false, 'permissionDenied'],
  ])('asks for the custom base URL host (granted: %s)', async (grant, outcome) => {
    const { request } = fakePermissions(grant);
    const root = await mount(<OptionsPage />);
    await type(byTestId(root, 'tccc-endpoint'), 'custom');
    await type(byTestId(root, 'tccc-customBaseUrl'), 'https://ccc.example.com/api');
    await click(byTestId(root, 'save'));
    expect(request).toHaveBeenCalledWith({ origins: ['https://ccc.example.com/*'] });
    expect(status(root)).toBe(outcome);
    expect((await settingsItem.getValue()).tccc.customBaseUrl).toBe(grant ? 'https://ccc.example.com/api' : '');
  });

  it('lists enabled sites and removes one with its permission', async () => {
    const { granted, remove } = fakePermissions();
    granted.add('https://acme.zendesk.com/*');
    await settingsItem.setValue({ ...DEFAULT_SETTINGS, sites: ['https://acme.zendesk.com', 'https://b.example.com'] });
    const root = await mount(<OptionsPage />);
    expect(byTestId(root, 'site-0')?.textContent).toContain('acme.zendesk.com');
    await click(byTestId(root, 'site-0-remove'));
    expect((await settingsItem.getValue()).sites).toEqual(['https://b.example.com']);
    expect(remove).toHaveBeenCalledWith({ origins: ['https://acme.zendesk.com/*'] });
    expect(byTestId(root, 'site-0')?.textContent).toContain('b.example.com');
  });
});
