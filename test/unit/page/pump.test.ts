// @vitest-environment happy-dom
import { afterEach, describe, expect, it, vi } from 'vitest';
import { createPump } from '../../../lib/page/pump';

interface Work {
  reads: number;
  readMs: number;
  writes?: number;
  writeMs?: number;
  /** The page's own pending work, done before each slice. */
  pageMs?: number;
  sliceMs: number;
}

/** A pump over fake work on a fake clock; `log` records r (read), w (write), s (page work). */
function fakePump({ reads, readMs, writes = 0, writeMs = 0, pageMs, sliceMs }: Work) {
  let clock = 0;
  vi.spyOn(performance, 'now').mockImplementation(() => clock);
  const log: string[] = [];
  const pump = createPump({
    ...(pageMs === undefined ? {} : { settlePage: () => ((clock += pageMs), log.push('s')) }),
    read: () => {
      if (!reads) return false;
      reads--;
      clock += readMs;
      log.push('r');
      return true;
    },
    write: (deadline) => {
      while (writes && clock < deadline) {
        writes--;
        clock += writeMs;
        log.push('w');
      }
      return writes > 0;
    },
    sliceMs,
    signal: new AbortController().signal,
  });
  return { pump, log: () => log.join('') };
}

describe('createPump', () => {
  afterEach(() => vi.restoreAllMocks());

  it('reads everything first, then writes, in slices of at most sliceMs', async () => {
    const { pump, log } = fakePump({ reads: 5, readMs: 4, writes: 5, writeMs: 4, sliceMs: 10 });
    pump.schedule();
    expect(log()).toBe('rrr'); // the rest waits for the next task
    await pump.idle();
    expect(log()).toBe('rrrrrwwwww');
  });

  it('gives the writes that follow the last read time of their own in the same task', async () => {
    const { pump, log } = fakePump({ reads: 2, readMs: 5, writes: 5, writeMs: 1, sliceMs: 12 });
    pump.schedule();
    // Reading ends at 10 ms of 12; the writes get a third of a slice (4 ms), not what was left (2 ms).
    expect(log()).toBe('rrwwww');
    await pump.idle();
    expect(log()).toBe('rrwwwww');
  });

  it('starts a slice\'s clock after the page\'s own pending work (settlePage)', async () => {
    const { pump, log } = fakePump({ reads: 3, readMs: 4, pageMs: 20, sliceMs: 10 });
    pump.schedule();
    // 20 ms of the page's work did not use up the 10 ms slice: three reads still fit.
    expect(log()).toBe('srrr');
    await pump.idle();
  });

  it('makes progress even when a slice has no time at all', async () => {
    let reads = 3;
    let writes = 3;
    const pump = createPump({
      read: () => reads-- > 0,
      write: () => --writes > 0,
      sliceMs: 0,
      signal: new AbortController().signal,
    });
    pump.schedule();
    await pump.idle();
    expect(reads).toBeLessThan(0); // all read, then asked again at the start of each write slice
    expect(writes).toBe(0);
  });

  it('stops when aborted', async () => {
    const controller = new AbortController();
    let reads = 0;
    const pump = createPump({ read: () => (++reads, true), write: () => true, sliceMs: 1, signal: controller.signal });
    pump.schedule();
    controller.abort();
    await pump.idle();
    const after = reads;
    pump.schedule();
    await new Promise((resolve) => setTimeout(resolve, 5));
    expect(reads).toBe(after);
  });
});
