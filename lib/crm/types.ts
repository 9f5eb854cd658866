import type { CountryCode } from '../phone/detect';

/** A ticket the page shows, and where its "call this ticket's customer" button goes. */
export interface TicketInfo {
  /** The adapter's id, e.g. 'zendesk'. */
  crm: string;
  /** The id the CRM's API knows the ticket by (Salesforce: the Case record id). */
  ticketId: string;
  /** The number agents know the ticket by, when it is not `ticketId` (Salesforce CaseNumber). */
  displayId?: string;
  customerE164?: string;
  customerExtension?: string;
  /** The ticket's title or header element; the button goes next to it. */
  anchor: Element;
  title?: string;
}

/** One CRM's ticket pages. Pure: everything comes from `url` and `doc`. */
export interface CrmAdapter {
  id: string;
  name: string;
  /** Ticket pages, in the URL shapes the CRM really uses. */
  exampleUrls: string[];
  /** Pages of the same CRM that are not a ticket (lists, dashboards, the customer portal). */
  nonTicketUrls?: string[];
  matchesUrl(url: URL): boolean;
  /** The ticket, once the page has rendered its header; undefined until then. */
  detect(url: URL, doc: Document, defaultCountry: CountryCode): TicketInfo | undefined;
}

/** A site the admin describes in settings (see generic.ts for the rules). */
export interface CustomPattern {
  name: string;
  /** A match pattern (`https://*.example.com/tickets/*`) or a regex starting with `^` with one capture group. */
  urlPattern: string;
  ticketIdSelector?: string;
  customerPhoneSelector?: string;
}
