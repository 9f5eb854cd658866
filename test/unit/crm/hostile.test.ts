// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { ADAPTERS, createGenericAdapter, detectTicket } from '../../../lib/crm';
import { fixtures, loadPage, parsePage } from './load';

const fixture = (crm: string) => fixtures().find((page) => page.crm === crm)!;
const HOSTILE = `"><img src=x onerror=alert(1)>' OR 1=1; --`;

describe('a page that has not rendered its ticket yet', () => {
  it.each(ADAPTERS.flatMap((adapter) => adapter.exampleUrls))('%s -> no ticket', (url) => {
    expect(detectTicket(new URL(url), parsePage('<main>Loading…</main>'), 'US')).toBeUndefined();
  });
});

describe('ids the page writes', () => {
  it('ignores a Zoho Desk ticket number that is not an id', () => {
    const page = loadPage(fixture('zohodesk'));
    page.querySelector('[data-id="ticketNumber"]')!.textContent = HOSTILE;
    const ticket = detectTicket(new URL(fixture('zohodesk').url), page, 'FR');
    expect(ticket).toMatchObject({ ticketId: '20187000000412345' });
    expect(ticket).not.toHaveProperty('displayId');
  });

  it('falls back to the sys_id when ServiceNow\'s number field holds markup', () => {
    const page = loadPage(fixture('servicenow'));
    page.getElementById('sys_readonly.incident.number')!.setAttribute('value', HOSTILE);
    expect(detectTicket(new URL(fixture('servicenow').url), page, 'DE')?.ticketId).toBe('9d385017c611228701d22104cc95c371');
  });

  it('refuses a custom selector\'s text that is not an id', () => {
    const adapter = createGenericAdapter({ name: 'Acme', urlPattern: 'https://crm.acme.com/*', ticketIdSelector: '#id' })!;
    for (const text of [HOSTILE, 'x'.repeat(65), '']) {
      expect(adapter.detect(new URL('https://crm.acme.com/t'), parsePage(`<b id="id">${text.replace(/</g, '&lt;')}</b>`), 'US')).toBeUndefined();
    }
  });

  it.each([
    'https://acme.zendesk.com/agent/tickets/1%22%3E%3Cimg%3E',
    'https://acme.lightning.force.com/lightning/r/Case/500%22onload%3Dx/view',
    'https://acme.atlassian.net/browse/ITSM-1%22',
    'https://acme.service-now.com/nav_to.do?uri=incident.do?sys_id=%22%3E%3Cscript%3E',
    'https://acme.service-now.com/now/nav/ui/classic/params/target/incident.do%3Fsys_id%3D%E0%A4%A',
  ])('matches no adapter for %s', (url) => {
    expect(ADAPTERS.filter((adapter) => adapter.matchesUrl(new URL(url)))).toEqual([]);
  });
});

describe('the customer number comes from the customer card only', () => {
  it('reads the ticket the URL names, not another open Zendesk tab', () => {
    const ticket = detectTicket(new URL('https://acme.zendesk.com/agent/tickets/48170'), loadPage(fixture('zendesk')), 'US');
    expect(ticket).toMatchObject({ ticketId: '48170', customerE164: '+13125550147' });
  });

  it.each([
    ['zendesk', '#customer-context-user-panel-48213 dl'],
    ['freshdesk', '.contact-info'],
    ['hubspot', '[data-selenium-test="card-associations-0-1"] dl'],
    ['jira', '[data-testid*="customer-context"] dl'],
    ['zohodesk', '[data-id="contactInfo"]'],
    ['salesforce', 'records-record-layout-section'],
  ])('%s: no number in the card, none taken from the comments', (crm, card) => {
    const page = loadPage(fixture(crm));
    page.querySelector(card)!.remove();
    const ticket = detectTicket(new URL(fixture(crm).url), page, fixture(crm).defaultCountry);
    expect(ticket?.ticketId).toBe(fixture(crm).expected.ticketId);
    expect(ticket?.customerE164).toBeUndefined();
  });

  it('does not read a "Phone" label planted in a comment', () => {
    const page = loadPage(fixture('freshdesk'));
    page.querySelector('.contact-info')!.remove();
    page.querySelector('[data-test-id="conversation-description"]')!.insertAdjacentHTML('beforeend', '<dl><dt>Phone</dt><dd>+91 98111 22333</dd></dl>');
    expect(detectTicket(new URL(fixture('freshdesk').url), page, 'IN')?.customerE164).toBeUndefined();
  });

  it('keeps an extension written next to the customer number', () => {
    const page = loadPage(fixture('hubspot'));
    page.querySelector('[data-selenium-test="card-associations-0-1"] dd:last-child')!.textContent = '+1 650-253-0000 ext. 123';
    expect(detectTicket(new URL(fixture('hubspot').url), page, 'AU')).toMatchObject({ customerE164: '+16502530000', customerExtension: '123' });
  });
});

describe('huge pages', () => {
  it('reads a bounded title and card from a megabyte of text and thousands of elements, quickly', () => {
    const page = loadPage(fixture('zendesk'));
    const huge = '4155550132 '.repeat(100_000);
    page.querySelector('[data-ticket-id="48213"] [data-test-id="omni-header-subject"]')!.setAttribute('value', huge);
    const card = page.getElementById('customer-context-user-panel-48213')!;
    card.querySelector('[data-test-id="phone-value-test-id"]')!.textContent = huge;
    card.append(...Array.from({ length: 5000 }, () => page.createElement('i')));
    const started = performance.now();
    const ticket = detectTicket(new URL(fixture('zendesk').url), page, 'US');
    expect(performance.now() - started).toBeLessThan(1000);
    expect(ticket?.title?.length).toBeLessThanOrEqual(200);
    expect(ticket?.customerE164).toBe('+14155550132');
  });
});
