/**
 * Finds the phone numbers on a page and decorates them, in slices that give the main thread
 * back, then follows the page's changes without rescanning it. Pure DOM, no extension APIs:
 * the content script passes in the settings and the dial callback.
 */
import { findPhoneNumbers, type CountryCode, type PhoneMatch, type PhoneNumberInfo } from '../phone/detect';
import { mayContainPhoneNumber } from '../phone/prefilter';
import { parseTelHref } from '../phone/tel-uri';
import { createCallButton } from './button';
import { createDialHandler, type OnDial } from './click';
import { createDecorator } from './decorate';
import { classify, isInExcludedRegion } from './filter';
import { watchChanges } from './observe';
import { createPump } from './pump';
import { createScanQueue } from './queue';
import { createRoots } from './roots';

export interface ScannerOptions {
  root: Document;
  defaultCountry: CountryCode;
  signal: AbortSignal;
  onDial: OnDial;
  /** The button's accessible name, e.g. "Call +44 20 7946 0958"; wording is the caller's. */
  label: (number: PhoneNumberInfo) => string;
  /** Longest stretch of work before yielding to the page. */
  sliceMs?: number;
}

export interface Scanner {
  /** Resolves once everything found so far is decorated. */
  idle(): Promise<void>;
}

const RECHECK_HIDDEN_MS = 250;

type Found = { text: Text; data: string; matches: readonly PhoneMatch[] } | { anchor: HTMLAnchorElement };

const nodeOf = (found: Found) => ('anchor' in found ? found.anchor : found.text);

function isVisible(node: Node): boolean {
  const el = node.nodeType === 3 ? node.parentElement : (node as Element);
  return el?.checkVisibility?.({ visibilityProperty: true }) ?? true;
}

export function startScanner(options: ScannerOptions): Scanner {
  const { root, defaultCountry, signal, onDial, label, sliceMs = 12 } = options;
  const decorator = createDecorator((number, text, doc) => {
    const button = createCallButton(doc, label(number));
    const onClick = createDialHandler(number, text, button, onDial);
    button.button.addEventListener('click', onClick);
    return { host: button.host, onClick };
  });
  const deferred = new Set<Node>(); // candidates that were hidden when found
  let found: Found[] = [];
  let written = 0;
  let recheck: ReturnType<typeof setTimeout> | undefined;

  const roots = createRoots((added) => (changes.observe(added), queue.push(added)), () => pump.schedule(), signal);
  const queue = createScanQueue(
    {
      isCandidate: (text) => !decorator.isHandled(text) && mayContainPhoneNumber(text.data),
      tel: (anchor) => keep({ anchor }),
      frame: roots.addFrame,
      shadow: roots.add,
    },
    (text) => {
      const matches = findPhoneNumbers(text.data, defaultCountry);
      if (matches.length) keep({ text, data: text.data, matches });
      else decorator.markHandled(text);
    },
  );
  const pump = createPump({ read: queue.step, write, sliceMs, signal });
  const changes = watchChanges({
    added: (node) => (node.nodeType === 3 ? considerText(node as Text) : considerElement(node as Element)),
    removed: (node) => {
      decorator.undo(node);
      deferred.delete(node);
    },
    textChanged: (text) => {
      if (decorator.isHandled(text)) return;
      decorator.undo(text);
      considerText(text);
    },
    restyled: () => {
      if (deferred.size && !recheck) recheck = setTimeout(recheckHidden, RECHECK_HIDDEN_MS);
    },
    done: () => pump.schedule(),
  });

  function considerText(text: Text) {
    if (!decorator.isHandled(text) && !isInExcludedRegion(text)) queue.push(text);
  }

  function considerElement(el: Element) {
    if (isInExcludedRegion(el)) return;
    const verdict = classify(el);
    if (verdict === 'tel') keep({ anchor: el as HTMLAnchorElement });
    else if (verdict === 'frame') roots.addFrame(el as HTMLIFrameElement);
    else if (verdict === 'enter') {
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

  /** Hidden candidates wait for a style change; checked now, while the layout is clean. */
  function keep(f: Found) {
    if (isVisible(nodeOf(f))) found.push(f);
    else deferred.add(nodeOf(f));
  }

  function write(deadline: number): boolean {
    while (written < found.length && performance.now() < deadline) {
      const f = found[written++]!;
      if ('anchor' in f) decorateTel(f.anchor);
      // Skip text found twice (walked and also reported by a mutation) or changed since.
      else if (f.text.data === f.data && f.text.isConnected) decorator.decorate(f.text, f.matches);
    }
    if (written < found.length) return true;
    found = [];
    written = 0;
    return false;
  }

  function decorateTel(anchor: HTMLAnchorElement) {
    const number = !decorator.isDecorated(anchor) && parseTelHref(anchor.getAttribute('href') ?? '', defaultCountry);
    if (number) decorator.decorateTel(anchor, number);
  }

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
    roots.add(root);
    pump.schedule();
  }
  return { idle: pump.idle };
}
