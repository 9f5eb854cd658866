/**
 * `npm run bench`: Switchboard (the built extension) against ringcentral-c2d and the floor on a
 * generated CRM ticket list, in one headless Chromium. A benchmark, not a test: it prints
 * PASS/FAIL per target but exits 0 unless something crashed.
 *
 *   npm run bench -- [--rows=2000,10000] [--reps=5] [--reps-large=3]
 *
 * Repetitions stop early when a page size has used its time budget (a busy machine), so the
 * run stays around four minutes; the report says how many runs each median is over.
 */
import { writeFileSync } from 'node:fs';
import { cpus, loadavg } from 'node:os';
import { join } from 'node:path';
import { launchBench } from './browser';
import { buildBundles, buildExtension, RINGCENTRAL_FILE } from './bundles';
import type { Found } from './in-page/types';
import { measureLoad, type LoadRuns } from './measure-load';
import { measureSpeed, warmUp } from './measure-speed';
import { traceSwitchboard, type TraceSummary } from './measure-trace';
import { cachedPage, generatePage, type BenchPage } from './page';
import { evaluateTargets, markdownResults, printResults, summarizeSize, type Results, type SizeResult } from './report';
import { score } from './score';

const OUT_DIR = import.meta.dirname;
/** Per page size, for the timed repetitions (seconds): 2,000 rows, then larger pages. */
const BUDGET_S = { small: 90, large: 60 };
/** The size the targets are set for: traced, and loaded as an agent would. */
const TARGET_ROWS = 2000;
/** Page loads with the service worker running, and as many with it stopped. */
const LOAD_REPS = 5;

function option(name: string, fallback: string): string {
  const arg = process.argv.find((a) => a.startsWith(`--${name}=`));
  return arg ? arg.slice(name.length + 3) : fallback;
}
const flag = (name: string) => process.argv.includes(`--${name}`);

const started = performance.now();
const log = (line: string) => process.stderr.write(`[${((performance.now() - started) / 1000).toFixed(0).padStart(3)} s] ${line}\n`);

function scoreOf(page: BenchPage, found: Found[], which: 'scan' | 'append') {
  return which === 'scan'
    ? score(found, page.expected, page.texts)
    : score(
        found,
        page.appended.flatMap((batch) => batch.expected),
        page.appended.flatMap((batch) => batch.texts),
        page.expected.length,
      );
}

async function main() {
  const sizes = option('rows', '2000,10000').split(',').map(Number);
  const reps = Number(option('reps', '5'));
  const repsLarge = Number(option('reps-large', '3'));
  const loadBefore = loadavg()[0]!;

  log('building the extension (npm run build:e2e)');
  const size = buildExtension();
  log('bundling the other tools (esbuild)');
  const bundles = await buildBundles();
  log('generating pages');
  const repsOf = (rows: number) => (rows > TARGET_ROWS ? repsLarge : reps);
  // One page per repetition, and one more for the traced run: see measure-speed.ts.
  const pages = new Map(sizes.map((rows) => [rows, Array.from({ length: repsOf(rows) + 1 }, (_, i) => cachedPage(rows, i))]));

  const bench = await launchBench(bundles.harness, { [RINGCENTRAL_FILE]: bundles.ringcentralContent });
  const results: SizeResult[] = [];
  try {
    log('warm-up');
    await warmUp(bench, bundles, generatePage(50));
    for (const [rows, all] of pages) {
      const large = rows > TARGET_ROWS;
      const timed = all.slice(0, -1);
      const runs = await measureSpeed(bench, bundles, timed, repsOf(rows), (large ? BUDGET_S.large : BUDGET_S.small) * 1000, log);
      // Tracing on the target size only: a 10,000-row trace is hundreds of MB.
      let trace: TraceSummary | undefined;
      let load: LoadRuns | undefined;
      if (rows === (sizes.includes(TARGET_ROWS) ? TARGET_ROWS : sizes[0])) {
        log(`${rows} rows: traced Switchboard run`);
        trace = await traceSwitchboard(bench, bundles.tools.switchboard, all.at(-1)!);
        log(`${rows} rows: Switchboard on page load`);
        load = await measureLoad(bench, all, LOAD_REPS, log);
      }
      results.push(
        summarizeSize(runs, (tool, which) => {
          const found = which === 'scan' ? runs.tools[tool].found : runs.tools[tool].append?.found;
          return found && scoreOf(timed[0]!, found, which);
        }, trace, load),
      );
    }
  } finally {
    await bench.close();
  }

  const partial = {
    environment: {
      date: new Date().toISOString(),
      chromium: bench.version,
      node: process.versions.node,
      cpus: `${cpus().length} × ${cpus()[0]?.model.trim() ?? 'CPU'}`,
      loadBefore,
      loadAfter: loadavg()[0]!,
      runtimeS: (performance.now() - started) / 1000,
    },
    sizes: results,
    contentScript: size,
  };
  const all: Results = { ...partial, targets: evaluateTargets(partial) };
  printResults(all, (line) => process.stdout.write(`${line}\n`));
  for (const [name, s] of [['Switchboard', 'switchboard'], ['ringcentral-c2d', 'ringcentral']] as const) {
    for (const r of results) {
      const sc = r.tools[s].score;
      if (sc.falsePositiveExamples.length) process.stdout.write(`${name} false positives (${r.rows} rows), e.g.: ${sc.falsePositiveExamples.join('; ')}\n`);
      if (sc.missedExamples.length) process.stdout.write(`${name} missed (${r.rows} rows), e.g.: ${sc.missedExamples.join('; ')}\n`);
    }
  }
  writeFileSync(join(OUT_DIR, 'results.json'), `${JSON.stringify(all, null, 2)}\n`);
  writeFileSync(join(OUT_DIR, 'results.md'), markdownResults(all));
  log('wrote bench/results.json and bench/results.md');
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
