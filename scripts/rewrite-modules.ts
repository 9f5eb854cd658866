import type { Plugin } from 'vite';

/**
 * A Vite plugin that rewrites the modules whose id matches `ids` with `rewrite`, which gives
 * undefined to leave one as it is (a release of the package spelt it differently).
 */
export function rewriteModules(name: string, ids: RegExp, rewrite: (code: string) => string | undefined): Plugin {
  return {
    name,
    transform(code, id) {
      if (!ids.test(id)) return undefined;
      const rewritten = rewrite(code);
      return rewritten && { code: rewritten, map: null };
    },
  };
}
