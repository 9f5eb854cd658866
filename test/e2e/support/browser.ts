import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { chromium, type BrowserContext, type Worker } from 'playwright-core';
import { chromiumPath } from '../../../scripts/ensure-browsers';

export const EXTENSION_DIR = resolve('.output/e2e/chrome-mv3');

/** Flags this machine needs: no sandbox as root, and no calls home (the network is closed). */
export const CHROMIUM_FLAGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
  '--disable-quic',
];

export interface ExtensionBrowser {
  context: BrowserContext;
  extensionId: string;
  worker(): Promise<Worker>;
  close(): Promise<void>;
}

type Scripting = { chrome: { scripting: { getRegisteredContentScripts(): Promise<unknown[]> } } };

/**
 * The e2e build registers its content scripts for every site soon after start-up
 * (lib/sites.ts): a page opened before that runs none, and a test of it would find nothing.
 */
async function contentScriptsRegistered(worker: Worker): Promise<void> {
  for (let tries = 0; tries < 100; tries++) {
    const registered = await worker.evaluate(() => (globalThis as unknown as Scripting).chrome.scripting.getRegisteredContentScripts());
    if (registered.length) return;
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  throw new Error('the extension registered no content script within 10 s');
}

/**
 * Launch Chromium with the built extension loaded, once its content scripts are registered;
 * headless unless `headless: false`. `locale` (e.g. 'zh-CN') sets both the browser UI language
 * (chrome.i18n) and navigator.language (our lib/i18n).
 */
export async function launchWithExtension({
  headless = true,
  extensionDir = EXTENSION_DIR,
  hostRules,
  locale,
}: { headless?: boolean; extensionDir?: string; hostRules?: string; locale?: string } = {}): Promise<ExtensionBrowser> {
  const profile = mkdtempSync(join(tmpdir(), 'switchboard-profile-'));
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: chromiumPath(),
    headless,
    ...(locale && { locale }),
    args: [
      ...(locale ? [`--lang=${locale}`] : []),
      ...CHROMIUM_FLAGS,
      ...(headless ? ['--headless=new'] : []),
      `--disable-extensions-except=${extensionDir}`,
      `--load-extension=${extensionDir}`,
      ...(hostRules ? [`--host-resolver-rules=${hostRules}`, '--ignore-certificate-errors'] : []),
    ],
  });
  const worker = async () =>
    context.serviceWorkers().find((w) => w.url().startsWith('chrome-extension://')) ??
    (await context.waitForEvent('serviceworker', { timeout: 15_000 }));
  const started = await worker();
  const extensionId = new URL(started.url()).host;
  await contentScriptsRegistered(started);
  return {
    context,
    extensionId,
    worker,
    async close() {
      await context.close();
      rmSync(profile, { recursive: true, force: true });
    },
  };
}
