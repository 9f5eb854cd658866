import type { ErrorInfo, Provider } from '../errors';

/** States an agent understands, the same for every cloud. */
export type CallState = 'placing' | 'ringingAgent' | 'ringingCustomer' | 'connected' | 'ended';

export type EndReason = 'completed' | 'noAnswer' | 'busy' | 'rejected' | 'cancelled' | 'failed';

export interface CallRecord {
  /** The click that placed this call; one click, one record, one call. */
  clickId: string;
  provider: Provider;
  /** TCCC SessionId or CCAI call id; absent while placing or when the cloud refused. */
  sessionId?: string;
  e164?: string;
  extension?: string;
  ticketId?: string;
  crm?: string;
  pageUrl?: string;
  state: CallState;
  endReason?: EndReason;
  error?: ErrorInfo;
  /** CCAI answered 202: the agent must finish the call in the CCAI adapter. */
  needsAgentAction?: boolean;
  createdAt: number;
  connectedAt?: number;
  endedAt?: number;
}

export const isLive = (call: CallRecord | null | undefined): call is CallRecord =>
  !!call && call.state !== 'ended';
