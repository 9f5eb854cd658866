/**
 * One Switchboard run under Chromium tracing (CDP), for what the Long Tasks API cannot say:
 * the longest main-thread task even when it is under 50 ms, and what the main thread spent
 * its time on (script, style, layout, paint, GC) from injection to the first frame rendered
 * after the scan, and likewise for the appended rows. Only the page's renderer is summarised:
 * the background's share of the work runs in the extension's process. Tracing slows script down a little, so
 * the timed runs are done without it.
 */
import type { CDPSession } from 'playwright-core';
import { INJECTED_MARK, type BenchBrowser } from './browser';
import { scanTool } from './measure-speed';
import { APPENDED_ROWS, type BenchPage } from './page';

// Lean categories: tasks (toplevel), our marks (blink.user_timing), and what runs inside the
// tasks (devtools.timeline: script calls, style, layout, paint, GC).
const CATEGORIES = ['toplevel', 'blink.user_timing', 'devtools.timeline'];
const TASK = 'ThreadControllerImpl::RunTask';

interface TraceEvent {
  name: string;
  ph: string;
  ts: number;
  dur?: number;
  pid: number;
  tid: number;
}

export interface WindowSummary {
  windowMs: number;
  tasks: number;
  tasksOver50: number;
  longestTaskMs: number;
  /** What the longest task mostly did, e.g. "layout 412 ms, style 60 ms". */
  longestTaskWhat: string;
  /** Main-thread self time by kind of work, ms, largest first. */
  breakdown: { kind: string; ms: number }[];
  /** Layout passes: each one after decorations were added lays out the changed table again. */
  layouts: { count: number; totalMs: number; largestMs: number };
}

export interface TraceSummary {
  scan: WindowSummary;
  append: WindowSummary;
}

function kindOf(name: string): string {
  if (name === 'Layout') return 'layout';
  if (name === 'UpdateLayoutTree') return 'style';
  if (/^(PrePaint|Paint|Layerize|Commit|UpdateLayer)$/.test(name)) return 'paint';
  if (/GC/.test(name)) return 'gc';
  if (name === 'ParseHTML') return 'parse HTML';
  if (name === TASK || name === 'RunTask') return 'other';
  return 'script'; // FunctionCall, EvaluateScript, microtask checkpoints, rAF, yields
}

/** Self time by kind for the events nested in [from, to) (complete events only). */
function selfTimes(events: TraceEvent[]): Map<string, number> {
  const sorted = [...events].sort((a, b) => a.ts - b.ts || b.dur! - a.dur!);
  const self = new Map<string, number>();
  const stack: TraceEvent[] = [];
  for (const event of sorted) {
    while (stack.length && stack.at(-1)!.ts + stack.at(-1)!.dur! <= event.ts) stack.pop();
    const parent = stack.at(-1);
    if (parent) self.set(kindOf(parent.name), (self.get(kindOf(parent.name)) ?? 0) - event.dur!);
    self.set(kindOf(event.name), (self.get(kindOf(event.name)) ?? 0) + event.dur!);
    stack.push(event);
  }
  return self;
}

const describe = (self: Map<string, number>, top = 3) =>
  [...self.entries()]
    .filter(([kind]) => kind !== 'other')
    .sort((a, b) => b[1] - a[1])
    .slice(0, top)
    .map(([kind, us]) => `${kind} ${Math.round(us / 1000)} ms`)
    .join(', ');

function summarize(events: TraceEvent[], startMark: string, endMark: string): WindowSummary {
  const start = events.find((e) => e.name === startMark);
  const end = events.find((e) => e.name === endMark);
  if (!start || !end) throw new Error(`trace has no ${startMark}/${endMark} marks`);
  const main = events.filter(
    (e) => e.ph === 'X' && e.pid === start.pid && e.tid === start.tid && e.ts < end.ts && e.ts + (e.dur ?? 0) > start.ts,
  );
  const tasks = main.filter((e) => e.name === TASK).sort((a, b) => b.dur! - a.dur!);
  const longest = tasks[0];
  const inside = (outer: TraceEvent) => main.filter((e) => e.ts >= outer.ts && e.ts + e.dur! <= outer.ts + outer.dur!);
  const breakdown = [...selfTimes(main).entries()]
    .filter(([kind]) => kind !== 'other')
    .map(([kind, us]) => ({ kind, ms: us / 1000 }))
    .sort((a, b) => b.ms - a.ms);
  const layouts = main.filter((e) => e.name === 'Layout').map((e) => e.dur! / 1000);
  return {
    windowMs: (end.ts - start.ts) / 1000,
    tasks: tasks.length,
    tasksOver50: tasks.filter((t) => t.dur! > 50_000).length,
    longestTaskMs: (longest?.dur ?? 0) / 1000,
    longestTaskWhat: longest ? describe(selfTimes(inside(longest))) : '',
    breakdown,
    layouts: { count: layouts.length, totalMs: layouts.reduce((a, b) => a + b, 0), largestMs: Math.max(0, ...layouts) },
  };
}

/** Chromium tracing around `run`, through the page's CDP session (the whole browser is traced). */
async function traced(cdp: CDPSession, run: () => Promise<void>): Promise<TraceEvent[]> {
  const events: TraceEvent[] = [];
  const collect = ({ value }: { value: object[] }) => void events.push(...(value as TraceEvent[]));
  cdp.on('Tracing.dataCollected', collect);
  try {
    await cdp.send('Tracing.start', { traceConfig: { includedCategories: CATEGORIES }, transferMode: 'ReportEvents' });
    await run();
    const complete = new Promise((resolve) => cdp.once('Tracing.tracingComplete', resolve));
    await cdp.send('Tracing.end');
    await complete;
  } finally {
    cdp.off('Tracing.dataCollected', collect);
  }
  return events;
}

export async function traceSwitchboard(bench: BenchBrowser, source: string, page: BenchPage): Promise<TraceSummary> {
  bench.serve(page);
  await bench.load();
  await bench.cdp.send('HeapProfiler.collectGarbage');
  await bench.page.evaluate(() => window.__bench.quiet());
  const events = await traced(bench.cdp, async () => {
    await scanTool(bench, 'switchboard', source);
    await bench.page.evaluate(([html, n]) => window.__bench.append(html, n), [page.appended[0]!.html, APPENDED_ROWS] as const);
  });
  return {
    scan: summarize(events, INJECTED_MARK, 'bench:scan-still'),
    append: summarize(events, 'bench:append-start', 'bench:append-rendered'),
  };
}
