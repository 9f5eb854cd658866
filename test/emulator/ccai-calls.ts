// CCAI Platform call objects, shaped like the seed's examples. Outbound: assigned ->
// connecting -> connected -> finished; inbound waits `queued` first; scheduled waits
// `scheduled` until scheduled_at. Numbers that ask for a failure end `failed` (outcomes.ts).
import type { CcaiAgent, CcaiMenu } from './accounts';
import { failureFor } from './outcomes';
import { cut, isOver, plan, reachedAt, statusAt, type Phase } from './phases';
import type { State } from './state';

export type CcaiCallType = 'Voice Outbound (API)' | 'Voice Inbound (API)' | 'Voice Scheduled (API)';

export interface CallPlan {
  callType: CcaiCallType;
  lang: string;
  /** Outbound: the requested agent; otherwise the agent the call will be assigned to. */
  agent?: CcaiAgent;
  ticketId: string | null;
  contactId: string | null;
  number: string;
  outboundNumber: string | null;
  menu?: CcaiMenu;
  scheduledAt: string | null;
  parentId: number | null;
}

export interface CustomerFlags { verified_customer: boolean; bad_actor: boolean; repeat_customer: boolean }

export interface CcaiCall extends CallPlan {
  id: number;
  subdomain: string;
  createdAt: number;
  phases: Phase[];
  failReason: string;
  flags: CustomerFlags;
  endUserId: number | null;
  participantIds: [number, number];
}

const iso = (ms: number | undefined) => (ms === undefined ? null : new Date(ms).toISOString());
const seconds = (ms: number) => Math.max(0, Math.round(ms / 1000));

export function createCcaiCall(state: State, subdomain: string, call: CallPlan, now: number): CcaiCall {
  const { clock, ids } = state;
  const failure = failureFor(call.number);
  const steps: [string, number][] = [];
  if (call.callType === 'Voice Scheduled (API)') steps.push(['scheduled', Math.max(0, Date.parse(call.scheduledAt!) - now)]);
  if (call.callType !== 'Voice Outbound (API)') steps.push(['queued', clock.phase('agentRingMs')]);
  steps.push(['assigned', clock.phase('agentRingMs')]);
  if (failure?.stage !== 'agent') steps.push(['connecting', clock.phase('customerRingMs')]);
  steps.push(failure ? ['failed', 0] : ['connected', clock.phase('talkMs')]);
  if (!failure) steps.push(['finished', 0]);
  const record: CcaiCall = {
    ...call,
    id: ++ids.ccaiCall,
    subdomain,
    createdAt: now,
    phases: plan(now, steps),
    failReason: failure?.ccaiFailReason ?? 'nothing',
    flags: { verified_customer: false, bad_actor: false, repeat_customer: false },
    endUserId: call.ticketId || call.callType !== 'Voice Outbound (API)' ? ++ids.endUser : null,
    participantIds: [++ids.participant, ++ids.participant],
  };
  state.ccaiCalls.set(record.id, record);
  return record;
}

export const ccaiLive = (call: CcaiCall, now: number) => !isOver(call.phases, now);

/** End a live call now (admin hang-up): finished once connected, failed before. */
export function hangUpCcai(call: CcaiCall, now: number, side: 'seat' | 'user' | 'system'): void {
  const connected = reachedAt(call.phases, 'connected', now) !== undefined;
  call.phases = cut(call.phases, now, connected ? 'finished' : 'failed');
  if (!connected) call.failReason = side === 'user' ? 'eu_rejected' : 'unknown';
}

function participants(call: CcaiCall, now: number, ended: number | undefined) {
  const connected = reachedAt(call.phases, 'connected', now);
  const status = ended !== undefined ? (connected !== undefined ? 'finished' : 'failed') : connected !== undefined ? 'connected' : 'waiting';
  const base = {
    status,
    call_id: call.id,
    call_duration: ended !== undefined && connected !== undefined ? seconds(ended - connected) : null,
    hold_duration: null,
    connected_at: iso(connected),
    ended_at: iso(ended),
    fail_reason: status === 'failed' ? call.failReason : 'nothing',
  };
  const agent = { id: call.participantIds[0], type: 'agent', user_id: call.agent?.id ?? null, end_user_id: null, ...base };
  const endUser = { id: call.participantIds[1], type: 'end_user', user_id: null, end_user_id: call.endUserId, ...base };
  return call.agent && reachedAt(call.phases, 'assigned', now) !== undefined ? [agent, endUser] : [endUser];
}

function menuFields(menu: CcaiMenu | undefined) {
  if (!menu) return { selected_menu: null, menu_path: null };
  return {
    selected_menu: { id: menu.id, name: menu.name, parent_id: null, position: 0, deleted: false, menu_type: menu.type, output_msg: `You selected ${menu.name}.`, hidden: false },
    menu_path: { items_count: 1, name: menu.name, materialized_path: String(menu.id) },
  };
}

const agentInfo = (agent: CcaiAgent) => ({
  id: agent.id, agent_number: null, name: `${agent.firstName} ${agent.lastName}`, last_name: agent.lastName, first_name: agent.firstName, avatar_url: null,
});

export function ccaiCallView(call: CcaiCall, now: number) {
  const status = statusAt(call.phases, now);
  const at = (s: string) => reachedAt(call.phases, s, now);
  const ended = at('finished') ?? at('failed');
  const connected = at('connected');
  const queued = at('queued');
  const assigned = at('assigned');
  return {
    id: call.id,
    ...(call.parentId !== null && { parent_id: call.parentId }),
    lang: call.lang,
    call_type: call.callType,
    status,
    created_at: iso(call.createdAt),
    queued_at: iso(queued),
    assigned_at: iso(assigned),
    connected_at: iso(connected),
    ends_at: iso(ended),
    scheduled_at: call.scheduledAt,
    wait_duration: queued !== undefined && assigned !== undefined ? seconds(assigned - queued) : 0,
    call_duration: connected !== undefined ? seconds((ended ?? now) - connected) : 0,
    hold_duration: 0,
    rating: null,
    has_feedback: false,
    voip_provider: 'voip_provider_twilio',
    out_ticket_id: call.ticketId,
    out_ticket_url: null,
    verified: false,
    recording_url: null,
    recording_permission: 'not_asked',
    voicemail_reason: 'not_voicemail',
    deflection: 'no_deflection',
    disconnected_by: 'disconnected_by_unknown',
    fail_reason: status === 'failed' ? call.failReason : 'nothing',
    fail_details: null,
    support_number: null,
    ...menuFields(call.menu),
    agent_info: call.agent && assigned !== undefined ? agentInfo(call.agent) : null,
    end_user: call.endUserId === null ? null : { id: call.endUserId, identifier: null, out_contact_id: call.contactId },
    photos: [],
    videos: [],
    transfers: [],
    deflection_details: [],
    participants: participants(call, now, ended),
    offer_type: call.callType === 'Voice Outbound (API)' ? null : 'cascade',
    offer_events: [],
    answer_type: 'manual',
    outbound_number: call.outboundNumber,
  };
}
