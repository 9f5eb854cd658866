import { resolve } from 'node:path';
import puppeteer, { type Browser, type Page } from 'puppeteer-core';
import { expect } from 'vitest';
import { SETTINGS_VERSION } from '../../../lib/settings/migrations';
import { firefoxPath } from '../../../scripts/ensure-browsers';
import { demoSettings } from '../../support/configure';
import { chipBeside, textEndOf } from './helpers';

// Firefox ESR with the e2e build, driven over WebDriver BiDi by puppeteer-core (Playwright
// drives only its own patched Firefox, which cannot be downloaded here).

export const FIREFOX_EXTENSION_DIR = resolve('.output/e2e/firefox-mv3');
const ID = 'switchboard@switchboard.dev';
/** Firefox gives each profile's extension a random host; fixed, the options page has a known address. */
const HOST = '5317c4b0-a4d0-4e2e-8000-000000000001';

export interface FirefoxWithExtension {
  browser: Browser;
  /** Writes the demo settings for `provider` from the options page, opened from `siteUrl`'s loopback page. */
  configure(provider: 'tccc' | 'ccai', emulatorUrl: string, siteUrl: string): Promise<void>;
  /** The popup, in a tab of its own, opened from `siteUrl`'s loopback page. */
  openPopup(siteUrl: string): Promise<Page>;
  /** What storage.local holds, which Firefox's content scripts can read. */
  storageLocal(siteUrl: string): Promise<Record<string, unknown>>;
  close(): Promise<void>;
}

type ExtensionApi = {
  storage: { local: { set(items: object): Promise<void>; get(keys: null): Promise<Record<string, unknown>> } };
  scripting: { getRegisteredContentScripts(): Promise<unknown[]> };
};

/**
 * An extension page, which BiDi will not navigate to: a loopback page opens it instead (the e2e
 * build makes the options page and the popup web-accessible there, wxt.config.ts).
 */
async function extensionPage(browser: Browser, siteUrl: string, file: 'options.html' | 'popup.html'): Promise<Page> {
  const page = await browser.newPage();
  await page.goto(`${siteUrl}/index.html`);
  await page.evaluate((url) => void (location.href = url), `moz-extension://${HOST}/${file}`);
  const opened = () => page.evaluate(() => location.protocol === 'moz-extension:' && document.readyState === 'complete').catch(() => false);
  await expect.poll(opened, { timeout: 15_000, interval: 100 }).toBe(true);
  return page;
}

export async function launchFirefoxWithExtension(): Promise<FirefoxWithExtension> {
  const browser = await puppeteer.launch({
    browser: 'firefox',
    executablePath: firefoxPath(),
    headless: true,
    extraPrefsFirefox: { 'extensions.webextensions.uuids': JSON.stringify({ [ID]: HOST }) },
  });
  await browser.installExtension(FIREFOX_EXTENSION_DIR);
  return {
    browser,
    async configure(provider, emulatorUrl, siteUrl) {
      const page = await extensionPage(browser, siteUrl, 'options.html');
      const { settings, secrets } = demoSettings(provider, emulatorUrl);
      await page.evaluate(
        async (s, k, version) => {
          const api = (globalThis as unknown as { browser: ExtensionApi }).browser;
          await api.storage.local.set({ settings: s, settings$: { v: version }, secrets: k });
        },
        settings,
        secrets,
        SETTINGS_VERSION,
      );
      // As in Chromium (browser.ts): a page opened before the registration runs no content script.
      const registered = () => page.evaluate(async () => (await (globalThis as unknown as { browser: ExtensionApi }).browser.scripting.getRegisteredContentScripts()).length > 0);
      await expect.poll(registered, { timeout: 15_000, interval: 100 }).toBe(true);
      await page.close();
    },
    async openPopup(siteUrl) {
      const page = await extensionPage(browser, siteUrl, 'popup.html');
      await page.setViewport({ width: 360, height: 600 });
      await page.waitForSelector('[data-testid="popup"]');
      return page;
    },
    async storageLocal(siteUrl) {
      const page = await extensionPage(browser, siteUrl, 'options.html');
      const items = await page.evaluate(() => (globalThis as unknown as { browser: ExtensionApi }).browser.storage.local.get(null));
      await page.close();
      return items;
    },
    close: () => browser.close(),
  };
}

/** Waits until the popup shows call state `state`; the background polls about once a second (as popup.ts). */
export async function expectPopupState(popup: Page, state: string): Promise<void> {
  const shown = () => popup.$eval('[data-testid="call-state"]', (el) => el.getAttribute('data-state')).catch(() => null);
  await expect.poll(shown, { timeout: 10_000, interval: 200 }).toBe(state);
}

/**
 * Hovers the number marked `e164` and clicks the call chip once it sits beside it, with
 * trusted input (BiDi input actions); `count` 2 for a double click.
 */
export async function clickChip(page: Page, e164: string, count = 1): Promise<void> {
  const number = await page.waitForSelector(`[data-e164="${e164}"]`, { timeout: 15_000 });
  await number!.hover();
  const chip = () => page.$('[data-testid="switchboard-chip"]').then((found) => found?.boundingBox() ?? null);
  const besideNumber = async () => {
    const [end, box] = [await number!.evaluate(textEndOf), await chip()];
    return box !== null && chipBeside(end, box);
  };
  await expect.poll(besideNumber, { timeout: 15_000, interval: 100 }).toBe(true);
  const box = (await chip())!;
  await page.mouse.click(box.x + box.width / 2, box.y + box.height / 2, { count });
}
