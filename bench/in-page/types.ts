/**
 * The contract between the Node side and the bundles injected into the benchmark page. The
 * harness is installed before the page's own content (an init script); a tool bundle is
 * injected inside the timed region and registers itself as `window.__benchTool`.
 */

/** The CRM's default country, for every tool. */
export const COUNTRY = 'US';

/** User Timing marks are shared by every world of a page: a tool injected into its own world
 * says when it starts and ends with them. Switchboard's are its own (lib/user-timing.ts). */
export const TOOL_TIMING = { started: 'bench:tool-started', done: 'bench:tool-done' } as const;

/** Resolves once the page's timeline has a `type` entry named `name`, however early it came. */
export function waitForEntry(type: 'mark' | 'measure', name: string): Promise<void> {
  return new Promise((resolve) => {
    new PerformanceObserver((list, observer) => {
      if (!list.getEntriesByName(name).length) return;
      observer.disconnect();
      resolve();
    }).observe({ type, buffered: true });
  });
}

/** [row index (-1 outside the ticket rows), E.164, the text taken] per number a tool decorated or found. */
export type Found = [row: number, e164: string, text: string];

export interface Tool {
  /** Starts the tool on the page; resolves (or returns) when the tool says it is done. */
  start(country: string): Promise<void> | void;
  /** Resolves when the tool has no queued work (tools without a queue: at once). */
  idle(): Promise<void>;
  /** How many numbers the tool has decorated under `root` (default: the document). */
  count(root?: ParentNode): number;
  found(root?: ParentNode): Found[];
}

export interface LongTask {
  start: number;
  duration: number;
}

export interface ScanResult {
  /** Injection to completion (every number decorated in the DOM), ms. */
  ms: number;
  /** Injection to the end of the first frame rendered after completion, ms. */
  renderedMs: number;
  /** Of which evaluating the injected bundle (parse, compile, module init), ms. */
  evalMs: number;
  /** When the tool's own completion signal fired, ms after injection. */
  signalMs: number;
  /** Completion by polling: the count stopped changing (a later change moves `ms`). */
  lateChanges: number;
  found: Found[];
  /** Long tasks (>= 50 ms, PerformanceObserver 'longtask') from injection to rendered. */
  longTasks: LongTask[];
}

export interface AppendResult {
  /** Append to the last of the new rows' decorations, ms. */
  ms: number;
  /** Decorations inside the new rows; `expected` is the number of rows. */
  decorated: number;
  expected: number;
  /** True if not all rows were decorated within the timeout. */
  timedOut: boolean;
  found: Found[];
  /** Long tasks from the append to the first frame rendered after it. */
  longTasks: LongTask[];
}

/** Scrolling down the page a screen at a time after the scan, as an agent reads a long list. */
export interface ScrollResult {
  screens: number;
  /** Long tasks from the first scroll until the page is still after the last. */
  longTasks: LongTask[];
}

export interface FloorResult {
  ms: number;
  textNodes: number;
  chars: number;
}

/** What the page's own changes cost in style and layout, with no tool on the page. */
export interface PageLayout {
  /** One table cell's text changed. */
  oneCellMs: number;
  /** 100 rows appended to the table. */
  appendMs: number;
}

export interface Harness {
  /** Lets the page's own pending work (load, layout, paint) finish; call before a measurement. */
  quiet(): Promise<void>;
  floor(): FloorResult;
  /** Call on an untouched page: the floor for any task that changes the table. */
  pageLayout(rowsHtml: string): PageLayout;
  /**
   * Injects `source` and times the tool from then until every number is decorated. With
   * `injected`, the tool runs in another world (Switchboard's content script): the clock starts
   * at its `mark`, and evaluation lasts until its `started` mark.
   */
  scan(source: string, injected?: { mark: string; started: string }): Promise<ScanResult>;
  append(rowsHtml: string, expected: number): Promise<AppendResult>;
  scroll(screens: number): Promise<ScrollResult>;
}

declare global {
  interface Window {
    __bench: Harness;
    __benchTool?: Tool;
  }
}
