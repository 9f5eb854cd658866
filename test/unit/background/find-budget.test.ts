import { describe, expect, it } from 'vitest';
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
