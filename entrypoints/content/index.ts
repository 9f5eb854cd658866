import { browser, defineContentScript, type ContentScriptContext } from '#imports';
import { patternFromTemplate, type CustomPattern, type TicketInfo } from '../../lib/crm';
import type { DialTarget as PageTarget, DialIntent } from '../../lib/page/click';
import { startScanner } from '../../lib/page/scanner';
import { showToast } from '../../lib/page/toast';
import { defaultCountryOf } from '../../lib/phone/locale';
import type { DialTarget } from '../../lib/messages';
import { send } from '../../lib/ui/send';
import { USER_TIMING } from '../../lib/user-timing';
import { findNumbersInBackground } from './find-numbers';
import { watchTicket } from './ticket';

// Registered at run time by the background for the sites the agent enabled (lib/sites.ts),
// so the manifest asks for no CRM host up front.

type MessageName = Parameters<typeof browser.i18n.getMessage>[0];
const say = (key: MessageName, ...values: string[]) => browser.i18n.getMessage(key, values);

/** One dial message; its outcome shows as a toast by the button that was clicked. */
async function dial(target: DialTarget, who: string, anchor: Element): Promise<void> {
  const reply = await send('dial', { target, clickId: crypto.randomUUID() });
  if (!reply.ok) {
    showToast(anchor, reply.text ?? reply.error.code, 'error');
    return;
  }
  const call = reply.result;
  const placed = call.needsAgentAction
    ? say('dialNeedsAgentAction', who)
    : say(call.provider === 'tccc' ? 'dialRingingAgent' : 'dialPlaced', who);
  const extension = target.kind === 'number' ? target.extension : undefined;
  showToast(anchor, extension ? `${placed} ${say('dialExtensionHint', extension)}` : placed, 'info');
}

/**
 * How long this copy of the content script works. WXT ends its context when the document sees
 * a DOM event named after our extension id, so that an updated extension's script replaces the
 * old one; but the id is public and a page can send that event too, and a page must not be
 * able to switch Switchboard off. A genuine replacement only comes once this copy's extension
 * is gone (updated or removed: `runtime.id` disappears), so that is what ends the scanner.
 */
function extensionLifetime(ctx: ContentScriptContext): AbortSignal {
  const lifetime = new AbortController();
  const endIfOrphaned = () => {
    if (browser.runtime?.id == null) lifetime.abort();
  };
  ctx.onInvalidated(endIfOrphaned);
  // WXT stops listening once its context ends, forged or not: keep listening ourselves, to
  // the event WXT's next copy sends (its name as in wxt/utils/internal/custom-events).
  const started = `${browser.runtime.id}:${import.meta.env.ENTRYPOINT}:wxt:content-script-started`;
  document.addEventListener(started, endIfOrphaned, { signal: lifetime.signal });
  return lifetime.signal;
}

export default defineContentScript({
  matches: [],
  registration: 'runtime',
  // WXT also announces a new copy with window.postMessage, for listeners of older WXT versions:
  // a message every page script sees, and ~10 ms of the script's start on this project's
  // machine. Our copies listen for WXT's DOM event (extensionLifetime).
  noScriptStartedPostMessage: true,
  async main(ctx) {
    // User Timing, which the page shares: DevTools' Performance panel (and `npm run bench`)
    // show how long the first scan took (lib/user-timing.ts). Measured from a
    // time, not the mark's name: a page may clear its marks.
    const { startTime } = performance.mark(USER_TIMING.start);
    const signal = extensionLifetime(ctx);
    // Only what this script needs, from the background: storage is closed to content scripts.
    // Not awaited before the scan starts: waking a stopped service worker takes a few hundred
    // milliseconds, in which the scanner reads the page.
    const settings = send('getPageConfig', {}).then((reply) => (reply.ok ? reply.result : undefined));
    // The background's country (the one it searches by); the browser's own without an answer.
    const defaultCountry = settings.then((found) => defaultCountryOf(found?.defaultCountry, navigator.language));
    let tickets: ReturnType<typeof watchTicket> | undefined;
    const scanner = startScanner({
      root: document,
      defaultCountry,
      signal,
      findNumbers: findNumbersInBackground,
      label: (number) =>
        number.extension
          ? say('callNumberWithExtension', number.international, number.extension)
          : say('callNumber', number.international),
      onDial: (intent: DialIntent, { element }: PageTarget) => {
        // A number on a ticket page is called for that ticket (TCCC passes it on in UUI).
        const ticket = tickets?.current();
        const context = ticket ? { ticketId: ticket.ticketId, crm: ticket.crm } : {};
        const extension = intent.extension ? { extension: intent.extension } : {};
        return dial({ kind: 'number', e164: intent.e164, ...extension, ...context }, intent.text, element);
      },
    });
    void scanner.idle().then(() => performance.measure(USER_TIMING.scan, { start: startTime }));
    const found = await settings;
    tickets = watchTicket({
      defaultCountry: await defaultCountry,
      customPatterns: (found?.ticketPatterns ?? []).map(patternFromTemplate).filter((p): p is CustomPattern => !!p),
      signal,
      label: (ticket) => say('callTicketCustomer', ticket.displayId ?? ticket.ticketId),
      onDial: (ticket: TicketInfo, button) =>
        dial(
          { kind: 'ticket', ticketId: ticket.ticketId, crm: ticket.crm, ...(ticket.customerE164 ? { e164: ticket.customerE164 } : {}) },
          ticket.customerE164 ?? ticket.displayId ?? ticket.ticketId,
          button,
        ),
    });
  },
});
