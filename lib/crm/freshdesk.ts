import { customerFields, customerPhone } from './extract/phone';
import { first, textOf } from './extract/text';
import type { CrmAdapter } from './types';

const TICKET_PATH = /^\/a\/tickets\/(\d{1,12})(?:\/|$)/;
// Newest markup first: Freshdesk has shipped several ticket-view layouts.
const SUBJECT = ['[data-test-id="ticket-subject"]', '.ticket-subject-heading'];
const REQUESTER = ['[data-test-id="requester-info"]', '.requester-info', '.contact-info-widget'];

const ticketIdOf = (url: URL) => (url.hostname.endsWith('.freshdesk.com') ? TICKET_PATH.exec(url.pathname)?.[1] : undefined);

export const freshdesk: CrmAdapter = {
  id: 'freshdesk',
  name: 'Freshdesk',
  exampleUrls: ['https://acme.freshdesk.com/a/tickets/1042', 'https://acme.freshdesk.com/a/tickets/3?current_tab=details'],
  nonTicketUrls: [
    'https://acme.freshdesk.com/a/tickets/filters/all_tickets',
    'https://acme.freshdesk.com/a/tickets/new',
    'https://acme.freshdesk.com/a/contacts/43001234567',
    'https://acme.freshdesk.com/a/dashboard/default',
    'https://acme.freshdesk.com/support/tickets/1042',
  ],
  matchesUrl: (url) => ticketIdOf(url) !== undefined,
  detect(url, doc, country) {
    const ticketId = ticketIdOf(url);
    const anchor = first(doc, SUBJECT);
    if (!ticketId || !anchor) return undefined;
    return {
      crm: 'freshdesk',
      ticketId,
      anchor,
      title: textOf(anchor) || undefined,
      ...customerFields(customerPhone([first(doc, REQUESTER)], country)),
    };
  },
};
