import { customerFields, phoneIn } from './extract/phone';
import { textOf, ticketIdIn } from './extract/text';
import type { CrmAdapter } from './types';

// Case record ids start with the Case key prefix 500; Lightning URLs carry 18 characters, old links 15.
const CASE_PATH = /^\/lightning\/r\/(?:Case\/)?(500[A-Za-z0-9]{12}(?:[A-Za-z0-9]{3})?)\/view$/;
const CONTACT_FIELDS = ['Contact Phone', 'Contact Mobile'].map((label) => `records-record-layout-item[field-label="${label}"]`);

const caseIdOf = (url: URL) => (url.hostname.endsWith('.lightning.force.com') ? CASE_PATH.exec(url.pathname)?.[1] : undefined);

function caseNumberIn(header: Element): string | undefined {
  const label = header.querySelector('records-highlights-details-item p[title="Case Number"]');
  return ticketIdIn(label?.parentElement?.querySelector('.fieldComponent'));
}

export const salesforce: CrmAdapter = {
  id: 'salesforce',
  name: 'Salesforce',
  exampleUrls: [
    'https://acme.lightning.force.com/lightning/r/Case/5005g00000XyZabAAB/view',
    'https://acme--uat.sandbox.lightning.force.com/lightning/r/Case/5008c00001AbCdEAAV/view?ws=%2Flightning%2Fr%2FAccount%2F0015g00000AbCdEAAZ%2Fview',
    'https://acme.lightning.force.com/lightning/r/5005g00000XyZab/view',
  ],
  nonTicketUrls: [
    'https://acme.lightning.force.com/lightning/o/Case/list?filterName=Recent',
    'https://acme.lightning.force.com/lightning/r/Account/0015g00000AbCdEAAZ/view',
    'https://acme.lightning.force.com/lightning/r/Case/5005g00000XyZabAAB/related/CaseComments/view',
    'https://acme.lightning.force.com/lightning/page/home',
    'https://acme.my.salesforce.com/5005g00000XyZab',
  ],
  matchesUrl: (url) => caseIdOf(url) !== undefined,
  detect(url, doc, country) {
    const ticketId = caseIdOf(url);
    // Lightning keeps the pages it visited in the DOM; the one on screen is `.active`.
    const page = doc.querySelector('.oneConsoleTab.active, .oneContent.active') ?? doc;
    const header = page.querySelector('records-highlights2');
    const anchor = header?.querySelector('h1');
    if (!ticketId || !header || !anchor) return undefined;
    const displayId = caseNumberIn(header);
    const phone = Array.from(page.querySelectorAll(CONTACT_FIELDS.join(', ')), (field) => phoneIn(field, country)).find(Boolean);
    return {
      crm: 'salesforce',
      ticketId,
      ...(displayId ? { displayId } : {}),
      anchor,
      title: textOf(anchor.querySelector('slot[name="primaryField"]') ?? anchor) || undefined,
      ...customerFields(phone),
    };
  },
};
