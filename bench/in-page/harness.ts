/**
 * Installed in every benchmark page before its content (Playwright init script). Timing runs
 * here, in the page, with performance.now(): a round trip to Node would add milliseconds.
 */
import { foundIn } from './row';
import { COUNTRY, type AppendResult, type Harness, type LongTask, type PageLayout, type ScanResult, type ScrollResult } from './types';

/** Frames without a change before a count is taken as final. */
const STILL_FRAMES = 3;
const APPEND_TIMEOUT_MS = 2000;

const longTasks: LongTask[] = [];
const longTaskObserver = new PerformanceObserver((list) => {
  for (const entry of list.getEntries()) longTasks.push({ start: entry.startTime, duration: entry.duration });
});
try {
  longTaskObserver.observe({ type: 'longtask', buffered: true });
} catch {
  // No Long Tasks API: the traced run still reports the longest task.
}

const frame = () => new Promise<void>((resolve) => requestAnimationFrame(() => resolve()));

/** Resolves after the next frame's rendering (style, layout, paint): rAF runs before it, and a
 * message posted from rAF is a task queued behind it. */
function rendered(): Promise<number> {
  return new Promise((resolve) =>
    requestAnimationFrame(() => {
      const channel = new MessageChannel();
      channel.port1.onmessage = () => resolve(performance.now());
      channel.port2.postMessage(null);
    }),
  );
}

function longTasksBetween(from: number, to: number): LongTask[] {
  for (const entry of longTaskObserver.takeRecords()) longTasks.push({ start: entry.startTime, duration: entry.duration });
  return longTasks.filter((task) => task.start < to && task.start + task.duration > from);
}

/** Lets the page's own load work (layout, first paints) finish so it is not billed to a tool. */
async function quiet() {
  document.body.getBoundingClientRect();
  await frame();
  await frame();
}

/**
 * Waits until `count()` holds for a few frames; returns the time of the last change seen
 * (`since` if it did not change from `last`, the count at that time).
 */
async function settle(count: () => number, since: number, last = count()): Promise<{ end: number; changes: number }> {
  let end = since;
  let changes = 0;
  for (let still = 0; still < STILL_FRAMES; ) {
    await frame();
    const now = count();
    if (now === last) still++;
    else [last, end, still, changes] = [now, performance.now(), 0, changes + 1];
  }
  return { end, changes };
}

const markTime = (name: string) => performance.getEntriesByName(name, 'mark')[0]?.startTime ?? NaN;

/**
 * Moves on to a task that starts after the measured window: reading back what a tool decorated
 * (2,000 elements touched from the page's world for the first time) is the harness's work,
 * and a long task that began inside the window would be billed to the tool.
 */
const afterWindow = () => new Promise((resolve) => setTimeout(resolve, 0));

function tool() {
  const found = window.__benchTool;
  if (!found) throw new Error('the injected bundle did not register window.__benchTool');
  return found;
}

window.__bench = {
  floor() {
    const t0 = performance.now();
    const walker = document.createTreeWalker(document.documentElement, NodeFilter.SHOW_TEXT);
    let textNodes = 0;
    let chars = 0;
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      textNodes++;
      chars += (node as Text).data.length; // read the text, as any scanner must
    }
    return { ms: performance.now() - t0, textNodes, chars };
  },

  quiet,

  pageLayout(rowsHtml: string): PageLayout {
    const time = (change: () => void) => {
      const t0 = performance.now();
      change();
      document.body.getBoundingClientRect(); // style and layout, now
      return performance.now() - t0;
    };
    const cell = document.querySelector('#tickets tbody td.amount');
    const template = document.createElement('template');
    template.innerHTML = rowsHtml;
    return {
      oneCellMs: time(() => cell?.append(' ')),
      appendMs: time(() => document.querySelector('#tickets tbody')?.append(template.content)),
    };
  },

  async scan(source: string, injected?: { mark: string; started: string }): Promise<ScanResult> {
    performance.mark('bench:scan-start');
    let t0 = performance.now();
    // An inline script runs synchronously on insertion: parse, compile and module init are
    // inside the timed region, as they are for an injected content script.
    const script = document.createElement('script');
    script.textContent = source;
    document.head.append(script);
    let evalMs = performance.now() - t0;
    const bench = tool();
    await bench.start(COUNTRY);
    if (injected) {
      // Injected into its own world by the browser: the clock starts at its first mark there.
      t0 = markTime(injected.mark);
      evalMs = markTime(injected.started) - t0;
    }
    const signal = performance.now();
    const atSignal = bench.count();
    // The decorations on screen: a tool that decorates in one go pays the page's layout for
    // them here, one that yields to rendering has paid part of it inside its own time.
    const shown = await rendered();
    const { end, changes } = await settle(() => bench.count(), signal, atSignal);
    await bench.idle();
    const renderedAt = changes ? Math.max(shown, await rendered()) : shown;
    // Long tasks count until the page has been still for a few frames, so that work a tool
    // leaves for later (buttons put in after the scan) is counted too.
    const stillAt = Math.max(renderedAt, performance.now());
    performance.mark('bench:scan-end', { startTime: end });
    performance.mark('bench:scan-rendered', { startTime: renderedAt });
    performance.mark('bench:scan-still', { startTime: stillAt });
    await afterWindow();
    return {
      ms: end - t0,
      renderedMs: renderedAt - t0,
      evalMs,
      signalMs: signal - t0,
      lateChanges: changes,
      found: bench.found(),
      longTasks: longTasksBetween(t0, stillAt),
    };
  },

  async append(rowsHtml: string, expected: number): Promise<AppendResult> {
    const bench = tool();
    const tbody = document.querySelector('#tickets tbody');
    if (!tbody) throw new Error('no #tickets tbody');
    // Parsed outside the timed region: the page's framework would build these rows anyway.
    const template = document.createElement('template');
    template.innerHTML = rowsHtml;
    const rows = Array.from(template.content.children);
    await quiet();
    const decorated = () => rows.reduce((n, row) => n + bench.count(row), 0);

    let lastChange = 0;
    let seen = 0;
    let timedOut = false;
    const done = new Promise<void>((resolve) => {
      // Created after the tool's observer, so it is called after it for the same mutations;
      // for decorations made in later tasks, right after the task that made them.
      const observer = new MutationObserver(() => {
        const now = decorated();
        if (now !== seen) [seen, lastChange] = [now, performance.now()];
        if (now >= expected) finish();
      });
      const timer = setTimeout(() => ((timedOut = true), finish()), APPEND_TIMEOUT_MS);
      function finish() {
        observer.disconnect();
        clearTimeout(timer);
        resolve();
      }
      // data-e164 too: a tool may mark the page's own element instead of wrapping the number.
      observer.observe(tbody, { childList: true, subtree: true, characterData: true, attributeFilter: ['data-e164'] });
    });

    performance.mark('bench:append-start');
    const t0 = performance.now();
    tbody.append(...rows);
    await done;
    await bench.idle();
    const shown = await rendered();
    const { end } = await settle(decorated, lastChange || t0, seen);
    performance.mark('bench:append-end', { startTime: end });
    performance.mark('bench:append-rendered', { startTime: Math.max(end, shown) });
    await afterWindow();
    const found = rows.flatMap((row) => bench.found(row));
    return {
      ms: end - t0,
      decorated: found.length,
      expected,
      timedOut,
      found,
      longTasks: longTasksBetween(t0, Math.max(end, shown)),
    };
  },

  async scroll(screens: number): Promise<ScrollResult> {
    await quiet();
    const t0 = performance.now();
    for (let i = 0; i < screens; i++) {
      window.scrollBy(0, window.innerHeight);
      // A tool that builds its buttons as they come into view does so a frame or two later.
      for (let still = 0; still < STILL_FRAMES; still++) await frame();
    }
    await tool().idle();
    await rendered();
    return { screens, longTasks: longTasksBetween(t0, performance.now()) };
  },
} satisfies Harness;
