// Everything the emulator remembers, shared by both clouds and the admin API.
import type { Accounts } from './accounts';
import type { CcaiCall } from './ccai-calls';
import type { Clock } from './clock';
import type { TcccCall } from './tccc-calls';
import type { Task } from './tccc-tasks';

export type Provider = 'tccc' | 'ccai';

export interface LogEntry {
  seq: number;
  /** Real time the request arrived, ISO. */
  time: string;
  provider: Provider | 'inbound';
  /** TCCC action (`X-TC-Action`); for CCAI and inbound callbacks, unset. */
  action?: string;
  method: string;
  path: string;
  /** As received, Authorization included (tests check the signing). */
  headers: Record<string, string>;
  /** Parsed JSON body, or the raw text when it is not JSON. */
  body: unknown;
  status: number;
  /** `accepted`, or the TCCC error code, or the CCAI HTTP status. */
  verdict: string;
  response: unknown;
}

export interface FailRule {
  provider: Provider;
  /** Substring of the TCCC action or of CCAI `METHOD /path`; empty matches anything. */
  match: string;
  status?: number;
  code?: string;
  message?: string;
}

export interface Limits { tccc: number; ccai: number }

export interface State {
  accounts: Accounts;
  clock: Clock;
  limits: Limits;
  tcccCalls: Map<string, TcccCall>;
  ccaiCalls: Map<number, CcaiCall>;
  tasks: Map<number, Task>;
  log: LogEntry[];
  failNext: FailRule[];
  /** Real-time request stamps per rate-limit key. */
  hits: Map<string, number[]>;
  ids: { ccaiCall: number; participant: number; endUser: number; task: number; log: number };
}

export function createState(accounts: Accounts, clock: Clock, limits: Limits): State {
  return {
    accounts, clock, limits,
    tcccCalls: new Map(), ccaiCalls: new Map(), tasks: new Map(),
    log: [], failNext: [], hits: new Map(),
    ids: { ccaiCall: 1000, participant: 5000, endUser: 100, task: 0, log: 0 },
  };
}

/** Forget calls, tasks, the log, queued failures and rate windows; keep accounts and clock. */
export function resetState(state: State): void {
  Object.assign(state, createState(state.accounts, state.clock, state.limits));
}

/** Count a request against `limit` per second (real time, not the call clock); `ok` is false past it. */
export function withinLimit(state: State, key: string, limit: number): { ok: boolean; count: number } {
  const now = Date.now();
  const recent = (state.hits.get(key) ?? []).filter((t) => now - t < 1000);
  recent.push(now);
  state.hits.set(key, recent);
  return { ok: recent.length <= limit, count: recent.length };
}

// A long CLI session polls every second; keep the log bounded.
const LOG_LIMIT = 10_000;

export function appendLog(state: State, entry: Omit<LogEntry, 'seq' | 'time'>): void {
  state.log.push({ seq: ++state.ids.log, time: new Date().toISOString(), ...entry });
  if (state.log.length > LOG_LIMIT) state.log.splice(0, state.log.length - LOG_LIMIT);
}

/** Take the first queued failure matching this request, if any. */
export function takeFailure(state: State, provider: Provider, key: string): FailRule | undefined {
  const index = state.failNext.findIndex((rule) => rule.provider === provider && key.includes(rule.match));
  return index < 0 ? undefined : state.failNext.splice(index, 1)[0];
}
