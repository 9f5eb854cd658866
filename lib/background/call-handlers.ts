import { activeCallItem, claimLine, serialized } from '../calls/active';
import { tcccClientFor } from '../calls/clients';
import { placeCall } from '../calls/dial';
import { findCall } from '../calls/history';
import { isLive, type CallRecord } from '../calls/model';
import { refreshCall } from '../calls/refresh';
import { SwitchboardError } from '../errors';
import type { DialTarget, Protocol } from '../messages';
import { settingsAndSecrets } from '../settings/effective';
import { toErrorInfo } from './error-info';
import { startPolling, stopPolling } from './poller';

// Placing and ending calls. Every dial, from a page or from the history, goes through `dial`:
// one click id, one claim of the line, at most one create request.

export function dial({ target, clickId }: Protocol['dial']['data'], pageUrl?: string): Promise<CallRecord> {
  return serialized(async () => {
    await claimLine(clickId);
    const [settings, secrets] = await settingsAndSecrets();
    const placing: CallRecord = {
      clickId,
      provider: settings.provider,
      kind: target.kind,
      e164: target.e164,
      ticketId: target.ticketId,
      crm: target.crm,
      pageUrl,
      state: 'placing',
      createdAt: Date.now(),
    };
    await activeCallItem.setValue(placing);
    try {
      const call = { ...(await placeCall({ target, clickId, pageUrl }, settings, secrets)), kind: target.kind };
      await activeCallItem.setValue(call);
      if (call.sessionId) startPolling();
      return call;
    } catch (error) {
      await activeCallItem.setValue({ ...placing, state: 'ended', endReason: 'failed', error: toErrorInfo(error), endedAt: Date.now() });
      throw error;
    }
  });
}

/** The target a history entry dialled. */
export function targetOf(call: CallRecord): DialTarget | undefined {
  const { e164, ticketId, crm, extension } = call;
  if (call.kind === 'ticket' && ticketId && crm) return { kind: 'ticket', ticketId, crm, ...(e164 && { e164 }) };
  if (!e164) return undefined;
  return { kind: 'number', e164, ...(extension && { extension }), ...(ticketId && { ticketId }), ...(crm && { crm }) };
}

export async function redial({ from, clickId }: Protocol['redial']['data']): Promise<CallRecord> {
  const entry = await findCall(from);
  const target = entry && targetOf(entry);
  if (!entry || !target) throw new SwitchboardError({ kind: 'validation', code: 'UnknownCall', messageKey: 'call.unknown' });
  return dial({ target, clickId }, entry.pageUrl);
}

/** End a TCCC call. The final state comes from the cloud when it already has one. */
export async function hangUp(): Promise<CallRecord | null> {
  const call = await activeCallItem.getValue();
  if (!isLive(call)) return call;
  if (call.provider === 'ccai') {
    throw new SwitchboardError({ kind: 'validation', code: 'HangUpInAdapter', messageKey: 'call.ccaiHangUpInAdapter', provider: 'ccai' });
  }
  // Still placing: there is no session to end yet, and the create request cannot be recalled.
  if (!call.sessionId) throw new SwitchboardError({ kind: 'validation', code: 'StillPlacing', messageKey: 'call.stillPlacing', provider: 'tccc' });
  const [settings, secrets] = await settingsAndSecrets();
  await tcccClientFor(settings, secrets).hangUpCall({ SessionId: call.sessionId });
  const read = await refreshCall(call, settings, secrets).catch(() => call);
  const now = Date.now();
  const ended: CallRecord = isLive(read)
    ? { ...call, state: 'ended', endReason: call.connectedAt ? 'completed' : 'cancelled', endedAt: now, durationMs: call.connectedAt ? now - call.connectedAt : 0 }
    : read;
  // The poller may have written a newer state meanwhile; only a live record is replaced.
  if ((await activeCallItem.getValue())?.clickId === call.clickId) await activeCallItem.setValue(ended);
  stopPolling();
  return ended;
}
