// POST /calls validation with the seed's exact English messages. Messages marked (emulator)
// are not in the seed: the emulator needs an answer there and the real one is unknown.
import { isPossiblePhoneNumber } from 'libphonenumber-js';
import type { CcaiAccount, CcaiMenu } from './accounts';
import { ccaiLive, type CallPlan, type CcaiCallType } from './ccai-calls';
import { reachedAt } from './phases';
import type { State } from './state';

export type Validation =
  | { kind: 'error'; message: string }
  /** 202: accepted, but the agent finishes it in the adapter widget; no call object. */
  | { kind: 'accepted'; body: Record<string, unknown> }
  | { kind: 'create'; plan: CallPlan };

const CALL_TYPES: Record<string, CcaiCallType> = {
  'Voice Outbound (API)': 'Voice Outbound (API)',
  OutboundCall: 'Voice Outbound (API)',
  'Voice Inbound (API)': 'Voice Inbound (API)',
  IncomingCall: 'Voice Inbound (API)',
  'Voice Scheduled (API)': 'Voice Scheduled (API)',
  ScheduledCall: 'Voice Scheduled (API)',
};

class Invalid extends Error {}
const fail = (message: string): never => {
  throw new Invalid(message);
};
const given = (value: unknown) => value !== undefined && value !== null && value !== '';
const digits = (n: unknown) => String(n).replace(/\D/g, '');
const languageNames = new Intl.DisplayNames(['en'], { type: 'language', fallback: 'none' });

function language(account: CcaiAccount, value: unknown): string {
  const lang = given(value) ? String(value) : 'en';
  if (!/^[a-z]{2}$/i.test(lang) || !languageNames.of(lang)) fail(`Language '${lang}' is not found`);
  if (!account.languages.includes(lang.toLowerCase())) fail(`Language '${lang}' is not available`);
  return lang.toLowerCase();
}

type EndUser = Pick<CallPlan, 'number' | 'ticketId' | 'contactId'>;

/** ticket_id wins over end_user_number. */
function endUser(account: CcaiAccount, body: Record<string, unknown>, notWellFormed: string, required: string): EndUser {
  if (given(body.ticket_id)) {
    const ticketId = String(body.ticket_id);
    const ticket = Object.hasOwn(account.tickets, ticketId) ? account.tickets[ticketId]! : fail('Contact not found');
    return { number: ticket.number, ticketId, contactId: ticket.contactId };
  }
  const number = body.end_user_number;
  if (!given(number)) fail(required);
  if (typeof number !== 'string' || !isPossiblePhoneNumber(number)) fail(notWellFormed);
  return { number: number as string, ticketId: null, contactId: null };
}

function menuOf(account: CcaiAccount, raw: unknown, types: CcaiMenu['type'][], onlyMessage: string): CcaiMenu {
  if (!given(raw)) fail('menu_id is required');
  const id = typeof raw === 'number' ? raw : /^\d+$/.test(String(raw)) ? Number(raw) : NaN;
  if (!Number.isInteger(id)) fail('menu_id is not well formed');
  const menu = account.menus.find((m) => m.id === id) ?? fail(`menu_id ${id} is not found`);
  if (!types.includes(menu.type)) fail(onlyMessage);
  if (menu.state === 'manual_redirection') fail("Menu is in 'manual redirection' state, can't accept calls");
  if (menu.state === 'after_hours') fail("Menu is in 'after hours' state, can't accept incoming calls");
  return menu;
}

function outbound(state: State, account: CcaiAccount, body: Record<string, unknown>, base: Pick<CallPlan, 'callType' | 'lang'>, now: number): Validation {
  if (!given(body.agent_email)) fail('Agent email required');
  const email = String(body.agent_email).toLowerCase();
  const agent = account.agents.find((a) => a.email.toLowerCase() === email) ?? fail('Not a valid agent email');
  if (!agent.canCall) fail('Agent does not have access to make calls');
  const onCall = [...state.ccaiCalls.values()].some(
    (c) => c.subdomain === account.subdomain && c.agent?.id === agent.id && ccaiLive(c, now) && reachedAt(c.phases, 'assigned', now) !== undefined,
  );
  if (!agent.available || onCall) fail('Agent is not available to take this call');
  if (!given(body.ticket_id) && !given(body.end_user_number)) fail('ticket_id or end_user_number required');
  const user = endUser(account, body, 'end_user_number is not well-formed', 'ticket_id or end_user_number required');
  const outboundNumber = given(body.outbound_number) ? String(body.outbound_number) : account.defaultOutboundNumber;
  const owned = outboundNumber !== null && account.outboundNumbers.some((n) => digits(n) === digits(outboundNumber));
  if (agent.widget || !owned) {
    const echo = Object.fromEntries(['call_type', 'agent_email', 'ticket_id', 'end_user_number', 'outbound_number', 'lang'].filter((k) => given(body[k])).map((k) => [k, body[k]]));
    return { kind: 'accepted', body: echo };
  }
  return { kind: 'create', plan: { ...base, ...user, agent, outboundNumber, scheduledAt: null, parentId: null } };
}

function queuedCall(state: State, account: CcaiAccount, body: Record<string, unknown>, base: Pick<CallPlan, 'callType' | 'lang'>, now: number): Validation {
  const scheduled = base.callType === 'Voice Scheduled (API)';
  const [types, only] = scheduled
    ? [['mobile_menu', 'web_menu', 'ivr_menu'], 'Only mobile and web menu IDs are permitted'] as const
    : [['ivr_menu', 'mobile_menu'], 'Only IVR and mobile menu IDs are permitted'] as const;
  let parentId: number | null = null;
  let menu: CcaiMenu | undefined;
  if (scheduled && given(body.call_id)) {
    const parent = state.ccaiCalls.get(Number(body.call_id));
    if (!parent || parent.subdomain !== account.subdomain) fail(`call_id ${String(body.call_id)} is not found`); // (emulator)
    parentId = parent!.id;
    menu = given(body.menu_id) ? menuOf(account, body.menu_id, [...types], only) : parent!.menu;
  } else {
    menu = menuOf(account, body.menu_id, [...types], only);
  }
  const user = endUser(account, body, 'end_user_number is not well formed', 'end_user_number is required');
  let scheduledAt: string | null = null;
  if (scheduled) {
    if (!given(body.scheduled_at)) fail('scheduled_at is required');
    const at = Date.parse(String(body.scheduled_at));
    if (!(at > now)) fail('scheduled_at must be a future time in ISO 8601 format'); // (emulator)
    scheduledAt = new Date(at).toISOString();
  }
  const agent = account.agents.find((a) => a.canCall && a.available);
  const outboundNumber = given(body.outbound_number) ? String(body.outbound_number) : account.defaultOutboundNumber;
  return { kind: 'create', plan: { ...base, ...user, agent, menu, outboundNumber, scheduledAt, parentId } };
}

export function validateCall(state: State, account: CcaiAccount, body: Record<string, unknown>, now: number): Validation {
  try {
    const type = String(body.call_type);
    const callType = Object.hasOwn(CALL_TYPES, type) ? CALL_TYPES[type]! : fail('Invalid call type');
    const base = { callType, lang: language(account, body.lang) };
    return callType === 'Voice Outbound (API)' ? outbound(state, account, body, base, now) : queuedCall(state, account, body, base, now);
  } catch (error) {
    if (error instanceof Invalid) return { kind: 'error', message: error.message };
    throw error;
  }
}
