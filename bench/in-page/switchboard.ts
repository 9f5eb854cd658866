/**
 * Switchboard's side of the harness contract. Switchboard itself is the built extension: its
 * content script is injected by the browser into its own world (browser.ts), and its User
 * Timing (entrypoints/content) says when the first scan is done. What it decorated is read
 * from the DOM, which both worlds share.
 */
import { foundIn } from './row';
import { USER_TIMING } from '../../lib/user-timing';
import { waitForEntry } from './types';

window.__benchTool = {
  start: () => waitForEntry('measure', USER_TIMING.scan),
  // Nothing to ask the isolated world; the harness waits for the page to be still instead.
  idle: () => Promise.resolve(),
  count: (root = document) => root.querySelectorAll('[data-e164]').length,
  found: (root = document) => foundIn(root, '[data-e164]', (el) => el.getAttribute('data-e164') ?? ''),
};
