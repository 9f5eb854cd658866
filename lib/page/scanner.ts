/**
 * Finds the phone numbers on a page and decorates them, in slices that give the main thread
 * back, then follows the page's changes without rescanning it. Pure DOM, no extension APIs:
 * the content script passes in the settings and the dial callback.
 */
import { findNumbersIn, matchOf, type CountryCode, type PhoneNumberInfo } from '../phone/detect';
import { MIN_DIGITS, mayContainPhoneNumber } from '../phone/prefilter';
import type { OnDial } from './click';
import { createDecorator } from './decorate';
import { createDetection, type FindNumbers } from './detection';
import { classify, isInExcludedRegion, isOwnUi, isRendered } from './filter';
import { watchChanges } from './observe';
import { createPending } from './pending';
import { createPump } from './pump';
import { createScanQueue } from './queue';
import { createReveal } from './reveal';
import { createRoots } from './roots';
import { yieldToMain } from './schedule';

export interface ScannerOptions {
  root: Document;
  /**
   * The agent's default country. A promise while the settings are on their way: the page is
   * read meanwhile and its large batches go to `findNumbers`; what is searched here waits for
   * it, and nothing is marked before it is known (a tel: link's number depends on it). (Asking
   * a stopped service worker for the settings took 230–560 ms on this project's machine; the
   * read fits in that wait.) It must not reject.
   */
  defaultCountry: CountryCode | Promise<CountryCode>;
  signal: AbortSignal;
  onDial: OnDial;
  /**
   * Finds the numbers in a large batch of texts (detection.ts); the content script asks the
   * background, which knows the country itself: batches go as they fill, while the page is
   * still read, and the background searches them meanwhile. `country` (the default country,
   * once known) is for searching here when the background cannot answer.
   */
  findNumbers(texts: string[], country: Promise<CountryCode>): ReturnType<FindNumbers>;
  /**
   * The call chip's text and accessible name, e.g. "Call +44 20 7946 0958"; wording is the
   * caller's. Asked when the chip shows, not during the scan: `number.international` is
   * formatted on first read (~30 µs, as much as finding the number).
   */
  label: (number: PhoneNumberInfo, text: string) => string;
  /**
   * Longest stretch of work before yielding to the page. A long task is 50 ms; a slice may
   * run a third over to finish its writes, and a garbage collection can land in it: on the
   * 10,000-row list, runs with a task over 50 ms were 2 of 30 with 16 ms slices against 7 of
   * 30 with 25 ms (interleaved), the scan taking as long.
   */
  sliceMs?: number;
}

export interface Scanner {
  /** Resolves once everything found so far is decorated. */
  idle(): Promise<void>;
}

const RECHECK_HIDDEN_MS = 250;

export function startScanner(options: ScannerOptions): Scanner {
  const { root, defaultCountry, signal, onDial, label, findNumbers, sliceMs = 16 } = options;
  const reveal = createReveal({
    markOf: (el) => decorator.markOf(el),
    label: (mark) => label(mark.number, mark.text),
    onDial,
    signal,
  });
  const decorator = createDecorator({ dialerFor: reveal.dialerFor, released: reveal.release });
  const deferred = new Set<Node>(); // candidates that were hidden when found
  let country = typeof defaultCountry === 'string' ? defaultCountry : undefined;
  const countryKnown = country
    ? Promise.resolve(country)
    : (defaultCountry as Promise<CountryCode>).then((known) => {
        country = known;
        pump.schedule(); // the writes held back until now
        return known;
      });
  const pending = createPending(decorator, () => country!, deferred);
  const detection = createDetection({
    find: (texts) => findNumbers(texts, countryKnown),
    findHere: (texts) => (country ? findNumbersIn(texts, country) : undefined),
    found(text, data, numbers) {
      // Changed or gone while it was searched: its new text is on its way, or it does not matter.
      if (text.data !== data || !text.isConnected) return;
      if (numbers.length) pending.push({ text, data, matches: numbers.map((number) => matchOf(data, number)) });
      else decorator.markHandled(text);
    },
    // Once per answer: a pump run per text would bring the page's style up to date (settlePage)
    // after every single write.
    answered: () => pump.schedule(),
  });
  let recheck: ReturnType<typeof setTimeout> | undefined;

  const roots = createRoots(
    (added) => {
      if (added.nodeType === 9) reveal.watch(added as Document);
      changes.observe(added);
      queue.push(added);
    },
    () => pump.schedule(),
    signal,
  );
  const queue = createScanQueue(
    {
      // `length` first: it is a number, where `data` makes a string for this world (per node).
      isCandidate: (text) =>
        text.length >= MIN_DIGITS && mayContainPhoneNumber(text.data) && !decorator.isHandled(text) && !detection.isSent(text),
      tel: (anchor) => pending.keep({ anchor }),
      frame: roots.addFrame,
      shadow: roots.add,
    },
    // Visibility is read now, while the layout is clean (pending.ts); hidden text waits.
    (text) => (isRendered(text) ? detection.add(text) : deferred.add(text)),
  );
  // checkVisibility updates the document's style, once, if the page changed it (filter.ts).
  const settlePage = () => void root.documentElement?.checkVisibility?.();
  // A tel: link's number depends on the country: no writes before it is known.
  const write = (deadline: number) => country !== undefined && pending.write(deadline);
  const pump = createPump({ read: queue.step, endRead: detection.endRead, write, settlePage, sliceMs, signal });
  const changes = watchChanges({
    added: (node) => {
      // The page added to an element that carries its number in place: that number may no
      // longer be all it holds, so give the element back and look at it again.
      const parent = node.parentElement;
      const head = parent && !isOwnUi(node) ? decorator.inPlaceHead(parent) : undefined;
      if (head) {
        decorator.undo(head);
        considerElement(parent!);
      } else if (node.nodeType === 3) considerText(node as Text);
      else considerElement(node as Element);
    },
    removed: (node) => {
      deferred.delete(node);
      // A text node or tel: link leaves its parts behind as siblings: take them away. Parts
      // inside a moved element (connected again by now) travel with it; a removed element
      // gives them back, so it is scanned afresh if the page puts it back later.
      decorator.undo(node);
      if (node.nodeType === 1 && !node.isConnected) decorator.undoAll(node as Element);
    },
    textChanged: (text) => {
      if (decorator.isHandled(text)) return;
      decorator.undo(text);
      considerText(text);
    },
    attributeChanged: (el, name) => {
      // The walker never enters [hidden] or data-switchboard="off": look again when they go.
      if (name === 'hidden' || name === 'data-switchboard') considerElement(el);
      else if (deferred.size && !recheck) recheck = setTimeout(recheckHidden, RECHECK_HIDDEN_MS);
    },
    done: () => pump.schedule(),
  });

  function considerText(text: Text) {
    if (text.isConnected && !decorator.isHandled(text) && !isInExcludedRegion(text)) queue.push(text);
  }

  function considerElement(el: Element) {
    // classify first: it is cheap and turns away our own parts, which arrive here too.
    const verdict = classify(el);
    if (verdict === 'skip' || !el.isConnected || isInExcludedRegion(el)) return;
    if (verdict === 'tel') pending.keep({ anchor: el as HTMLAnchorElement });
    else if (verdict === 'frame') roots.addFrame(el as HTMLIFrameElement);
    else {
      if (el.shadowRoot) roots.add(el.shadowRoot);
      queue.push(el);
    }
  }

  function recheckHidden() {
    recheck = undefined;
    for (const node of deferred) node.nodeType === 3 ? considerText(node as Text) : considerElement(node as Element);
    deferred.clear();
    pump.schedule();
  }

  let started = Promise.resolve();
  if (!signal.aborted) {
    signal.addEventListener(
      'abort',
      () => {
        changes.disconnect();
        clearTimeout(recheck);
        roots.release(decorator.undoAll);
        deferred.clear();
      },
      { once: true },
    );
    // The first slice runs in a task of its own, not on top of the script's start-up (compiling
    // and evaluating the bundle); later runs start from the page's mutations straight away.
    started = yieldToMain().then(() => {
      if (signal.aborted) return;
      roots.add(root);
      pump.schedule();
    });
  }
  async function idle() {
    await started;
    await countryKnown;
    await pump.idle();
    // Each batch's answer runs the pump again, which may send more batches.
    while (detection.busy()) {
      await detection.idle();
      await pump.idle();
    }
  }
  return { idle };
}
