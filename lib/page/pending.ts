/**
 * What the read phase found, waiting for the write phase, in page order. Visibility is
 * checked on arrival, while the layout is still clean; hidden candidates go to `deferred`.
 */
import type { CountryCode, PhoneMatch } from '../phone/detect';
import { parseTelHref } from '../phone/tel-uri';
import type { Decorator } from './decorate';
import { isRendered } from './filter';

export type Found = { text: Text; data: string; matches: readonly PhoneMatch[] } | { anchor: HTMLAnchorElement };

const nodeOf = (found: Found) => ('anchor' in found ? found.anchor : found.text);

/** `country()` is asked only in `write`, which the scanner holds back until the country is known. */
export function createPending(decorator: Decorator, country: () => CountryCode, deferred: Set<Node>) {
  let found: Found[] = [];
  let written = 0;

  function decorateTel(anchor: HTMLAnchorElement) {
    const number = !decorator.markOf(anchor) && parseTelHref(anchor.getAttribute('href') ?? '', country());
    if (number) decorator.decorateTel(anchor, number);
  }

  return {
    /** Keeps `f` if it is rendered, else defers it. */
    keep(f: Found) {
      if (isRendered(nodeOf(f))) found.push(f);
      else deferred.add(nodeOf(f));
    },
    /** Keeps `f`, already known to be rendered. */
    push: (f: Found) => void found.push(f),

    /** Writes at least one, then until `deadline`; false when nothing is left. */
    write(deadline: number): boolean {
      while (written < found.length) {
        const f = found[written++]!;
        if ('anchor' in f) decorateTel(f.anchor);
        // Skip text found twice (walked and also reported by a mutation) or changed since.
        else if (f.text.data === f.data && f.text.isConnected) decorator.decorate(f.text, f.matches);
        if (performance.now() >= deadline) break;
      }
      if (written < found.length) return true;
      found = [];
      written = 0;
      return false;
    },
  };
}
