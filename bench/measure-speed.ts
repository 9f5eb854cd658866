/**
 * The timed repetitions on one page size: the floor, the three tools, and (for the two that
 * follow page changes) batches of 100 rows appended after their first scan. Each repetition
 * gets a fresh document with numbers of its own (Switchboard's background remembers the
 * numbers of texts it has seen, as it should between an agent's pages, but a repetition must
 * not find the last one's answers there), and the order of the tools rotates between repetitions so that a
 * noisy moment on this shared machine does not always land on the same tool.
 */
import { INJECTED_MARK, type BenchBrowser, type CpuTime } from './browser';
import { RINGCENTRAL_FILE, type Bundles, type ToolName } from './bundles';
import { USER_TIMING } from '../lib/user-timing';
import { TOOL_TIMING, type AppendResult, type FloorResult, type Found, type LongTask, type PageLayout, type ScanResult } from './in-page/types';
import { APPENDED_ROWS, type BenchPage } from './page';

export const TOOLS: readonly ToolName[] = ['switchboard', 'ringcentral', 'find-numbers'];
const FOLLOWS_CHANGES = new Set<ToolName>(['switchboard', 'ringcentral']);

export interface ToolRuns {
  ms: number[];
  renderedMs: number[];
  /** Renderer main-thread CPU time from injection to the first frame after completion. */
  cpu: CpuTime[];
  evalMs: number[];
  /** Runs in which decorations still changed after the tool's own completion signal. */
  lateRuns: number;
  /** The longest Long Tasks API entry of each run (0: none >= 50 ms). */
  longestTask: number[];
  found: Found[];
  append?: { ms: number[]; cpu: CpuTime[]; longestTask: number[]; timedOutRuns: number; found: Found[] };
  /** Per run: long tasks while scrolling SCROLL_SCREENS screens down after the appends. */
  scroll?: { longTasks: number[]; longestTask: number[] };
}

/** Screens scrolled after the scan, as an agent reads on down a long list. */
export const SCROLL_SCREENS = 10;
const SCROLL_TIMEOUT_MS = 30_000;

/** The promise's value, or undefined if it fails or takes longer than `ms`. */
function within<T>(promise: Promise<T>, ms: number): Promise<T | undefined> {
  // AbortSignal.timeout's timer does not keep Node running.
  const late = new Promise<undefined>((resolve) => AbortSignal.timeout(ms).addEventListener('abort', () => resolve(undefined)));
  return Promise.race([promise.catch(() => undefined), late]);
}

export interface SizeRuns {
  rows: number;
  /** Repetitions done: fewer than asked when the time budget ran out. */
  reps: number;
  floor: { ms: number[]; textNodes: number; layout: PageLayout[] };
  tools: Record<ToolName, ToolRuns>;
}

const longest = (tasks: LongTask[]) => Math.max(0, ...tasks.map((task) => task.duration));

/** The tools that run as content scripts: what the browser injects, and the mark that ends evaluating it. */
const CONTENT_SCRIPTS: Partial<Record<ToolName, { files: string[]; started: string }>> = {
  switchboard: { files: ['content-scripts/content.js'], started: USER_TIMING.start },
  ringcentral: { files: [RINGCENTRAL_FILE], started: TOOL_TIMING.started },
};

/** Injects the tool and times its scan (harness.ts). */
export async function scanTool(bench: BenchBrowser, tool: ToolName, source: string): Promise<ScanResult> {
  const content = CONTENT_SCRIPTS[tool];
  if (!content) return bench.page.evaluate((src) => window.__bench.scan(src), source);
  const injected = { mark: INJECTED_MARK, started: content.started };
  const scanning = bench.page.evaluate(([src, marks]) => window.__bench.scan(src, marks), [source, injected] as const);
  await bench.inject(content.files);
  return scanning;
}

async function scanOnce(bench: BenchBrowser, tool: ToolName, source: string): Promise<{ result: ScanResult; cpu: CpuTime }> {
  await bench.load();
  // Earlier runs' pages are garbage in the same renderer: collected now, not in this run's
  // window (a major GC sweeping them once took 446 ms in the middle of a scan).
  await bench.cdp.send('HeapProfiler.collectGarbage');
  await bench.page.evaluate(() => window.__bench.quiet());
  return bench.cpu(() => scanTool(bench, tool, source));
}

async function appendRows(bench: BenchBrowser, html: string): Promise<{ result: AppendResult; cpu: CpuTime }> {
  return bench.cpu(() => bench.page.evaluate(([rows, n]) => window.__bench.append(rows, n), [html, APPENDED_ROWS] as const));
}

/** One untimed run of each tool on a small page: a bundle's first compile in a renderer is the slowest. */
export async function warmUp(bench: BenchBrowser, bundles: Bundles, small: BenchPage): Promise<void> {
  bench.serve(small);
  for (const tool of TOOLS) await scanOnce(bench, tool, bundles.tools[tool]);
}

export async function measureSpeed(
  bench: BenchBrowser,
  bundles: Bundles,
  /** One page per repetition, with the same number of rows (see run.ts). */
  pages: BenchPage[],
  reps: number,
  budgetMs: number,
  log: (line: string) => void,
): Promise<SizeRuns> {
  const started = performance.now();
  const page = pages[0]!;
  const empty = (): ToolRuns => ({ ms: [], renderedMs: [], cpu: [], evalMs: [], lateRuns: 0, longestTask: [], found: [] });
  const runs: SizeRuns = {
    rows: page.expected.length,
    reps: 0,
    floor: { ms: [], textNodes: 0, layout: [] },
    tools: { switchboard: empty(), ringcentral: empty(), 'find-numbers': empty() },
  };
  const order: (ToolName | 'floor')[] = ['floor', ...TOOLS];
  for (let rep = 0; rep < reps; rep++) {
    // A busy machine can make a run many times slower: keep the whole benchmark bounded.
    if (rep > 0 && performance.now() - started > budgetMs) {
      log(`  ${page.expected.length} rows: time budget spent after ${rep} runs`);
      break;
    }
    runs.reps = rep + 1;
    const served = pages[rep % pages.length]!;
    bench.serve(served);
    const line: string[] = [];
    for (let i = 0; i < order.length; i++) {
      const what = order[(i + rep) % order.length]!;
      if (what === 'floor') {
        await bench.load();
        const floor: FloorResult = await bench.page.evaluate(() => window.__bench.floor());
        runs.floor.ms.push(floor.ms);
        runs.floor.textNodes = floor.textNodes;
        // Same document: the floor walk changed nothing.
        runs.floor.layout.push(await bench.page.evaluate((html) => window.__bench.pageLayout(html), served.appended[0]!.html));
        line.push(`floor ${floor.ms.toFixed(1)}`);
        continue;
      }
      const { result, cpu } = await scanOnce(bench, what, bundles.tools[what]);
      const tool = runs.tools[what];
      tool.ms.push(result.ms);
      tool.renderedMs.push(result.renderedMs);
      tool.cpu.push(cpu);
      tool.evalMs.push(result.evalMs);
      tool.longestTask.push(longest(result.longTasks));
      if (result.lateChanges) tool.lateRuns++;
      if (rep === 0) tool.found = result.found;
      line.push(`${what} ${result.ms.toFixed(0)}`);
      if (FOLLOWS_CHANGES.has(what)) {
        const append = (tool.append ??= { ms: [], cpu: [], longestTask: [], timedOutRuns: 0, found: [] });
        const batches: string[] = [];
        for (const batch of served.appended) {
          const { result: appended, cpu: appendCpu } = await appendRows(bench, batch.html);
          append.ms.push(appended.ms);
          append.cpu.push(appendCpu);
          append.longestTask.push(longest(appended.longTasks));
          if (appended.timedOut) append.timedOutRuns++;
          if (rep === 0) append.found.push(...appended.found);
          batches.push(appended.ms.toFixed(0));
        }
        line.push(`(+${APPENDED_ROWS} rows: ${batches.join(', ')})`);
        const scrolled = await within(bench.page.evaluate((n) => window.__bench.scroll(n), SCROLL_SCREENS), SCROLL_TIMEOUT_MS);
        if (scrolled) {
          const scroll = (tool.scroll ??= { longTasks: [], longestTask: [] });
          scroll.longTasks.push(scrolled.longTasks.length);
          scroll.longestTask.push(longest(scrolled.longTasks));
        }
        line.push(scrolled ? `(scroll: ${scrolled.longTasks.length} long tasks)` : '(scroll: no answer, left out)');
      }
    }
    log(`  ${page.expected.length} rows, run ${rep + 1}/${reps}: ${line.join(', ')} ms`);
  }
  return runs;
}
