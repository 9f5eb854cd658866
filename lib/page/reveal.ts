/**
 * When the call chip shows, and for which number. The pointer resting on a number shows it
 * beside that number; so does the keyboard focus reaching one (the scanner makes plain-text
 * numbers tab stops). From a focused number, Tab or Enter moves into the chip and Enter
 * calls; Tab from the chip goes on to what follows the number, Shift+Tab and Escape go back.
 *
 * Only elements the decorator marked count (`markOf`): a page can write data-e164 on
 * anything, but not into our WeakMap, and the chip names the number it will call.
 */
import type { PhoneNumberInfo } from '../phone/detect';
import { createChip, type Chip } from './chip';
import { createDialHandler, type OnDial } from './click';

export interface Mark {
  number: PhoneNumberInfo;
  /** The number as the page writes it. */
  text: string;
  /** We made the element a tab stop: Enter on it is ours to take. */
  tabStop: boolean;
}

export interface RevealOptions {
  markOf(el: Element): Mark | undefined;
  /** The chip's text and accessible name, e.g. "Call +44 20 7946 0958". */
  label(mark: Mark): string;
  onDial: OnDial;
  signal: AbortSignal;
}

/** Sweeping the pointer across a list does not flash a chip at every number it crosses. */
export const SHOW_DELAY_MS = 80;
/** Time to travel from the number to its chip. */
export const HIDE_DELAY_MS = 300;

type Dial = (event: MouseEvent) => void;

export function createReveal(options: RevealOptions) {
  const { markOf, signal } = options;
  const chips = new Map<Document, Chip>();
  const dialers = new WeakMap<Element, Dial>();
  const busy = new WeakSet<Element>();
  let current: Element | undefined; // the number the chip shows, or is about to
  let chip: Chip | undefined; // current's document's chip, while shown
  let hovered: Element | undefined;
  let focused: Element | undefined;
  /** What holds the focus for `focused`: the number itself, or a link or row around it. */
  let origin: HTMLElement | undefined;
  let showTimer: ReturnType<typeof setTimeout> | undefined;
  let hideTimer: ReturnType<typeof setTimeout> | undefined;

  /** The shared dial path for a number: its chip and, for a tel: link, the link itself. */
  function dialerFor(el: Element, mark: Mark): Dial {
    let dial = dialers.get(el);
    if (!dial) {
      const ui = {
        // The toast goes by what was clicked: the chip, or the link when it was not showing.
        element: () => (current === el && chip?.shown ? chip.host : (el as HTMLElement)),
        setBusy(on: boolean) {
          if (on) busy.add(el);
          else busy.delete(el);
          if (current === el) chip?.setBusy(on);
        },
      };
      dialers.set(el, (dial = createDialHandler(mark.number, mark.text, ui, options.onDial)));
    }
    return dial;
  }

  function chipFor(doc: Document): Chip {
    let found = chips.get(doc);
    if (!found) chips.set(doc, (found = createChip(doc, { click: onChipClick, keydown: onChipKeydown })));
    return found;
  }

  /** Where the number's text ends on screen: the chip goes after it, not after a wide cell. */
  function anchorRect(el: Element): DOMRect | undefined {
    const range = el.ownerDocument.createRange();
    range.selectNodeContents(el);
    const rects = range.getClientRects();
    const rect = rects[rects.length - 1] ?? el.getBoundingClientRect();
    return rect.width || rect.height ? rect : undefined;
  }

  function show(el: Element) {
    clearTimeout(showTimer);
    clearTimeout(hideTimer);
    const mark = markOf(el);
    const rect = el.isConnected && mark ? anchorRect(el) : undefined;
    if (!mark || !rect) return hide();
    const next = chipFor(el.ownerDocument);
    if (chip && chip !== next) chip.hide();
    current = el;
    chip = next;
    chip.show(rect, options.label(mark), busy.has(el));
  }

  function hide() {
    clearTimeout(showTimer);
    clearTimeout(hideTimer);
    chip?.hide();
    chip = undefined;
    current = undefined;
  }

  /** The marked element an event happened in, 'chip' for our chip, or undefined. */
  function hitOf(event: Event): Element | 'chip' | undefined {
    for (const node of event.composedPath()) {
      if (node === chip?.host) return 'chip';
      if ((node as Node).nodeType !== 1) continue;
      if (markOf(node as Element)) return node as Element;
    }
    return undefined;
  }

  /** A focused element that is not itself a number, such as a row link, still offers the one number inside it. */
  function focusTarget(event: FocusEvent): Element | 'chip' | undefined {
    const hit = hitOf(event);
    if (hit) return hit;
    const target = event.composedPath()[0] as Element;
    const inside = target.querySelectorAll?.('[data-e164]') ?? [];
    return inside.length === 1 && markOf(inside[0]!) ? inside[0] : undefined;
  }

  const stillWanted = () => current !== undefined && (current === hovered || current === focused || chip?.hasFocus());

  function onPointerOver(event: PointerEvent) {
    const hit = hitOf(event);
    if (hit === 'chip') {
      // Reaching the chip is the choice: a number crossed on the way must not move it off.
      clearTimeout(showTimer);
      return clearTimeout(hideTimer);
    }
    hovered = hit;
    clearTimeout(showTimer);
    if (hit && hit === current && chip?.shown) return clearTimeout(hideTimer);
    if (hit) showTimer = setTimeout(() => show(hit), SHOW_DELAY_MS);
    else if (current) {
      clearTimeout(hideTimer);
      hideTimer = setTimeout(() => !stillWanted() && hide(), HIDE_DELAY_MS);
    }
  }

  function onFocusIn(event: FocusEvent) {
    const hit = focusTarget(event);
    if (hit === 'chip') return;
    focused = hit;
    origin = hit ? (event.composedPath()[0] as HTMLElement) : undefined;
    if (hit) show(hit);
    else if (!stillWanted()) hide();
  }

  function onFocusOut(event: FocusEvent) {
    // Focus going into the chip keeps it; focus leaving the page (relatedTarget null) does not.
    if (event.relatedTarget && event.relatedTarget === chip?.host) return;
    if (chip?.hasFocus()) return;
    focused = origin = undefined;
    if (!stillWanted()) hide();
  }

  function onKeyDown(event: KeyboardEvent) {
    if (!event.isTrusted || !chip?.shown || !current) return;
    if (event.key === 'Escape' && !chip.hasFocus()) return hide();
    const onNumber = focused === current && event.composedPath()[0] === origin;
    const enter = event.key === 'Enter' && markOf(current)?.tabStop;
    if (onNumber && ((event.key === 'Tab' && !event.shiftKey) || enter) && !event.altKey && !event.ctrlKey && !event.metaKey) {
      event.preventDefault();
      chip.focus();
    }
  }

  function onChipKeydown(event: KeyboardEvent) {
    const number = focused === current ? origin : (current as HTMLElement | undefined);
    if (!number || !event.isTrusted) return;
    const focusable = number.tabIndex >= 0;
    if (event.key === 'Tab' && !event.shiftKey) {
      // Focus goes back to the number and the browser's own Tab carries on from there.
      if (focusable) number.focus();
    } else if ((event.key === 'Tab' && event.shiftKey) || event.key === 'Escape') {
      event.preventDefault();
      if (focusable) number.focus();
      else hide();
    }
  }

  function onChipClick(event: MouseEvent) {
    const el = current;
    const mark = el && el.isConnected ? markOf(el) : undefined;
    if (!el || !mark) return hide();
    dialerFor(el, mark)(event);
  }

  const hideNow = () => {
    if (chip?.shown && !chip.hasFocus()) hide();
  };

  signal.addEventListener(
    'abort',
    () => {
      hide();
      for (const found of chips.values()) found.host.remove();
      chips.clear();
    },
    { once: true },
  );

  return {
    /** Follows the pointer, focus and keys in `doc` (the page and each same-origin frame). */
    watch(doc: Document) {
      const passive = { capture: true, passive: true, signal };
      doc.addEventListener('pointerover', onPointerOver, passive);
      doc.addEventListener('focusin', onFocusIn, passive);
      doc.addEventListener('focusout', onFocusOut, passive);
      doc.addEventListener('keydown', onKeyDown, { capture: true, signal });
      // The chip is placed once; when what is under it moves, it goes.
      doc.addEventListener('scroll', hideNow, passive);
      doc.defaultView?.addEventListener('resize', hideNow, passive);
    },
    dialerFor,
    /** The decorator took `el`'s mark away. */
    release(el: Element) {
      dialers.delete(el);
      if (hovered === el) hovered = undefined;
      if (focused === el) focused = origin = undefined;
      if (current === el) hide();
    },
  };
}
