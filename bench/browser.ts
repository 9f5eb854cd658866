/**
 * The benchmark's headless Chromium, with the built extension (.output/e2e) loaded so that
 * Switchboard runs as it ships: its content script in the extension's isolated world, its
 * number detection in the background service worker. ringcentral-c2d runs as a content script
 * too (its bundle is added to a copy of the extension); the references (the floor, findNumbers)
 * run as page scripts. The generated page is served from memory under a fixed URL.
 *
 * Code that runs in the page lives in bench/in-page/ (bundled by esbuild); the callbacks given
 * to page.evaluate only call into it, because tsx wraps named functions in `__name()`, which
 * does not exist in the page.
 */
import { cpSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { CDPSession, Page } from 'playwright-core';
import { CONTENT_SCRIPTS } from '../lib/content-scripts';
import { EXTENSION_DIR, launchWithExtension, type ExtensionBrowser } from '../test/e2e/support/browser';
import { stopServiceWorker } from '../test/e2e/support/service-worker';
import type { BenchPage } from './page';

export const PAGE_URL = 'http://crm.bench.test/tickets';

/** Marks the moment of injection, in the page's timeline, just before a content script runs. */
const INJECTED_FILE = 'bench-injected.js';
export const INJECTED_MARK = 'bench:injected';

export interface BenchBrowser {
  version: string;
  page: Page;
  /** Serves `page` at PAGE_URL from now on. */
  serve(page: BenchPage): void;
  /** A fresh document of the page being served (every measurement mutates the DOM). */
  load(): Promise<void>;
  /**
   * Loads the page as an agent does on an enabled site: Switchboard's content scripts registered
   * (lib/content-scripts.ts), so the browser runs them as the page loads; with `workerStopped`,
   * the service worker stopped first, as Chrome stops it after 30 s idle.
   */
  loadAsAgent(workerStopped: boolean): Promise<void>;
  /** Runs content scripts of the extension (copy) in the page, as the browser does on an enabled site. */
  inject(files: readonly string[]): Promise<void>;
  /** Main-thread CPU time spent while `run` runs (CDP Performance metrics, thread ticks). */
  cpu<T>(run: () => Promise<T>): Promise<{ result: T; cpu: CpuTime }>;
  cdp: CDPSession;
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

type Chrome = {
  chrome: {
    scripting: {
      unregisterContentScripts(): Promise<void>;
      registerContentScripts(scripts: unknown[]): Promise<void>;
      executeScript(options: unknown): Promise<unknown>;
    };
    tabs: { query(q: unknown): Promise<{ id: number }[]> };
  };
};

/**
 * The e2e build registers its content script on every site at start-up; here it runs only when
 * injected, so the other tools have the page to themselves. Asked before every page load:
 * a service worker that was stopped registers it again when it starts.
 */
async function unregister(extension: ExtensionBrowser): Promise<void> {
  const worker = await extension.worker();
  await worker.evaluate(() => (globalThis as unknown as Chrome).chrome.scripting.unregisterContentScripts());
}

/** `contentScripts`: more files for the extension (name -> source), for `inject`. */
export async function launchBench(harness: string, contentScripts: Record<string, string>): Promise<BenchBrowser> {
  // A copy of the build with more files, so the build the tests use stays as built.
  const dir = mkdtempSync(join(tmpdir(), 'switchboard-bench-'));
  cpSync(EXTENSION_DIR, dir, { recursive: true });
  writeFileSync(join(dir, INJECTED_FILE), `performance.mark(${JSON.stringify(INJECTED_MARK)});\n`);
  for (const [name, source] of Object.entries(contentScripts)) writeFileSync(join(dir, name), source);
  // Resolves once the background has registered its content script (soon after start-up), so
  // that the registering cannot come after the unregistering below and run on a measured page.
  const extension = await launchWithExtension({ extensionDir: dir });
  const { context } = extension;
  let html = '';
  await context.route(`${PAGE_URL}**`, (route) => route.fulfill({ status: 200, contentType: 'text/html; charset=utf-8', body: html }));
  await context.addInitScript({ content: harness });
  const page = await context.newPage();
  const cdp = await context.newCDPSession(page);
  // Thread ticks: the durations below are CPU time of the renderer's main thread.
  await cdp.send('Performance.enable', { timeDomain: 'threadTicks' });
  const { product } = await cdp.send('Browser.getVersion');
  return {
    version: product.replace(/^\D+\//, ''),
    page,
    cdp,
    serve: (benchPage) => void (html = benchPage.html),
    async load() {
      await unregister(extension);
      await page.goto(PAGE_URL, { waitUntil: 'load' });
    },
    async loadAsAgent(workerStopped) {
      const worker = await extension.worker();
      await worker.evaluate(
        async (scripts) => {
          const { chrome } = globalThis as unknown as Chrome;
          await chrome.scripting.unregisterContentScripts();
          await chrome.scripting.registerContentScripts(scripts);
        },
        CONTENT_SCRIPTS.map((script) => ({ ...script, matches: [`${PAGE_URL}*`] })),
      );
      await page.goto('about:blank');
      if (workerStopped) await stopServiceWorker(context, page);
      await page.goto(PAGE_URL, { waitUntil: 'load' });
    },
    async inject(files) {
      const worker = await extension.worker();
      await worker.evaluate(
        async ([url, files]) => {
          const { chrome } = globalThis as unknown as Chrome;
          const [tab] = await chrome.tabs.query({ url });
          await chrome.scripting.executeScript({ target: { tabId: tab!.id }, files });
        },
        [PAGE_URL, [INJECTED_FILE, ...files]] as const,
      );
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
    async close() {
      await extension.close();
      rmSync(dir, { recursive: true, force: true });
    },
  };
}
