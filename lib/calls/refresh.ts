import type { CcaiCall } from '../ccai/types';
import type { Secrets, Settings } from '../settings/schema';
import { ccaiClientFor, tcccClientFor, type ClientDeps } from './clients';
import type { CallRecord } from './model';
import { CCAI_FAIL_REASON, CCAI_STATUS, TCCC_END_STATUS, TCCC_SESSION_STATUS, type Mapped } from './status';

// One status read for a live call. Reads may retry inside the clients; this never creates
// or ends anything.

/** A mapped state plus what the cloud said about time and why it ended. */
interface Reading extends Mapped {
  code?: string;
  /** When the customer answered, by the cloud's clock (epoch ms). */
  acceptedAt?: number;
  durationMs?: number;
}

const DAY_S = 24 * 60 * 60;
const ms = (seconds: number | null | undefined) => (seconds ? seconds * 1000 : undefined);
const isoMs = (iso: string | null | undefined) => (iso ? Date.parse(iso) || undefined : undefined);

async function readTccc(call: CallRecord, settings: Settings, secrets: Secrets, deps: ClientDeps): Promise<Reading | undefined> {
  const client = tcccClientFor(settings, secrets, deps);
  const { Session } = await client.describeTelSession({ SessionId: call.sessionId! });
  const mapped = Session ? TCCC_SESSION_STATUS[Session.SessionStatus] : undefined;
  const acceptedAt = ms(Session?.AcceptTimestamp);
  if (mapped?.state !== 'ended') return mapped && { ...mapped, acceptedAt };
  // The session only says "finished"; the call record says why.
  const start = Math.floor(call.createdAt / 1000) - 60;
  const { TelCdrList } = await client.describeTelCdr({
    StartTimeStamp: start,
    EndTimeStamp: start + DAY_S,
    SessionIds: [call.sessionId!],
    PageSize: 1,
    PageNumber: 0,
  });
  const cdr = TelCdrList?.[0];
  // No record yet (TCCC writes it shortly after): an answered call completed, else it failed.
  if (!cdr) return { state: 'ended', endReason: acceptedAt || call.connectedAt ? 'completed' : 'failed', acceptedAt };
  const end = TCCC_END_STATUS[cdr.EndStatusString] ?? { state: 'ended', endReason: 'failed' };
  return { ...end, code: cdr.EndStatusString, acceptedAt: ms(cdr.AcceptTimestamp) ?? acceptedAt, durationMs: ms(cdr.Duration) ?? 0 };
}

function readCcaiCall(remote: CcaiCall): Reading | undefined {
  const mapped = CCAI_STATUS[remote.status as keyof typeof CCAI_STATUS];
  if (!mapped) return undefined;
  const times = { acceptedAt: isoMs(remote.connected_at), ...(mapped.state === 'ended' && { durationMs: ms(remote.call_duration) ?? 0 }) };
  if (remote.status !== 'failed') return { ...mapped, ...times };
  const reason = remote.fail_reason ?? 'nothing';
  return { ...(CCAI_FAIL_REASON[reason] ?? mapped), ...times, ...(reason !== 'nothing' && { code: reason }) };
}

async function readCcai(call: CallRecord, settings: Settings, secrets: Secrets, deps: ClientDeps): Promise<Reading | undefined> {
  return readCcaiCall(await ccaiClientFor(settings, secrets, deps).getCall(Number(call.sessionId)));
}

/** The call as the cloud sees it now; unchanged if the cloud reports a state we don't know. */
export async function refreshCall(
  call: CallRecord,
  settings: Settings,
  secrets: Secrets,
  deps: ClientDeps & { now?: () => number } = {},
): Promise<CallRecord> {
  if (!call.sessionId || call.state === 'ended') return call;
  const read = call.provider === 'tccc' ? readTccc : readCcai;
  const reading = await read(call, settings, secrets, deps);
  if (!reading || reading.state === call.state) return call;
  const now = (deps.now ?? Date.now)();
  // The cloud's answer time corrects a late poll (the worker may have slept), never the future.
  const answered = reading.acceptedAt !== undefined ? Math.min(reading.acceptedAt, now) : reading.state === 'connected' ? now : undefined;
  const connectedAt = call.connectedAt ?? answered;
  if (reading.state !== 'ended') return { ...call, state: reading.state, connectedAt };
  return {
    ...call,
    state: 'ended',
    endReason: reading.endReason,
    endCode: reading.code,
    endDetail: reading.detail,
    connectedAt,
    endedAt: now,
    durationMs: reading.durationMs ?? (connectedAt !== undefined ? now - connectedAt : 0),
  };
}
