import { afterEach, vi } from 'vitest';
import { startScanner, type ScannerOptions } from '../../../lib/page/scanner';
import { findNumbersIn } from '../../../lib/phone/detect';

const tick = () => new Promise((resolve) => setTimeout(resolve, 0));

/** Starts a scanner on the current document and waits until it has decorated everything. */
export async function start(options: Partial<ScannerOptions> = {}) {
  const controller = new AbortController();
  const onDial = vi.fn();
  const scanner = startScanner({
    root: document,
    defaultCountry: 'US',
    signal: controller.signal,
    onDial,
    label: (number) => `Call ${number.international}`,
    // What the background's findNumbers answers, minus the message.
    findNumbers: async (texts, country) => findNumbersIn(texts, await country),
    ...options,
  });
  // MutationObserver callbacks run as microtasks; a slice may also yield with setTimeout.
  const settle = async () => {
    for (let i = 0; i < 3; i++) {
      await tick();
      await scanner.idle();
    }
  };
  await settle();
  return { scanner, controller, onDial, settle };
}

export async function scan(html: string, options: Partial<ScannerOptions> = {}) {
  document.body.innerHTML = html;
  return start(options);
}

export const numbersIn = (root: ParentNode = document) =>
  [...root.querySelectorAll('[data-e164]')].map((el) => el.getAttribute('data-e164'));

/** How many numbers are marked; a number marked twice (a mark inside a mark) counts as -1. */
export const marksIn = (root: ParentNode = document) =>
  root.querySelector('[data-e164] [data-e164]') ? -1 : root.querySelectorAll('[data-e164]').length;

/** The elements Switchboard made tab stops for the numbers they carry. */
export const tabStopsIn = (root: ParentNode = document) =>
  [...root.querySelectorAll('[data-e164][tabindex="0"]')].map((el) => el.getAttribute('data-e164'));

/**
 * For a test file whose tests each scan one page: `page(html)` scans it, and after each test
 * the scanner stops and the document is emptied.
 */
export function usePages() {
  let stop: (() => void) | undefined;
  afterEach(() => {
    stop?.();
    stop = undefined;
    document.body.innerHTML = '';
  });
  return async function page(html: string) {
    const started = await scan(html);
    stop = () => started.controller.abort();
    return started;
  };
}
