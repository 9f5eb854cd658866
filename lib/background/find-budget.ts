/**
 * How much page text a site may have the background search for numbers (messages.ts
 * `findNumbers`). A long list's first scan fits at once; a page that keeps rewriting large
 * amounts of text gets the answer "search it yourself", which the content script does in its
 * own tab, so one page cannot keep the background (and every other tab's calls) waiting.
 */
export interface FindBudgetOptions {
  /** Characters a site may send at once, after a quiet spell. */
  burstChars: number;
  /** Characters a site earns back per second. */
  charsPerSecond: number;
  now?: () => number;
}

// The bench's 10,000-row list sends about 260,000 characters; 100 rows a page adds are
// searched in the page and cost nothing here.
export const FIND_BUDGET: FindBudgetOptions = { burstChars: 2_000_000, charsPerSecond: 100_000 };

export function createFindBudget({ burstChars, charsPerSecond, now = Date.now }: FindBudgetOptions = FIND_BUDGET) {
  const sites = new Map<string, { chars: number; at: number }>();
  return {
    /** Spends `chars` of `site`'s budget; false (and nothing spent) when it has too few left. */
    take(site: string, chars: number): boolean {
      const at = now();
      const left = sites.get(site);
      const available = left ? Math.min(burstChars, left.chars + ((at - left.at) / 1000) * charsPerSecond) : burstChars;
      const ok = chars <= available;
      sites.set(site, { chars: ok ? available - chars : available, at });
      return ok;
    },
  };
}
