import { describe, expect, it } from 'vitest';
import { handleMessage } from '../../../lib/background/handlers';
import { createFindBudget } from '../../../lib/background/find-budget';

describe('createFindBudget', () => {
  // [seconds since the start, site, characters asked, granted]
  it.each<[string, [number, string, number, boolean][]]>([
    ['a first scan up to the burst is granted at once', [[0, 'a', 1000, true]]],
    ['more than the burst at once is refused, and nothing is spent', [[0, 'a', 1001, false], [0, 'a', 1000, true]]],
    ['spent characters come back with time', [[0, 'a', 1000, true], [0, 'a', 1, false], [2, 'a', 200, true], [2, 'a', 1, false]]],
    ['never more than the burst comes back', [[0, 'a', 1000, true], [3600, 'a', 1001, false], [3600, 'a', 1000, true]]],
    ['each site has its own budget', [[0, 'a', 1000, true], [0, 'b', 1000, true], [0, 'a', 1, false]]],
  ])('%s', (_, steps) => {
    let clock = 0;
    const budget = createFindBudget({ burstChars: 1000, charsPerSecond: 100, now: () => clock });
    for (const [seconds, site, chars, granted] of steps) {
      clock = seconds * 1000;
      expect(budget.take(site, chars), `${site} ${chars} at ${seconds} s`).toBe(granted);
    }
  });
});

describe('findNumbers in the background', () => {
  const ask = (texts: string[], pageUrl: string) => handleMessage({ type: 'findNumbers', data: { country: 'US', texts } }, pageUrl);

  it('answers with the numbers in each text', async () => {
    expect(await ask(['Call (415) 555-0132', 'ORD-58213947'], 'https://acme.zendesk.com/agent/tickets/1')).toEqual({
      ok: true,
      result: [[{ start: 5, end: 19, e164: '+14155550132' }], []],
    });
  });

  it('tells a site that sends more than its budget to search itself; other sites still get answers', async () => {
    const flood = Array.from({ length: 1000 }, (_, i) => `${'x'.repeat(990)} ${i}`);
    const site = 'https://flood.example.com/list';
    let refused: Awaited<ReturnType<typeof ask>> | undefined;
    for (let i = 0; i < 5 && !refused; i++) {
      const reply = await ask(flood, site);
      if (!reply.ok) refused = reply;
    }
    expect(refused).toMatchObject({ ok: false, error: { kind: 'rateLimited', code: 'FindBudget' } });
    expect((await ask(['(415) 555-0132'], 'https://acme.zendesk.com/agent/tickets/2')).ok).toBe(true);
  });
});
