// Wire types of the CCAI Platform (formerly UJET) Apps API `/calls` endpoints, as the seed's
// examples show them. Responses may carry keys we do not know, so every object stays open.

export const CCAI_CALL_TYPES = {
  outbound: 'Voice Outbound (API)',
  inbound: 'Voice Inbound (API)',
  scheduled: 'Voice Scheduled (API)',
} as const;
export type CcaiCallType = (typeof CCAI_CALL_TYPES)[keyof typeof CCAI_CALL_TYPES];

/** Raw values; the docs only list display names, multi-word ones are assumed snake_case. */
export const CCAI_CALL_STATUSES = [
  'selecting', 'queued', 'assigned', 'connecting', 'connected', 'finished', 'failed',
  'switching', 'recovered', 'scheduled', 'action_only', 'action_only_finished', 'deflected',
  'voicemail', 'voicemail_received', 'voicemail_read',
] as const;
export type CcaiCallStatus = (typeof CCAI_CALL_STATUSES)[number];

/** The seed only shows `nothing` (no failure); other reasons arrive as free strings. */
export type CcaiFailReason = 'nothing' | (string & {});

export const RECORDING_PERMISSIONS = [
  'recording_permission_not_asked',
  'recording_permission_denied',
  'recording_permission_granted',
] as const;
export type RecordingPermission = (typeof RECORDING_PERMISSIONS)[number];

type Open = { [key: string]: unknown };
type Time = string | null;

export interface CcaiAgentInfo extends Open {
  id: number;
  name?: string | null;
  first_name?: string | null;
  last_name?: string | null;
  agent_number?: string | null;
  avatar_url?: string | null;
}

export interface CcaiMenuPath extends Open {
  items_count?: number;
  name?: string;
  materialized_path?: string;
}

export interface CcaiParticipant extends Open {
  id: number;
  type: 'agent' | 'end_user' | (string & {});
  status?: string;
  call_id?: number;
  user_id?: number | null;
  end_user_id?: number | null;
  call_duration?: number | null;
  hold_duration?: number | null;
  connected_at?: Time;
  ended_at?: Time;
  fail_reason?: CcaiFailReason;
}

export interface CcaiTransfer extends Open {
  id: number;
  status?: string;
  fail_reason?: CcaiFailReason;
  created_at?: Time;
  from_menu?: CcaiMenuPath | null;
  to_menu?: CcaiMenuPath | null;
  from_agent?: CcaiAgentInfo | null;
  to_agent?: CcaiAgentInfo | null;
}

/** A call object. Only `id` and `status` are checked when a response is read. */
export interface CcaiCall extends Open {
  id: number;
  status: CcaiCallStatus | (string & {});
  call_type?: CcaiCallType | (string & {});
  parent_id?: number | null;
  lang?: string;
  created_at?: Time;
  queued_at?: Time;
  assigned_at?: Time;
  connected_at?: Time;
  ends_at?: Time;
  scheduled_at?: Time;
  wait_duration?: number | null;
  call_duration?: number | null;
  hold_duration?: number | null;
  rating?: number | null;
  has_feedback?: boolean;
  voip_provider?: string;
  out_ticket_id?: string | null;
  out_ticket_url?: string | null;
  verified?: boolean;
  recording_url?: string | null;
  recording_permission?: string;
  voicemail_reason?: string;
  deflection?: string;
  disconnected_by?: string;
  fail_reason?: CcaiFailReason;
  fail_details?: string | null;
  support_number?: string | null;
  outbound_number?: string | null;
  offer_type?: string;
  answer_type?: string;
  selected_menu?: (Open & { id: number; name?: string; menu_type?: string }) | null;
  menu_path?: CcaiMenuPath | null;
  agent_info?: CcaiAgentInfo | null;
  end_user?: (Open & { id: number; identifier?: string | null; out_contact_id?: string | null }) | null;
  photos?: (Open & { id: number; photo_type?: string; url?: string })[];
  videos?: (Open & { id: number; url?: string })[];
  transfers?: CcaiTransfer[];
  participants?: CcaiParticipant[];
  offer_events?: (Open & { casting_time?: string; group?: string })[];
}

export interface CustomerFlags {
  verified_customer: boolean;
  bad_actor: boolean;
  repeat_customer: boolean;
}

export interface OutboundCallRequest {
  agent_email: string;
  ticket_id?: string;
  end_user_number?: string;
  outbound_number?: string;
  lang?: string;
}

export interface InboundCallRequest {
  menu_id: number;
  end_user_number: string;
  ticket_id?: string;
  outbound_number?: string;
  lang?: string;
  recording_permission?: RecordingPermission;
}

export interface ScheduledCallRequest {
  menu_id?: number;
  /** A previous call this one follows up; makes menu_id optional. */
  call_id?: number;
  end_user_number: string;
  ticket_id?: string;
  /** ISO 8601 with a time zone, in the future. */
  scheduled_at: string;
  lang?: string;
  recording_permission?: RecordingPermission;
}

export type CreateCallResult =
  | { outcome: 'created'; call: CcaiCall }
  /** Accepted, but the agent must finish in the CCAI adapter widget (e.g. pick a number). */
  | { outcome: 'needsAgentAction' };
