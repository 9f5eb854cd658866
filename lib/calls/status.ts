import type { CallState, EndReason } from './model';

// Every status value the clouds report, mapped onto the agent's call states. Values we have
// never seen map to nothing, and the caller keeps the state it had (a new cloud value must not
// end a live call in the agent's eyes).

export interface Mapped {
  state: CallState;
  endReason?: EndReason;
}

/** TCCC DescribeTelSession `SessionStatus` for a dual call (agent leg first, then customer). */
export const TCCC_SESSION_STATUS: Record<string, Mapped> = {
  ringing: { state: 'ringingAgent' },
  seatJoining: { state: 'ringingCustomer' },
  inProgress: { state: 'connected' },
  finished: { state: 'ended' },
};

/** TCCC DescribeTelCdr `EndStatusString` -> why the call ended. */
export const TCCC_END_STATUS: Record<string, EndReason> = {
  ok: 'completed',
  ivrEnd: 'completed',
  ivrGiveUp: 'cancelled',
  waitingGiveUp: 'cancelled',
  ringingGiveUp: 'cancelled',
  callerCancel: 'cancelled',
  notAnswer: 'noAnswer',
  powerOff: 'noAnswer',
  userReject: 'rejected',
  busy: 'busy',
  noSeatOnline: 'failed',
  notWorkTime: 'failed',
  numberNotExist: 'failed',
  clientError: 'failed',
};

/** CCAI Platform call `status` (raw, snake_case) for an API call. */
export const CCAI_STATUS: Record<string, Mapped> = {
  scheduled: { state: 'placing' },
  selecting: { state: 'ringingAgent' },
  queued: { state: 'ringingAgent' },
  assigned: { state: 'ringingAgent' },
  connecting: { state: 'ringingCustomer' },
  switching: { state: 'ringingCustomer' },
  connected: { state: 'connected' },
  action_only: { state: 'connected' },
  finished: { state: 'ended', endReason: 'completed' },
  action_only_finished: { state: 'ended', endReason: 'completed' },
  recovered: { state: 'ended', endReason: 'completed' },
  failed: { state: 'ended', endReason: 'failed' },
  deflected: { state: 'ended', endReason: 'cancelled' },
  voicemail: { state: 'ended', endReason: 'noAnswer' },
  voicemail_received: { state: 'ended', endReason: 'noAnswer' },
  voicemail_read: { state: 'ended', endReason: 'noAnswer' },
};

/** CCAI `fail_reason` values that say more than "failed". */
export const CCAI_FAIL_REASON: Record<string, EndReason> = {
  no_answer: 'noAnswer',
  busy: 'busy',
  rejected: 'rejected',
  canceled: 'cancelled',
  cancelled: 'cancelled',
};
