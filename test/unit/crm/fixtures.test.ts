// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { ADAPTERS, detectTicket } from '../../../lib/crm';
import { deepQuery } from '../../../lib/crm/extract/deep';
import { findPhoneNumbers, type CountryCode } from '../../../lib/phone/detect';
import { isTelHref, parseTelHref } from '../../../lib/phone/tel-uri';
import { fixtures, loadPage } from './load';

const SKIPPED = 'script, style, template, input, textarea, [hidden]';

/** Every number a page shows: visible text outside form fields, and tel: links (as the scanner reads them). */
function numbersOn(root: Document | ShadowRoot, country: CountryCode, found = new Set<string>()): Set<string> {
  for (const el of Array.from(root.querySelectorAll('*'))) {
    if (el.closest(SKIPPED)) continue;
    for (const node of Array.from(el.childNodes)) {
      if (node.nodeType === 3) for (const match of findPhoneNumbers(node.textContent ?? '', country)) found.add(match.e164);
    }
    const href = el.getAttribute('href');
    const link = isTelHref(href) ? parseTelHref(href, country) : undefined;
    if (link) found.add(link.e164);
    if (el.shadowRoot) numbersOn(el.shadowRoot, country, found);
  }
  return found;
}

describe.each(fixtures().map((fixture) => [`${fixture.crm}/${fixture.file}`, fixture] as const))('%s', (_, fixture) => {
  const url = new URL(fixture.url);
  const doc = loadPage(fixture);

  it('is served under a URL its own adapter claims', () => {
    expect(ADAPTERS.filter((adapter) => adapter.matchesUrl(url)).map((adapter) => adapter.id)).toEqual([fixture.crm]);
  });

  it('yields the ticket id, the customer number and nothing else', () => {
    const { anchor, ...ticket } = detectTicket(url, doc, fixture.defaultCountry)!;
    expect(ticket).toEqual({ crm: fixture.crm, ...fixture.expected });
    expect(anchor).toBe(deepQuery(doc, fixture.anchor));
  });

  it('lists every number the page shows in meta.json', () => {
    expect([...numbersOn(doc, fixture.defaultCountry)].sort()).toEqual([...fixture.numbers].sort());
  });

  it('finds no ticket on the same page under another CRM\'s URL', () => {
    for (const adapter of ADAPTERS.filter((other) => other.id !== fixture.crm)) {
      expect(detectTicket(new URL(adapter.exampleUrls[0]!), doc, fixture.defaultCountry)).toBeUndefined();
    }
  });
});

it('has a saved ticket page for every adapter', () => {
  expect(new Set(fixtures().map((fixture) => fixture.crm))).toEqual(new Set(ADAPTERS.map((adapter) => adapter.id)));
});
