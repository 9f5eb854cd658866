import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { cachedPatternRegExps, withCachedRegExps } from '../../../scripts/cached-pattern-regexps';

const packageDir = dirname(createRequire(import.meta.url).resolve('libphonenumber-js/package.json'));
const installed = (build: string) => readFileSync(join(packageDir, build, 'helpers/matchesEntirely.js'), 'utf8');
type MatchesEntirely = (text: string | undefined, pattern: string) => boolean;
/** The module's default export (an `export default function`). */
const evaluate = (code: string) => new Function(code.replace('export default ', 'return '))() as MatchesEntirely;

// Patterns as the metadata writes them (alternations, groups), tested whole, as the helper must.
const CASES: [string | undefined, string][] = [
  ['2025550123', '[2-9]\\d{9}'],
  ['20255501234', '[2-9]\\d{9}'],
  ['12', '1|2'],
  ['1', '1|2'],
  ['2', '1|2'],
  ['7911123456', '7(?:[1-57-9]\\d|624)\\d{6}'],
  ['7624123456', '7(?:[1-57-9]\\d|624)\\d{6}'],
  ['', '\\d*'],
  [undefined, '\\d*'],
  [undefined, '\\d+'],
  ['0', '0|'],
  ['00', '0|'],
];

describe('cachedPatternRegExps', () => {
  it.each(['es6', 'es6-modern'])('rewrites the installed %s helper (a release that changes it fails here)', (build) => {
    expect(withCachedRegExps(installed(build))).toContain('return entirely(regularExpressionText).test(text);');
  });

  it('answers as the original, call after call, for each pattern', () => {
    const original = evaluate(installed('es6'));
    const cached = evaluate(withCachedRegExps(installed('es6'))!);
    // Twice over: the second round takes every expression from the cache.
    for (const round of [1, 2]) {
      for (const [text, pattern] of CASES) expect([round, text, pattern, cached(text, pattern)]).toEqual([round, text, pattern, original(text, pattern)]);
    }
  });

  it.each([
    ['a helper that builds its expression some other way', 'export default function m(t, r) { return RegExp(`^(?:${r})$`).test(t); }'],
    ['the statement twice', `export default function m(text, regularExpressionText) { if (0) return new RegExp('^(?:' + regularExpressionText + ')$').test(text); return new RegExp('^(?:' + regularExpressionText + ')$').test(text); }`],
  ])('leaves the module alone when it has %s', (_, code) => {
    expect(withCachedRegExps(code)).toBeUndefined();
  });

  const transform = (code: string, id: string) =>
    (cachedPatternRegExps().transform as (code: string, id: string) => { code: string } | undefined)(code, id);

  it.each([
    '/app/node_modules/libphonenumber-js/es6/helpers/matchesEntirely.js',
    'C:\\app\\node_modules\\libphonenumber-js\\es6-modern\\helpers\\matchesEntirely.js',
  ])('rewrites %s', (id) => {
    expect(transform(installed('es6'), id)?.code).toContain('entirely(regularExpressionText)');
  });

  it.each(['/app/lib/phone/matchesEntirely.js', '/app/node_modules/libphonenumber-js/es6/helpers/getNumberType.js', '/app/node_modules/other/es6/helpers/matchesEntirely.js'])(
    'does not touch %s',
    (id) => {
      expect(transform(installed('es6'), id)).toBeUndefined();
    },
  );
});
