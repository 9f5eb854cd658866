/**
 * Sites the admin describes in settings: a URL pattern, and where the page shows the ticket
 * id and the customer's number. Settings come from imports and managed policy, so every
 * pattern is checked here before it touches a page.
 */
import { customerFields, phoneIn } from './extract/phone';
import { isTicketId, ticketIdIn } from './extract/text';
import { parseMatchPattern } from './pattern/match-pattern';
import { isSafeRegex, MAX_URL } from './pattern/safe-regex';
import type { CrmAdapter, CustomPattern } from './types';

const MAX_PATTERN = 500;
const MAX_NAME = 64;
const MAX_SELECTOR = 200;

/** Message keys (lib/i18n) for a pattern the options page must refuse. */
export type CustomPatternError =
  | 'crm.pattern.name'
  | 'crm.pattern.tooLong'
  | 'crm.pattern.badRegex'
  | 'crm.pattern.unsafeRegex'
  | 'crm.pattern.captureGroup'
  | 'crm.pattern.badMatchPattern'
  | 'crm.pattern.needsTicketIdSelector'
  | 'crm.pattern.badSelector';

/** The ticket id the URL names (undefined: the page names it), or null when the URL does not match. */
type UrlMatcher = (url: URL) => string | undefined | null;

const captureGroups = (regex: RegExp) => new RegExp(`${regex.source}|`).exec('')!.length - 1;

function compileUrl(urlPattern: string): UrlMatcher | CustomPatternError {
  if (urlPattern.length > MAX_PATTERN) return 'crm.pattern.tooLong';
  if (!urlPattern.startsWith('^')) {
    const test = parseMatchPattern(urlPattern);
    return test ? (url) => (test(url) ? undefined : null) : 'crm.pattern.badMatchPattern';
  }
  let regex: RegExp;
  try {
    regex = new RegExp(urlPattern);
  } catch {
    return 'crm.pattern.badRegex';
  }
  if (!isSafeRegex(urlPattern)) return 'crm.pattern.unsafeRegex';
  if (captureGroups(regex) !== 1) return 'crm.pattern.captureGroup';
  return (url) => {
    const id = url.href.length <= MAX_URL ? regex.exec(url.href)?.[1] : undefined;
    return id !== undefined && isTicketId(id) ? id : null;
  };
}

function isSelector(selector: unknown, doc?: Document): boolean {
  if (selector === undefined) return true;
  if (typeof selector !== 'string' || !selector.trim() || selector.length > MAX_SELECTOR) return false;
  try {
    doc?.createDocumentFragment().querySelector(selector);
    return true;
  } catch {
    return false;
  }
}

function check(pattern: CustomPattern, doc?: Document): UrlMatcher | CustomPatternError {
  const { name, urlPattern, ticketIdSelector, customerPhoneSelector } = pattern ?? {};
  if (typeof name !== 'string' || !name.trim() || name.length > MAX_NAME) return 'crm.pattern.name';
  if (typeof urlPattern !== 'string') return 'crm.pattern.badMatchPattern';
  const matcher = compileUrl(urlPattern);
  if (typeof matcher === 'string') return matcher;
  if (!isSelector(ticketIdSelector, doc) || !isSelector(customerPhoneSelector, doc)) return 'crm.pattern.badSelector';
  // A match pattern has no capture group: the id must come from the page.
  if (!urlPattern.startsWith('^') && !ticketIdSelector) return 'crm.pattern.needsTicketIdSelector';
  return matcher;
}

/** Why `pattern` cannot be used (a message key), or undefined when it can. Pass `doc` to check selector syntax. */
export function validateCustomPattern(pattern: CustomPattern, doc?: Document): CustomPatternError | undefined {
  const result = check(pattern, doc);
  return typeof result === 'string' ? result : undefined;
}

function query(doc: Document, selector: string | undefined): Element | undefined {
  try {
    return (selector && doc.querySelector(selector)) || undefined;
  } catch {
    return undefined; // selector syntax was not checked against a DOM when the pattern was saved
  }
}

/** An adapter for `pattern`, or undefined when the pattern is invalid. */
export function createGenericAdapter(pattern: CustomPattern): CrmAdapter | undefined {
  const matcher = check(pattern);
  if (typeof matcher === 'string') return undefined;
  const { name, ticketIdSelector, customerPhoneSelector } = pattern;
  return {
    id: 'custom',
    name,
    exampleUrls: [],
    matchesUrl: (url) => matcher(url) !== null,
    detect(url, doc, country) {
      const fromUrl = matcher(url);
      if (fromUrl === null) return undefined;
      const idElement = query(doc, ticketIdSelector);
      const ticketId = fromUrl ?? ticketIdIn(idElement);
      const anchor = idElement ?? doc.querySelector('h1') ?? doc.body;
      if (!ticketId || !anchor) return undefined;
      return { crm: 'custom', ticketId, anchor, ...customerFields(phoneIn(query(doc, customerPhoneSelector), country)) };
    },
  };
}

const TICKET_SLOT = '{ticket}';
const escapeRegex = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** The pattern for a settings template such as `https://crm.example.com/case/{ticket}` (see lib/settings/schema.ts). */
export function patternFromTemplate(template: string): CustomPattern | undefined {
  const parts = template.split(TICKET_SLOT);
  if (parts.length !== 2) return undefined;
  let name: string;
  try {
    name = new URL(parts.join('x')).hostname;
  } catch {
    return undefined;
  }
  const urlPattern = `^${escapeRegex(parts[0]!)}([\\w.:#-]{1,64})${escapeRegex(parts[1]!)}(?:[/?#]|$)`;
  const pattern = { name, urlPattern };
  return validateCustomPattern(pattern) ? undefined : pattern;
}
