import type { ErrorInfo, Provider } from '../errors';
import type { EndDetail } from './status';

/** States an agent understands, the same for every cloud. */
export type CallState = 'placing' | 'ringingAgent' | 'ringingCustomer' | 'connected' | 'ended';

export type EndReason = 'completed' | 'noAnswer' | 'busy' | 'rejected' | 'cancelled' | 'failed';

export interface CallRecord {
  /** The click that placed this call; one click, one record, one call. */
  clickId: string;
  provider: Provider;
  /** TCCC SessionId or CCAI call id; absent while placing or when the cloud refused. */
  sessionId?: string;
  /** What the click asked for: a number, or the ticket's customer (CCAI dials its own record). */
  kind?: 'number' | 'ticket';
  e164?: string;
  extension?: string;
  ticketId?: string;
  crm?: string;
  pageUrl?: string;
  state: CallState;
  endReason?: EndReason;
  /** The cloud's own end value (TCCC EndStatusString, CCAI fail_reason), shown to the agent. */
  endCode?: string;
  endDetail?: EndDetail;
  error?: ErrorInfo;
  /** CCAI answered 202: the agent must finish the call in the CCAI adapter. */
  needsAgentAction?: boolean;
  createdAt: number;
  connectedAt?: number;
  endedAt?: number;
  /** Talk time as the cloud counted it, once the call has ended (0 if never answered). */
  durationMs?: number;
}

export const isLive = (call: CallRecord | null | undefined): call is CallRecord =>
  !!call && call.state !== 'ended';
