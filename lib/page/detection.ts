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

/** A batch goes once it holds this many texts or characters, or when a read slice ends. */
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

  function send(texts: { text: Text; data: string }[]) {
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

  /**
   * Sends what is waiting; `last` when no more reading follows: a small job is then searched
   * here, or kept for the next flush if it cannot be yet.
   */
  function flush(last = false): void {
    if (!batch.length) return;
    const small = last && !inFlight && batch.length <= HERE_TEXTS;
    const here = small ? findHere(batch.map((t) => t.data)) : undefined;
    if (small && !here) return;
    const texts = batch;
    batch = [];
    chars = 0;
    if (here) report(texts, here);
    else send(texts);
  }

  return {
    add(text: Text): void {
      const data = text.data;
      sent.set(text, data);
      batch.push({ text, data });
      chars += data.length;
      if (batch.length >= BATCH_TEXTS || chars >= BATCH_CHARS) flush();
    },
    flush,
    isSent: (text: Text) => sent.get(text) === text.data,
    busy: () => inFlight > 0,
    /** Resolves when no batch is out (an unsent one waits for `flush`). */
    idle: () => (inFlight ? new Promise<void>((resolve) => waiters.push(resolve)) : Promise.resolve()),
  };
}
