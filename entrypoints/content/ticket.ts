import { createCallButton } from '../../lib/page/button';
import { createSingleFlight, shouldHandleClick } from '../../lib/page/click';
import { detectTicket, type CustomPattern, type TicketInfo } from '../../lib/crm';
import type { CountryCode } from '../../lib/phone/detect';

// The "call this ticket's customer" button. CRMs render tickets late and swap them without a
// page load, so detection re-runs (debounced) on DOM changes and SPA navigation.

export interface TicketWatchOptions {
  defaultCountry: CountryCode;
  customPatterns: readonly CustomPattern[];
  signal: AbortSignal;
  label: (ticket: TicketInfo) => string;
  onDial: (ticket: TicketInfo, button: HTMLElement) => Promise<void>;
}

const DEBOUNCE_MS = 150;

const sameTicket = (a: TicketInfo | undefined, b: TicketInfo | undefined) =>
  a?.crm === b?.crm && a?.ticketId === b?.ticketId && a?.customerE164 === b?.customerE164 && a?.anchor === b?.anchor;

export function watchTicket(options: TicketWatchOptions): { current(): TicketInfo | undefined } {
  let ticket: TicketInfo | undefined;
  let host: HTMLElement | undefined;
  let timer: ReturnType<typeof setTimeout> | undefined;

  function mount(next: TicketInfo): HTMLElement {
    const button = createCallButton(document, options.label(next));
    button.host.setAttribute('data-ticket-id', next.ticketId);
    button.host.setAttribute('data-crm', next.crm);
    const once = createSingleFlight((busy) => button.setBusy(busy));
    button.button.addEventListener('click', (event) => {
      if (!shouldHandleClick(event)) return;
      event.preventDefault();
      once(() => options.onDial(next, button.host));
    });
    next.anchor.after(button.host);
    return button.host;
  }

  function check(): void {
    timer = undefined;
    const next = detectTicket(new URL(location.href), document, options.defaultCountry, options.customPatterns);
    if (sameTicket(ticket, next) && host?.isConnected) return;
    host?.remove();
    ticket = next;
    host = next ? mount(next) : undefined;
  }

  const schedule = () => {
    timer ??= setTimeout(check, DEBOUNCE_MS);
  };
  const observer = new MutationObserver((records) => {
    // Our own button going in or out is not a page change.
    if (records.every((r) => [...r.addedNodes, ...r.removedNodes].every((n) => n === host))) return;
    schedule();
  });
  observer.observe(document.documentElement, { childList: true, subtree: true });
  options.signal.addEventListener('abort', () => {
    observer.disconnect();
    clearTimeout(timer);
    host?.remove();
  }, { once: true });
  check();
  return { current: () => ticket };
}
