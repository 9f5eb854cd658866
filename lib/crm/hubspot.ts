import { customerFields, customerPhone } from './extract/phone';
import { first, textOf } from './extract/text';
import type { CrmAdapter } from './types';

// Tickets are object type 0-5; the help desk workspace shows them in a view of its own.
const TICKET_PATH =
  /^\/(?:contacts\/\d{1,12}\/(?:ticket|record\/0-5)|help-desk\/\d{1,12}\/(?:view\/[\w-]{1,40}\/)?ticket)\/(\d{1,20})(?:\/|$)/;
const TITLE = ['[data-selenium-test="highlightTitle"]', '[data-test-id="record-highlight-title"]'];
// The ticket's associated contacts card, not the company card or the owner.
const CONTACTS = ['[data-selenium-test="card-associations-0-1"]', '[data-association-type="0-1"]'];

function ticketIdOf(url: URL): string | undefined {
  return /^app(?:-[a-z]{2}\d)?\.hubspot\.com$/.test(url.hostname) ? TICKET_PATH.exec(url.pathname)?.[1] : undefined;
}

export const hubspot: CrmAdapter = {
  id: 'hubspot',
  name: 'HubSpot',
  exampleUrls: [
    'https://app.hubspot.com/contacts/4471203/ticket/1839201745',
    'https://app.hubspot.com/contacts/4471203/record/0-5/1839201745',
    'https://app-eu1.hubspot.com/contacts/25934211/record/0-5/9034412881/',
    'https://app.hubspot.com/help-desk/4471203/view/all-open/ticket/1839201745',
  ],
  nonTicketUrls: [
    'https://app.hubspot.com/contacts/4471203/objects/0-5/views/all/list',
    'https://app.hubspot.com/contacts/4471203/record/0-1/651',
    'https://app.hubspot.com/contacts/4471203/contact/651',
    'https://app.hubspot.com/reports-dashboard/4471203/view/8812001',
    'https://app.hubspot.com/help-desk/4471203/view/all-open',
  ],
  matchesUrl: (url) => ticketIdOf(url) !== undefined,
  detect(url, doc, country) {
    const ticketId = ticketIdOf(url);
    const anchor = first(doc, TITLE);
    if (!ticketId || !anchor) return undefined;
    return {
      crm: 'hubspot',
      ticketId,
      anchor,
      title: textOf(anchor) || undefined,
      ...customerFields(customerPhone([first(doc, CONTACTS)], country)),
    };
  },
};
