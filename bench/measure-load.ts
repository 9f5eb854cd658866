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
  /** Loads where not every row's number was decorated (0 unless something broke). */
  incomplete: number;
}

// A string, not a function: tsx would wrap a function in __name(), which the page lacks.
const FIRST_SCAN = `new Promise((resolve) => {
  new PerformanceObserver((list, observer) => {
    const [scan] = list.getEntriesByName(${JSON.stringify(USER_TIMING.scan)});
    if (!scan) return;
    observer.disconnect();
    resolve({ ms: scan.duration, decorated: document.querySelectorAll('tr[data-row] [data-e164]').length });
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
      const scan = (await bench.page.evaluate(FIRST_SCAN)) as { ms: number; decorated: number };
      if (scan.decorated !== page.expected.length) runs.incomplete++;
      (workerStopped ? runs.stopped : runs.running).push(scan.ms);
      line.push(`${workerStopped ? 'worker stopped' : 'worker running'} ${scan.ms.toFixed(0)}`);
    }
    log(`  on page load, run ${rep + 1}/${reps}: ${line.join(', ')} ms`);
  }
  return runs;
}
