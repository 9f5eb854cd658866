/**
 * Recall and false positives, row by row: each row holds exactly one number, so a decoration
 * is right only if it carries that row's E.164 (a decorated date or order number, or a number
 * read wrongly, is a false positive).
 */
import type { Found } from './in-page/types';

export interface Score {
  /** Numbers the tool decorated (or, for findNumbers, found). */
  found: number;
  expected: number;
  /** Rows whose number was found with the right E.164. */
  correct: number;
  recall: number;
  falsePositives: number;
  /** A few of each, for the report: `"text" -> +E164 (row n)`. */
  falsePositiveExamples: string[];
  missedExamples: string[];
}

const EXAMPLES = 5;

/** `expected[i]` and `texts[i]` belong to row `firstRow + i`. */
export function score(found: Found[], expected: string[], texts: string[], firstRow = 0): Score {
  const hit = new Set<number>();
  const wrong: Found[] = [];
  for (const item of found) {
    const [row, e164] = item;
    if (expected[row - firstRow] === e164) hit.add(row);
    else wrong.push(item);
  }
  const missed = expected.map((_, i) => i).filter((i) => !hit.has(i + firstRow));
  return {
    found: found.length,
    expected: expected.length,
    correct: hit.size,
    recall: hit.size / expected.length,
    falsePositives: wrong.length,
    falsePositiveExamples: wrong.slice(0, EXAMPLES).map(([row, e164, text]) => `"${text}" -> ${e164} (row ${row})`),
    missedExamples: missed.slice(0, EXAMPLES).map((i) => `"${texts[i]}" = ${expected[i]} (row ${i + firstRow})`),
  };
}
