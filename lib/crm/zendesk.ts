import { customerFields, customerPhone } from './extract/phone';
import { textOf } from './extract/text';
import type { CrmAdapter } from './types';

const TICKET_PATH = /^\/agent\/tickets\/(\d{1,15})(?:\/|$)/;

const ticketIdOf = (url: URL) => (url.hostname.endsWith('.zendesk.com') ? TICKET_PATH.exec(url.pathname)?.[1] : undefined);

export const zendesk: CrmAdapter = {
  id: 'zendesk',
  name: 'Zendesk',
  exampleUrls: ['https://acme.zendesk.com/agent/tickets/48213', 'https://support-eu.zendesk.com/agent/tickets/7/events'],
  nonTicketUrls: [
    'https://acme.zendesk.com/agent/filters/360001234567',
    'https://acme.zendesk.com/agent/tickets/new/1',
    'https://acme.zendesk.com/agent/users/11224455/requested_tickets',
    'https://acme.zendesk.com/agent/dashboard',
    'https://acme.zendesk.com/hc/en-us/requests/48213',
    'https://acme.zendesk.com.evil.example/agent/tickets/48213',
  ],
  matchesUrl: (url) => ticketIdOf(url) !== undefined,
  detect(url, doc, country) {
    const ticketId = ticketIdOf(url);
    // Zendesk keeps every open ticket tab in the DOM: read only this ticket's workspace.
    const workspace = ticketId && doc.querySelector(`[data-ticket-id="${ticketId}"]`);
    const subject = workspace && workspace.querySelector('[data-test-id="omni-header-subject"]');
    if (!ticketId || !subject) return undefined;
    const card = doc.getElementById(`customer-context-user-panel-${ticketId}`);
    return {
      crm: 'zendesk',
      ticketId,
      anchor: subject,
      title: textOf(subject) || undefined,
      ...customerFields(customerPhone([card], country)),
    };
  },
};
