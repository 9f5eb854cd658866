// TCCC call lifecycle: dual calls (agent's phone, then the customer's) and IVR/AI calls (the
// customer's phone, then the IVR), played as ringing -> seatJoining -> inProgress -> finished.
import { randomInt, randomUUID } from 'node:crypto';
import type { TcccAgent } from './accounts';
import { END_STATUS, failureFor } from './outcomes';
import { cut, endsAt, isOver, plan, reachedAt, statusAt, type Phase } from './phases';
import type { State } from './state';
import { TcccError } from './tccc-params';

export type HungUpSide = 'seat' | 'user' | 'system';

export interface TcccCall {
  id: string;
  sdkAppId: number;
  /** 0 inbound, 1 outbound. */
  direction: 0 | 1;
  kind: 'dual' | 'ivr';
  caller: string;
  callee: string;
  agent?: TcccAgent;
  uui: string;
  ivrId?: number;
  aiAgentId?: number;
  taskId?: number;
  roomId: string;
  phases: Phase[];
  end: { status: number; side: HungUpSide };
}

export type NewCall = Pick<TcccCall, 'sdkAppId' | 'kind' | 'caller' | 'callee' | 'agent' | 'uui' | 'ivrId' | 'aiAgentId' | 'taskId'>;

const sec = (ms: number | undefined) => (ms ? Math.floor(ms / 1000) : 0);

export function createTcccCall(state: State, init: NewCall, start = state.clock.now()): TcccCall {
  const { clock } = state;
  const failure = failureFor(init.callee);
  const steps: [string, number][] =
    init.kind === 'dual' ? [['ringing', clock.phase('agentRingMs')]] : [];
  if (init.kind === 'ivr' || failure?.stage !== 'agent') steps.push([init.kind === 'dual' ? 'seatJoining' : 'ringing', clock.phase('customerRingMs')]);
  if (!failure) steps.push(['inProgress', clock.phase('talkMs')]);
  steps.push(['finished', 0]);
  const call: TcccCall = {
    ...init,
    id: randomUUID(),
    direction: 1,
    roomId: String(randomInt(10_000_000, 99_999_999)),
    phases: plan(start, steps),
    end: failure ? { status: failure.endStatus, side: failure.side } : { status: 1, side: 'user' },
  };
  state.tcccCalls.set(call.id, call);
  return call;
}

export const isLive = (call: TcccCall, now: number): boolean => !isOver(call.phases, now);

export function agentBusy(state: State, sdkAppId: number, userId: string, now: number): boolean {
  return [...state.tcccCalls.values()].some((c) => c.sdkAppId === sdkAppId && c.agent?.userId === userId && isLive(c, now));
}

/** End a live call now; who hung up and whether it was answered decide EndStatus. */
export function hangUpTccc(call: TcccCall, now: number, side: HungUpSide): void {
  if (!isLive(call, now)) throw new TcccError('FailedOperation', 'The session has already ended.');
  const answered = reachedAt(call.phases, 'inProgress', now) !== undefined;
  call.phases = cut(call.phases, now, 'finished');
  call.end = { status: answered ? 1 : side === 'user' ? 203 : 209, side };
}

const ringAt = (call: TcccCall, now: number) =>
  call.kind === 'dual' ? reachedAt(call.phases, 'seatJoining', now) : call.phases[0]?.at;

/** `PSTNSession` as DescribeTelSession returns it. */
export function sessionView(call: TcccCall, now: number) {
  return {
    SessionID: call.id,
    RoomID: call.roomId,
    Caller: call.caller,
    Callee: call.callee,
    StartTimestamp: sec(call.phases[0]?.at),
    RingTimestamp: sec(ringAt(call, now)),
    AcceptTimestamp: sec(reachedAt(call.phases, 'inProgress', now)),
    StaffEmail: call.agent?.userId ?? '',
    StaffNumber: call.agent?.staffNumber ?? '',
    SessionStatus: statusAt(call.phases, now),
    Direction: call.direction,
    OutBoundCaller: '',
    OutBoundCallee: '',
    ProtectedCaller: '',
    ProtectedCallee: '',
  };
}

/** `TelCdrInfo` of a finished call, as DescribeTelCdr returns it. */
export function cdrView(call: TcccCall, now: number) {
  const accepted = reachedAt(call.phases, 'inProgress', now);
  const ended = endsAt(call.phases);
  const endStatusString = END_STATUS[call.end.status] ?? 'unknown';
  const agent = call.agent;
  const times = {
    StartTimestamp: sec(call.phases[0]?.at),
    RingTimestamp: sec(ringAt(call, now)),
    AcceptTimestamp: sec(accepted),
    EndedTimestamp: sec(ended),
  };
  return {
    SessionId: call.id,
    Caller: call.caller,
    Callee: call.callee,
    Time: times.StartTimestamp,
    Direction: call.direction,
    CallType: call.direction === 1 ? 1 : 2,
    Duration: accepted ? Math.round((ended - accepted) / 1000) : 0,
    ...times,
    EndStatus: call.end.status,
    EndStatusString: endStatusString,
    HungUpSide: call.end.side,
    SeatUser: agent && { Mail: agent.userId, UserId: agent.userId, Name: agent.name, Nick: agent.name, StaffNumber: agent.staffNumber, Phone: agent.phone, SkillGroupNameList: [] },
    ServeParticipants: agent
      ? [{ Mail: agent.userId, Phone: agent.phone, Type: 'staffPhoneSeat', Sequence: 0, EndStatusString: endStatusString, RecordId: '', RecordURL: '', ...times, AcceptTimestamp: sec(reachedAt(call.phases, 'seatJoining', now)) }]
      : [],
    UUI: call.uui,
    Uui: call.uui,
    AIAgentId: call.aiAgentId ?? 0,
    IVRDuration: 0,
    IVRKeyPressed: [],
    IVRKeyPressedEx: [],
    RecordURL: '',
    RecordId: '',
    CustomRecordURL: '',
    AsrStatus: 'NotExists',
    ProtectedCaller: '',
    ProtectedCallee: '',
  };
}
