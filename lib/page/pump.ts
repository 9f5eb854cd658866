/**
 * Runs queued work in time-boxed slices: `step` until the slice's budget is spent, then
 * `flush` (the slice's DOM writes), then yield to the page. No task runs much past `sliceMs`.
 */
import { yieldToMain } from './schedule';

export interface PumpOptions {
  /** Does one unit of work; false when there is none left. */
  step(): boolean;
  flush(): void;
  sliceMs: number;
  signal: AbortSignal;
}

export function createPump({ step, flush, sliceMs, signal }: PumpOptions) {
  let pumping = false;
  const waiters: (() => void)[] = [];

  async function pump() {
    pumping = true;
    try {
      for (;;) {
        const deadline = performance.now() + sliceMs;
        let more: boolean;
        do more = step();
        while (more && performance.now() < deadline);
        flush();
        if (!more || signal.aborted) break;
        await yieldToMain();
        if (signal.aborted) break;
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
