import { customerFields, customerPhone } from './extract/phone';
import { first, textOf, ticketIdIn } from './extract/text';
import type { CrmAdapter } from './types';

// Zoho runs one Desk per data centre: .com, .eu, .in, .com.au, .jp, .ca, .sa, .com.cn.
const HOST = /^desk\.zoho\.(?:com|eu|in|com\.au|jp|ca|sa|com\.cn)$/;
const TICKET_PATH = /^\/agent\/[\w-]{1,64}\/[\w-]{1,64}\/tickets\/details\/(\d{1,20})(?:\/|$)/;
const SUBJECT = ['[data-id="ticketSubject"]', '.zd-ticketsubject'];
const CONTACT = ['[data-id="contactInfo"]', '.zd-contactinfo'];

const ticketIdOf = (url: URL) => (HOST.test(url.hostname) ? TICKET_PATH.exec(url.pathname)?.[1] : undefined);

export const zohodesk: CrmAdapter = {
  id: 'zohodesk',
  name: 'Zoho Desk',
  exampleUrls: [
    'https://desk.zoho.com/agent/acmesupport/customer-care/tickets/details/486112000001234567',
    'https://desk.zoho.eu/agent/acme/it-support/tickets/details/20187000000412345/conversation',
    'https://desk.zoho.in/agent/acmeindia/support/tickets/details/91000000023456',
    'https://desk.zoho.com.au/agent/acmeau/service/tickets/details/7000000123456',
  ],
  nonTicketUrls: [
    'https://desk.zoho.com/agent/acmesupport/customer-care/tickets/list/all-tickets',
    'https://desk.zoho.com/agent/acmesupport/customer-care/contacts/details/486112000000987654',
    'https://desk.zoho.com/agent/acmesupport/customer-care/dashboards',
    'https://desk.zoho.com/portal/acmesupport/en/kb',
    'https://desk.zoho.com.evil.example/agent/a/b/tickets/details/1',
  ],
  matchesUrl: (url) => ticketIdOf(url) !== undefined,
  detect(url, doc, country) {
    const ticketId = ticketIdOf(url);
    const anchor = first(doc, SUBJECT);
    if (!ticketId || !anchor) return undefined;
    // The URL carries the record id; agents know the ticket by its number (#1042).
    const displayId = ticketIdIn(doc.querySelector('[data-id="ticketNumber"]'));
    return {
      crm: 'zohodesk',
      ticketId,
      ...(displayId ? { displayId } : {}),
      anchor,
      title: textOf(anchor) || undefined,
      ...customerFields(customerPhone([first(doc, CONTACT)], country)),
    };
  },
};
