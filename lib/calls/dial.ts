import { SwitchboardError } from '../errors';
import type { DialTarget } from '../messages';
import type { Secrets, Settings } from '../settings/schema';
import { toTcccNumber } from '../tccc/number';
import { ccaiClientFor, missing, tcccClientFor, type ClientDeps } from './clients';
import type { CallRecord } from './model';

// Turns one dial intent into exactly one create request. Never retried: if the outcome is
// unknown (timeout, 5xx) the error says so and the agent decides.

export interface DialRequest {
  target: DialTarget;
  clickId: string;
  pageUrl?: string;
}

/** TCCC custom data: the click (to reconcile an unknown outcome) and the ticket, if any. */
export function tcccUui({ target, clickId }: DialRequest): string {
  const uui = new URLSearchParams({ click: clickId });
  if (target.ticketId) uui.set('ticket', target.ticketId);
  if (target.crm) uui.set('crm', target.crm);
  return uui.toString();
}

async function dialTccc(request: DialRequest, settings: Settings, secrets: Secrets, deps: ClientDeps) {
  const { target } = request;
  if (!target.e164) {
    throw new SwitchboardError({
      kind: 'validation',
      code: 'TicketWithoutNumber',
      messageKey: 'dial.ticketWithoutNumber',
      provider: 'tccc',
    });
  }
  if (!settings.tccc.userId) missing('tccc', 'userId');
  const { callerId, isForceUseMobile, userId } = settings.tccc;
  const response = await tcccClientFor(settings, secrets, deps).createCallOutSession({
    UserId: userId,
    Callee: toTcccNumber(target.e164),
    ...(callerId ? { Callers: [toTcccNumber(callerId)] } : {}),
    ...(isForceUseMobile ? { IsForceUseMobile: true } : {}),
    UUI: tcccUui(request),
  });
  return { sessionId: response.SessionId, needsAgentAction: false };
}

async function dialCcai({ target }: DialRequest, settings: Settings, secrets: Secrets, deps: ClientDeps) {
  const { agentEmail, outboundNumber, lang } = settings.ccai;
  if (!agentEmail) missing('ccai', 'agentEmail');
  const result = await ccaiClientFor(settings, secrets, deps).createOutboundCall({
    agent_email: agentEmail,
    // The ticket wins: CCAI dials the customer it has on file for that ticket.
    ...(target.kind === 'ticket' ? { ticket_id: target.ticketId } : { end_user_number: target.e164 }),
    ...(outboundNumber ? { outbound_number: outboundNumber } : {}),
    lang,
  });
  return result.outcome === 'created'
    ? { sessionId: String(result.call.id), needsAgentAction: false }
    : { sessionId: undefined, needsAgentAction: true };
}

/** Place the call and describe it as a fresh record in state `ringingAgent`. */
export async function placeCall(
  request: DialRequest,
  settings: Settings,
  secrets: Secrets,
  deps: ClientDeps & { now?: () => number } = {},
): Promise<CallRecord> {
  const placed = await (settings.provider === 'tccc' ? dialTccc : dialCcai)(request, settings, secrets, deps);
  const { target } = request;
  return {
    clickId: request.clickId,
    provider: settings.provider,
    sessionId: placed.sessionId,
    e164: target.e164,
    extension: target.kind === 'number' ? target.extension : undefined,
    ticketId: target.ticketId,
    crm: target.crm,
    pageUrl: request.pageUrl,
    state: 'ringingAgent',
    needsAgentAction: placed.needsAgentAction || undefined,
    createdAt: (deps.now ?? Date.now)(),
  };
}
