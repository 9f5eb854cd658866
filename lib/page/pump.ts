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
  /** Writes at least once, then until `deadline` (performance.now() time); false when done. */
  write(deadline: number): boolean;
  sliceMs: number;
  signal: AbortSignal;
}

export function createPump({ read, write, sliceMs, signal }: PumpOptions) {
  let pumping = false;
  const waiters: (() => void)[] = [];

  async function pump() {
    pumping = true;
    try {
      while (!signal.aborted) {
        const deadline = performance.now() + sliceMs;
        // At least one unit per slice, however small sliceMs is.
        let reading: boolean;
        do reading = read();
        while (reading && performance.now() < deadline);
        const writing = !reading && write(deadline);
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
