import { customerFields, customerPhone } from './extract/phone';
import { first, textOf } from './extract/text';
import type { CrmAdapter } from './types';

const KEY = '([A-Z][A-Z0-9_]{1,9}-\\d{1,9})';
const QUEUE_PATH = new RegExp(`^/jira/servicedesk/projects/[A-Z][A-Z0-9_]{1,9}/(?:queues/(?:custom/\\d{1,6}|issue)|issues)/${KEY}/?$`);
const BROWSE_PATH = new RegExp(`^/browse/${KEY}/?$`);
const SUMMARY = '[data-testid="issue.views.issue-base.foundation.summary.heading"]';
// /browse/ also opens Jira Software issues; only service projects show a request type.
const SERVICE_DESK = ['[data-testid*="servicedesk"]', '[data-testid*="request-type"]'];
const CUSTOMER = ['[data-testid*="customer-context"]'];

function keyOf(url: URL): { key: string; fromQueue: boolean } | undefined {
  if (!url.hostname.endsWith('.atlassian.net')) return undefined;
  const queue = QUEUE_PATH.exec(url.pathname)?.[1];
  const key = queue ?? BROWSE_PATH.exec(url.pathname)?.[1];
  return key ? { key, fromQueue: queue !== undefined } : undefined;
}

export const jira: CrmAdapter = {
  id: 'jira',
  name: 'Jira Service Management',
  exampleUrls: [
    'https://acme.atlassian.net/jira/servicedesk/projects/ITSM/queues/custom/1/ITSM-123',
    'https://acme.atlassian.net/jira/servicedesk/projects/HELP/queues/issue/HELP-7',
    'https://acme.atlassian.net/browse/ITSM-123',
  ],
  nonTicketUrls: [
    'https://acme.atlassian.net/servicedesk/customer/portal/3/ITSM-123',
    'https://acme.atlassian.net/jira/servicedesk/projects/ITSM/queues/custom/1',
    'https://acme.atlassian.net/jira/software/projects/DEV/boards/12',
    'https://acme.atlassian.net/wiki/spaces/ITSM/pages/123/Runbook',
    'https://acme.atlassian.net/browse/itsm-123',
  ],
  matchesUrl: (url) => keyOf(url) !== undefined,
  detect(url, doc, country) {
    const found = keyOf(url);
    const anchor = doc.querySelector(SUMMARY);
    if (!found || !anchor || !(found.fromQueue || first(doc, SERVICE_DESK))) return undefined;
    return {
      crm: 'jira',
      ticketId: found.key,
      anchor,
      title: textOf(anchor) || undefined,
      ...customerFields(customerPhone([first(doc, CUSTOMER)], country)),
    };
  },
};
