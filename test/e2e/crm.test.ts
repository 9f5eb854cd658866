import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { createEmulator, type Emulator } from '../emulator/server';
import { configureExtension } from '../support/configure';
import { crmFixtures, serveCrmSites, type CrmSites } from '../support/crm-sites';
import { launchWithExtension, type ExtensionBrowser } from './support/browser';
import { emulatorRequests } from './support/helpers';

// Each CRM's saved ticket page, under the CRM's real host name over HTTPS: the right numbers
// and the ticket are decorated, nothing else, and content added later is picked up.

const fixtures = crmFixtures();
let emulator: Emulator;
let sites: CrmSites;
let browser: ExtensionBrowser;

beforeAll(async () => {
  emulator = await createEmulator({ port: 0 });
  sites = await serveCrmSites(fixtures);
  browser = await launchWithExtension({ hostRules: sites.hostRules });
});

afterAll(async () => {
  await browser?.close();
  await sites?.close();
  await emulator?.close();
});

beforeEach(async () => {
  await fetch(`${emulator.url}/__emulator/reset`, { method: 'POST' });
  // Each test places one call; forget the last one so the line is free.
  await (await browser.worker()).evaluate(() => (globalThis as unknown as { chrome: { storage: { session: { clear(): Promise<void> } } } }).chrome.storage.session.clear());
});

const decorated = (page: Page) => page.locator('[data-e164]').evaluateAll((els) => els.map((el) => el.getAttribute('data-e164')!));

/** Decoration is chunked; wait until the count of decorated numbers stops changing. */
async function settled(page: Page): Promise<string[]> {
  let last = -1;
  for (;;) {
    const now = await decorated(page);
    if (now.length === last) return now;
    last = now.length;
    await page.waitForTimeout(300);
  }
}

describe.each(fixtures)('$crm: $url', (fixture) => {
  it('decorates exactly the real numbers and the ticket, and follows late content', async () => {
    await configureExtension(await browser.worker(), 'tccc', emulator.url, { defaultCountry: fixture.defaultCountry });
    const page = await browser.context.newPage();
    await page.goto(fixture.url);
    await page.waitForSelector('[data-ticket-id][data-crm]', { timeout: 15_000 });
    expect(new Set(await settled(page))).toEqual(new Set(fixture.numbers));
    const tickets = page.locator('[data-ticket-id][data-crm]');
    expect(await tickets.count()).toBe(1);
    expect(await tickets.getAttribute('data-ticket-id')).toBe(fixture.expected.ticketId);
    expect(await tickets.getAttribute('data-crm')).toBe(fixture.crm);

    const before = (await decorated(page)).length;
    await page.evaluate((number) => {
      const note = document.createElement('p');
      note.textContent = `Late note: also reachable on ${number}.`;
      document.body.append(note);
    }, fixture.numbers[0]);
    await expect.poll(async () => (await decorated(page)).length).toBe(before + 1);

    if (fixture.expected.customerE164) {
      await tickets.click();
      await expect.poll(async () => (await emulatorRequests(emulator.url, 'CreateCallOutSession')).length).toBe(1);
      const [request] = await emulatorRequests(emulator.url, 'CreateCallOutSession');
      expect(request?.body.Callee).toBe(`00${fixture.expected.customerE164.slice(1)}`);
      expect(new URLSearchParams(String(request?.body.UUI)).get('ticket')).toBe(fixture.expected.ticketId);
    }
    await page.close();
  });
});
