// @vitest-environment happy-dom
import { afterEach, describe, expect, it, vi } from 'vitest';
import { createPump } from '../../../lib/page/pump';

describe('createPump', () => {
  afterEach(() => vi.restoreAllMocks());

  it('works in slices of at most sliceMs, flushing and yielding between them', async () => {
    let clock = 0;
    vi.spyOn(performance, 'now').mockImplementation(() => clock);
    let left = 10;
    const log: string[] = [];
    const pump = createPump({
      step: () => {
        if (!left) return false;
        left--;
        clock += 4; // each unit costs 4 ms
        log.push('step');
        return true;
      },
      flush: () => log.push('flush'),
      sliceMs: 10,
      signal: new AbortController().signal,
    });
    pump.schedule();
    expect(log.join(' ')).toBe('step step step flush'); // the rest waits for the next task
    await pump.idle();
    expect(log.filter((entry) => entry === 'step')).toHaveLength(10);
    expect(log.filter((entry) => entry === 'flush')).toHaveLength(4);
  });

  it('stops when aborted', async () => {
    const controller = new AbortController();
    let steps = 0;
    const pump = createPump({ step: () => (++steps, true), flush: () => controller.abort(), sliceMs: 1, signal: controller.signal });
    pump.schedule();
    await pump.idle();
    pump.schedule();
    expect(steps).toBeGreaterThan(0);
    const after = steps;
    await new Promise((resolve) => setTimeout(resolve, 5));
    expect(steps).toBe(after);
  });
});
