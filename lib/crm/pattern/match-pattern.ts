/**
 * Browser-extension match patterns (`https://*.example.com/tickets/*`), matched without
 * building a regex: a `*` glob cannot backtrack badly.
 */
const PATTERN = /^(\*|https?):\/\/(\*|(?:\*\.)?[a-z0-9-]+(?:\.[a-z0-9-]+)*)(\/\S*)$/;

export type UrlTest = (url: URL) => boolean;

function globMatches(glob: string, text: string): boolean {
  let g = 0;
  let t = 0;
  let star = -1;
  let resume = 0;
  while (t < text.length) {
    if (glob[g] === '*') {
      star = g++;
      resume = t;
    } else if (g < glob.length && glob[g] === text[t]) {
      g++;
      t++;
    } else if (star >= 0) {
      g = star + 1;
      t = ++resume;
    } else {
      return false;
    }
  }
  while (glob[g] === '*') g++;
  return g === glob.length;
}

/** A test for `pattern`, or undefined when it is not a match pattern. */
export function parseMatchPattern(pattern: string): UrlTest | undefined {
  const parts = PATTERN.exec(pattern);
  if (!parts) return undefined;
  const [, scheme, host, path] = parts as unknown as [string, string, string, string];
  const domain = host.replace(/^\*\./, '');
  return (url) =>
    (scheme === '*' ? /^https?:$/.test(url.protocol) : url.protocol === `${scheme}:`) &&
    (host === '*' || url.hostname === domain || (host.startsWith('*.') && url.hostname.endsWith(`.${domain}`))) &&
    globMatches(path, url.pathname + url.search);
}
