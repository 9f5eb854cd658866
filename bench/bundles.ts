/**
 * What the benchmark injects into its pages, built with esbuild (vite's own bundler) from the
 * sources as they are now, and the size of the real built content script.
 */
import { execFileSync } from 'node:child_process';
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { gzipSync } from 'node:zlib';
import { build, type Plugin } from 'esbuild';

const HERE = resolve(import.meta.dirname);
const ROOT = resolve(HERE, '..');
export const CONTENT_SCRIPT = join(ROOT, '.output/e2e/chrome-mv3/content-scripts/content.js');

export type ToolName = 'switchboard' | 'ringcentral' | 'find-numbers';

export interface Bundles {
  harness: string;
  tools: Record<ToolName, string>;
  /** Switchboard without minified whitespace: esbuild's `// lib/...` module comments stay, so a
   * CPU profile's line numbers map back to source files. */
  switchboardForProfile: string;
}

// ringcentral-c2d was built for webpack 4, which polyfilled Node built-ins: its Emitter needs
// `events` (only for click/hover events, not the scan). @ringcentral-integration/phone-number
// requires core-js polyfills that are not installed and that Chromium does not need.
const EVENTS_SHIM = `export class EventEmitter {
  #listeners = new Map();
  addListener(name, fn) { this.#listeners.set(name, [...(this.#listeners.get(name) ?? []), fn]); return this; }
  removeListener(name, fn) { this.#listeners.set(name, (this.#listeners.get(name) ?? []).filter((f) => f !== fn)); return this; }
  removeAllListeners() { this.#listeners.clear(); return this; }
  emit(name, ...args) { for (const fn of this.#listeners.get(name) ?? []) fn(...args); }
}`;
const browserShims: Plugin = {
  name: 'browser-shims',
  setup(b) {
    b.onResolve({ filter: /^(core-js\/.*|events)$/ }, (args) => ({ path: args.path, namespace: 'shim' }));
    b.onLoad({ filter: /.*/, namespace: 'shim' }, (args) => ({ contents: args.path === 'events' ? EVENTS_SHIM : '', loader: 'js' }));
  },
};

async function bundle(entry: string, name: string, minify: boolean): Promise<string> {
  const result = await build({
    entryPoints: [join(HERE, 'in-page', entry)],
    bundle: true,
    write: false,
    format: 'iife',
    platform: 'browser',
    target: 'chrome120',
    // Syntax and whitespace like a production build; identifiers kept so profiles name functions.
    minifySyntax: minify,
    minifyWhitespace: minify,
    legalComments: 'none',
    logLevel: 'error',
    plugins: [browserShims],
  });
  // Names the script in traces and profiles (it is injected inline).
  return `${result.outputFiles[0]!.text}\n//# sourceURL=bench-${name}.js\n`;
}

export async function buildBundles(): Promise<Bundles> {
  const [harness, switchboard, ringcentral, findNumbers, switchboardForProfile] = await Promise.all([
    bundle('harness.ts', 'harness', false),
    bundle('switchboard.ts', 'switchboard', true),
    bundle('ringcentral.ts', 'ringcentral', true),
    bundle('find-numbers.ts', 'find-numbers', true),
    bundle('switchboard.ts', 'switchboard-profile', false),
  ]);
  return { harness, tools: { switchboard, ringcentral, 'find-numbers': findNumbers }, switchboardForProfile };
}

function newestSource(dir: string): number {
  let newest = 0;
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name);
    newest = Math.max(newest, entry.isDirectory() ? newestSource(path) : statSync(path).mtimeMs);
  }
  return newest;
}

export interface ScriptSize {
  bytes: number;
  gzipBytes: number;
  builtAt: string;
  /** Sources (lib/, entrypoints/, components/) changed after this build. */
  stale: boolean;
  rebuilt: boolean;
}

/** Size of the real content script; builds it (`npm run build:e2e`) when missing or asked to. */
export function contentScriptSize({ rebuild = false } = {}): ScriptSize {
  const rebuilt = rebuild || !existsSync(CONTENT_SCRIPT);
  if (rebuilt) execFileSync('npm', ['run', 'build:e2e'], { cwd: ROOT, stdio: ['ignore', 'ignore', 'inherit'] });
  const source = readFileSync(CONTENT_SCRIPT);
  const built = statSync(CONTENT_SCRIPT).mtimeMs;
  const newest = Math.max(...['lib', 'entrypoints', 'components'].map((dir) => newestSource(join(ROOT, dir))));
  return {
    bytes: source.length,
    // Default gzip level (6), as web servers and most stores compress: the conservative size.
    gzipBytes: gzipSync(source).length,
    builtAt: new Date(built).toISOString(),
    stale: newest > built,
    rebuilt,
  };
}
