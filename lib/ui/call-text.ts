import type { CallRecord, CallState, EndReason } from '../calls/model';
import { t } from '../i18n';
import { formatDuration } from './format';

/** "Ringing the customer", "Ended: line busy" ... in the agent's language. */
export const stateText = (state: CallState, endReason?: EndReason): string =>
  t(state === 'ended' && endReason ? `ui.state.ended.${endReason}` : `ui.state.${state}`);

/** The talk time of a call: fixed once it has ended, else up to `now`; undefined if never answered. */
export function talkTime(call: CallRecord, now: number): number | undefined {
  if (call.durationMs !== undefined) return call.durationMs;
  if (call.connectedAt === undefined) return undefined;
  return (call.endedAt ?? now) - call.connectedAt;
}

export const talkTimeText = (call: CallRecord, now = Date.now()): string => {
  const ms = talkTime(call, now);
  return ms === undefined ? '' : formatDuration(ms);
};
