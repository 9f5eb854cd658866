// Plays TCCC's inbound API callback (seed: "Inbound API Calls"): POST a `CallInBound` event
// to the configured URL; no answer within 5 s means a resend, and after 2 failed retries
// the call goes to the AI agent or IVR bound to the number (ended when none is bound).
// Any failure (timeout, network error, non-2xx, non-JSON body) counts as no answer.
import { randomUUID } from 'node:crypto';
import { isRecord } from './http';
import { appendLog, type State } from './state';

export interface InboundOptions {
  url: string;
  caller?: string;
  callee?: string;
  sdkAppId?: number;
  /** What the number is bound to; default from the account. */
  aiAgentId?: number;
  ivrId?: number;
  /** Per attempt; default 5000 like the real service. */
  timeoutMs?: number;
  retries?: number;
}

export interface Attempt { attempt: number; ms: number; status?: number; error?: string; body?: unknown }

export interface Routing {
  route: 'override' | 'default' | 'hangup';
  aiAgentId: number;
  ivrId: number;
  variables: unknown[];
  note?: string;
}

function decide(response: unknown, bound: { AIAgentId: number; IvrId: number }): Routing {
  const fallback = (note: string): Routing => bound.AIAgentId || bound.IvrId
    ? { route: 'default', aiAgentId: bound.AIAgentId, ivrId: bound.IvrId, variables: [], note }
    : { route: 'hangup', aiAgentId: 0, ivrId: 0, variables: [], note: `${note}; nothing bound to the number` };
  if (response === undefined) return fallback('no answer');
  const answer = isRecord(response) ? response.CallInBound : undefined;
  if (!isRecord(answer) || Object.keys(answer).length === 0) return { route: 'hangup', aiAgentId: 0, ivrId: 0, variables: [], note: 'empty CallInBound' };
  const aiAgentId = Number(answer.OverrideAIAgentId ?? 0);
  const ivrId = Number(answer.OverrideIvrId ?? 0);
  const variables = Array.isArray(answer.Variables) ? answer.Variables : [];
  if (aiAgentId && ivrId) return fallback('both OverrideAIAgentId and OverrideIvrId set');
  if (!aiAgentId && !ivrId) return { ...fallback('no override'), variables };
  return { route: 'override', aiAgentId, ivrId, variables };
}

async function attempt(url: string, body: string, timeoutMs: number, n: number): Promise<Attempt> {
  const started = performance.now();
  const ms = () => Math.round(performance.now() - started);
  try {
    const res = await fetch(url, { method: 'POST', headers: { 'content-type': 'application/json' }, body, signal: AbortSignal.timeout(timeoutMs) });
    const text = await res.text();
    let parsed: unknown;
    try {
      parsed = JSON.parse(text);
    } catch {
      return { attempt: n, ms: ms(), status: res.status, body: text, error: 'response is not JSON' };
    }
    return { attempt: n, ms: ms(), status: res.status, body: parsed, ...(!res.ok && { error: `HTTP ${res.status}` }) };
  } catch (error) {
    const name = (error as Error).name;
    return { attempt: n, ms: ms(), error: name === 'TimeoutError' ? `no answer within ${timeoutMs} ms` : String((error as Error).message) };
  }
}

export async function playInbound(state: State, options: InboundOptions) {
  const account = state.accounts.tccc.find((a) => options.sdkAppId === undefined || a.sdkAppId === options.sdkAppId);
  if (!account) throw new Error(`no TCCC account with SdkAppId ${options.sdkAppId}`);
  const bound = { AIAgentId: options.aiAgentId ?? account.inbound.aiAgentId, IvrId: options.ivrId ?? account.inbound.ivrId };
  const event = {
    Event: 'CallInBound',
    SessionId: randomUUID(),
    SdkAppId: account.sdkAppId,
    CallInBound: { ...bound, Caller: options.caller ?? '+8613066668888', Callee: options.callee ?? `+${(account.numbers[0] ?? '').slice(2)}` },
  };
  const text = JSON.stringify(event);
  const started = performance.now();
  const attempts: Attempt[] = [];
  let response: unknown;
  for (let n = 1; n <= 1 + (options.retries ?? 2); n++) {
    const result = await attempt(options.url, text, options.timeoutMs ?? 5_000, n);
    attempts.push(result);
    if (!result.error) {
      response = result.body;
      break;
    }
  }
  const routing = decide(response, bound);
  const result = { sessionId: event.SessionId, event, attempts, response: response ?? null, routing, totalMs: Math.round(performance.now() - started) };
  appendLog(state, {
    provider: 'inbound',
    method: 'POST',
    path: options.url,
    headers: { 'content-type': 'application/json' },
    body: event,
    status: attempts[attempts.length - 1]?.status ?? 0,
    verdict: routing.route,
    response: result,
  });
  return result;
}
