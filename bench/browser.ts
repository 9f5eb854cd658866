/**
 * The benchmark's headless Chromium: no extension loaded (the tools are injected as bundles,
 * so nothing else runs in the page), the generated page served from memory under a fixed URL.
 *
 * Code that runs in the page lives in bench/in-page/ (bundled by esbuild); the callbacks given
 * to page.evaluate only call into it, because tsx wraps named functions in `__name()`, which
 * does not exist in the page.
 */
import { chromium, type Browser, type CDPSession, type Page } from 'playwright-core';
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
  /** Main-thread CPU time spent while `run` runs (CDP Performance metrics, thread ticks). */
  cpu<T>(run: () => Promise<T>): Promise<{ result: T; cpu: CpuTime }>;
  close(): Promise<void>;
}

/**
 * Renderer main-thread CPU time, ms. On a machine shared with other work, wall-clock times
 * include time the renderer waited for a core; CPU time does not, so it compares tools fairly.
 */
export interface CpuTime {
  total: number;
  /** Of which style recalculation and layout. (Script time is not broken out: Chromium's
   * ScriptDuration leaves out code called through CDP, as the tools' start() is.) */
  style: number;
  layout: number;
}

async function metrics(cdp: CDPSession): Promise<Map<string, number>> {
  const { metrics } = await cdp.send('Performance.getMetrics');
  return new Map(metrics.map((m) => [m.name, m.value]));
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
  const cdp = await context.newCDPSession(page);
  // Thread ticks: the durations below are CPU time of the renderer's main thread.
  await cdp.send('Performance.enable', { timeDomain: 'threadTicks' });
  return {
    browser,
    page,
    serve: (benchPage) => void (html = benchPage.html),
    async load() {
      await page.goto(PAGE_URL, { waitUntil: 'load' });
    },
    async cpu(run) {
      const before = await metrics(cdp);
      const result = await run();
      const after = await metrics(cdp);
      const ms = (name: string) => ((after.get(name) ?? 0) - (before.get(name) ?? 0)) * 1000;
      return {
        result,
        cpu: { total: ms('ThreadTime'), style: ms('RecalcStyleDuration'), layout: ms('LayoutDuration') },
      };
    },
    close: () => browser.close(),
  };
}
