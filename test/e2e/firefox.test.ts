import { resolve } from 'node:path';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { createEmulator, type Emulator } from '../emulator/server';
import { DEMO } from '../support/configure';
import { serveStatic, type StaticSite } from '../support/static-site';
import { advance } from './support/emulator-admin';
import { emulatorRequests } from './support/helpers';
import { clickChip, expectPopupState, launchFirefoxWithExtension, type FirefoxWithExtension } from './support/firefox';

// The Firefox build in Firefox ESR: the content script the page meets, the dial path through
// the background, and a hostile page's attempts, each as the Chromium tests check them. A
// browser per test: a placed call stays active (the emulator's clock is manual), and the
// extension rightly refuses a second one while it is.

let emulator: Emulator;
let site: StaticSite;
let firefox: FirefoxWithExtension;

beforeAll(async () => {
  emulator = await createEmulator({ port: 0, clock: { manual: true } });
  site = await serveStatic(resolve('test/fixtures/site'));
});

beforeEach(async () => {
  await fetch(`${emulator.url}/__emulator/reset`, { method: 'POST' });
  firefox = await launchFirefoxWithExtension();
  await firefox.configure('tccc', emulator.url, site.url);
});

afterEach(() => firefox?.close());

afterAll(async () => {
  await site?.close();
  await emulator?.close();
});

const dials = () => emulatorRequests(emulator.url, 'CreateCallOutSession');

async function openTicket() {
  const page = await firefox.browser.newPage();
  await page.goto(`${site.url}/index.html`);
  await page.waitForSelector('[data-e164]', { timeout: 15_000 });
  return page;
}

describe('Firefox', () => {
  it('decorates the real numbers on the ticket page and nothing else', async () => {
    const page = await openTicket();
    const numbers = await page.$$eval('[data-e164]', (els) => els.map((el) => el.getAttribute('data-e164')));
    expect(numbers.sort()).toEqual(['+14155550132', '+18596579625', '+18596579625', '+442079460958']);
    await page.close();
  });

  it('places one correctly signed CreateCallOutSession for a double click on the chip', async () => {
    const page = await openTicket();
    await clickChip(page, '+442079460958', 2);
    await expect.poll(async () => (await dials()).length, { timeout: 10_000 }).toBe(1);
    await new Promise((done) => setTimeout(done, 500));
    const [request] = await dials();
    expect(request?.verdict).toBe('accepted');
    expect(request?.body).toMatchObject({ SdkAppId: DEMO.tccc.sdkAppId, UserId: DEMO.tccc.userId, Callee: '00442079460958' });
    expect(request?.headers.authorization).toMatch(/^TC3-HMAC-SHA256 Credential=AKIDSWITCHBOARDDEMO\/\d{4}-\d\d-\d\d\/ccc\/tc3_request, SignedHeaders=content-type;host, Signature=[0-9a-f]{64}$/);
    expect(await dials()).toHaveLength(1);
    // The call was signed with the secrets, which are not where Firefox's content scripts can
    // read them: storage.local, where the test wrote them as an earlier build would have.
    expect(JSON.stringify(await firefox.storageLocal(site.url))).not.toContain(DEMO.tccc.secretKey);
    await page.close();
  });

  it('follows the call in the popup from the click to its end, then lists it in the history', async () => {
    const popup = await firefox.openPopup(site.url);
    const page = await openTicket();
    await clickChip(page, '+442079460958');
    await expectPopupState(popup, 'ringingAgent');
    await advance(emulator.url, 2_000);
    await expectPopupState(popup, 'ringingCustomer');
    await advance(emulator.url, 3_000);
    await expectPopupState(popup, 'connected');
    await advance(emulator.url, 8_000);
    await expectPopupState(popup, 'ended');
    expect(await popup.$eval('[data-testid="call-duration"]', (el) => el.textContent)).toBe('00:08');
    // The next call: the popup, open all along, heard the first one's end and lists it.
    await clickChip(page, '+14155550132');
    await expectPopupState(popup, 'ringingAgent');
    await popup.waitForFunction(() => document.querySelector('[data-testid="history-outcome"]')?.textContent?.includes('00:08'), { timeout: 10_000 });
    // The history names customers: it is not where content scripts can read.
    expect(JSON.stringify(await firefox.storageLocal(site.url))).not.toContain('442079460958');
    await Promise.all([page.close(), popup.close()]);
  });

  it('places no call for any attempt a page script makes', async () => {
    const page = await firefox.browser.newPage();
    await page.goto(`${site.url}/hostile.html?ext=${encodeURIComponent('switchboard@switchboard.dev')}`);
    await page.waitForFunction(() => (window as unknown as { attacksDone?: boolean }).attacksDone === true, { timeout: 15_000 });
    await new Promise((done) => setTimeout(done, 1000)); // a dial the attacks set off would be at the emulator by now
    expect(await dials()).toHaveLength(0);
    // A real click on the same page's number does call, so the assertion above can fail.
    await clickChip(page, '+442079460958');
    await expect.poll(async () => (await dials()).length, { timeout: 10_000 }).toBe(1);
    await page.close();
  });
});
