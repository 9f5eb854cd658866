/**
 * A Vite plugin for the build: libphonenumber-js compiles a metadata pattern into a new
 * RegExp on every `matchesEntirely` call, and validating one number makes dozens of them (a
 * +1 number is tried against the types of 25 countries). A RegExp per pattern, kept, cut the
 * search for numbers by a quarter (2,000 numbers in Node: 28.5 -> 21 µs each). The expression
 * and what it is tested on are unchanged; it has no flags, so `test` keeps no state between
 * calls. The patterns come from the bundled metadata, so the cache is bounded by it. Other
 * ports of libphonenumber cache the same way (phonelib #47, python-phonenumbers #108).
 */
import { rewriteModules } from './rewrite-modules';

/** The helper, at the paths of each of the package's ES builds. */
const MATCHES_ENTIRELY = /[\\/]libphonenumber-js[\\/](?:es6|es6-modern)[\\/]helpers[\\/]matchesEntirely\.js$/;
const COMPILED_PER_CALL = "return new RegExp('^(?:' + regularExpressionText + ')$').test(text);";

const CACHED = `
var compiled = new Map();
function entirely(pattern) {
  var expression = compiled.get(pattern);
  if (!expression) compiled.set(pattern, (expression = new RegExp('^(?:' + pattern + ')$')));
  return expression;
}
`;

/** The module with its RegExp kept per pattern, or undefined if it no longer reads as expected. */
export function withCachedRegExps(code: string): string | undefined {
  const at = code.indexOf(COMPILED_PER_CALL);
  if (at < 0 || code.indexOf(COMPILED_PER_CALL, at + 1) >= 0) return undefined; // a release changed it: leave it
  return CACHED + code.replace(COMPILED_PER_CALL, 'return entirely(regularExpressionText).test(text);');
}

export const cachedPatternRegExps = () => rewriteModules('switchboard:cached-pattern-regexps', MATCHES_ENTIRELY, withCachedRegExps);
