import type { BrowserContext, Page } from 'playwright-core';

interface ExecutionContext { id: number; origin: string; auxData?: { type?: string } }

// Runs in our content script's isolated world: logs every reply the content script gets
// from the background and every message sent to it.
const HOOK = `(() => {
  const log = (globalThis.__switchboardCaptured = []);
  const runtime = chrome.runtime;
  const send = runtime.sendMessage.bind(runtime);
  runtime.sendMessage = (...args) => {
    const last = args[args.length - 1];
    if (typeof last === 'function') args[args.length - 1] = (reply) => (log.push({ reply }), last(reply));
    const result = send(...args);
    if (result && typeof result.then === 'function') result.then((reply) => log.push({ reply }));
    return result;
  };
  runtime.onMessage.addListener((message) => void log.push({ incoming: message }));
})()`;

/**
 * An evaluator in our content script's isolated world on `page`, through the DevTools
 * protocol (which can reach an extension's isolated world; page scripts cannot).
 */
async function contentScriptWorld(context: BrowserContext, page: Page): Promise<(expression: string) => Promise<unknown>> {
  const cdp = await context.newCDPSession(page);
  const contexts: ExecutionContext[] = [];
  cdp.on('Runtime.executionContextCreated', ({ context: created }: { context: ExecutionContext }) => contexts.push(created));
  await cdp.send('Runtime.enable');
  const ours = contexts.find((c) => c.auxData?.type === 'isolated' && c.origin.startsWith('chrome-extension://'));
  if (!ours) throw new Error('no content script context on the page');
  return async (expression) => {
    const { result } = (await cdp.send('Runtime.evaluate', { expression, contextId: ours.id, awaitPromise: true, returnByValue: true })) as { result: { value: unknown } };
    return result.value;
  };
}

/** Hook our content script on `page` and return a reader of what it has received since. */
export async function captureContentScriptMessages(context: BrowserContext, page: Page): Promise<() => Promise<unknown[]>> {
  const evaluate = await contentScriptWorld(context, page);
  await evaluate(HOOK);
  return async () => JSON.parse(String(await evaluate('JSON.stringify(globalThis.__switchboardCaptured)'))) as unknown[];
}

/** Evaluate `expression` (awaited, JSON-able result) in our content script's isolated world on `page`. */
export async function evaluateInContentScript(context: BrowserContext, page: Page, expression: string): Promise<unknown> {
  return (await contentScriptWorld(context, page))(expression);
}
