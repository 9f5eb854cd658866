// @vitest-environment happy-dom
import { afterEach, describe, expect, it, vi } from 'vitest';
import { createPump } from '../../../lib/page/pump';

describe('createPump', () => {
  afterEach(() => vi.restoreAllMocks());

  it('reads everything first, then writes, in slices of at most sliceMs', async () => {
    let clock = 0;
    vi.spyOn(performance, 'now').mockImplementation(() => clock);
    let reads = 5;
    let writes = 5;
    const log: string[] = [];
    const pump = createPump({
      read: () => {
        if (!reads) return false;
        reads--;
        clock += 4; // each unit costs 4 ms
        log.push('r');
        return true;
      },
      write: (deadline) => {
        while (writes && clock < deadline) {
          writes--;
          clock += 4;
          log.push('w');
        }
        return writes > 0;
      },
      sliceMs: 10,
      signal: new AbortController().signal,
    });
    pump.schedule();
    expect(log.join('')).toBe('rrr'); // the rest waits for the next task
    await pump.idle();
    expect(log.join('')).toBe('rrrrrwwwww');
  });

  it('gives the writes that follow the last read time of their own in the same task', async () => {
    let clock = 0;
    vi.spyOn(performance, 'now').mockImplementation(() => clock);
    let reads = 2;
    let writes = 5;
    const log: string[] = [];
    const pump = createPump({
      read: () => {
        if (!reads) return false;
        reads--;
        clock += 5;
        log.push('r');
        return true;
      },
      write: (deadline) => {
        while (writes && clock < deadline) {
          writes--;
          clock += 1;
          log.push('w');
        }
        return writes > 0;
      },
      sliceMs: 12,
      signal: new AbortController().signal,
    });
    pump.schedule();
    // Reading ends at 10 ms of 12; the writes get a third of a slice (4 ms), not what was left (2 ms).
    expect(log.join('')).toBe('rrwwww');
    await pump.idle();
    expect(log.join('')).toBe('rrwwwww');
  });

  it('starts a slice\'s clock after the page\'s own pending work (settlePage)', async () => {
    let clock = 0;
    vi.spyOn(performance, 'now').mockImplementation(() => clock);
    let reads = 3;
    const log: string[] = [];
    const pump = createPump({
      settlePage: () => {
        clock += 20; // the page's style, brought up to date
        log.push('s');
      },
      read: () => {
        if (!reads) return false;
        reads--;
        clock += 4;
        log.push('r');
        return true;
      },
      write: () => false,
      sliceMs: 10,
      signal: new AbortController().signal,
    });
    pump.schedule();
    // 20 ms of the page's work did not use up the 10 ms slice: three reads still fit.
    expect(log.join('')).toBe('srrr');
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
