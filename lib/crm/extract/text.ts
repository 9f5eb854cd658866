// Page text is untrusted and may be huge: read a bounded prefix, whitespace collapsed.

/** What DialTarget accepts as a ticket id (lib/messages-schema.ts). */
const TICKET_ID = /^[\w.:#-]{1,64}$/;

export const isTicketId = (id: string): boolean => TICKET_ID.test(id);

export function textOf(el: Element | null | undefined, max = 200): string {
  if (!el) return '';
  const raw = el.localName === 'input' || el.localName === 'textarea' ? (el as HTMLInputElement).value : el.textContent;
  return (raw ?? '').slice(0, max * 4).replace(/\s+/g, ' ').trim().slice(0, max);
}

/** The ticket id written in an element (`#1042`, `INC0010023`), if it is one. */
export function ticketIdIn(el: Element | null | undefined): string | undefined {
  const id = textOf(el, 80).replace(/^#\s*/, '');
  return isTicketId(id) ? id : undefined;
}

/** The first of `selectors` (tried in order, most specific first) that matches in `root`. */
export function first(root: ParentNode | null | undefined, selectors: readonly string[]): Element | undefined {
  for (const selector of selectors) {
    const found = root?.querySelector(selector);
    if (found) return found;
  }
  return undefined;
}
