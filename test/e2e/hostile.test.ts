import { resolve } from 'node:path';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { createEmulator, type Emulator } from '../emulator/server';
import { configureExtension } from '../support/configure';
import { serveStatic, type StaticSite } from '../support/static-site';
import { launchWithExtension, type ExtensionBrowser } from './support/browser';
import { callButton, emulatorRequests } from './support/helpers';

// A page script must not be able to place a call: synthetic clicks on our buttons and on a
// decorated tel: link, forged postMessages, look-alike buttons, direct extension messages.

let emulator: Emulator;
let site: StaticSite;
let browser: ExtensionBrowser;

beforeAll(async () => {
  emulator = await createEmulator({ port: 0 });
  site = await serveStatic(resolve('test/fixtures/site'));
  browser = await launchWithExtension();
  await configureExtension(await browser.worker(), 'tccc', emulator.url);
});

afterAll(async () => {
  await browser?.close();
  await site?.close();
  await emulator?.close();
});

it('ignores every call attempt a page script makes, and still dials on a real click', async () => {
  const page = await browser.context.newPage();
  await page.goto(`${site.url}/hostile.html?ext=${browser.extensionId}`);
  await page.waitForFunction(() => (window as unknown as { attacksDone?: boolean }).attacksDone === true);
  await page.waitForTimeout(1000); // any dial the attacks set off would have reached the emulator by now
  expect(await emulatorRequests(emulator.url, 'CreateCallOutSession')).toHaveLength(0);

  // A real click in another tab places exactly one call, so the assertion above can fail.
  // (Another tab: the attacks made this one open tel:, and headless Chromium leaves it waiting
  // on an "open this app?" prompt nobody can answer, which holds up its extension messages.)
  const other = await browser.context.newPage();
  await other.goto(`${site.url}/index.html`);
  await callButton(other, '+442079460958').click();
  await expect.poll(async () => (await emulatorRequests(emulator.url, 'CreateCallOutSession')).length, { timeout: 10_000 }).toBe(1);
  await page.close();
  await other.close();
});
