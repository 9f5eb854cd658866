import { resolve } from 'node:path';
import puppeteer, { type Browser, type Page } from 'puppeteer-core';
import { SETTINGS_VERSION } from '../../../lib/settings/migrations';
import { firefoxPath } from '../../../scripts/ensure-browsers';
import { demoSettings } from '../../support/configure';

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

/** Polls `read` until it returns something other than undefined; an error counts as not yet. */
async function until<T>(read: () => Promise<T | undefined>, what: string, timeoutMs = 15_000): Promise<T> {
  const end = Date.now() + timeoutMs;
  while (Date.now() < end) {
    const value = await read().catch(() => undefined);
    if (value !== undefined) return value;
    await new Promise((done) => setTimeout(done, 100));
  }
  throw new Error(`Firefox: ${what} within ${timeoutMs / 1000} s`);
}

/**
 * An extension page, which BiDi will not navigate to: a loopback page opens it instead (the e2e
 * build makes the options page and the popup web-accessible there, wxt.config.ts).
 */
async function extensionPage(browser: Browser, siteUrl: string, file: 'options.html' | 'popup.html'): Promise<Page> {
  const page = await browser.newPage();
  await page.goto(`${siteUrl}/index.html`);
  await page.evaluate((url) => void (location.href = url), `moz-extension://${HOST}/${file}`);
  await until(() => page.evaluate(() => (location.protocol === 'moz-extension:' && document.readyState === 'complete') || undefined), `${file} did not open`);
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
      await until(
        () => page.evaluate(async () => (await (globalThis as unknown as { browser: ExtensionApi }).browser.scripting.getRegisteredContentScripts()).length > 0 || undefined),
        'the extension registered no content script',
      );
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

/** Waits until the popup shows call state `state`; the background polls about once a second. */
export async function expectPopupState(popup: Page, state: string): Promise<void> {
  await until(
    async () => ((await popup.$eval('[data-testid="call-state"]', (el) => el.getAttribute('data-state'))) === state) || undefined,
    `the popup did not show ${state}`,
    10_000,
  );
}

/**
 * Hovers the number marked `e164` and clicks the call chip once it sits beside it, with
 * trusted input (BiDi input actions); `count` 2 for a double click.
 */
export async function clickChip(page: Page, e164: string, count = 1): Promise<void> {
  const number = await page.waitForSelector(`[data-e164="${e164}"]`, { timeout: 15_000 });
  await number!.hover();
  // Where the number's text ends, as the chip goes by it: a number may wrap onto a second line.
  const textEnd = () =>
    number!.evaluate((el) => {
      const range = el.ownerDocument.createRange();
      range.selectNodeContents(el);
      const { x, y, width, height } = [...range.getClientRects()].at(-1) ?? el.getBoundingClientRect();
      return { x, y, width, height };
    });
  const at = await until(async () => {
    const [n, c] = [await textEnd(), await (await page.$('[data-testid="switchboard-chip"]'))?.boundingBox()];
    // After the text on its line, or below it near the viewport's edge: a chip still showing
    // for another number is elsewhere.
    const near = (a: number, b: number) => Math.abs(a - b) <= 4;
    const beside = n && c && ((near(c.x, n.x + n.width + 4) && near(c.y + c.height / 2, n.y + n.height / 2)) || (near(c.y, n.y + n.height + 4) && c.x <= n.x + n.width));
    return beside ? { x: c!.x + c!.width / 2, y: c!.y + c!.height / 2 } : undefined;
  }, `no call chip beside ${e164}`);
  await page.mouse.click(at.x, at.y, { count });
}
