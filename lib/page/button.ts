/**
 * The call button: a real <button> in a closed shadow root (checklist A6), so page CSS cannot
 * reach it and page scripts cannot find it to click. Colours follow the page's color-scheme
 * through light-dark(); a page that declares `color-scheme: light dark` therefore follows
 * prefers-color-scheme, and a light-only CRM keeps a light button.
 */
import { applyStyles } from './styles';

// Size and layout containment: the button's inside never makes the page lay out again, which
// on a 2,000-row table halved style+layout time (the inset focus ring survives paint clipping).
// `all: initial` keeps page rules off the host; `visibility` still follows a hidden row.
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

// Material "call" icon (Apache-2.0).
const ICON =
  'M6.62 10.79a15.05 15.05 0 0 0 6.59 6.59l2.2-2.2a1 1 0 0 1 1.02-.24c1.12.37 2.33.57 3.57.57a1 1 0 0 1 1 1V20a1 1 0 0 1-1 1A17 17 0 0 1 3 4a1 1 0 0 1 1-1h3.5a1 1 0 0 1 1 1c0 1.25.2 2.45.57 3.57a1 1 0 0 1-.25 1.02z';

const prototypes = new WeakMap<Document, HTMLButtonElement>();

// Built once per document and cloned: cloning is much cheaper than building the SVG again.
function prototypeButton(doc: Document): HTMLButtonElement {
  let button = prototypes.get(doc);
  if (!button) {
    button = doc.createElement('button');
    button.type = 'button';
    const svg = doc.createElementNS('http://www.w3.org/2000/svg', 'svg');
    svg.setAttribute('viewBox', '0 0 24 24');
    svg.setAttribute('aria-hidden', 'true');
    const path = doc.createElementNS('http://www.w3.org/2000/svg', 'path');
    path.setAttribute('d', ICON);
    svg.append(path);
    button.append(svg);
    prototypes.set(doc, button);
  }
  return button;
}

export interface CallButton {
  host: HTMLElement;
  button: HTMLButtonElement;
  setBusy(busy: boolean): void;
}

export function createCallButton(doc: Document, label: string): CallButton {
  const host = doc.createElement('switchboard-call');
  host.setAttribute('data-testid', 'switchboard-call');
  const root = host.attachShadow({ mode: 'closed' });
  applyStyles(root, CSS);
  const button = prototypeButton(doc).cloneNode(true) as HTMLButtonElement;
  button.setAttribute('aria-label', label);
  button.title = label;
  root.append(button);
  return {
    host,
    button,
    setBusy(busy) {
      button.disabled = busy;
      button.setAttribute('aria-busy', String(busy));
    },
  };
}
