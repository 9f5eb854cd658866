/**
 * Turns the measurements into the results (medians, ratios, recall, targets) and prints them
 * as a text table, a Markdown file (the README's table) and JSON.
 */
import type { CpuTime } from './browser';
import type { ScriptSize, ToolName } from './bundles';
import { SCROLL_SCREENS, type SizeRuns } from './measure-speed';
import type { LoadRuns } from './measure-load';
import type { TraceSummary } from './measure-trace';
import type { Score } from './score';

export interface Environment {
  date: string;
  chromium: string;
  node: string;
  cpus: string;
  /** 1-minute load average before and after: other work on the machine skews every time. */
  loadBefore: number;
  loadAfter: number;
  runtimeS: number;
}

export interface ToolResult {
  medianMs: number;
  renderedMedianMs: number;
  evalMedianMs: number;
  /** Main-thread CPU time, injection to the first frame after completion (median per field). */
  cpu: CpuTime;
  runsMs: number[];
  perRingcentral: number;
  perFloor: number;
  score: Score;
  /** Long Tasks API: the longest task in each run (0 = none >= 50 ms), and the worst run. */
  longestTaskMedianMs: number;
  longestTaskWorstMs: number;
  lateRuns: number;
  append?: { medianMs: number; runsMs: number[]; cpu: CpuTime; longestTaskWorstMs: number; timedOutRuns: number; score: Score };
  scroll?: { longTasksMedian: number; longestTaskWorstMs: number };
}

export interface SizeResult {
  rows: number;
  reps: number;
  floor: { medianMs: number; runsMs: number[]; textNodes: number };
  /** The page's own style + layout after its own changes, no tool (medians). */
  pageLayout: { oneCellMs: number; appendMs: number };
  tools: Record<ToolName, ToolResult>;
  trace?: TraceSummary;
  /** Switchboard's first scan on page load, from the content script's start (measure-load.ts). */
  load?: LoadRuns;
}

export interface Target {
  name: string;
  target: string;
  measured: string;
  pass: boolean;
}

export interface Results {
  environment: Environment;
  sizes: SizeResult[];
  contentScript: ScriptSize;
  targets: Target[];
}

export const TOOL_LABELS: Record<ToolName, string> = {
  switchboard: 'Switchboard',
  ringcentral: 'ringcentral-c2d WrapperObserver',
  'find-numbers': 'libphonenumber-js findNumbers',
};

export function median(values: number[]): number {
  if (!values.length) return NaN;
  const sorted = [...values].sort((a, b) => a - b);
  const mid = sorted.length >> 1;
  return sorted.length % 2 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
}

const medianCpu = (runs: CpuTime[]): CpuTime => ({
  total: median(runs.map((r) => r.total)),
  style: median(runs.map((r) => r.style)),
  layout: median(runs.map((r) => r.layout)),
});

export function summarizeSize(
  runs: SizeRuns,
  score: (tool: ToolName, which: 'scan' | 'append') => Score | undefined,
  trace?: TraceSummary,
  load?: LoadRuns,
): SizeResult {
  const floor = median(runs.floor.ms);
  const rc = median(runs.tools.ringcentral.ms);
  const tools = {} as Record<ToolName, ToolResult>;
  for (const [name, tool] of Object.entries(runs.tools) as [ToolName, SizeRuns['tools'][ToolName]][]) {
    const ms = median(tool.ms);
    tools[name] = {
      medianMs: ms,
      renderedMedianMs: median(tool.renderedMs),
      evalMedianMs: median(tool.evalMs),
      cpu: medianCpu(tool.cpu),
      runsMs: tool.ms,
      perRingcentral: ms / rc,
      perFloor: ms / floor,
      score: score(name, 'scan')!,
      longestTaskMedianMs: median(tool.longestTask),
      longestTaskWorstMs: Math.max(0, ...tool.longestTask),
      lateRuns: tool.lateRuns,
      ...(tool.append
        ? {
            append: {
              medianMs: median(tool.append.ms),
              runsMs: tool.append.ms,
              cpu: medianCpu(tool.append.cpu),
              longestTaskWorstMs: Math.max(0, ...tool.append.longestTask),
              timedOutRuns: tool.append.timedOutRuns,
              score: score(name, 'append')!,
            },
          }
        : {}),
      ...(tool.scroll
        ? { scroll: { longTasksMedian: median(tool.scroll.longTasks), longestTaskWorstMs: Math.max(0, ...tool.scroll.longestTask) } }
        : {}),
    };
  }
  return {
    rows: runs.rows,
    reps: runs.reps,
    floor: { medianMs: floor, runsMs: runs.floor.ms, textNodes: runs.floor.textNodes },
    pageLayout: {
      oneCellMs: median(runs.floor.layout.map((l) => l.oneCellMs)),
      appendMs: median(runs.floor.layout.map((l) => l.appendMs)),
    },
    tools,
    ...(load ? { load } : {}),
    ...(trace ? { trace } : {}),
  };
}

const KB = 1000;
const ms = (v: number) => (Number.isFinite(v) ? (v >= 100 ? v.toFixed(0) : v.toFixed(1)) : '–');
const times = (v: number) => (Number.isFinite(v) ? `${v >= 10 ? v.toFixed(0) : v.toFixed(2)}×` : '–');
/** A ratio held to a goal: one more digit, so that 0.204× does not read as 0.20×. */
const ratio = (v: number) => (Number.isFinite(v) ? `${v.toFixed(3)}×` : '–');
const pct = (v: number) => `${(v * 100).toFixed(1)}%`;
const rows = (n: number) => n.toLocaleString('en-US');

export function evaluateTargets(results: Omit<Results, 'targets'>): Target[] {
  const first = results.sizes.find((s) => s.rows === 2000) ?? results.sizes[0]!;
  const sb = first.tools.switchboard;
  const rc = first.tools.ringcentral;
  const all = results.sizes.map((s) => s.tools.switchboard);
  // The first scan only: after an append, the page's own layout of its new rows shares the
  // rendering task with the decorations' and cannot be told apart (see the append rows).
  const worstTask = Math.max(...all.map((t) => t.longestTaskWorstMs));
  const worstAppend = Math.max(...all.map((t) => t.append?.medianMs ?? Infinity));
  const appendRecall = Math.min(...all.map((t) => t.append?.score.recall ?? 0));
  const fps = Math.max(...all.map((t) => t.score.falsePositives + (t.append?.score.falsePositives ?? 0)));
  const gz = results.contentScript.gzipBytes;
  return [
    {
      name: `${rows(first.rows)} rows decorated in ≤ 1/5 of ringcentral-c2d's time`,
      target: '≤ 0.200×',
      measured: `${ms(sb.medianMs)} ms vs ${ms(rc.medianMs)} ms = ${ratio(sb.perRingcentral)} (CPU: ${ratio(sb.cpu.total / rc.cpu.total)})`,
      pass: sb.perRingcentral <= 0.2,
    },
    {
      name: 'same or better recall than ringcentral-c2d',
      target: `≥ ${pct(rc.score.recall)}`,
      measured: results.sizes.map((s) => `${pct(s.tools.switchboard.score.recall)} (${rows(s.rows)})`).join(', '),
      pass: results.sizes.every((s) => s.tools.switchboard.score.recall >= s.tools.ringcentral.score.recall),
    },
    {
      name: 'no false positives',
      target: '0',
      measured: String(fps),
      pass: fps === 0,
    },
    {
      name: 'no main-thread task > 50 ms from injection until the page is still (Long Tasks API, every run, every size)',
      target: 'none',
      measured: worstTask ? `worst ${ms(worstTask)} ms` : 'none',
      pass: worstTask === 0,
    },
    {
      name: '100 appended rows decorated within 50 ms (median of every batch, every size)',
      target: '≤ 50 ms, all 100',
      measured: `${results.sizes.map((s) => `${ms(s.tools.switchboard.append?.medianMs ?? NaN)} ms (${rows(s.rows)})`).join(', ')}; recall ${pct(appendRecall)}`,
      pass: worstAppend <= 50 && appendRecall === 1,
    },
    {
      name: 'content script gzipped',
      target: `≤ ${80 * KB} B`,
      measured: `${gz} B`,
      pass: gz <= 80 * KB,
    },
  ];
}

interface Table {
  head: string[];
  body: string[][];
  /** Columns aligned right in text output. */
  right?: number[];
}

function text({ head, body, right = [] }: Table): string {
  const widths = head.map((h, i) => Math.max(h.length, ...body.map((r) => r[i]!.length)));
  const line = (r: string[]) => r.map((c, i) => (right.includes(i) ? c.padStart(widths[i]!) : c.padEnd(widths[i]!))).join('  ').trimEnd();
  return [line(head), widths.map((w) => '-'.repeat(w)).join('  '), ...body.map(line)].join('\n');
}

function markdown({ head, body, right = [] }: Table): string {
  const cells = (r: string[]) => `| ${r.map((c) => c.replace(/\|/g, '\\|')).join(' | ')} |`;
  return [cells(head), `|${head.map((_, i) => (right.includes(i) ? ' ---: ' : ' --- ')).join('|')}|`, ...body.map(cells)].join('\n');
}

function speedTable(results: Results): Table {
  const body: string[][] = [];
  for (const size of results.sizes) {
    body.push([rows(size.rows), 'floor: TreeWalker over text nodes', ms(size.floor.medianMs), '–', '–', '–', '1×', `${rows(size.floor.textNodes)} text nodes`, '–', '–']);
    for (const [name, tool] of Object.entries(size.tools) as [ToolName, ToolResult][]) {
      body.push([
        rows(size.rows),
        TOOL_LABELS[name],
        ms(tool.medianMs),
        name === 'find-numbers' ? '–' : ms(tool.renderedMedianMs),
        ms(tool.cpu.total),
        times(tool.perRingcentral),
        times(tool.perFloor),
        `${rows(tool.score.found)} / ${rows(tool.score.expected)}`,
        pct(tool.score.recall),
        String(tool.score.falsePositives),
      ]);
    }
  }
  return {
    head: ['rows', 'tool', 'median ms', 'to next frame ms', 'main-thread CPU ms', '× ringcentral', '× floor', 'numbers found', 'recall', 'false +'],
    body,
    right: [0, 2, 3, 4, 5, 6, 7, 8, 9],
  };
}

function extraTable(results: Results): Table {
  const body: string[][] = [];
  for (const size of results.sizes) {
    const sb = size.tools.switchboard;
    const rc = size.tools.ringcentral;
    const r = rows(size.rows);
    const task = (v: number) => (v ? `${ms(v)} ms` : 'none ≥ 50 ms');
    body.push([
      r,
      "the page's own style + layout, no tool: one cell's text changed / 100 rows appended (median)",
      `${ms(size.pageLayout.oneCellMs)} ms / ${ms(size.pageLayout.appendMs)} ms`,
      '–',
    ]);
    // The Long Tasks API does not report the task a script is injected in, which holds all of
    // ringcentral-c2d's first pass: that pass is one task as long as its scan.
    body.push([r, 'longest task from injection until the page is still (Long Tasks API, worst run)', task(sb.longestTaskWorstMs), `its whole first pass, one task (${ms(Math.max(...rc.runsMs))} ms)`]);
    if (size.trace) {
      const t = size.trace.scan;
      body.push([r, 'longest task from injection until the page is still (trace, 1 run)', `${ms(t.longestTaskMs)} ms: ${t.longestTaskWhat}`, '–']);
      body.push([r, 'tasks from injection until the page is still (trace): count, > 50 ms', `${t.tasks}, ${t.tasksOver50}`, '–']);
      body.push([r, 'main thread from injection until the page is still (trace), ms', t.breakdown.slice(0, 4).map((b) => `${b.kind} ${ms(b.ms)}`).join(', '), '–']);
      body.push([r, 'layouts from injection until the page is still (trace): count, total, largest', `${t.layouts.count}, ${ms(t.layouts.totalMs)} ms, ${ms(t.layouts.largestMs)} ms`, '–']);
    }
    if (size.load) {
      const l = size.load;
      const range = (v: number[]) => (v.length ? `${ms(median(v))} ms (${ms(Math.min(...v))}–${ms(Math.max(...v))})` : 'no complete load');
      const incomplete = l.incomplete ? `; ${l.incomplete} load(s) not fully decorated, left out` : '';
      body.push([r, 'on page load, from the content script\'s start until every number is decorated: service worker running / stopped (median, range)', `${range(l.running)} / ${range(l.stopped)}${incomplete}`, '–']);
    }
    const cpu = (t: ToolResult) => `${ms(t.cpu.total)} ms: layout ${ms(t.cpu.layout)}, style ${ms(t.cpu.style)}, rest (script, paint, GC) ${ms(t.cpu.total - t.cpu.layout - t.cpu.style)}`;
    body.push([r, 'main-thread CPU to next frame (median)', cpu(sb), cpu(rc)]);
    body.push([r, 'of the scan: evaluating the injected bundle (median)', `${ms(sb.evalMedianMs)} ms`, `${ms(rc.evalMedianMs)} ms`]);
    const a = (t: ToolResult) =>
      t.append
        ? `${ms(t.append.medianMs)} ms (${ms(Math.min(...t.append.runsMs))}–${ms(Math.max(...t.append.runsMs))}), ${t.append.score.correct}/${t.append.score.expected}${t.append.timedOutRuns ? `, ${t.append.timedOutRuns} timed out` : ''}`
        : '–';
    body.push([r, '100 rows appended: all decorated in (median, range)', a(sb), a(rc)]);
    const ac = (t: ToolResult) => (t.append ? `${ms(t.append.cpu.total)} ms (layout ${ms(t.append.cpu.layout)})` : '–');
    body.push([r, '100 rows appended: main-thread CPU (median)', ac(sb), ac(rc)]);
    const at = (t: ToolResult) => (t.append?.longestTaskWorstMs ? `${ms(t.append.longestTaskWorstMs)} ms` : 'none ≥ 50 ms');
    body.push([r, '100 rows appended: longest task (worst run)', at(sb), at(rc)]);
    const sc = (t: ToolResult) => (t.scroll ? `${t.scroll.longTasksMedian}, ${t.scroll.longestTaskWorstMs ? `${ms(t.scroll.longestTaskWorstMs)} ms` : '–'}` : '–');
    body.push([r, `scrolling ${SCROLL_SCREENS} screens down after that: tasks ≥ 50 ms (median), longest (worst run)`, sc(sb), sc(rc)]);
    if (size.trace) {
      const t = size.trace.append;
      body.push([r, '100 rows appended: longest task (trace)', `${ms(t.longestTaskMs)} ms: ${t.longestTaskWhat}`, '–']);
    }
  }
  const cs = results.contentScript;
  body.push(['', 'content script gzipped (.output/e2e, gzip -6)', `${(cs.gzipBytes / KB).toFixed(1)} kB (${(cs.bytes / KB).toFixed(0)} kB raw)`, '–']);
  return { head: ['rows', 'metric', 'Switchboard', 'ringcentral-c2d'], body };
}

function targetsTable(results: Results): Table {
  return {
    head: ['target', 'goal', 'measured', 'result'],
    body: results.targets.map((t) => [t.name, t.target, t.measured, t.pass ? 'PASS' : 'FAIL']),
  };
}

function environmentLine({ environment: e, sizes }: Results): string {
  const runs = sizes.map((s) => `${s.reps} run${s.reps === 1 ? '' : 's'} (${rows(s.rows)} rows)`).join(', ');
  return `Medians over ${runs}. Chromium ${e.chromium}, Node ${e.node}, ${e.cpus}; load average ${e.loadBefore.toFixed(1)} before, ${e.loadAfter.toFixed(1)} after; ${e.date}; ${e.runtimeS.toFixed(0)} s.`;
}

export function printResults(results: Results, out: (s: string) => void): void {
  out('\nSpeed: medians of the timed runs. "median ms": from injection until every number is decorated; "to next frame": until the first frame rendered after that; CPU: the page renderer\'s main thread over the latter');
  out(text(speedTable(results)));
  out('\nSwitchboard, more');
  out(text(extraTable(results)));
  out('\nTargets');
  out(text(targetsTable(results)));
  out(`\n${environmentLine(results)}`);
  for (const size of results.sizes) {
    const late = size.tools.switchboard.lateRuns;
    if (late) out(`Note: at ${rows(size.rows)} rows, decorations still changed after Switchboard's idle() resolved in ${late} run(s); times were taken at the last change.`);
  }
  const load = results.environment;
  if (Math.max(load.loadBefore, load.loadAfter) > 2) out('Note: the machine was busy with other work during this run; absolute times are inflated, compare ratios.');
}

export function markdownResults(results: Results): string {
  return [
    '<!-- Written by `npm run bench` (bench/report.ts). -->',
    'Medians of the timed runs. Switchboard is the built extension and ringcentral-c2d a content script, both injected by the browser into an isolated world; the floor and findNumbers are page scripts. "median ms": from injection until every number on the page is decorated; "to next frame": until the first frame rendered after that (style and layout of the decorations); "main-thread CPU": the page renderer\'s main thread over the latter, which other work on the machine does not inflate (Switchboard\'s background works in the extension\'s own process, outside it). One headless Chromium, one run; each repetition on a page of its own.',
    '',
    markdown(speedTable(results)),
    '',
    markdown(extraTable(results)),
    '',
    markdown(targetsTable(results)),
    '',
    environmentLine(results),
    '',
  ].join('\n');
}
