// CCAI Platform Apps API under /apps/api/v1: subdomain (from Host `<sub>.localhost`, else the
// Basic username), Basic auth, 10 requests/s per customer, queued failures, then the routes.
import type { CcaiAccount } from './accounts';
import { ccaiCallView, createCcaiCall, type CcaiCall, type CustomerFlags } from './ccai-calls';
import { validateCall } from './ccai-validate';
import { header, isRecord, type Reply, type RequestContext } from './http';
import { takeFailure, withinLimit, type State } from './state';

export const CCAI_PREFIX = '/apps/api/v1';
const FLAGS = ['verified_customer', 'bad_actor', 'repeat_customer'] as const;

const json = (status: number, body: unknown, headers?: Record<string, string>): Reply =>
  ({ status, body, headers, verdict: status < 300 ? 'accepted' : String(status) });
const message = (status: number, text: string) => json(status, { message: text });

function basicCredentials(ctx: RequestContext): [string, string] | undefined {
  const match = /^Basic\s+(\S+)$/i.exec(header(ctx.req, 'authorization') ?? '');
  if (!match?.[1]) return undefined;
  const decoded = Buffer.from(match[1], 'base64').toString('utf8');
  const colon = decoded.indexOf(':');
  return colon < 0 ? undefined : [decoded.slice(0, colon), decoded.slice(colon + 1)];
}

/** The customer account, or the 401/404 reply. */
function authenticate(state: State, ctx: RequestContext): CcaiAccount | Reply {
  const credentials = basicCredentials(ctx);
  const hostSubdomain = /^([^.]+)\.localhost$/i.exec((header(ctx.req, 'host') ?? '').replace(/:\d+$/, ''))?.[1];
  const user = credentials?.[0];
  const account = hostSubdomain
    ? state.accounts.ccai.find((a) => a.subdomain === hostSubdomain.toLowerCase())
    : state.accounts.ccai.find((a) => user !== undefined && (a.subdomain === user || a.companyKey === user));
  if (!account) return hostSubdomain || credentials ? message(404, 'Not Found') : message(401, 'Unauthorized');
  const [name, secret] = credentials ?? [];
  const ok = (name === account.subdomain && secret === account.apiToken) ||
    (account.companyKey !== undefined && name === account.companyKey && secret === account.companySecret);
  return ok ? account : message(401, 'Unauthorized');
}

function updateFlags(call: CcaiCall, body: unknown): Reply {
  if (!isRecord(body)) return message(400, 'Request body must be a JSON object'); // (emulator)
  const updates: Partial<CustomerFlags> = {};
  for (const [key, value] of Object.entries(body)) {
    // The seed's PATCH example spells `repeat_customers`.
    const flag = FLAGS.find((f) => f === key || `${f}s` === key);
    if (!flag) continue;
    if (typeof value !== 'boolean') return message(400, `${key} must be true or false`); // (emulator)
    updates[flag] = value;
  }
  Object.assign(call.flags, updates);
  return json(200, call.flags);
}

function route(state: State, account: CcaiAccount, ctx: RequestContext): Reply {
  const method = ctx.req.method ?? 'GET';
  const path = ctx.url.pathname.slice(CCAI_PREFIX.length).replace(/\/+$/, '');
  const now = state.clock.now();
  if (method === 'POST' && path === '/calls') {
    if (!isRecord(ctx.json)) return message(400, 'Request body must be a JSON object'); // (emulator)
    const result = validateCall(state, account, ctx.json, now);
    if (result.kind === 'error') return message(400, result.message);
    if (result.kind === 'accepted') return json(202, result.body);
    return json(201, ccaiCallView(createCcaiCall(state, account.subdomain, result.plan, now), now));
  }
  const match = /^\/calls\/(\d+)(\/customer_flag)?$/.exec(path);
  const call = match ? state.ccaiCalls.get(Number(match[1])) : undefined;
  if (!match || !call || call.subdomain !== account.subdomain) return message(404, 'Not Found');
  if (!match[2] && method === 'GET') return json(200, ccaiCallView(call, now));
  if (match[2] && method === 'GET') return json(200, call.flags);
  if (match[2] && method === 'PATCH') return updateFlags(call, ctx.json);
  return message(404, 'Not Found');
}

export function handleCcai(state: State, ctx: RequestContext): Reply {
  const account = authenticate(state, ctx);
  if ('status' in account) return account;
  if (!withinLimit(state, `ccai:${account.subdomain}`, state.limits.ccai).ok) {
    return json(429, { message: 'Too Many Requests' }, { 'retry-after': '1' }); // (emulator) body
  }
  const failure = takeFailure(state, 'ccai', `${ctx.req.method} ${ctx.url.pathname}`);
  if (failure) return message(failure.status ?? 500, failure.message ?? 'Internal Server Error');
  return route(state, account, ctx);
}
