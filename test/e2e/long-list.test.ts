import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { generatePage } from '../../bench/page';
import { USER_TIMING, type FindDetail } from '../../lib/user-timing';
import { configureExtension } from '../support/configure';
import { launchWithExtension, type ExtensionBrowser } from './support/browser';
import { stopServiceWorker } from './support/service-worker';

// A CRM ticket list (the benchmark's generator): one customer number per row among dates,
// order numbers and amounts. Long enough that the content script hands the search to the
// background; rows added later are few, and searched in the page.
const URL = 'http://crm.long-list.test/tickets';
const ROWS = 600;
const list = generatePage(ROWS, 7);

// London numbers written the national way, which only a GB default country reads as numbers,
// and a US one written the national way, which under GB is not a number at all.
const UK_URL = 'http://crm.uk-list.test/tickets';
const UK_ROWS = 200;
const ukNumber = (i: number) => `020 7946 ${String(i).padStart(4, '0')}`;
const UK_LIST = `<ul>${Array.from({ length: UK_ROWS }, (_, i) => `<li>${ukNumber(i)}</li>`).join('')}<li>(415) 555-0132</li></ul>`;

// More than 50,000 elements, which the walk looks through a query per kind of element rather
// than one query: numbers in open shadow roots (on a custom element and on a <div>, declared
// in the HTML) and a tel: link are found there too.
const LARGE_URL = 'http://crm.large-list.test/tickets';
const LARGE_ROWS = 3_500;
const large = generatePage(LARGE_ROWS, 8);
const LARGE_EXTRAS =
  '<x-contact><template shadowrootmode="open"><p>Direct line: (415) 555-0133</p></template></x-contact>' +
  '<div id="host"><template shadowrootmode="open"><span>(415) 555-0134</span></template></div>' +
  '<a id="desk" href="tel:+14155550135">Desk</a>';

let browser: ExtensionBrowser;

beforeAll(async () => {
  browser = await launchWithExtension();
  await browser.context.route(`${URL}**`, (route) => route.fulfill({ status: 200, contentType: 'text/html; charset=utf-8', body: list.html }));
  await browser.context.route(`${LARGE_URL}**`, (route) =>
    route.fulfill({ status: 200, contentType: 'text/html; charset=utf-8', body: large.html.replace('</main>', `${LARGE_EXTRAS}</main>`) }),
  );
  await browser.context.route(`${UK_URL}**`, (route) => route.fulfill({ status: 200, contentType: 'text/html; charset=utf-8', body: UK_LIST }));
});
afterAll(() => browser?.close());

const numbersByRow = (tab: import('playwright-core').Page) =>
  tab.locator('tr[data-row] [data-e164]').evaluateAll((els) => els.map((el) => [Number(el.closest('tr')!.dataset.row), el.getAttribute('data-e164')]));

describe('a long ticket list', () => {
  it('is searched by the background: every number decorated, nothing else; rows added later too', async () => {
    const tab = await browser.context.newPage();
    await tab.goto(URL);
    await expect.poll(() => tab.locator('[data-e164]').count(), { timeout: 15_000 }).toBe(ROWS);
    expect(await numbersByRow(tab)).toEqual(list.expected.map((e164, row) => [row, e164]));

    const batches = () =>
      tab.evaluate((name) => performance.getEntriesByName(name).map((entry) => (entry as PerformanceMeasure).detail as FindDetail), USER_TIMING.find);
    const sent = await batches();
    expect(sent.length).toBeGreaterThan(1);
    expect(sent.map((batch) => batch.searched)).toEqual(sent.map(() => 'background'));
    expect(sent.reduce((sum, batch) => sum + batch.texts, 0)).toBe(ROWS);

    const [added] = list.appended;
    await tab.evaluate((html) => document.querySelector('#tickets tbody')!.insertAdjacentHTML('beforeend', html), added!.html);
    await expect.poll(() => tab.locator('[data-e164]').count(), { timeout: 5_000 }).toBe(ROWS + added!.expected.length);
    expect((await numbersByRow(tab)).slice(ROWS)).toEqual(added!.expected.map((e164, i) => [ROWS + i, e164]));
    expect(await batches()).toHaveLength(sent.length); // a few rows: searched in the page, no round trip
    await tab.close();
  });

  it('of more than 50,000 elements: every number decorated, in open shadow roots and tel: links too', async () => {
    const tab = await browser.context.newPage();
    await tab.goto(LARGE_URL);
    expect(await tab.evaluate(() => document.getElementsByTagName('*').length)).toBeGreaterThan(50_000);
    await expect.poll(() => tab.locator('[data-e164]').count(), { timeout: 30_000 }).toBe(LARGE_ROWS + 3);
    expect(await numbersByRow(tab)).toEqual(large.expected.map((e164, row) => [row, e164]));
    // Playwright's CSS locators pierce open shadow roots.
    expect(await tab.locator('x-contact [data-e164]').getAttribute('data-e164')).toBe('+14155550133');
    expect(await tab.locator('#host [data-e164]').getAttribute('data-e164')).toBe('+14155550134');
    expect(await tab.locator('#desk').getAttribute('data-e164')).toBe('+14155550135');
    await tab.close();
  });

  it('opened while the service worker is stopped: every number marked by the agent\'s country, which the woken worker sends', async () => {
    // The content script asks the worker for the settings, which starts it; the page is read meanwhile.
    await configureExtension(await browser.worker(), 'tccc', 'http://emulator.invalid', { defaultCountry: 'GB' });
    const tab = await browser.context.newPage();
    await stopServiceWorker(browser.context, tab);
    await tab.goto(UK_URL);
    await expect.poll(() => tab.locator('[data-e164]').count(), { timeout: 15_000 }).toBe(UK_ROWS);
    const marked = await tab.locator('[data-e164]').evaluateAll((els) => els.map((el) => [el.textContent, el.getAttribute('data-e164')]));
    expect(marked).toEqual(Array.from({ length: UK_ROWS }, (_, i) => [ukNumber(i), `+44207946${String(i).padStart(4, '0')}`]));
    const searched = await tab.evaluate((name) => performance.getEntriesByName(name).map((entry) => ((entry as PerformanceMeasure).detail as FindDetail).searched), USER_TIMING.find);
    expect(new Set(searched)).toEqual(new Set(['background']));
    await tab.close();
  });
});
