/**
 * A <button> of ours in a page: in a closed shadow root (checklist A6), so page CSS cannot
 * reach it and page scripts cannot find it to click, with the call icon. Shared by the call
 * chip and the ticket button.
 */
import { applyStyles } from './styles';

// Material "call" icon (Apache-2.0).
const CALL_ICON =
  'M6.62 10.79a15.05 15.05 0 0 0 6.59 6.59l2.2-2.2a1 1 0 0 1 1.02-.24c1.12.37 2.33.57 3.57.57a1 1 0 0 1 1 1V20a1 1 0 0 1-1 1A17 17 0 0 1 3 4a1 1 0 0 1 1-1h3.5a1 1 0 0 1 1 1c0 1.25.2 2.45.57 3.57a1 1 0 0 1-.25 1.02z';

function callIcon(doc: Document): SVGSVGElement {
  const svg = doc.createElementNS('http://www.w3.org/2000/svg', 'svg');
  svg.setAttribute('viewBox', '0 0 24 24');
  svg.setAttribute('aria-hidden', 'true');
  const path = doc.createElementNS('http://www.w3.org/2000/svg', 'path');
  path.setAttribute('d', CALL_ICON);
  svg.append(path);
  return svg;
}

export interface OwnButton {
  host: HTMLElement;
  root: ShadowRoot;
  button: HTMLButtonElement;
  setBusy(busy: boolean): void;
}

/** `name` is the host's tag and its data-testid. */
export function createOwnButton(doc: Document, name: `switchboard-${string}`, css: string): OwnButton {
  const host = doc.createElement(name);
  host.setAttribute('data-testid', name);
  const root = host.attachShadow({ mode: 'closed' });
  applyStyles(root, css);
  const button = doc.createElement('button');
  button.type = 'button';
  button.append(callIcon(doc));
  root.append(button);
  return {
    host,
    root,
    button,
    setBusy(busy) {
      button.disabled = busy;
      button.setAttribute('aria-busy', String(busy));
    },
  };
}
