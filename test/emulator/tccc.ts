// TCCC API 3.0 front door: common headers, TC3 signature, action and version, the per-action
// rate limit, queued failures, parameters, then the action. Errors are HTTP 200 with
// {"Response":{"Error":{"Code","Message"},"RequestId"}} like the real service.
import { randomUUID } from 'node:crypto';
import { header, isRecord, type Reply, type RequestContext } from './http';
import { takeFailure, withinLimit, type State } from './state';
import { sessionActions, type Action } from './tccc-actions';
import { ACTIONS, checkParams, TcccError } from './tccc-params';
import { syncTasks, taskActions } from './tccc-tasks';
import { verifyTc3 } from './tc3';

export const TCCC_VERSION = '2020-02-10';
const HANDLERS: Record<string, Action> = { ...sessionActions, ...taskActions };

function reply(action: string | undefined, data: Record<string, unknown>): Reply {
  return { status: 200, action, verdict: 'accepted', body: { Response: { ...data, RequestId: randomUUID() } } };
}

function errorReply(action: string | undefined, code: string, message: string, status = 200): Reply {
  return { status, action, verdict: code, body: { Response: { Error: { Code: code, Message: message }, RequestId: randomUUID() } } };
}

const missing = (name: string) => new TcccError('MissingParameter', `The request is missing a required parameter \`${name}\`.`);

/** Common checks up to the signature; returns the authenticated SecretId. */
function authenticate(state: State, ctx: RequestContext): string {
  for (const [name, key] of [['Action', 'x-tc-action'], ['Version', 'x-tc-version'], ['Timestamp', 'x-tc-timestamp']] as const) {
    if (!header(ctx.req, key)) throw missing(name);
  }
  const verdict = verifyTc3({
    method: ctx.req.method ?? 'POST',
    path: ctx.url.pathname,
    query: ctx.url.search.slice(1),
    headers: ctx.req.headers,
    body: ctx.raw,
    service: 'ccc',
    now: Math.floor(Date.now() / 1000),
    secretKeyOf: (id) => state.accounts.tccc.find((a) => a.secretId === id)?.secretKey,
  });
  if (!verdict.ok) throw new TcccError(verdict.code, verdict.message);
  return verdict.secretId;
}

export function handleTccc(state: State, ctx: RequestContext): Reply {
  const traceId = header(ctx.req, 'x-tc-traceid');
  return { ...answer(state, ctx), ...(traceId && { headers: { 'x-tc-traceid': traceId } }) };
}

function answer(state: State, ctx: RequestContext): Reply {
  const action = header(ctx.req, 'x-tc-action');
  try {
    const secretId = authenticate(state, ctx);
    const handler = ACTIONS.includes(action!) ? HANDLERS[action!] : undefined;
    if (!handler) throw new TcccError('InvalidAction', 'The request `Action` is invalid or not found.');
    const version = header(ctx.req, 'x-tc-version');
    if (version !== TCCC_VERSION) throw new TcccError('NoSuchVersion', `The requested version \`${version}\` of service \`ccc\` does not exist.`);
    const limit = withinLimit(state, `tccc:${secretId}:${action}`, state.limits.tccc);
    if (!limit.ok) {
      throw new TcccError('RequestLimitExceeded', `Your current request times equals to \`${limit.count}\` in a second, which exceeds the frequency limit \`${state.limits.tccc}\` for a second. Please reduce the frequency of calls.`);
    }
    const failure = takeFailure(state, 'tccc', action!);
    if (failure) return errorReply(action, failure.code ?? 'InternalError', failure.message ?? 'An internal error occurs.', failure.status);
    if (!isRecord(ctx.json)) throw new TcccError('InvalidParameter', 'The request body is not a JSON object.');
    const now = state.clock.now();
    syncTasks(state, now);
    const data = handler({ state, secretId, params: checkParams(action!, ctx.json), now });
    syncTasks(state, now);
    return reply(action, data);
  } catch (error) {
    if (error instanceof TcccError) return errorReply(action, error.code, error.message);
    throw error;
  }
}
