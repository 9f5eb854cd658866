/**
 * Where Switchboard's scan time goes: one run under the V8 sampling profiler (CDP Profiler),
 * self time summed per function and per source module. Blink work a function causes (style,
 * layout, DOM insertion) is sampled as that function's self time, which is what we want: it
 * points at the line of ours that asked for it.
 */
import type { Page } from 'playwright-core';
import type { ScanResult } from './in-page/types';

interface ProfileNode {
  id: number;
  callFrame: { functionName: string; url: string; lineNumber: number; columnNumber: number };
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
  scanMs: number;
  /** Sampled busy time (everything but idle). */
  busyMs: number;
  functions: SelfTime[];
  modules: SelfTime[];
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

function top(map: Map<string, { where: string; us: number }>, busyUs: number, n: number): SelfTime[] {
  return [...map.entries()]
    .sort((a, b) => b[1].us - a[1].us)
    .slice(0, n)
    .map(([name, { where, us }]) => ({ name, where, ms: us / 1000, share: us / busyUs }));
}

export async function profileScan(page: Page, source: string, topN = 12): Promise<ProfileSummary> {
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('Profiler.enable');
  await cdp.send('Profiler.setSamplingInterval', { interval: 100 });
  await cdp.send('Profiler.start');
  const scan: ScanResult = await page.evaluate((src) => window.__bench.scan(src), source);
  const { profile } = (await cdp.send('Profiler.stop')) as unknown as { profile: Profile };
  await cdp.detach();

  const moduleOf = moduleLines(source);
  const nodes = new Map(profile.nodes.map((node) => [node.id, node]));
  const byFunction = new Map<string, { where: string; us: number }>();
  const byModule = new Map<string, { where: string; us: number }>();
  let busyUs = 0;
  profile.samples.forEach((id, i) => {
    const frame = nodes.get(id)!.callFrame;
    if (frame.functionName === '(idle)') return;
    const us = profile.timeDeltas[i + 1] ?? 0; // the time until the next sample
    busyUs += us;
    const ours = frame.url.startsWith('bench-switchboard');
    const where = ours ? moduleOf(frame.lineNumber) : frame.url || '(native / V8)';
    const name = `${frame.functionName || '(anonymous)'}${ours ? `:${frame.lineNumber + 1}` : ''}`;
    for (const [map, key] of [
      [byFunction, `${name} ${where}`],
      [byModule, where],
    ] as const) {
      const entry = map.get(key) ?? { where, us: 0 };
      entry.us += us;
      map.set(key, entry);
    }
  });
  const functions = top(byFunction, busyUs, topN).map((f) => ({ ...f, name: f.name.slice(0, f.name.lastIndexOf(' ')) }));
  return { scanMs: scan.ms, busyMs: busyUs / 1000, functions, modules: top(byModule, busyUs, topN) };
}
