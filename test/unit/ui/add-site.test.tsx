// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { OptionsPage } from '../../../components/options/OptionsPage';
import { setLocale } from '../../../lib/i18n';
import { settingsItem } from '../../../lib/settings/store';
import { fakePermissions, useOptionsPage } from './fakes';
import { byTestId, click, mount, type } from './render';

const sites = async () => (await settingsItem.getValue()).sites;
const preview = (root: HTMLElement) => byTestId(root, 'site-add-preview')?.dataset.origin;

useOptionsPage();

describe('add a CRM site', () => {
  it('previews the tenant\'s origin, asks for it and lists it', async () => {
    const { request } = fakePermissions();
    const root = await mount(<OptionsPage />);
    await type(byTestId(root, 'site-add-tenant'), ' Acme ');
    expect(preview(root)).toBe('https://acme.zendesk.com');
    await click(byTestId(root, 'site-add-enable'));
    expect(request).toHaveBeenCalledWith({ origins: ['https://acme.zendesk.com/*'] });
    expect(await sites()).toEqual(['https://acme.zendesk.com']);
    expect(byTestId(root, 'site-0')?.textContent).toContain('acme.zendesk.com');
    expect(byTestId(root, 'site-add-status')?.textContent).toContain('acme.zendesk.com');
    expect((byTestId(root, 'site-add-tenant') as HTMLInputElement).value).toBe('');
    expect(byTestId(root, 'site-add-tenant-error')).toBeNull();
  });

  it.each([
    ['en', 'acme.evil.com', 'This is not a Zendesk address. Enter only your site name, e.g. acme, or an address ending in .zendesk.com.'],
    ['zh_CN', 'http://acme.zendesk.com', 'Switchboard 只在 https:// 页面上运行。请只输入网站名称（例如 acme），或输入其 https:// 地址。'],
    ['en', '', 'Enter your Zendesk site name, e.g. acme.'],
  ] as const)('%s: refuses %j before asking for anything', async (locale, input, text) => {
    setLocale(locale);
    const { request } = fakePermissions();
    const root = await mount(<OptionsPage />);
    await type(byTestId(root, 'site-add-tenant'), input);
    expect(preview(root)).toBe('');
    expect(byTestId(root, 'site-add-tenant-error')).toBeNull(); // not while typing the first time
    await click(byTestId(root, 'site-add-enable'));
    const error = byTestId(root, 'site-add-tenant-error');
    expect(error?.textContent).toBe(text);
    expect(error?.getAttribute('role')).toBe('alert');
    expect(byTestId(root, 'site-add-tenant')?.getAttribute('aria-describedby')).toBe('site-add-tenant-error');
    expect(request).not.toHaveBeenCalled();
    expect(await sites()).toEqual([]);
  });

  it('says so when the browser refuses, and stores nothing', async () => {
    fakePermissions(false);
    const root = await mount(<OptionsPage />);
    await type(byTestId(root, 'site-add-tenant'), 'acme');
    await click(byTestId(root, 'site-add-enable'));
    expect(byTestId(root, 'site-add-denied')?.textContent).toContain('acme.zendesk.com');
    expect(byTestId(root, 'site-add-denied')?.getAttribute('role')).toBe('alert');
    expect(await sites()).toEqual([]);
  });

  it('offers the fixed hosts of HubSpot and Zoho Desk', async () => {
    const { request } = fakePermissions();
    const root = await mount(<OptionsPage />);
    await type(byTestId(root, 'site-add-crm'), 'zohodesk');
    expect(byTestId(root, 'site-add-tenant')).toBeNull();
    expect(preview(root)).toBe('https://desk.zoho.com');
    await type(byTestId(root, 'site-add-crm'), 'hubspot');
    const hosts = [...(byTestId(root, 'site-add-host') as HTMLSelectElement).options].map((option) => option.value);
    expect(hosts).toEqual(['app.hubspot.com', 'app-eu1.hubspot.com']);
    await type(byTestId(root, 'site-add-host'), 'app-eu1.hubspot.com');
    await click(byTestId(root, 'site-add-enable'));
    expect(request).toHaveBeenCalledWith({ origins: ['https://app-eu1.hubspot.com/*'] });
    expect(await sites()).toEqual(['https://app-eu1.hubspot.com']);
  });
});
