/**
 * Switchboard as an agent meets it: the page loads on an enabled site and the browser runs the
 * registered content script at `document_idle`, while the page is still settling. Loads
 * alternate between a running service worker and one Chrome has stopped (it stops an idle
 * worker after 30 s; the content script's first message then wakes it). Timed by the content
 * script's own User Timing: from its start until every number is decorated.
 */
import type { BenchBrowser } from './browser';
import { USER_TIMING } from '../lib/user-timing';
import type { BenchPage } from './page';

export interface LoadRuns {
  running: number[];
  stopped: number[];
  /**
   * Loads where not every row's number was decorated, or the scan never finished (0 unless
   * something broke). Such a load's time is left out of `running` and `stopped`.
   */
  incomplete: number;
}

/**
 * How long a load may take to be scanned. Chromium once in ~50 loads did not run the script
 * registered just before the worker was stopped: the bench then waited for ever.
 */
const SCAN_TIMEOUT_MS = 20_000;

// A string, not a function: tsx would wrap a function in __name(), which the page lacks.
const FIRST_SCAN = `new Promise((resolve) => {
  const decorated = () => document.querySelectorAll('tr[data-row] [data-e164]').length;
  const late = setTimeout(() => resolve({ ms: undefined, decorated: decorated() }), ${SCAN_TIMEOUT_MS});
  new PerformanceObserver((list, observer) => {
    const [scan] = list.getEntriesByName(${JSON.stringify(USER_TIMING.scan)});
    if (!scan) return;
    observer.disconnect();
    clearTimeout(late);
    resolve({ ms: scan.duration, decorated: decorated() });
  }).observe({ type: 'measure', buffered: true });
})`;

export async function measureLoad(bench: BenchBrowser, pages: BenchPage[], reps: number, log: (line: string) => void): Promise<LoadRuns> {
  const runs: LoadRuns = { running: [], stopped: [], incomplete: 0 };
  for (let rep = 0; rep < reps; rep++) {
    const line: string[] = [];
    for (const workerStopped of rep % 2 ? [true, false] : [false, true]) {
      const page = pages[(rep * 2 + Number(workerStopped)) % pages.length]!;
      bench.serve(page);
      await bench.loadAsAgent(workerStopped);
      const scan = (await bench.page.evaluate(FIRST_SCAN)) as { ms?: number; decorated: number };
      const label = workerStopped ? 'worker stopped' : 'worker running';
      if (scan.ms === undefined || scan.decorated !== page.expected.length) {
        runs.incomplete++;
        line.push(`${label}: ${scan.decorated} of ${page.expected.length} decorated${scan.ms === undefined ? `, no scan within ${SCAN_TIMEOUT_MS / 1000} s` : ''}`);
        continue;
      }
      (workerStopped ? runs.stopped : runs.running).push(scan.ms);
      line.push(`${label} ${scan.ms.toFixed(0)}`);
    }
    log(`  on page load, run ${rep + 1}/${reps}: ${line.join(', ')} ms`);
  }
  return runs;
}
