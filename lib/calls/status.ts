import type { CcaiCallStatus } from '../ccai/types';
import type { EndStatusString } from '../tccc/cdr-types';
import type { SessionStatus } from '../tccc/types';
import type { CallState, EndReason } from './model';

// Every status value the clouds report, mapped onto the agent's call states. The tables are
// typed by the clouds' own value lists, so a value added there fails to compile here. Values
// we have never seen map to nothing, and the caller keeps the state it had (a new cloud value
// must not end a live call in the agent's eyes).

export interface Mapped {
  state: CallState;
  endReason?: EndReason;
  /** Why, in more words than endReason: the i18n key `ui.endDetail.<detail>`. */
  detail?: EndDetail;
}

/** Details the agent can act on; many cloud values share one. */
export type EndDetail =
  | 'numberInvalid' | 'unreachable' | 'poweredOff' | 'voicemail' | 'blocked' | 'restricted'
  | 'noAgent' | 'afterHours' | 'agentDevice' | 'agentMissed' | 'carrier' | 'outOfCredit'
  | 'timeout' | 'platform' | 'customerLeft' | 'repeated' | 'unknown';

const ended = (endReason: EndReason, detail?: EndDetail): Mapped => ({ state: 'ended', endReason, ...(detail && { detail }) });

/**
 * TCCC DescribeTelSession `SessionStatus`. For a dual call (CreateCallOutSession) the agent's
 * phone rings first (`ringing`), then TCCC waits for the second leg (`seatJoining`), as the
 * emulator plays it.
 */
export const TCCC_SESSION_STATUS: Record<SessionStatus, Mapped> = {
  ringing: { state: 'ringingAgent' },
  seatJoining: { state: 'ringingCustomer' },
  inProgress: { state: 'connected' },
  finished: { state: 'ended' },
};

/** TCCC DescribeTelCdr `EndStatusString` (TelCdrInfo.EndStatus, ccc-2020-02-10) -> why it ended. */
export const TCCC_END_STATUS: Record<EndStatusString, Mapped> = {
  ok: ended('completed'),
  ivrEnd: ended('completed'),
  blackList: ended('failed', 'blocked'),
  ivrGiveUp: ended('cancelled', 'customerLeft'),
  waitingGiveUp: ended('cancelled', 'customerLeft'),
  ringingGiveUp: ended('cancelled', 'customerLeft'),
  noSeatOnline: ended('failed', 'noAgent'),
  notWorkTime: ended('failed', 'afterHours'),
  restrictedCallee: ended('failed', 'blocked'),
  tooManyRequest: ended('failed', 'restricted'),
  restrictedArea: ended('failed', 'restricted'),
  restrictedTime: ended('failed', 'afterHours'),
  notAnswer: ended('noAnswer'),
  userReject: ended('rejected'),
  powerOff: ended('noAnswer', 'poweredOff'),
  numberNotExist: ended('failed', 'numberInvalid'),
  busy: ended('busy'),
  outOfCredit: ended('failed', 'outOfCredit'),
  operatorError: ended('failed', 'carrier'),
  callerCancel: ended('cancelled'),
  notInService: ended('noAnswer', 'unreachable'),
  clientError: ended('failed', 'agentDevice'),
  carrierBlocked: ended('failed', 'carrier'),
  callReminder: ended('noAnswer', 'unreachable'),
  numberInvalid: ended('failed', 'numberInvalid'),
  callRestricted: ended('failed', 'restricted'),
  calleeRestricted: ended('failed', 'blocked'),
  areaRestricted: ended('failed', 'restricted'),
  promptCallForwarding: ended('noAnswer', 'unreachable'),
  callerCancelWhileRing: ended('cancelled'),
  callerCancelWithoutRing: ended('failed', 'numberInvalid'),
  voiceMailReached: ended('noAnswer', 'voicemail'),
  callConflict: ended('failed', 'agentDevice'),
  clientTimeout: ended('failed', 'agentDevice'),
  voipClientError: ended('failed', 'agentDevice'),
};

/** CCAI Platform call `status` (raw, snake_case) for an API call. */
export const CCAI_STATUS: Record<CcaiCallStatus, Mapped> = {
  scheduled: { state: 'placing' },
  selecting: { state: 'ringingAgent' },
  queued: { state: 'ringingAgent' },
  assigned: { state: 'ringingAgent' },
  connecting: { state: 'ringingCustomer' },
  switching: { state: 'ringingCustomer' },
  connected: { state: 'connected' },
  action_only: { state: 'connected' },
  finished: ended('completed'),
  action_only_finished: ended('completed'),
  recovered: ended('completed'),
  failed: ended('failed'),
  deflected: ended('cancelled'),
  voicemail: ended('noAnswer', 'voicemail'),
  voicemail_received: ended('noAnswer', 'voicemail'),
  voicemail_read: ended('noAnswer', 'voicemail'),
};

/**
 * CCAI `fail_reason` of a `failed` call, from Google's "Reason codes and statuses" page
 * (Call fail reasons). `nothing` means no failure.
 */
export const CCAI_FAIL_REASON: Record<string, Mapped> = {
  nothing: ended('failed'),
  unknown: ended('failed', 'unknown'),
  force_ended: ended('failed', 'platform'),
  expired: ended('noAnswer', 'timeout'),
  transfer_expired: ended('failed', 'timeout'),
  eu_canceled: ended('cancelled', 'customerLeft'),
  eu_rejected: ended('rejected'),
  eu_abandoned: ended('cancelled', 'customerLeft'),
  eu_in_menu_abandoned: ended('cancelled', 'customerLeft'),
  eu_repeated_voicemail: ended('failed', 'repeated'),
  eu_repeated_callback: ended('failed', 'repeated'),
  eu_busy: ended('busy'),
  eu_wrong_number: ended('failed', 'numberInvalid'),
  eu_no_answer: ended('noAnswer'),
  eu_noti_failed: ended('failed', 'agentDevice'),
  ag_canceled: ended('failed', 'agentDevice'),
  ag_ignored: ended('failed', 'agentMissed'),
  ag_mic_no_device: ended('failed', 'agentDevice'),
  ag_mic_denied: ended('failed', 'agentDevice'),
  voip_twilio_error: ended('failed', 'carrier'),
  voip_tokbox_error: ended('failed', 'carrier'),
  voip_nexmo_error: ended('failed', 'carrier'),
  voip_invalid_token: ended('failed', 'carrier'),
  voip_conn_general: ended('failed', 'carrier'),
  voip_conn_timeout: ended('failed', 'carrier'),
  voip_conn_signal: ended('failed', 'carrier'),
  stuck_due_to_api_error: ended('failed', 'platform'),
  group_deleted_no_substitute: ended('failed', 'noAgent'),
  menu_deleted: ended('failed', 'noAgent'),
  direct_pstn_call_to_fallback_number: ended('failed', 'platform'),
};
