/**
 * ringcentral-c2d's side of the harness contract. The tool itself runs as a content script
 * (ringcentral-content.ts, injected by the browser into its own world); its marks say when its
 * first pass is done, and what it wrapped is read from the DOM, which both worlds share.
 */
import { foundIn } from './row';
import { TOOL_TIMING, waitForEntry } from './types';

// Each wrapped number carries its match as JSON: {"phoneNumber":"+1...","country":"US",...}.
const SELECTOR = 'rc-c2d-number[data-c2d-context]';
const e164Of = (el: Element) => (JSON.parse(el.getAttribute('data-c2d-context') ?? '{}') as { phoneNumber?: string }).phoneNumber ?? '';

window.__benchTool = {
  start: () => waitForEntry('mark', TOOL_TIMING.done),
  idle: () => Promise.resolve(),
  count: (root = document) => root.querySelectorAll(SELECTOR).length,
  found: (root = document) => foundIn(root, SELECTOR, e164Of),
};
