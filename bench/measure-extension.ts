/**
 * A check that the bench bundle behaves like the shipped content script: the real built
 * extension (.output/e2e, enabled on every site) on the same page must decorate the same
 * numbers. Its time is informational only: the content script starts at document_idle and
 * first reads its settings, so "from injection" cannot be timed from outside.
 */
import { launchWithExtension } from '../test/e2e/support/browser';
import { PAGE_URL } from './browser';
import type { Found } from './in-page/types';
import type { BenchPage } from './page';

export interface ExtensionCheck {
  found: Found[];
  /** From navigation start to the last decoration seen, ms (polled every 20 ms). */
  sinceNavigationMs: number;
}

const STILL_MS = 1000;
const TIMEOUT_MS = 30_000;

export async function checkRealContentScript(page: BenchPage, harness: string): Promise<ExtensionCheck> {
  const extension = await launchWithExtension();
  try {
    // The background registers the content script for every site at startup; wait for that.
    const worker = await extension.worker();
    for (let tries = 0; tries < 100; tries++) {
      const registered = await worker.evaluate(() =>
        (globalThis as unknown as { chrome: { scripting: { getRegisteredContentScripts(): Promise<unknown[]> } } }).chrome.scripting
          .getRegisteredContentScripts()
          .then((scripts) => scripts.length),
      );
      if (registered) break;
      await new Promise((resolve) => setTimeout(resolve, 100));
    }
    await extension.context.route(`${PAGE_URL}**`, (route) =>
      route.fulfill({ status: 200, contentType: 'text/html; charset=utf-8', body: page.html }),
    );
    // The harness only watches from the page's main world; the content script is isolated.
    await extension.context.addInitScript({ content: harness });
    const tab = await extension.context.newPage();
    await tab.goto(PAGE_URL, { waitUntil: 'load' });
    const watched = await tab.evaluate(([still, timeout]) => window.__bench.watchDecorations(still, timeout), [STILL_MS, TIMEOUT_MS] as const);
    return { found: watched.found, sinceNavigationMs: watched.lastChangeMs };
  } finally {
    await extension.close();
  }
}
