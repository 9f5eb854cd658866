// Test-control API under /__emulator/ (no auth, loopback only). See README.md.
import { ccaiCallView, ccaiLive, hangUpCcai } from './ccai-calls';
import { isRecord, type Reply, type RequestContext } from './http';
import { playInbound, type InboundOptions } from './inbound';
import { resetState, type State } from './state';
import { hangUpTccc, isLive, sessionView, type HungUpSide } from './tccc-calls';
import { syncTasks, taskView } from './tccc-tasks';

export const ADMIN_PREFIX = '/__emulator';

const ok = (body: unknown, status = 200): Reply => ({ status, body, verdict: 'admin' });
const bad = (error: string, status = 400): Reply => ok({ error }, status);

const ENDPOINTS = [
  'GET  /__emulator/requests[?provider=tccc|ccai|inbound&action=X]  every request received, oldest first',
  'GET  /__emulator/calls  TCCC sessions, CCAI calls and auto-callout tasks as of now',
  'POST /__emulator/reset  forget calls, tasks, log, queued failures, rate windows',
  'POST /__emulator/advance {ms}  move the call clock forward',
  'POST /__emulator/fail-next {provider, match?, status?, code?, message?}  fail the next matching request',
  'POST /__emulator/calls/:id/hangup {side?: user|seat|system}  end a live call',
  'POST /__emulator/inbound {url, caller?, callee?, sdkAppId?, aiAgentId?, ivrId?, timeoutMs?, retries?}  play an inbound callback',
];

function listCalls(state: State) {
  const now = state.clock.now();
  syncTasks(state, now);
  return {
    now: new Date(now).toISOString(),
    tccc: [...state.tcccCalls.values()].map((c) => ({
      ...sessionView(c, now),
      SdkAppId: c.sdkAppId,
      Kind: c.kind,
      TaskId: c.taskId ?? null,
      UUI: c.uui,
      EndStatus: isLive(c, now) ? null : c.end.status,
      HungUpSide: isLive(c, now) ? null : c.end.side,
    })),
    ccai: [...state.ccaiCalls.values()].map((c) => ({ subdomain: c.subdomain, flags: c.flags, ...ccaiCallView(c, now) })),
    tasks: [...state.tasks.values()].map((t) => ({ TaskId: t.id, SdkAppId: t.sdkAppId, ...taskView(t) })),
  };
}

function hangUp(state: State, id: string, body: Record<string, unknown>): Reply {
  const side = (body.side ?? 'user') as HungUpSide;
  if (!['user', 'seat', 'system'].includes(side)) return bad('side must be user, seat or system');
  const now = state.clock.now();
  const tccc = state.tcccCalls.get(id);
  const ccai = state.ccaiCalls.get(Number(id));
  if (tccc) {
    if (!isLive(tccc, now)) return bad('call already ended', 409);
    hangUpTccc(tccc, now, side);
  } else if (ccai) {
    if (!ccaiLive(ccai, now)) return bad('call already ended', 409);
    hangUpCcai(ccai, now, side);
  } else {
    return bad(`no call ${id}`, 404);
  }
  return ok(listCalls(state));
}

function failNext(state: State, body: Record<string, unknown>): Reply {
  const { provider, match = '', status, code, message } = body;
  if (provider !== 'tccc' && provider !== 'ccai') return bad('provider must be tccc or ccai');
  if (typeof match !== 'string') return bad('match must be a string');
  state.failNext.push({
    provider,
    match,
    ...(typeof status === 'number' && { status }),
    ...(typeof code === 'string' && { code }),
    ...(typeof message === 'string' && { message }),
  });
  return ok({ queued: state.failNext });
}

const LOOPBACK = new Set(['127.0.0.1', '::1', '::ffff:127.0.0.1']);

export async function handleAdmin(state: State, ctx: RequestContext): Promise<Reply> {
  if (!LOOPBACK.has(ctx.req.socket.remoteAddress ?? '')) return bad('loopback only', 403);
  const route = `${ctx.req.method} ${ctx.url.pathname.slice(ADMIN_PREFIX.length).replace(/\/+$/, '')}`;
  const body = isRecord(ctx.json) ? ctx.json : {};
  const query = ctx.url.searchParams;
  const hangup = /^POST \/calls\/([^/]+)\/hangup$/.exec(route);
  if (hangup?.[1]) return hangUp(state, decodeURIComponent(hangup[1]), body);
  switch (route) {
    case 'GET ':
      return ok({ endpoints: ENDPOINTS });
    case 'GET /requests':
      return ok(state.log.filter((e) => (!query.get('provider') || e.provider === query.get('provider')) && (!query.get('action') || e.action === query.get('action'))));
    case 'GET /calls':
      return ok(listCalls(state));
    case 'POST /reset':
      resetState(state);
      return ok({ reset: true });
    case 'POST /advance': {
      if (typeof body.ms !== 'number' || !(body.ms >= 0)) return bad('ms must be a non-negative number');
      const now = state.clock.advance(body.ms);
      return ok({ now: new Date(now).toISOString(), nowMs: now });
    }
    case 'POST /fail-next':
      return failNext(state, body);
    case 'POST /inbound':
      if (typeof body.url !== 'string') return bad('url is required');
      try {
        return ok(await playInbound(state, body as unknown as InboundOptions));
      } catch (error) {
        return bad((error as Error).message);
      }
    default:
      return bad(`unknown admin route ${route}`, 404);
  }
}
