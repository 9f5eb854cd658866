import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { launchWithExtension, type ExtensionBrowser } from './support/browser';

// "Add a CRM site" on the options page, in real Chromium. The e2e build already holds
// <all_urls>, so permissions.request answers yes without a prompt.
let browser: ExtensionBrowser;

beforeAll(async () => {
  browser = await launchWithExtension();
});
afterAll(async () => {
  await browser?.close();
});

type Chrome = {
  storage: { local: { get(): Promise<{ settings?: { sites: string[] } }> } };
  scripting: { getRegisteredContentScripts(): Promise<{ id: string; matches?: string[] }[]> };
};

// Evaluated in the service worker: self-contained, no closures.
const stored = async () => (await browser.worker()).evaluate(() => (globalThis as unknown as { chrome: Chrome }).chrome.storage.local.get());
const storedSites = async () => (await stored()).settings?.sites ?? [];
/** The registered scripts that run on `pattern`, by id: the content script and its wake-up (lib/sites.ts). */
const runningOn = async (pattern: string) =>
  (await browser.worker()).evaluate(async (match) => {
    const scripts = await (globalThis as unknown as { chrome: Chrome }).chrome.scripting.getRegisteredContentScripts();
    return scripts.filter((script) => script.matches?.includes(match)).map((script) => script.id).sort();
  }, pattern);
const BOTH_SCRIPTS = ['switchboard-crm', 'switchboard-wake'];

async function openOptions(): Promise<Page> {
  const page = await browser.context.newPage();
  await page.goto(`chrome-extension://${browser.extensionId}/options.html`);
  await page.getByTestId('site-add').waitFor();
  return page;
}

async function addZendesk(page: Page, tenant: string): Promise<void> {
  await page.getByLabel('CRM', { exact: true }).selectOption('zendesk');
  await page.getByLabel('Site name').fill(tenant);
  await page.getByTestId('site-add-enable').click();
}

describe('add a CRM site', () => {
  it('refuses a host outside the CRM and stores nothing', async () => {
    const before = await stored();
    const page = await openOptions();
    await addZendesk(page, 'acme.evil.com');
    const error = page.getByTestId('site-add-tenant-error');
    await error.waitFor();
    expect(await error.getAttribute('role')).toBe('alert');
    expect(await error.textContent()).toBe('This is not a Zendesk address. Enter only your site name, e.g. acme, or an address ending in .zendesk.com.');
    expect(await page.getByTestId('site-add-preview').textContent()).toBe('');
    expect(await page.getByTestId('sites-empty').isVisible()).toBe(true);
    expect(await stored()).toEqual(before);
    await page.close();
  });

  it('previews and enables a Zendesk tenant typed as "Acme "', async () => {
    const page = await openOptions();
    await page.getByLabel('CRM', { exact: true }).selectOption('zendesk');
    await page.getByLabel('Site name').pressSequentially('Acme ');
    expect(await page.getByTestId('site-add-preview').textContent()).toBe('Switchboard will run on: https://acme.zendesk.com');
    await page.getByTestId('site-add-enable').click();

    await expect.poll(() => page.getByTestId('site-0').textContent()).toContain('acme.zendesk.com');
    expect(await page.getByTestId('site-add-status').textContent()).toBe('Switchboard is on for acme.zendesk.com.');
    expect(await storedSites()).toEqual(['https://acme.zendesk.com']);
    await expect.poll(() => runningOn('https://acme.zendesk.com/*')).toEqual(BOTH_SCRIPTS);
    await page.close();
  });

  it('removes a site from the list and from settings', async () => {
    const page = await openOptions();
    await addZendesk(page, 'globex');
    await expect.poll(storedSites).toEqual(['https://acme.zendesk.com', 'https://globex.zendesk.com']);
    await page.getByTestId('site-0-remove').click();
    await expect.poll(() => page.getByTestId('site-0').textContent()).toContain('globex.zendesk.com');
    expect(await page.getByTestId('site-1').count()).toBe(0);
    expect(await storedSites()).toEqual(['https://globex.zendesk.com']);
    await expect.poll(() => runningOn('https://acme.zendesk.com/*')).toEqual([]);
    expect(await runningOn('https://globex.zendesk.com/*')).toEqual(BOTH_SCRIPTS);
    await page.close();
  });
});
