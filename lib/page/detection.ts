/**
 * Hands the texts worth a look to be searched for numbers, in batches, and reports what was
 * found in each. Large jobs (a long list's first scan) go to `find`, which the content script
 * points at the background (messages.ts `findNumbers`): libphonenumber is most of a scan's
 * cost, and there it runs on another thread, warmed up by earlier pages and with one cache for
 * every tab, instead of cold on the CRM's main thread. Small jobs (a ticket page, rows the page
 * just added) are searched here at once: a round trip would let the page render its change
 * first, and on a long table that frame alone takes 85–400 ms (bench/results.md).
 */
import { E164_PATTERN, EXTENSION_PATTERN } from '../messages';
import type { FoundNumber } from '../phone/detect';

export type FindNumbers = (texts: string[]) => Promise<readonly (readonly FoundNumber[])[]>;

export interface DetectionOptions {
  /** Searches elsewhere (the background). */
  find: FindNumbers;
  /** Searches here, synchronously; undefined when it cannot yet (the job waits for the next flush). */
  findHere(texts: string[]): readonly (readonly FoundNumber[])[] | undefined;
  /** What was found in `text`, whose data was `data` then. */
  found(text: Text, data: string, numbers: readonly FoundNumber[]): void;
  /** After the `found` calls of an answer from `find` (one write pass for all of them). */
  answered(): void;
}

/** True when `results` can be what `find` says about `texts`: one list per text, in range. */
export function isAnswerFor(texts: readonly string[], results: unknown): results is FoundNumber[][] {
  return (
    Array.isArray(results) &&
    results.length === texts.length &&
    results.every(
      (found: unknown, i) =>
        Array.isArray(found) &&
        found.every((n: Partial<FoundNumber> | null) => {
          if (typeof n !== 'object' || n === null) return false;
          const { start, end, e164, extension } = n;
          return (
            Number.isInteger(start) && Number.isInteger(end) && start! >= 0 && start! < end! && end! <= texts[i]!.length &&
            typeof e164 === 'string' && E164_PATTERN.test(e164) && (extension === undefined || (typeof extension === 'string' && EXTENSION_PATTERN.test(extension)))
          );
        }),
    )
  );
}

/** A batch goes once it holds this many texts or characters, or when a read slice ends (endRead). */
const BATCH_TEXTS = 250;
const BATCH_CHARS = 50_000;
/** Most texts searched here: ~10 ms for libphonenumber before the page's code is warm. */
const HERE_TEXTS = 150;

export function createDetection({ find, findHere, found, answered }: DetectionOptions) {
  let batch: { text: Text; data: string }[] = [];
  let chars = 0;
  // Text -> the data being searched, so the walk and a mutation do not send the same text twice.
  const sent = new WeakMap<Text, string>();
  let inFlight = 0;
  const waiters: (() => void)[] = [];

  /** The texts are no longer being searched (unless sent again with other data meanwhile). */
  function forget(texts: { text: Text; data: string }[]) {
    for (const { text, data } of texts) if (sent.get(text) === data) sent.delete(text);
  }

  function report(texts: { text: Text; data: string }[], results: readonly (readonly FoundNumber[])[]) {
    forget(texts);
    texts.forEach(({ text, data }, i) => found(text, data, results[i] ?? []));
  }

  function sendOut(texts: { text: Text; data: string }[]) {
    inFlight++;
    find(texts.map((t) => t.data))
      .then(
        (results) => {
          report(texts, results);
          answered();
        },
        // Nothing found: each text is looked at again when it changes.
        () => forget(texts),
      )
      .finally(() => {
        if (--inFlight === 0) for (const resolve of waiters.splice(0)) resolve();
      });
  }

  /** Takes what is waiting out of the batch. */
  function take() {
    const texts = batch;
    batch = [];
    chars = 0;
    return texts;
  }

  /** Sends what is waiting to `find`, whatever its size. */
  function send(): void {
    if (batch.length) sendOut(take());
  }

  /**
   * A read slice ended; `done` when no more reading follows. What is waiting goes to `find`,
   * unless the job is small so far (nothing out, at most HERE_TEXTS): that is kept while
   * reading goes on, then searched here, or kept for the next slice if it cannot be yet.
   * Small is counted in texts, not slices: a slice can overrun (a garbage collection, the
   * page's own work), and a round trip for a few added rows lets the page render first.
   */
  function endRead(done: boolean): void {
    if (inFlight || batch.length > HERE_TEXTS) return send();
    if (!done || !batch.length) return;
    const here = findHere(batch.map((t) => t.data));
    if (here) report(take(), here);
  }

  return {
    add(text: Text): void {
      const data = text.data;
      sent.set(text, data);
      batch.push({ text, data });
      chars += data.length;
      if (batch.length >= BATCH_TEXTS || chars >= BATCH_CHARS) send();
    },
    send,
    endRead,
    isSent: (text: Text) => sent.get(text) === text.data,
    busy: () => inFlight > 0,
    /** Resolves when no batch is out (an unsent one waits for `send` or `endRead`). */
    idle: () => (inFlight ? new Promise<void>((resolve) => waiters.push(resolve)) : Promise.resolve()),
  };
}
