/**
 * The contract between the Node side and the bundles injected into the benchmark page. The
 * harness is installed before the page's own content (an init script); a tool bundle is
 * injected inside the timed region and registers itself as `window.__benchTool`.
 */

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

export interface WatchResult {
  found: Found[];
  /** performance.now() of the last change seen: ms since navigation start. */
  lastChangeMs: number;
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
  /** For a content script started by the browser: waits until `[data-e164]` stops changing. */
  watchDecorations(stillMs: number, timeoutMs: number): Promise<WatchResult>;
  scan(source: string): Promise<ScanResult>;
  /** Only injection to the tool's completion signal, ms: for profiling, no polling after. */
  scanOnly(source: string): Promise<number>;
  append(rowsHtml: string, expected: number): Promise<AppendResult>;
  scroll(screens: number): Promise<ScrollResult>;
}

declare global {
  interface Window {
    __bench: Harness;
    __benchTool?: Tool;
  }
}
