// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { detectTicket, findAdapter, type CustomPattern } from '../../../lib/crm';
import { parsePage } from './load';

const zendeskOverride: CustomPattern = {
  name: 'Acme Zendesk',
  urlPattern: '^https://acme\\.zendesk\\.com/agent/tickets/(\\d+)',
  customerPhoneSelector: '[data-test-id="custom-phone"]',
};

describe('findAdapter', () => {
  it('finds the built-in adapter', () => {
    expect(findAdapter(new URL('https://acme.zendesk.com/agent/tickets/48213'))?.id).toBe('zendesk');
  });

  it('lets the admin\'s own pattern override a built-in', () => {
    expect(findAdapter(new URL('https://acme.zendesk.com/agent/tickets/48213'), [zendeskOverride])?.name).toBe('Acme Zendesk');
    expect(findAdapter(new URL('https://other.zendesk.com/agent/tickets/48213'), [zendeskOverride])?.id).toBe('zendesk');
  });

  it('skips invalid patterns and finds nothing on other sites', () => {
    const bad = { name: 'Bad', urlPattern: '^(a+)+(x)' };
    expect(findAdapter(new URL('https://example.com/'), [bad])).toBeUndefined();
  });
});

describe('detectTicket', () => {
  it('detects a ticket through a custom pattern', () => {
    const page = parsePage('<h1>Ticket</h1><span data-test-id="custom-phone">(415) 555-0132</span>');
    expect(detectTicket(new URL('https://acme.zendesk.com/agent/tickets/9'), page, 'US', [zendeskOverride])).toMatchObject({
      crm: 'custom',
      ticketId: '9',
      customerE164: '+14155550132',
    });
  });

  it('treats a Jira Software issue under /browse/ as no ticket', () => {
    const page = parsePage('<h1 data-testid="issue.views.issue-base.foundation.summary.heading">Fix flaky build</h1>');
    expect(detectTicket(new URL('https://acme.atlassian.net/browse/DEV-42'), page, 'US')).toBeUndefined();
    page.body.insertAdjacentHTML('beforeend', '<div data-testid="issue-field-request-type.ui.request-type-field">Get IT help</div>');
    expect(detectTicket(new URL('https://acme.atlassian.net/browse/DEV-42'), page, 'US')?.ticketId).toBe('DEV-42');
  });

  it('leaves a ServiceNow navigation shell to the form frame inside it', () => {
    const shell = parsePage('<nav id="gsft_nav">All · Favorites · History</nav><div class="navpage-main"></div>');
    expect(detectTicket(new URL('https://acme.service-now.com/nav_to.do?uri=incident.do?sys_id=9d385017c611228701d22104cc95c371'), shell, 'US')).toBeUndefined();
  });
});
