/**
 * A short message next to a call button ("Ringing your phone", "Number blocked by the
 * cloud"), in its own closed shadow root, announced politely to screen readers.
 */
import { applyStyles } from './styles';

export type ToastTone = 'info' | 'error';

// Position comes in through custom properties: `all: initial !important` on :host would beat
// an inline top/left, but it does not reset custom properties.
const CSS = `
:host { all: initial !important; position: fixed !important; z-index: 2147483647 !important;
  top: var(--switchboard-top) !important; left: var(--switchboard-left) !important; color-scheme: inherit !important; }
div { box-sizing: border-box; max-inline-size: 280px; padding: 6px 10px; border-radius: 6px;
  font: 13px/1.4 system-ui, sans-serif; box-shadow: 0 2px 8px rgb(0 0 0 / .25);
  color: #111827; background: #ffffff; border: 1px solid #d1d5db;
  color: light-dark(#111827, #f3f4f6); background: light-dark(#ffffff, #1f2937); border-color: light-dark(#d1d5db, #4b5563); }
div.error { color: #991b1b; background: #fef2f2; border-color: #fca5a5;
  color: light-dark(#991b1b, #fecaca); background: light-dark(#fef2f2, #450a0a); border-color: light-dark(#fca5a5, #7f1d1d); }
div:empty { opacity: 0; }
`;

// A live region announces changes, not its first content: insert it empty, then fill it.
const ANNOUNCE_DELAY_MS = 50;
const WIDTH = 280;

const shown = new WeakMap<Element, () => void>();

/** Shows `text` under `anchor` until `durationMs` pass or the returned function is called. */
export function showToast(anchor: Element, text: string, tone: ToastTone, durationMs = 5000): () => void {
  shown.get(anchor)?.();
  const doc = anchor.ownerDocument;
  const host = doc.createElement('switchboard-toast');
  host.setAttribute('data-testid', 'switchboard-toast');
  const root = host.attachShadow({ mode: 'closed' });
  applyStyles(root, CSS);
  const box = doc.createElement('div');
  box.className = tone;
  box.setAttribute('role', 'status');
  box.setAttribute('aria-live', 'polite');
  root.append(box);

  const rect = anchor.getBoundingClientRect();
  const viewport = doc.documentElement.clientWidth || WIDTH;
  host.style.setProperty('--switchboard-top', `${Math.round(rect.bottom + 4)}px`);
  host.style.setProperty('--switchboard-left', `${Math.round(Math.max(0, Math.min(rect.left, viewport - WIDTH)))}px`);
  (doc.body ?? doc.documentElement).append(host);

  const fill = setTimeout(() => (box.textContent = text), ANNOUNCE_DELAY_MS);
  const expire = setTimeout(() => dismiss(), durationMs);
  function dismiss() {
    clearTimeout(fill);
    clearTimeout(expire);
    host.remove();
    if (shown.get(anchor) === dismiss) shown.delete(anchor);
  }
  shown.set(anchor, dismiss);
  return dismiss;
}
