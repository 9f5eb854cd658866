/**
 * The timed repetitions on one page size: the floor, the three tools, and (for the two that
 * follow page changes) 100 rows appended after their first scan. Each repetition gets a fresh
 * document, and the order of the tools rotates between repetitions so that a noisy moment on
 * this shared machine does not always land on the same tool.
 */
import type { BenchBrowser } from './browser';
import type { Bundles, ToolName } from './bundles';
import type { AppendResult, FloorResult, Found, LongTask, ScanResult } from './in-page/types';
import { APPENDED_ROWS, type BenchPage } from './page';

export const TOOLS: readonly ToolName[] = ['switchboard', 'ringcentral', 'find-numbers'];
const FOLLOWS_CHANGES = new Set<ToolName>(['switchboard', 'ringcentral']);

export interface ToolRuns {
  ms: number[];
  renderedMs: number[];
  evalMs: number[];
  /** Runs in which decorations still changed after the tool's own completion signal. */
  lateRuns: number;
  /** The longest Long Tasks API entry of each run (0: none >= 50 ms). */
  longestTask: number[];
  longTaskCount: number[];
  found: Found[];
  append?: { ms: number[]; longestTask: number[]; timedOutRuns: number; found: Found[] };
}

export interface SizeRuns {
  rows: number;
  floor: { ms: number[]; textNodes: number };
  tools: Record<ToolName, ToolRuns>;
}

const longest = (tasks: LongTask[]) => Math.max(0, ...tasks.map((task) => task.duration));

async function scanOnce(bench: BenchBrowser, source: string): Promise<ScanResult> {
  await bench.load();
  return bench.page.evaluate((src) => window.__bench.scan(src), source);
}

async function appendRows(bench: BenchBrowser, page: BenchPage): Promise<AppendResult> {
  return bench.page.evaluate(([html, n]) => window.__bench.append(html, n), [page.appended.html, APPENDED_ROWS] as const);
}

/** One untimed run of each tool: the first compile of a bundle in a renderer is the slowest. */
export async function warmUp(bench: BenchBrowser, bundles: Bundles): Promise<void> {
  for (const tool of TOOLS) await scanOnce(bench, bundles.tools[tool]);
}

export async function measureSpeed(
  bench: BenchBrowser,
  bundles: Bundles,
  page: BenchPage,
  reps: number,
  log: (line: string) => void,
): Promise<SizeRuns> {
  const empty = (): ToolRuns => ({ ms: [], renderedMs: [], evalMs: [], lateRuns: 0, longestTask: [], longTaskCount: [], found: [] });
  const runs: SizeRuns = {
    rows: page.expected.length,
    floor: { ms: [], textNodes: 0 },
    tools: { switchboard: empty(), ringcentral: empty(), 'find-numbers': empty() },
  };
  const order: (ToolName | 'floor')[] = ['floor', ...TOOLS];
  for (let rep = 0; rep < reps; rep++) {
    const line: string[] = [];
    for (let i = 0; i < order.length; i++) {
      const what = order[(i + rep) % order.length]!;
      if (what === 'floor') {
        await bench.load();
        const floor: FloorResult = await bench.page.evaluate(() => window.__bench.floor());
        runs.floor.ms.push(floor.ms);
        runs.floor.textNodes = floor.textNodes;
        line.push(`floor ${floor.ms.toFixed(1)}`);
        continue;
      }
      const result = await scanOnce(bench, bundles.tools[what]);
      const tool = runs.tools[what];
      tool.ms.push(result.ms);
      tool.renderedMs.push(result.renderedMs);
      tool.evalMs.push(result.evalMs);
      tool.longestTask.push(longest(result.longTasks));
      tool.longTaskCount.push(result.longTasks.length);
      if (result.lateChanges) tool.lateRuns++;
      if (rep === 0) tool.found = result.found;
      line.push(`${what} ${result.ms.toFixed(0)}`);
      if (FOLLOWS_CHANGES.has(what)) {
        const appended = await appendRows(bench, page);
        tool.append ??= { ms: [], longestTask: [], timedOutRuns: 0, found: appended.found };
        tool.append.ms.push(appended.ms);
        tool.append.longestTask.push(longest(appended.longTasks));
        if (appended.timedOut) tool.append.timedOutRuns++;
        line.push(`(+${APPENDED_ROWS} rows ${appended.ms.toFixed(0)})`);
      }
    }
    log(`  ${page.expected.length} rows, run ${rep + 1}/${reps}: ${line.join(', ')} ms`);
  }
  return runs;
}
