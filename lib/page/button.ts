/**
 * The ticket's "call this ticket's customer" button (own-button.ts): one per page, in the flow
 * beside the ticket's heading; numbers get the call chip (chip.ts).
 * Colours follow the page's color-scheme through light-dark().
 */
import { createOwnButton, type OwnButton } from './own-button';

// `all: initial` keeps page rules off the host; `visibility` still follows a hidden heading.
const CSS = `
:host { all: initial !important; display: inline-block !important; contain: strict !important;
  inline-size: max(1.5em, 20px) !important; block-size: max(1.5em, 20px) !important;
  margin-inline-start: .25em !important; vertical-align: middle !important; font-size: inherit !important;
  visibility: inherit !important; color-scheme: inherit !important; }
button { all: unset; box-sizing: border-box; display: grid; place-items: center; inline-size: 100%; block-size: 100%;
  border-radius: 50%; cursor: pointer; color: #1a56db; background: #e8effd;
  color: light-dark(#1a56db, #9cc0ff); background: light-dark(#e8effd, #1e2f4d); }
button:hover { background: #d2e0fb; background: light-dark(#d2e0fb, #27406b); }
button:focus-visible { outline: 2px solid currentColor; outline-offset: -2px; }
button:disabled { cursor: progress; opacity: .55; }
svg { inline-size: 60%; block-size: 60%; fill: currentColor; pointer-events: none; }
@media (forced-colors: active) { button { border: 1px solid ButtonText; } }
`;

export type CallButton = OwnButton;

export function createCallButton(doc: Document, label: string): CallButton {
  const own = createOwnButton(doc, 'switchboard-call', CSS);
  own.button.setAttribute('aria-label', label);
  own.button.title = label;
  return own;
}
