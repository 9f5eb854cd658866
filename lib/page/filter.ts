/**
 * Which parts of a page the scanner may decorate. The checks run for every text that may hold
 * a number and every element the walk looks at, so they read attributes only, never computed
 * style (`isRendered` is the exception, for nodes that hold a number).
 */
import { isTelHref } from '../phone/tel-uri';

// Not rendered as text, editable, or code and markup the agent reads literally.
const SKIPPED_TAGS = new Set([
  'head', 'title', 'script', 'style', 'noscript', 'template', 'code', 'pre', 'kbd', 'samp',
  'input', 'textarea', 'select', 'option', 'button', 'svg', 'math', 'canvas', 'object',
  'switchboard-call', 'switchboard-chip', 'switchboard-toast',
]);

/** Our own elements: the ticket button, the call chip and toasts. */
export const isOwnUi = (node: Node): boolean => node.nodeType === 1 && (node as Element).localName.startsWith('switchboard-');

/** Hidden, already ours, excluded by the admin, or editable: one `matches` call. */
const SKIPPED_BY_ATTRIBUTE = '[hidden],[data-e164],[data-switchboard="off"],[contenteditable]:not([contenteditable="false"])';

/** Links that may be tel: links; isTelHref decides (browsers ignore spaces before the scheme). */
export const TEL_LINK = 'a[href*="tel:" i]';

/**
 * Skipped elements that hold text only (raw text, or a frame's fallback) or nothing rendered
 * (void, template, head): for a node under one of them, its parent tells.
 */
const TEXT_ONLY_TAGS = new Set(['head', 'title', 'script', 'style', 'template', 'input', 'textarea', 'option', 'iframe']);
/**
 * The same rules as `classify`, for the ancestors of a text the walk found or a node a
 * mutation brought, and tel: links, which are decorated whole: one selector, so that a
 * candidate costs one native `closest`. It is matched against every ancestor, so it leaves
 * out the tags its parent tells (TEXT_ONLY_TAGS): in two profiles of the bench's 2,000-row list,
 * this `closest` went from 15.1 to 13.6 and from 19.7 to 14.4 ms per scan.
 */
const EXCLUDED_ANCESTOR = `${[...SKIPPED_TAGS].filter((tag) => !TEXT_ONLY_TAGS.has(tag)).join(',')},${SKIPPED_BY_ATTRIBUTE},${TEL_LINK}`;

export type Verdict = 'enter' | 'skip' | 'tel' | 'frame';

export function classify(el: Element): Verdict {
  const tag = el.localName;
  if (SKIPPED_TAGS.has(tag)) return 'skip';
  // Each of these is a call into the DOM; many of a page's elements have no attributes at all.
  if (el.hasAttributes()) {
    if (el.matches(SKIPPED_BY_ATTRIBUTE)) return 'skip';
    if (tag === 'a' && isTelHref(el.getAttribute('href'))) return 'tel';
  }
  return tag === 'iframe' ? 'frame' : 'enter';
}

/** True when an ancestor of `node` (inside its own tree) keeps the scanner out. */
export function isInExcludedRegion(node: Node): boolean {
  const parent = node.parentElement;
  if (!parent) return false;
  if (TEXT_ONLY_TAGS.has(parent.localName)) return true;
  let found = parent.closest(EXCLUDED_ANCESTOR);
  // A link whose href only mentions "tel:" (`/hotel:5`) and no attribute of it excludes
  // (`a` is no skipped tag): look on above it.
  while (found?.localName === 'a' && !isTelHref(found.getAttribute('href')) && !found.matches(SKIPPED_BY_ATTRIBUTE)) {
    found = found.parentElement?.closest(EXCLUDED_ANCESTOR) ?? null;
  }
  return !!found;
}

/**
 * Layout-free checks cannot see `display: none` from a class; checkVisibility can, at the cost
 * of a style update, so it runs only for nodes that hold a number.
 */
export function isRendered(node: Node): boolean {
  const el = node.nodeType === 3 ? node.parentElement : (node as Element);
  return el?.checkVisibility?.({ visibilityProperty: true }) ?? true;
}
