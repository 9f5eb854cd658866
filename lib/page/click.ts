/**
 * The click path. A page script can call `el.click()` or dispatch events on our elements;
 * those are untrusted and must never place a call (security checklist A6).
 */
import type { PhoneNumberInfo } from '../phone/detect';

export interface DialIntent {
  kind: 'number';
  e164: string;
  extension?: string;
  /** The text the agent clicked next to, for display. */
  text: string;
}

export interface DialTarget {
  /** The call chip (or the tel: link clicked): toasts show beside it. */
  element: HTMLElement;
}

/**
 * Returns (a promise for) the end of the dial attempt; the button stays busy until it settles.
 * Errors are the caller's to show (`showToast`): a rejection only ends the busy state.
 */
export type OnDial = (intent: DialIntent, target: DialTarget) => unknown;

type ClickFacts = Pick<MouseEvent, 'isTrusted' | 'button' | 'ctrlKey' | 'metaKey' | 'shiftKey' | 'altKey'>;

/** Trusted, primary, unmodified: a modified click on a tel: link keeps the browser's own meaning. */
export function shouldHandleClick(event: ClickFacts): boolean {
  return event.isTrusted && event.button === 0 && !(event.ctrlKey || event.metaKey || event.shiftKey || event.altKey);
}

export interface DialUi {
  element(): HTMLElement;
  setBusy(busy: boolean): void;
}

/**
 * One dial at a time per button (checklist E1): a click while one is in flight does nothing,
 * and the button shows busy until the attempt settles, however it ends.
 */
export function createSingleFlight(setBusy: (busy: boolean) => void): (dial: () => unknown) => void {
  let busy = false;
  return (dial) => {
    if (busy) return;
    busy = true;
    setBusy(true);
    const release = () => {
      busy = false;
      setBusy(false);
    };
    // The executor runs now, inside the user gesture; a throw becomes a rejection.
    new Promise((resolve) => resolve(dial())).then(release, release);
  };
}

export function createDialHandler(number: PhoneNumberInfo, text: string, ui: DialUi, onDial: OnDial): (event: MouseEvent) => void {
  const intent: DialIntent = { kind: 'number', e164: number.e164, text, ...(number.extension ? { extension: number.extension } : {}) };
  const once = createSingleFlight((busy) => ui.setBusy(busy));
  return (event) => {
    if (!shouldHandleClick(event)) return;
    event.preventDefault();
    event.stopPropagation();
    once(() => onDial(intent, { element: ui.element() }));
  };
}
