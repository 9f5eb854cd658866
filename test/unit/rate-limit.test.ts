import { describe, expect, it } from 'vitest';
import { createRateLimiter } from '../../lib/rate-limit';

describe('createRateLimiter', () => {
  it('lets `limit` requests through per window per key and delays the next one', async () => {
    let clock = 0;
    const waits: number[] = [];
    const limiter = createRateLimiter({
      limit: 20,
      now: () => clock,
      sleep: async (ms) => {
        waits.push(ms);
        clock += ms;
      },
    });
    for (let i = 0; i < 20; i++) await limiter.acquire('CreateCallOutSession');
    expect(waits).toEqual([]);
    await limiter.acquire('DescribeTelSession'); // another action has its own budget
    expect(waits).toEqual([]);
    clock = 250;
    await limiter.acquire('CreateCallOutSession');
    expect(waits).toEqual([750]);
  });
});
