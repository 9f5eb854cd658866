import { defineUnlistedScript } from '#imports';

// Registered beside the content script (lib/content-scripts.ts), but at document_start:
// Chrome stops an idle service worker after 30 s, and starting it again took 230–560 ms here.
// Asking for the page settings now starts it while the page loads, so it is up by the time
// the content script (document_idle) asks for them; the answer is not needed here.
// `chrome.runtime` directly, which Chrome and Firefox both have: this runs before every page
// of an enabled site parses, and WXT's content-script runtime with the polyfill would make it
// 13 kB.
declare const chrome: { runtime: { sendMessage(message: unknown): Promise<unknown> | undefined } };

export default defineUnlistedScript(() => {
  // Promise.resolve: a browser whose `chrome.*` still takes callbacks returns nothing here.
  Promise.resolve(chrome.runtime.sendMessage({ type: 'getPageConfig', data: {} })).catch(() => {});
});
