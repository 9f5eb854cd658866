/**
 * Admins type URL regexes into settings; a regex that backtracks for ever would hang every
 * CRM page. Accepted: no repeated group that itself repeats or alternates (`(a+)+`,
 * `(a|ab)*`), no backreferences, and repeats whose ranges multiply to a bounded number of
 * ways to split a URL of at most MAX_URL characters (`.*.*.*` and `a?` x 30 are out).
 */
export const MAX_URL = 2048;
const MAX_SPLITS = 5e7;

interface Quantifier {
  length: number;
  repeats: boolean;
  /** How many repeat counts it can try. */
  range: number;
}

function quantifierAt(source: string, i: number): Quantifier | undefined {
  const braces = /^(?:([*+?])|\{(\d+)(,(\d*))?\})\??/.exec(source.slice(i, i + 24));
  if (!braces) return undefined;
  const [whole, symbol, min, comma, max] = braces;
  const [low, high] = symbol
    ? [symbol === '+' ? 1 : 0, symbol === '?' ? 1 : Infinity]
    : [Number(min), comma === undefined ? Number(min) : max ? Number(max) : Infinity];
  return { length: whole.length, repeats: high > 1, range: Math.max(1, Math.min(high, MAX_URL) - low + 1) };
}

/** Index of the `]` closing the class opened at `i`. */
function classEnd(source: string, i: number): number {
  for (let j = i + 1; j < source.length; j++) {
    if (source[j] === '\\') j++;
    else if (source[j] === ']' && j > i + 1) return j;
  }
  return source.length;
}

export function isSafeRegex(source: string): boolean {
  // Per open group: does it contain a repeat or an alternation?
  const groups: boolean[] = [];
  let splits = 1;
  const markInner = () => groups.length && (groups[groups.length - 1] = true);
  for (let i = 0; i < source.length; i++) {
    const c = source[i];
    let inner = false;
    if (c === '\\') {
      if (/[1-9k]/.test(source[i + 1] ?? '')) return false;
      i++;
    } else if (c === '[') {
      i = classEnd(source, i);
    } else if (c === '(') {
      groups.push(false);
      if (source[i + 1] === '?') i += source[i + 2] === '<' && /[=!]/.test(source[i + 3] ?? '') ? 3 : 2;
      continue;
    } else if (c === ')') {
      inner = groups.pop() ?? false;
    } else if (c === '|') {
      markInner();
      continue;
    }
    const quantifier = quantifierAt(source, i + 1);
    if (!quantifier) {
      if (inner) markInner();
      continue;
    }
    if (inner && quantifier.repeats) return false;
    splits *= quantifier.range;
    if (splits > MAX_SPLITS) return false;
    markInner();
    i += quantifier.length;
  }
  return true;
}
