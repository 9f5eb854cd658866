/**
 * A sliding-window limiter: at most `limit` starts per `windowMs` for each key (TCCC counts
 * per action, CCAI per customer). `acquire` waits for a free slot instead of failing, so a
 * burst of reads is smoothed rather than refused by the cloud.
 */
export interface RateLimiter {
  acquire(key: string): Promise<void>;
}

export interface RateLimiterOptions {
  limit: number;
  windowMs?: number;
  now?: () => number;
  sleep?: (ms: number) => Promise<void>;
}

export function createRateLimiter({
  limit,
  windowMs = 1000,
  now = Date.now,
  sleep = (ms) => new Promise((resolve) => setTimeout(resolve, ms)),
}: RateLimiterOptions): RateLimiter {
  const starts = new Map<string, number[]>();
  return {
    async acquire(key) {
      for (;;) {
        const at = now();
        const recent = (starts.get(key) ?? []).filter((start) => at - start < windowMs);
        if (recent.length < limit) {
          recent.push(at);
          starts.set(key, recent);
          return;
        }
        starts.set(key, recent);
        await sleep(windowMs - (at - recent[0]!));
      }
    },
  };
}
