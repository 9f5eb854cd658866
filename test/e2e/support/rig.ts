import { afterAll, beforeAll } from 'vitest';
import { resolve } from 'node:path';
import type { Page } from 'playwright-core';
import { createEmulator, type Emulator } from '../../emulator/server';
import { configureExtension } from '../../support/configure';
import { serveStatic, type StaticSite } from '../../support/static-site';
import { launchWithExtension, type ExtensionBrowser } from './browser';
import { waitForNumbers } from './helpers';

export interface Rig {
  /** The emulator, on a manual clock: calls move only when a test advances it. */
  emulator: Emulator;
  /** The demo ticket page (test/fixtures/site). */
  site: StaticSite;
  browser: ExtensionBrowser;
}

/** For one test file: emulator, demo site and Chromium with the extension set up for `provider`. */
export function useRig(provider: 'tccc' | 'ccai'): Rig {
  const rig = {} as Rig;
  beforeAll(async () => {
    rig.emulator = await createEmulator({ port: 0, clock: { manual: true } });
    rig.site = await serveStatic(resolve('test/fixtures/site'));
    rig.browser = await launchWithExtension();
    await configureExtension(await rig.browser.worker(), provider, rig.emulator.url);
  });
  afterAll(async () => {
    await rig.browser?.close();
    await rig.site?.close();
    await rig.emulator?.close();
  });
  return rig;
}

/** The demo ticket page in a new tab, once its numbers carry call buttons. */
export async function openTicket(browser: ExtensionBrowser, site: StaticSite): Promise<Page> {
  const page = await browser.context.newPage();
  await page.goto(`${site.url}/index.html`);
  await waitForNumbers(page);
  return page;
}
