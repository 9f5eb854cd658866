/**
 * Finds the phone numbers on a page and decorates them, in slices that give the main thread
 * back, then follows the page's changes without rescanning it. Pure DOM, no extension APIs:
 * the content script passes in the settings and the dial callback.
 */
import { findPhoneNumbers, type CountryCode, type PhoneNumberInfo } from '../phone/detect';
import { mayContainPhoneNumber } from '../phone/prefilter';
import { createCallControl, type OnDial } from './click';
import { createDecorator } from './decorate';
import { classify, isInExcludedRegion } from './filter';
import { createLazyMount } from './lazy';
import { watchChanges } from './observe';
import { createPending } from './pending';
import { createPump } from './pump';
import { createScanQueue } from './queue';
import { createRoots } from './roots';

export interface ScannerOptions {
  root: Document;
  defaultCountry: CountryCode;
  signal: AbortSignal;
  onDial: OnDial;
  /**
   * The button's accessible name, e.g. "Call +44 20 7946 0958"; wording is the caller's.
   * `text` is the number as the page writes it and costs nothing; `number.international` is
   * formatted on first read (~30 µs, as much as finding the number).
   */
  label: (number: PhoneNumberInfo, text: string) => string;
  /** Longest stretch of work before yielding to the page (default 30: a long task is 50 ms). */
  sliceMs?: number;
}

export interface Scanner {
  /** Resolves once everything found so far is decorated. */
  idle(): Promise<void>;
}

const RECHECK_HIDDEN_MS = 250;

export function startScanner(options: ScannerOptions): Scanner {
  const { root, defaultCountry, signal, onDial, label, sliceMs = 30 } = options;
  // Buttons wait for the scan to settle: pump.idle() resolves when no slice is pending.
  const lazy = createLazyMount(() => pump.idle());
  const decorator = createDecorator(
    (number, text) => createCallControl(number, text, () => label(number, text), onDial),
    lazy,
  );
  const deferred = new Set<Node>(); // candidates that were hidden when found
  const pending = createPending(decorator, defaultCountry, deferred);
  let recheck: ReturnType<typeof setTimeout> | undefined;

  const roots = createRoots((added) => (changes.observe(added), queue.push(added)), () => pump.schedule(), signal);
  const queue = createScanQueue(
    {
      isCandidate: (text) => mayContainPhoneNumber(text.data) && !decorator.isHandled(text),
      tel: (anchor) => pending.keep({ anchor }),
      frame: roots.addFrame,
      shadow: roots.add,
    },
    (text) => {
      const matches = findPhoneNumbers(text.data, defaultCountry);
      if (matches.length) pending.keep({ text, data: text.data, matches });
      else decorator.markHandled(text);
    },
  );
  // checkVisibility updates the document's style, once, if the page changed it (filter.ts).
  const settlePage = () => void root.documentElement?.checkVisibility?.();
  const pump = createPump({ read: queue.step, write: pending.write, settlePage, sliceMs, signal });
  const changes = watchChanges({
    added: (node) => {
      // The page added to an element that carries its number in place: that number may no
      // longer be all it holds, so give the element back and look at it again.
      const parent = node.parentElement;
      const head = parent && (node as Element).localName !== 'switchboard-call' ? decorator.inPlaceHead(parent) : undefined;
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

  if (!signal.aborted) {
    signal.addEventListener(
      'abort',
      () => {
        changes.disconnect();
        lazy.disconnect();
        clearTimeout(recheck);
        roots.release(decorator.undoAll);
        deferred.clear();
      },
      { once: true },
    );
    roots.add(root);
    pump.schedule();
  }
  return { idle: pump.idle };
}
