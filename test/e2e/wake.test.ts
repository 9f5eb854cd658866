import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { USER_TIMING } from '../../lib/user-timing';
import { launchWithExtension, type ExtensionBrowser } from './support/browser';
import { stopServiceWorker } from './support/service-worker';

// Chrome stops an idle service worker after 30 s. The content script runs at document_idle and
// its first message (the page settings) would have to wait for the worker to start; a tiny
// script registered at document_start (entrypoints/wake.ts) starts it while the page loads.
const URL = 'http://crm.wake.test/ticket';
// A script in the head that takes 5 s to arrive: the page stays short of document_idle.
const PAGE = '<!doctype html><html><head><script src="/slow.js"></script></head><body><p>+1 415 555 0132</p></body></html>';
const SLOW_MS = 5_000;

let browser: ExtensionBrowser;

beforeAll(async () => {
  browser = await launchWithExtension();
  await browser.context.route(`${URL}`, (route) => route.fulfill({ status: 200, contentType: 'text/html; charset=utf-8', body: PAGE }));
  await browser.context.route('http://crm.wake.test/slow.js', async (route) => {
    await new Promise((resolve) => setTimeout(resolve, SLOW_MS));
    await route.fulfill({ status: 200, contentType: 'text/javascript', body: '' });
  });
});
afterAll(() => browser?.close());

describe('a page on an enabled site', () => {
  it('starts a stopped service worker as it starts loading, before the content script runs', async () => {
    // The worker registers the scripts soon after it starts; stopped before that, it would start
    // again on its own to finish, and this test could not tell that from a wake-up.
    const worker = await browser.worker();
    const registered = () =>
      worker.evaluate(async () => {
        const { chrome } = globalThis as unknown as { chrome: { scripting: { getRegisteredContentScripts(): Promise<{ id: string }[]> } } };
        return (await chrome.scripting.getRegisteredContentScripts()).map((script) => script.id);
      });
    await expect.poll(registered).toContain('switchboard-crm');
    const tab = await browser.context.newPage();
    await stopServiceWorker(browser.context, tab);
    const cdp = await browser.context.newCDPSession(tab);
    const started = new Promise<string>((resolve) => {
      cdp.on('ServiceWorker.workerVersionUpdated', ({ versions }: { versions: { scriptURL: string; runningStatus: string }[] }) => {
        const ours = versions.find((v) => v.scriptURL.startsWith('chrome-extension://') && v.runningStatus !== 'stopped');
        if (ours) resolve(ours.runningStatus);
      });
    });
    await cdp.send('ServiceWorker.enable');
    await tab.goto(URL, { waitUntil: 'commit' });
    const late = new Promise<string>((resolve) => setTimeout(() => resolve('not started'), SLOW_MS - 1_000));
    expect(['starting', 'running']).toContain(await Promise.race([started, late]));
    // The content script has not run yet: the page is still waiting for its head script.
    expect(await tab.evaluate((name) => [document.readyState, performance.getEntriesByName(name).length], USER_TIMING.start)).toEqual(['loading', 0]);
    // And once the page is loaded, it is decorated as usual.
    await expect.poll(() => tab.locator('[data-e164]').count(), { timeout: 10_000 }).toBe(1);
    await tab.close();
  });
});
