import { vi } from 'vitest';
import { createCcaiClient, type CcaiClientOptions } from '../../../lib/ccai/client';
import { SwitchboardError, type ErrorInfo } from '../../../lib/errors';

export const NOW = Date.parse('2030-01-01T00:00:00Z');
export const TOKEN = 'tok-very-secret';

/** One scripted answer: a status and body, a thrown error, or a fetch that never answers. */
export type Reply = [status: number, body?: unknown] | Error | 'hang';

export const CALL = { id: 397, status: 'assigned', call_type: 'Voice Outbound (API)', agent_info: { id: 1 } };

function toResponse([status, body]: [number, unknown?]): Response {
  const text = body === undefined ? null : typeof body === 'string' ? body : JSON.stringify(body);
  return new Response(status === 204 ? null : text, { status, headers: { 'content-type': 'application/json' } });
}

/** A client on a fake fetch that plays `replies` in order (the last one repeats). */
export function fakeClient(replies: Reply[], options: Partial<CcaiClientOptions> = {}) {
  const requests: { method: string; url: string; headers: Headers; body: unknown }[] = [];
  const fetch = vi.fn(async (input: RequestInfo | URL): Promise<Response> => {
    const { method, url, headers } = input as Request;
    const text = await (input as Request).clone().text();
    requests.push({ method, url, headers, body: text ? JSON.parse(text) : undefined });
    const reply = replies.length > 1 ? replies.shift()! : replies[0]!;
    if (reply === 'hang') return new Promise(() => {});
    if (reply instanceof Error) throw reply;
    return toResponse(reply);
  });
  const limiter = { acquire: vi.fn(async (_key: string) => {}) };
  const client = createCcaiClient({
    subdomain: 'acme',
    domain: 'uc1.ccaiplatform.com',
    auth: { kind: 'apiToken', token: TOKEN },
    fetch,
    limiter,
    now: () => NOW,
    ...options,
  });
  return { client, fetch, limiter, requests };
}

/** The ErrorInfo a promise rejects with; fails the test if it resolves or throws anything else. */
export async function failure(promise: Promise<unknown>): Promise<ErrorInfo> {
  const error: unknown = await promise.then(
    (value) => new Error(`expected a failure, got ${JSON.stringify(value)}`),
    (reason: unknown) => reason,
  );
  if (!(error instanceof SwitchboardError)) throw error;
  return error.info;
}
