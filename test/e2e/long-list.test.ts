import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { generatePage } from '../../bench/page';
import { launchWithExtension, type ExtensionBrowser } from './support/browser';

// A CRM ticket list (the benchmark's generator): one customer number per row among dates,
// order numbers and amounts. Long enough that the content script hands the search to the
// background; rows added later are few, and searched in the page.
const URL = 'http://crm.long-list.test/tickets';
const ROWS = 600;
const list = generatePage(ROWS, 7);
// entrypoints/content/find-numbers.ts: one User Timing measure per batch sent to the background.
const FIND_MEASURE = 'switchboard:find';

let browser: ExtensionBrowser;

beforeAll(async () => {
  browser = await launchWithExtension();
  await browser.context.route(`${URL}**`, (route) => route.fulfill({ status: 200, contentType: 'text/html; charset=utf-8', body: list.html }));
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
      tab.evaluate((name) => performance.getEntriesByName(name).map((entry) => (entry as PerformanceMeasure).detail as { texts: number; searched: string }), FIND_MEASURE);
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
});
