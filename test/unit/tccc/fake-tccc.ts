import { vi } from 'vitest';
import type { RateLimiter } from '../../../lib/rate-limit';
import { createTcccClient, type TcccClientOptions } from '../../../lib/tccc/client';

// A scripted stand-in for fetch: each call takes the next reply (the last one repeats).
export type Reply = (() => Response) | Error | 'hang';

export interface Sent {
  url: string;
  method: string;
  headers: Record<string, string>;
  body: string;
}

export const json = (value: unknown, status = 200) => () =>
  new Response(typeof value === 'string' ? value : JSON.stringify(value), { status, headers: { 'Content-Type': 'application/json' } });

export const ok = (fields: Record<string, unknown> = {}) => json({ Response: { ...fields, RequestId: 'req-ok' } });

export function fakeFetch(...replies: Reply[]) {
  const sent: Sent[] = [];
  const fetch = vi.fn(async (request: Request) => {
    sent.push({
      url: request.url,
      method: request.method,
      headers: Object.fromEntries(request.headers),
      body: await request.text(),
    });
    const reply = replies[Math.min(sent.length, replies.length) - 1]!;
    if (reply === 'hang') {
      return new Promise<Response>((_, reject) => request.signal.addEventListener('abort', () => reject(request.signal.reason)));
    }
    if (reply instanceof Error) throw reply;
    return reply();
  });
  return { fetch: fetch as unknown as typeof globalThis.fetch, sent, calls: () => fetch.mock.calls.length };
}

export function fakeLimiter() {
  const keys: string[] = [];
  const limiter: RateLimiter = { acquire: async (key) => void keys.push(key) };
  return { limiter, keys };
}

export const credentials = { secretId: 'AKIDtestSecretId', secretKey: 'TopSecretKeyNeverLogged' };
export const NOW = 1_700_000_000_123;

export function clientWith(replies: Reply[], options: Partial<TcccClientOptions> = {}) {
  const fake = fakeFetch(...replies);
  const { limiter, keys } = fakeLimiter();
  const client = createTcccClient({
    sdkAppId: 1400000000,
    credentials,
    endpoint: { kind: 'china' },
    fetch: fake.fetch,
    now: () => NOW,
    limiter,
    ...options,
  });
  return { client, ...fake, limiterKeys: keys };
}
