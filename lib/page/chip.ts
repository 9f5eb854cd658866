/**
 * The call chip: one button per document, shown beside the number under the pointer or the
 * keyboard focus (reveal.ts). A button beside every number made the page lay itself out
 * again for each screenful of them, which stalled scrolling a long table for up to 0.9 s
 * (bench/results.md); one chip in the top layer costs the page no layout at all.
 *
 * A real <button> in a closed shadow root (checklist A6): page CSS cannot reach it and page
 * scripts cannot find it to click. The host's own box is pinned by `all: initial !important`
 * inside the shadow root, which beats the page's rules and inline styles, so a page cannot
 * hide, fade or move the chip; its position is written there too, out of the page's reach.
 * Colours follow the page's color-scheme through light-dark().
 */
import { createOwnButton } from './own-button';

const HEIGHT = 26;

const CSS = `
:host { all: initial !important; display: block !important; position: fixed !important;
  z-index: 2147483647 !important; color-scheme: inherit !important; }
button { all: unset; box-sizing: border-box; display: flex; align-items: center; gap: 4px; block-size: ${HEIGHT}px;
  padding: 0 10px 0 6px; border-radius: ${HEIGHT / 2}px; cursor: pointer; white-space: nowrap;
  font: 500 13px/1 system-ui, sans-serif; box-shadow: 0 1px 4px rgb(0 0 0 / .3);
  color: #ffffff; background: #1a56db; color: light-dark(#ffffff, #0b1a33); background: light-dark(#1a56db, #9cc0ff); }
button[hidden] { display: none; }
button:hover { background: #1646b8; background: light-dark(#1646b8, #b8d2ff); }
button:focus-visible { outline: 2px solid #1a56db; outline: 2px solid light-dark(#1a56db, #9cc0ff); outline-offset: 2px; }
button:disabled { cursor: progress; opacity: .6; }
svg { inline-size: 16px; block-size: 16px; fill: currentColor; flex: none; }
@media (forced-colors: active) { button { border: 1px solid ButtonText; } }
`;

/** Gap between the number and the chip, and the least distance from the viewport's edge. */
const GAP = 4;

/**
 * Writes the host's position as a rule of its own root, after the base sheet so that it wins
 * over `all: initial`: adopted sheets come after <style> elements, so it goes where the base
 * sheet went.
 */
function positioner(root: ShadowRoot): (left: number, top: number) => void {
  const rule = (left: number, top: number) => `:host { left: ${Math.round(left)}px !important; top: ${Math.round(top)}px !important; }`;
  if (root.adoptedStyleSheets.length) {
    try {
      const sheet = new (root.ownerDocument.defaultView?.CSSStyleSheet ?? CSSStyleSheet)();
      root.adoptedStyleSheets = [...root.adoptedStyleSheets, sheet];
      return (left, top) => sheet.replaceSync(rule(left, top));
    } catch {
      // A content script that may not adopt its own sheet: fall through to a <style>.
    }
  }
  const style = root.ownerDocument.createElement('style');
  root.append(style);
  return (left, top) => void (style.textContent = rule(left, top));
}

export interface ChipEvents {
  click(event: MouseEvent): void;
  keydown(event: KeyboardEvent): void;
}

export interface Chip {
  readonly host: HTMLElement;
  readonly shown: boolean;
  /** Shows `label` beside `anchor`: after its end on the same line, or below it when that would leave the viewport. */
  show(anchor: DOMRect, label: string, busy: boolean): void;
  hide(): void;
  setBusy(busy: boolean): void;
  focus(): void;
  hasFocus(): boolean;
}

export function createChip(doc: Document, events: ChipEvents): Chip {
  const { host, root, button, setBusy } = createOwnButton(doc, 'switchboard-chip', CSS);
  button.hidden = true;
  const label = doc.createElement('span');
  button.append(label);
  const place = positioner(root);
  button.addEventListener('click', events.click);
  button.addEventListener('keydown', events.keydown);

  // The top layer puts the chip above the page's own overlays and stacking contexts.
  const topLayer = typeof host.showPopover === 'function';
  if (topLayer) host.setAttribute('popover', 'manual');

  return {
    host,
    get shown() {
      return !button.hidden;
    },
    show(anchor, text, busy) {
      if (!host.isConnected) doc.documentElement.append(host);
      label.textContent = text;
      setBusy(busy);
      button.hidden = false;
      place(anchor.right + GAP, anchor.top + (anchor.height - HEIGHT) / 2);
      try {
        if (topLayer && !host.matches(':popover-open')) host.showPopover();
      } catch {
        // The page took our popover attribute away: z-index still lifts the chip.
      }
      const width = host.getBoundingClientRect().width;
      const viewport = doc.documentElement.clientWidth;
      if (anchor.right + GAP + width > viewport - GAP) {
        place(Math.max(GAP, Math.min(anchor.left, viewport - width - GAP)), anchor.bottom + GAP);
      }
    },
    hide() {
      button.hidden = true;
      try {
        if (topLayer && host.matches(':popover-open')) host.hidePopover();
      } catch {
        // As above: nothing to take out of the top layer.
      }
    },
    setBusy,
    focus: () => button.focus(),
    hasFocus: () => root.activeElement === button,
  };
}
