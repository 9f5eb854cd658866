import type { CountryCode } from '../phone/detect';
import { freshdesk } from './freshdesk';
import { createGenericAdapter } from './generic';
import { hubspot } from './hubspot';
import { jira } from './jira';
import { salesforce } from './salesforce';
import { servicenow } from './servicenow';
import type { CrmAdapter, CustomPattern, TicketInfo } from './types';
import { zendesk } from './zendesk';
import { zohodesk } from './zohodesk';

export type { CrmAdapter, CustomPattern, TicketInfo } from './types';
export { createGenericAdapter, patternFromTemplate, validateCustomPattern, type CustomPatternError } from './generic';

export const ADAPTERS: readonly CrmAdapter[] = [zendesk, salesforce, freshdesk, hubspot, servicenow, zohodesk, jira];

/** The adapter for `url`: the admin's own patterns first, so they can override a built-in. */
export function findAdapter(url: URL, customPatterns: readonly CustomPattern[] = []): CrmAdapter | undefined {
  for (const pattern of customPatterns) {
    const adapter = createGenericAdapter(pattern);
    if (adapter?.matchesUrl(url)) return adapter;
  }
  return ADAPTERS.find((adapter) => adapter.matchesUrl(url));
}

export function detectTicket(
  url: URL,
  doc: Document,
  defaultCountry: CountryCode,
  customPatterns: readonly CustomPattern[] = [],
): TicketInfo | undefined {
  return findAdapter(url, customPatterns)?.detect(url, doc, defaultCountry);
}
