/**
 * The benchmark's headless Chromium: no extension loaded (the tools are injected as bundles,
 * so nothing else runs in the page), the generated page served from memory under a fixed URL.
 */
import { chromium, type Browser, type Page } from 'playwright-core';
import { CHROMIUM_FLAGS } from '../test/e2e/support/browser';
import type { BenchPage } from './page';

export const PAGE_URL = 'http://crm.bench.test/tickets';

export interface BenchBrowser {
  browser: Browser;
  page: Page;
  /** Serves `page` at PAGE_URL from now on. */
  serve(page: BenchPage): void;
  /** A fresh document of the page being served (every measurement mutates the DOM). */
  load(): Promise<void>;
  close(): Promise<void>;
}

export async function launchBench(harness: string): Promise<BenchBrowser> {
  const browser = await chromium.launch({
    executablePath: process.env.CHROME_PATH || '/usr/bin/chromium',
    headless: true,
    args: [...CHROMIUM_FLAGS, '--headless=new'],
  });
  const context = await browser.newContext({ viewport: { width: 1280, height: 800 }, locale: 'en-US' });
  let html = '';
  await context.route(`${PAGE_URL}**`, (route) => route.fulfill({ status: 200, contentType: 'text/html; charset=utf-8', body: html }));
  await context.addInitScript({ content: harness });
  const page = await context.newPage();
  return {
    browser,
    page,
    serve: (benchPage) => void (html = benchPage.html),
    async load() {
      await page.goto(PAGE_URL, { waitUntil: 'load' });
    },
    close: () => browser.close(),
  };
}
