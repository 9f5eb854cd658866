// Typed client for the CCAI Platform Apps API calls endpoints. Plain fetch (through ky), no
// extension APIs, so the relay can use it under Node too.
import ky, { HTTPError, TimeoutError, type Options } from 'ky';
import { createRateLimiter, type RateLimiter } from '../rate-limit';
import { httpStatusError, malformedResponseError, networkError, timeoutError, type RequestContext } from './errors';
import { readCall, readCustomerFlags, readJson, readMessage } from './parse';
import {
  CCAI_CALL_TYPES,
  type CcaiCall,
  type CcaiCallType,
  type CreateCallResult,
  type CustomerFlags,
  type InboundCallRequest,
  type OutboundCallRequest,
  type ScheduledCallRequest,
} from './types';
import { validateCallId, validateInboundCall, validateOutboundCall, validateScheduledCall } from './validate';

export type CcaiAuth =
  | { kind: 'apiToken'; token: string }
  /** Older accounts: company key and secret. */
  | { kind: 'companyKey'; key: string; secret: string };

export interface CcaiClientOptions {
  subdomain: string;
  /** e.g. `uc1.ccaiplatform.com` */
  domain: string;
  /** Another origin, e.g. the local emulator; default `https://{subdomain}.{domain}`. */
  baseUrl?: string;
  auth: CcaiAuth;
  fetch?: typeof globalThis.fetch;
  limiter?: RateLimiter;
  timeoutMs?: number;
  now?: () => number;
}

export interface CcaiClient {
  createOutboundCall(request: OutboundCallRequest): Promise<CreateCallResult>;
  createInboundCall(request: InboundCallRequest): Promise<CreateCallResult>;
  createScheduledCall(request: ScheduledCallRequest): Promise<CreateCallResult>;
  /** UNVERIFIED endpoint (GET /calls/:id); our emulator implements it. */
  getCall(id: number): Promise<CcaiCall>;
  getCustomerFlags(id: number): Promise<CustomerFlags>;
  setCustomerFlags(id: number, flags: Partial<CustomerFlags>): Promise<void>;
}

// CCAI allows 10 requests per second per customer. One limiter per worker, so every client
// built for the same customer draws on the same budget.
const sharedLimiter = createRateLimiter({ limit: 10 });

function basicAuth(subdomain: string, auth: CcaiAuth): string {
  const [user, password] = auth.kind === 'apiToken' ? [subdomain, auth.token] : [auth.key, auth.secret];
  const bytes = new TextEncoder().encode(`${user}:${password}`);
  return `Basic ${btoa(String.fromCharCode(...bytes))}`;
}

// Blank fields are left out: an empty ticket_id would outrank end_user_number on the server.
function compact(body: object): Record<string, unknown> {
  return Object.fromEntries(
    Object.entries(body).flatMap(([key, value]) => {
      const trimmed = typeof value === 'string' ? value.trim() : value;
      return trimmed === undefined || trimmed === null || trimmed === '' ? [] : [[key, trimmed]];
    }),
  );
}

export function createCcaiClient(options: CcaiClientOptions): CcaiClient {
  const { subdomain, auth, limiter = sharedLimiter, timeoutMs = 10_000, now = Date.now } = options;
  const origin = (options.baseUrl ?? `https://${subdomain}.${options.domain}`).replace(/\/+$/, '');
  const api = ky.create({
    prefixUrl: `${origin}/apps/api/v1`,
    timeout: timeoutMs,
    headers: { authorization: basicAuth(subdomain, auth), accept: 'application/json' },
    ...(options.fetch && { fetch: options.fetch }),
    // Reads retry with backoff; writes override this with `retry: 0` (a click = one call).
    retry: { limit: 2, maxRetryAfter: 2_000 },
    hooks: { beforeRequest: [() => limiter.acquire(subdomain)] },
  });

  async function send(path: string, init: Options, context: RequestContext): Promise<Response> {
    try {
      return await api(path, init);
    } catch (error) {
      if (error instanceof HTTPError) {
        const body = await readJson(error.response).catch(() => undefined);
        throw httpStatusError(error.response.status, readMessage(body), context);
      }
      if (error instanceof TimeoutError) throw timeoutError(context);
      if (error instanceof TypeError) throw networkError(context); // fetch's way of saying "no answer"
      throw error;
    }
  }

  async function readBody<T>(response: Response, read: (body: unknown) => T | undefined, context: RequestContext): Promise<T> {
    const value = read(await readJson(response).catch(() => undefined));
    if (value === undefined) throw malformedResponseError(context);
    return value;
  }

  async function create(call_type: CcaiCallType, request: object): Promise<CreateCallResult> {
    const context = { creates: true, timeoutMs };
    const response = await send('calls', { method: 'post', json: compact({ ...request, call_type }), retry: 0 }, context);
    if (response.status === 201) return { outcome: 'created', call: await readBody(response, readCall, context) };
    // 202, and the seed's 200 that echoes the request: the agent must finish in the adapter.
    const call = response.status === 202 ? undefined : readCall(await readJson(response).catch(() => undefined));
    return call ? { outcome: 'created', call } : { outcome: 'needsAgentAction' };
  }

  return {
    async createOutboundCall(request) {
      validateOutboundCall(request);
      return create(CCAI_CALL_TYPES.outbound, request);
    },
    async createInboundCall(request) {
      validateInboundCall(request);
      return create(CCAI_CALL_TYPES.inbound, request);
    },
    async createScheduledCall(request) {
      validateScheduledCall(request, now());
      return create(CCAI_CALL_TYPES.scheduled, request);
    },
    async getCall(id) {
      validateCallId(id);
      const context = { creates: false, timeoutMs, callId: id };
      return readBody(await send(`calls/${id}`, { method: 'get' }, context), readCall, context);
    },
    async getCustomerFlags(id) {
      validateCallId(id);
      const context = { creates: false, timeoutMs, callId: id };
      return readBody(await send(`calls/${id}/customer_flag`, { method: 'get' }, context), readCustomerFlags, context);
    },
    async setCustomerFlags(id, flags) {
      validateCallId(id);
      const { verified_customer, bad_actor, repeat_customer } = flags;
      const json = { verified_customer, bad_actor, repeat_customer };
      await send(`calls/${id}/customer_flag`, { method: 'patch', json, retry: 0 }, { creates: false, timeoutMs, callId: id });
    },
  };
}
