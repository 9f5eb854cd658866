import type { Secrets, Settings } from '../settings/schema';
import { ccaiClientFor, tcccClientFor, type ClientDeps } from './clients';
import type { CallRecord } from './model';
import { CCAI_FAIL_REASON, CCAI_STATUS, TCCC_END_STATUS, TCCC_SESSION_STATUS, type Mapped } from './status';

// One status read for a live call. Reads may retry inside the clients; this never creates
// or ends anything.

const DAY_S = 24 * 60 * 60;

async function readTccc(call: CallRecord, settings: Settings, secrets: Secrets, deps: ClientDeps): Promise<Mapped | undefined> {
  const client = tcccClientFor(settings, secrets, deps);
  const { Session } = await client.describeTelSession({ SessionId: call.sessionId! });
  const mapped = TCCC_SESSION_STATUS[Session?.SessionStatus ?? ''];
  if (mapped?.state !== 'ended') return mapped;
  // The session only says "finished"; the call record says why.
  const start = Math.floor(call.createdAt / 1000) - 60;
  const { TelCdrList } = await client.describeTelCdr({
    StartTimeStamp: start,
    EndTimeStamp: start + DAY_S,
    SessionIds: [call.sessionId!],
    PageSize: 1,
    PageNumber: 0,
  });
  const endStatus = TelCdrList?.[0]?.EndStatusString ?? '';
  return { state: 'ended', endReason: TCCC_END_STATUS[endStatus] ?? 'completed' };
}

async function readCcai(call: CallRecord, settings: Settings, secrets: Secrets, deps: ClientDeps): Promise<Mapped | undefined> {
  const remote = await ccaiClientFor(settings, secrets, deps).getCall(Number(call.sessionId));
  const mapped = CCAI_STATUS[remote.status ?? ''];
  if (mapped?.endReason === 'failed') {
    return { ...mapped, endReason: CCAI_FAIL_REASON[remote.fail_reason ?? ''] ?? 'failed' };
  }
  return mapped;
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
  const mapped = await read(call, settings, secrets, deps);
  if (!mapped || mapped.state === call.state) return call;
  const now = (deps.now ?? Date.now)();
  return {
    ...call,
    state: mapped.state,
    endReason: mapped.endReason,
    connectedAt: mapped.state === 'connected' ? now : call.connectedAt,
    endedAt: mapped.state === 'ended' ? now : undefined,
  };
}
