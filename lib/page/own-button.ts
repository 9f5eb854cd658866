/**
 * A <button> of ours in a page: in a closed shadow root (checklist A6), so page CSS cannot
 * reach it and page scripts cannot find it to click, with the call icon. Shared by the call
 * chip and the ticket button.
 */
import { callIcon } from './icon';
import { applyStyles } from './styles';

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
