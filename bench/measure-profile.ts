/**
 * Where Switchboard's scan time goes: one run under the V8 sampling profiler (CDP Profiler),
 * self time summed per function and per source module. Blink work a function causes (style,
 * layout, DOM insertion) is sampled as that function's self time, which is what we want: it
 * points at the line of ours that asked for it.
 */
import type { Page } from 'playwright-core';

interface ProfileNode {
  id: number;
  callFrame: { functionName: string; scriptId: string; url: string; lineNumber: number; columnNumber: number };
}
interface Profile {
  nodes: ProfileNode[];
  samples: number[];
  timeDeltas: number[];
}

export interface SelfTime {
  name: string;
  /** Source module (from esbuild's `// path` comments) or the profiler's pseudo-frames. */
  where: string;
  ms: number;
  share: number;
}

export interface ProfileSummary {
  rows?: number;
  scanMs: number;
  /** Sampled busy time (everything but idle). */
  busyMs: number;
  functions: SelfTime[];
  modules: SelfTime[];
  /** The same time in a few buckets: Blink outside JS, DOM calls, libphonenumber-js, lib/page, ... */
  buckets: SelfTime[];
}

function bucketOf(name: string, where: string): string {
  if (where === 'Blink / V8') {
    if (name === '(program)') return 'Blink outside JS (style, layout, paint, scheduling)';
    if (name === '(garbage collector)') return 'garbage collection';
    return 'DOM and other built-ins called from JS';
  }
  if (where.startsWith('libphonenumber-js/')) return 'libphonenumber-js';
  const dir = /^(lib\/[^/]+|bench)\//.exec(where);
  return dir ? `${dir[1]}/` : where;
}

/** Line (0-based) -> module path, from the `// lib/page/scanner.ts` lines esbuild writes. */
function moduleLines(source: string): (line: number) => string {
  const starts: [number, string][] = [];
  source.split('\n').forEach((text, line) => {
    const m = /^\s*\/\/ ((?:lib|bench|node_modules)\/\S+\.[cm]?[jt]s)$/.exec(text);
    if (m) starts.push([line, m[1]!.replace(/^node_modules\//, '').replace('/es6/', '/')]);
  });
  return (line) => {
    let found = '?';
    for (const [start, path] of starts) if (start <= line) found = path;
    return found;
  };
}

type Tally = Map<string, { name: string; where: string; us: number }>;

function add(map: Tally, name: string, where: string, us: number) {
  const key = `${name}\n${where}`;
  const entry = map.get(key) ?? { name, where, us: 0 };
  entry.us += us;
  map.set(key, entry);
}

function top(map: Tally, busyUs: number, n: number): SelfTime[] {
  return [...map.values()]
    .sort((a, b) => b.us - a.us)
    .slice(0, n)
    .map(({ name, where, us }) => ({ name, where, ms: us / 1000, share: us / busyUs }));
}

export async function profileScan(page: Page, source: string, topN = 12): Promise<ProfileSummary> {
  await page.evaluate(() => window.__bench.quiet());
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('Profiler.enable');
  await cdp.send('Profiler.setSamplingInterval', { interval: 100 });
  await cdp.send('Profiler.start');
  const scanMs = await page.evaluate((src) => window.__bench.scanOnly(src), source);
  const { profile } = (await cdp.send('Profiler.stop')) as unknown as { profile: Profile };
  await cdp.detach();

  const moduleOf = moduleLines(source);
  const nodes = new Map(profile.nodes.map((node) => [node.id, node]));
  // Some frames of our script come without its URL (seen for optimized code): match by script.
  const ourScripts = new Set(profile.nodes.filter((n) => n.callFrame.url.startsWith('bench-switchboard')).map((n) => n.callFrame.scriptId));
  const byFunction: Tally = new Map();
  const byModule: Tally = new Map();
  const byBucket: Tally = new Map();
  let busyUs = 0;
  profile.samples.forEach((id, i) => {
    const frame = nodes.get(id)!.callFrame;
    if (frame.functionName === '(idle)') return;
    const us = profile.timeDeltas[i + 1] ?? 0; // the time until the next sample
    busyUs += us;
    const ours = ourScripts.has(frame.scriptId);
    // Blink's own functions (cloneNode, querySelectorAll) have no URL; "(program)" is Blink
    // work outside any JS call: mostly style, layout and paint of rendered frames.
    const where = ours ? moduleOf(frame.lineNumber) : frame.url || 'Blink / V8';
    add(byFunction, frame.functionName || '(anonymous)', where, us);
    add(byModule, where, where, us);
    const bucket = bucketOf(frame.functionName, where);
    add(byBucket, bucket, bucket, us);
  });
  const functions = top(byFunction, busyUs, topN);
  return { scanMs, busyMs: busyUs / 1000, functions, modules: top(byModule, busyUs, topN), buckets: top(byBucket, busyUs, 8) };
}
