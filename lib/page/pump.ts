/**
 * Runs the scanner's work in time-boxed slices, yielding to the page between them: first
 * every read (finding numbers, checking visibility) while the layout is clean, then the
 * writes. Interleaving them would make each frame lay out the page again: on a 10,000-row
 * table that is ~100 ms per frame.
 */
import { yieldToMain } from './schedule';

export interface PumpOptions {
  /** Does one unit of reading; false when there is none left. */
  read(): boolean;
  /** Called when a slice stops reading; `done` when nothing is left to read. */
  endRead?(done: boolean): void;
  /** Writes at least once, then until `deadline` (performance.now() time); false when done. */
  write(deadline: number): boolean;
  /**
   * Brings the page's own pending work (its style, after it added content) up to date before
   * a slice's clock starts. The page's next frame does that work anyway; counted against the
   * slice, it made a 100-row append on a 10,000-row table yield with a few numbers left, and
   * wait 600 ms behind that frame for them.
   */
  settlePage?(): void;
  sliceMs: number;
  signal: AbortSignal;
}

export function createPump({ read, endRead, write, settlePage, sliceMs, signal }: PumpOptions) {
  let pumping = false;
  const waiters: (() => void)[] = [];

  async function pump() {
    pumping = true;
    try {
      while (!signal.aborted) {
        settlePage?.();
        const deadline = performance.now() + sliceMs;
        // At least one unit per slice, however small sliceMs is.
        let reading: boolean;
        do reading = read();
        while (reading && performance.now() < deadline);
        endRead?.(!reading);
        // Writes in the slice that finished reading get a little time of their own: a yield
        // now could wait behind the page's next frame (600 ms on a 10,000-row table) for
        // what takes a few milliseconds to write.
        const writing = !reading && write(Math.max(deadline, performance.now() + sliceMs / 3));
        if (!reading && !writing) break;
        await yieldToMain();
      }
    } finally {
      pumping = false;
      for (const resolve of waiters.splice(0)) resolve();
    }
  }

  return {
    schedule() {
      if (!pumping && !signal.aborted) void pump();
    },
    /** Resolves when the current run (if any) has drained the queue. */
    idle: () => (pumping ? new Promise<void>((resolve) => waiters.push(resolve)) : Promise.resolve()),
  };
}
