import type { BrowserContext, Page } from 'playwright-core';

interface WorkerVersion { scriptURL: string; runningStatus: string }

/**
 * Stop the extension's service worker as Chrome does when it is idle, through the DevTools
 * protocol of `page` (Chrome's own recipe for testing worker termination). Resolves once
 * Chromium reports the worker stopped.
 */
export async function stopServiceWorker(context: BrowserContext, page: Page): Promise<void> {
  const cdp = await context.newCDPSession(page);
  const stopped = new Promise<void>((resolve) => {
    cdp.on('ServiceWorker.workerVersionUpdated', ({ versions }: { versions: WorkerVersion[] }) => {
      const ours = versions.filter((v) => v.scriptURL.startsWith('chrome-extension://'));
      if (ours.length && ours.every((v) => v.runningStatus === 'stopped')) resolve();
    });
  });
  await cdp.send('ServiceWorker.enable');
  await cdp.send('ServiceWorker.stopAllWorkers');
  await Promise.race([stopped, new Promise((_, reject) => setTimeout(() => reject(new Error('worker did not stop')), 10_000))]);
  await cdp.detach();
}
