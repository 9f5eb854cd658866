import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { resolve } from 'node:path';
import type { Page } from 'playwright-core';
import { createEmulator, type Emulator } from '../emulator/server';
import { configureExtension, DEMO } from '../support/configure';
import { serveStatic, type StaticSite } from '../support/static-site';
import { launchWithExtension, type ExtensionBrowser } from './support/browser';
import { callButton, emulatorRequests, waitForCallButtons } from './support/helpers';

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

async function openTicket(): Promise<Page> {
  const page = await browser.context.newPage();
  await page.goto(`${site.url}/index.html`);
  await waitForCallButtons(page);
  return page;
}

describe('click to call (TCCC)', () => {
  it('decorates the real numbers on the page and nothing else', async () => {
    const page = await openTicket();
    const numbers = await page.locator('[data-e164]').evaluateAll((els) => els.map((el) => el.getAttribute('data-e164')));
    expect(numbers.sort()).toEqual(['+14155550132', '+18596579625', '+18596579625', '+442079460958']);
    await page.close();
  });

  it('one click places one correctly signed CreateCallOutSession through the emulator', async () => {
    await fetch(`${emulator.url}/__emulator/reset`, { method: 'POST' });
    const page = await openTicket();
    await callButton(page, '+442079460958').dblclick();
    await expect.poll(async () => (await emulatorRequests(emulator.url, 'CreateCallOutSession')).length, { timeout: 10_000 }).toBe(1);
    await page.waitForTimeout(500);
    const [request] = await emulatorRequests(emulator.url, 'CreateCallOutSession');
    if (!request) throw new Error('no CreateCallOutSession logged');
    expect(request.verdict).toBe('accepted');
    expect(request.body).toMatchObject({ SdkAppId: DEMO.tccc.sdkAppId, UserId: DEMO.tccc.userId, Callee: '00442079460958' });
    expect(request.headers.authorization).toMatch(/^TC3-HMAC-SHA256 Credential=AKIDSWITCHBOARDDEMO\/\d{4}-\d\d-\d\d\/ccc\/tc3_request, SignedHeaders=content-type;host, Signature=[0-9a-f]{64}$/);
    // The double click placed exactly one call.
    expect(await emulatorRequests(emulator.url, 'CreateCallOutSession')).toHaveLength(1);
    await page.close();
  });
});
