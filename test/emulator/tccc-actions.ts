// TCCC session actions: create dual and IVR calls, read them, hang up, list call records.
import type { TcccAccount } from './accounts';
import { calleeError } from './outcomes';
import type { State } from './state';
import { agentBusy, cdrView, createTcccCall, hangUpTccc, isLive, sessionView, type TcccCall } from './tccc-calls';
import { checkNumber, checkUui, TcccError } from './tccc-params';

export interface ActionContext {
  state: State;
  /** The authenticated SecretId; it owns the SdkAppIds of its accounts. */
  secretId: string;
  params: Record<string, unknown>;
  now: number;
}

export type Action = (ctx: ActionContext) => Record<string, unknown>;

export function appOf(ctx: ActionContext, missingCode = 'InvalidParameterValue.InstanceNotExist'): TcccAccount {
  const sdkAppId = ctx.params.SdkAppId as number;
  const app = ctx.state.accounts.tccc.find((a) => a.secretId === ctx.secretId && a.sdkAppId === sdkAppId);
  if (!app) throw new TcccError(missingCode);
  return app;
}

/** The first requested caller number the account owns, or its first number. */
function pickCaller(app: TcccAccount, requested: string[]): string {
  const caller = requested.length ? requested.find((n) => app.numbers.includes(n)) : app.numbers[0];
  if (!caller) throw new TcccError('FailedOperation.NoCallOutNumber');
  return caller;
}

/** Test control: the account's callee suffix table (see outcomes.ts and README.md). */
function refuseBlockedCallee(app: TcccAccount, callee: string): void {
  const code = calleeError(app.calleeErrors, callee);
  if (code) throw new TcccError(code);
}

function sessionOf(ctx: ActionContext): TcccCall {
  const app = appOf(ctx);
  const call = ctx.state.tcccCalls.get(ctx.params.SessionId as string);
  if (!call || call.sdkAppId !== app.sdkAppId) throw new TcccError('InvalidParameterValue.RecordNotExist', `Session ${String(ctx.params.SessionId)} does not exist.`);
  return call;
}

export const strings = (value: unknown): string[] => (Array.isArray(value) ? (value as string[]) : []);

function createCallOutSession(ctx: ActionContext) {
  const p = ctx.params;
  const app = appOf(ctx, 'InvalidParameter.InstanceNotExist');
  const callee = p.Callee as string;
  checkNumber('Callee', callee);
  const uui = (p.UUI ?? p.Uui ?? '') as string;
  checkUui(uui);
  const agent = app.agents.find((a) => a.userId === p.UserId);
  if (!agent) throw new TcccError('InvalidParameterValue.AccountNotExist');
  const caller = pickCaller(app, p.Callers ? strings(p.Callers) : p.Caller ? [p.Caller as string] : []);
  refuseBlockedCallee(app, callee);
  if (agentBusy(ctx.state, app.sdkAppId, agent.userId, ctx.now)) throw new TcccError('FailedOperation.SeatStatusBusy');
  const call = createTcccCall(ctx.state, { sdkAppId: app.sdkAppId, kind: 'dual', caller, callee, agent, uui }, ctx.now);
  return { SessionId: call.id };
}

function createIvrSession(ctx: ActionContext) {
  const p = ctx.params;
  const app = appOf(ctx, 'InvalidParameterValue.InstanceNotExist');
  const callee = p.Callee as string;
  checkNumber('Callee', callee);
  const ivrId = p.IVRId as number;
  if (!app.ivrIds.includes(ivrId)) throw new TcccError('InvalidParameterValue', `IVR ${ivrId} does not exist.`);
  const uui = (p.UUI ?? '') as string;
  checkUui(uui);
  const caller = pickCaller(app, strings(p.Callers));
  refuseBlockedCallee(app, callee);
  const call = createTcccCall(ctx.state, { sdkAppId: app.sdkAppId, kind: 'ivr', caller, callee, uui, ivrId }, ctx.now);
  return { SessionId: call.id };
}

function describeTelCdr(ctx: ActionContext) {
  type Query = Record<'PageSize' | 'PageNumber' | 'StartTimeStamp' | 'EndTimeStamp', number> & { Phones?: string[]; SessionIds?: string[] };
  const p = ctx.params as Query;
  const app = appOf(ctx);
  if (p.PageSize < 1 || p.PageSize > 100) throw new TcccError('InvalidParameterValue', 'PageSize must be 1 to 100.');
  if (p.PageNumber < 0 || p.EndTimeStamp < p.StartTimeStamp) throw new TcccError('InvalidParameterValue', 'Invalid time range or page.');
  const records = [...ctx.state.tcccCalls.values()]
    .filter((call) => call.sdkAppId === app.sdkAppId && !isLive(call, ctx.now))
    .map((call) => cdrView(call, ctx.now))
    .filter((cdr) => cdr.StartTimestamp >= p.StartTimeStamp && cdr.StartTimestamp <= p.EndTimeStamp)
    .filter((cdr) => !p.Phones?.length || p.Phones.includes(cdr.Caller) || p.Phones.includes(cdr.Callee))
    .filter((cdr) => !p.SessionIds?.length || p.SessionIds.includes(cdr.SessionId));
  const page = records.slice(p.PageNumber * p.PageSize, (p.PageNumber + 1) * p.PageSize);
  return { TotalCount: records.length, TelCdrList: page };
}

export const sessionActions: Record<string, Action> = {
  CreateCallOutSession: createCallOutSession,
  CreateIVRSession: createIvrSession,
  DescribeTelSession: (ctx) => ({ Session: sessionView(sessionOf(ctx), ctx.now) }),
  HangUpCall: (ctx) => {
    hangUpTccc(sessionOf(ctx), ctx.now, 'seat');
    return {};
  },
  DescribeTelCdr: describeTelCdr,
};
