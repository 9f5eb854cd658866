import { activeCallItem, claimLine, serialized } from '../calls/active';
import { tcccClientFor } from '../calls/clients';
import { placeCall } from '../calls/dial';
import { isLive, type CallRecord } from '../calls/model';
import { describeError, SwitchboardError, type ErrorInfo } from '../errors';
import type { Message, Protocol } from '../messages';
import { secretsItem, settingsItem } from '../settings/store';
import { startPolling, stopPolling } from './poller';

// What the background does for each message, once the message and its sender are checked.

type Handlers = { [T in keyof Protocol]: (data: Protocol[T]['data'], pageUrl?: string) => Promise<Protocol[T]['result']> };

const toErrorInfo = (error: unknown): ErrorInfo =>
  error instanceof SwitchboardError
    ? error.info
    : { kind: 'network', code: 'Unexpected', messageKey: 'error.unexpected' };

async function dial({ target, clickId }: Protocol['dial']['data'], pageUrl?: string): Promise<CallRecord> {
  return serialized(async () => {
    await claimLine(clickId);
    const [settings, secrets] = await Promise.all([settingsItem.getValue(), secretsItem.getValue()]);
    const placing: CallRecord = {
      clickId,
      provider: settings.provider,
      e164: target.e164,
      ticketId: target.ticketId,
      crm: target.crm,
      pageUrl,
      state: 'placing',
      createdAt: Date.now(),
    };
    await activeCallItem.setValue(placing);
    try {
      const call = await placeCall({ target, clickId, pageUrl }, settings, secrets);
      await activeCallItem.setValue(call);
      if (call.sessionId) startPolling();
      return call;
    } catch (error) {
      await activeCallItem.setValue({ ...placing, state: 'ended', endReason: 'failed', error: toErrorInfo(error), endedAt: Date.now() });
      throw error;
    }
  });
}

async function hangUp(): Promise<CallRecord | null> {
  const call = await activeCallItem.getValue();
  if (!isLive(call)) return call;
  if (call.provider === 'tccc' && call.sessionId) {
    const [settings, secrets] = await Promise.all([settingsItem.getValue(), secretsItem.getValue()]);
    await tcccClientFor(settings, secrets).hangUpCall({ SessionId: call.sessionId });
  } else if (call.provider === 'ccai') {
    throw new SwitchboardError({ kind: 'validation', code: 'HangUpInAdapter', messageKey: 'call.ccaiHangUpInAdapter', provider: 'ccai' });
  }
  const ended: CallRecord = { ...call, state: 'ended', endReason: 'cancelled', endedAt: Date.now() };
  await activeCallItem.setValue(ended);
  stopPolling();
  return ended;
}

const handlers: Handlers = {
  dial,
  hangUp,
  getActiveCall: () => activeCallItem.getValue(),
};

/** Run a checked message; failures come back as data, never as a thrown error. */
export async function handleMessage(message: Message, pageUrl?: string) {
  try {
    const handler = handlers[message.type] as (data: unknown, pageUrl?: string) => Promise<unknown>;
    return { ok: true as const, result: await handler(message.data, pageUrl) };
  } catch (error) {
    const info = toErrorInfo(error);
    return { ok: false as const, error: info, text: describeError(info) };
  }
}
