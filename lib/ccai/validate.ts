// Client-side mirror of the seed's request rules, so obvious mistakes are explained to the
// agent before a request leaves (and before it costs one of the 10 requests per second).
import { isValidPhoneNumber } from 'libphonenumber-js/max';
import { SwitchboardError } from '../errors';
import type { Params } from '../i18n';
import {
  RECORDING_PERMISSIONS,
  type InboundCallRequest,
  type OutboundCallRequest,
  type ScheduledCallRequest,
} from './types';

// The WHATWG rule for <input type=email>: what browsers themselves accept as an address.
const EMAIL = /^[a-zA-Z0-9.!#$%&'*+/=?^_`{|}~-]+@[a-zA-Z0-9](?:[a-zA-Z0-9-]{0,61}[a-zA-Z0-9])?(?:\.[a-zA-Z0-9](?:[a-zA-Z0-9-]{0,61}[a-zA-Z0-9])?)*$/;
const ISO_639_1 = /^[a-z]{2}$/;
// A time zone is required: without one the server would guess whose clock is meant.
const ISO_DATE_TIME = /^(\d{4})-(\d{2})-(\d{2})T\d{2}:\d{2}(?::\d{2}(?:\.\d+)?)?(?:Z|[+-]\d{2}:\d{2})$/;

function fail(code: string, params?: Params): never {
  throw new SwitchboardError({
    kind: 'validation',
    provider: 'ccai',
    code,
    messageKey: `ccai.validation.${code}`,
    ...(params && { params }),
  });
}

const isBlank = (value: unknown): boolean =>
  value === undefined || value === null || (typeof value === 'string' && value.trim() === '');

const isId = (value: unknown): boolean =>
  typeof value === 'number' && Number.isSafeInteger(value) && value > 0;

function checkNumber(value: unknown, code: string): void {
  if (typeof value !== 'string' || !isValidPhoneNumber(value)) fail(code, { number: String(value) });
}

function checkOptional(request: { outbound_number?: unknown; lang?: unknown; recording_permission?: unknown }): void {
  const { outbound_number, lang, recording_permission } = request;
  if (!isBlank(outbound_number)) checkNumber(outbound_number, 'outboundNumberInvalid');
  if (!isBlank(lang) && !(typeof lang === 'string' && ISO_639_1.test(lang))) {
    fail('langInvalid', { lang: String(lang) });
  }
  if (recording_permission !== undefined && !(RECORDING_PERMISSIONS as readonly unknown[]).includes(recording_permission)) {
    fail('recordingPermissionInvalid', { value: String(recording_permission) });
  }
}

function checkEndUserNumber(value: unknown): void {
  if (isBlank(value)) fail('endUserNumberRequired');
  checkNumber(value, 'endUserNumberInvalid');
}

function checkMenuId(value: unknown): void {
  if (!isId(value)) fail('menuIdInvalid', { menuId: String(value) });
}

/** Call ids come back from CCAI as positive integers; they also end up in URL paths. */
export function validateCallId(value: unknown): void {
  if (!isId(value)) fail('callIdInvalid', { callId: String(value) });
}

function isIsoDateTime(value: string): boolean {
  const match = ISO_DATE_TIME.exec(value);
  if (!match || Number.isNaN(Date.parse(value))) return false;
  const [year, month, day] = match.slice(1, 4).map(Number) as [number, number, number];
  // Date.parse rolls 2025-02-30 over to March 2; the date must exist as written.
  return new Date(Date.UTC(year, month - 1, day)).getUTCDate() === day;
}

function checkScheduledAt(value: unknown, now: number): void {
  if (isBlank(value)) fail('scheduledAtRequired');
  if (typeof value !== 'string' || !isIsoDateTime(value)) fail('scheduledAtInvalid', { value: String(value) });
  if (Date.parse(value) <= now) fail('scheduledAtPast', { value });
}

export function validateOutboundCall(request: OutboundCallRequest): void {
  const { agent_email, ticket_id, end_user_number } = request;
  if (isBlank(agent_email)) fail('agentEmailRequired');
  if (!EMAIL.test(String(agent_email).trim())) fail('agentEmailInvalid', { email: String(agent_email) });
  if (isBlank(ticket_id) && isBlank(end_user_number)) fail('ticketOrNumberRequired');
  if (!isBlank(end_user_number)) checkNumber(end_user_number, 'endUserNumberInvalid');
  checkOptional(request);
}

export function validateInboundCall(request: InboundCallRequest): void {
  if (isBlank(request.menu_id)) fail('menuIdRequired');
  checkMenuId(request.menu_id);
  checkEndUserNumber(request.end_user_number);
  checkOptional(request);
}

/** `now` in epoch milliseconds: scheduled_at must be later. */
export function validateScheduledCall(request: ScheduledCallRequest, now: number): void {
  const { menu_id, call_id } = request;
  if (isBlank(menu_id) && isBlank(call_id)) fail('menuOrCallRequired');
  if (!isBlank(menu_id)) checkMenuId(menu_id);
  if (!isBlank(call_id)) validateCallId(call_id);
  checkEndUserNumber(request.end_user_number);
  checkScheduledAt(request.scheduled_at, now);
  checkOptional(request);
}
