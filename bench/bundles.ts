/**
 * What the benchmark injects into its pages, built with esbuild (vite's own bundler), and the
 * extension itself, built from the sources as they are now.
 */
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { gzipSync } from 'node:zlib';
import { build, type Plugin } from 'esbuild';

const HERE = resolve(import.meta.dirname);
const ROOT = resolve(HERE, '..');
export const CONTENT_SCRIPT = join(ROOT, '.output/e2e/chrome-mv3/content-scripts/content.js');

export type ToolName = 'switchboard' | 'ringcentral' | 'find-numbers';

export interface Bundles {
  harness: string;
  /** What each tool injects into the page's world: for the content scripts, their side of the harness contract. */
  tools: Record<ToolName, string>;
  /** ringcentral-c2d as a content script, added to the extension as this file. */
  ringcentralContent: string;
}

export const RINGCENTRAL_FILE = 'bench-ringcentral.js';

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
  const [harness, switchboard, ringcentral, findNumbers, ringcentralContent] = await Promise.all([
    bundle('harness.ts', 'harness', false),
    bundle('switchboard.ts', 'switchboard', true),
    bundle('ringcentral.ts', 'ringcentral', true),
    bundle('find-numbers.ts', 'find-numbers', true),
    bundle('ringcentral-content.ts', 'ringcentral-content', true),
  ]);
  return { harness, tools: { switchboard, ringcentral, 'find-numbers': findNumbers }, ringcentralContent };
}

export interface ScriptSize {
  bytes: number;
  gzipBytes: number;
}

/** Builds the extension the benchmark loads (`npm run build:e2e`); the content script's size. */
export function buildExtension(): ScriptSize {
  execFileSync('npm', ['run', 'build:e2e'], { cwd: ROOT, stdio: ['ignore', 'ignore', 'inherit'] });
  const source = readFileSync(CONTENT_SCRIPT);
  // Default gzip level (6), as web servers and most stores compress: the conservative size.
  return { bytes: source.length, gzipBytes: gzipSync(source).length };
}
