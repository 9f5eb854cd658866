// CCAI Platform failures -> agent-readable errors (texts in lib/i18n/<locale>/ccai.json).
// The server's own message always travels along in `serverMessage`.
import { SwitchboardError, type ErrorInfo } from '../errors';

/** What the failed request was doing. */
export interface RequestContext {
  /** A POST that creates a call: if no clear answer came back, the call may exist anyway. */
  creates: boolean;
  timeoutMs: number;
  /** Set for per-call requests, where a 404 most likely means an unknown call. */
  callId?: number;
}

// Every 400 message in the seed; the seed spells "well-formed" both ways.
const MESSAGES: Record<string, string> = {
  'Agent email required': 'agentEmailRequired',
  'ticket_id or end_user_number required': 'ticketOrNumberRequired',
  'end_user_number is not well-formed': 'endUserNumberMalformed',
  'end_user_number is not well formed': 'endUserNumberMalformed',
  'Not a valid agent email': 'agentEmailInvalid',
  'Agent does not have access to make calls': 'agentNoCallAccess',
  'Agent is not available to take this call': 'agentNotAvailable',
  'Contact not found': 'contactNotFound',
  'Invalid call type': 'invalidCallType',
  'menu_id is required': 'menuIdRequired',
  'menu_id is not well formed': 'menuIdMalformed',
  'Only IVR and mobile menu IDs are permitted': 'inboundMenuType',
  'Only mobile and web menu IDs are permitted': 'scheduledMenuType',
  "Menu is in 'manual redirection' state, can't accept calls": 'menuRedirected',
  "Menu is in 'after hours' state, can't accept incoming calls": 'menuAfterHours',
  'end_user_number is required': 'endUserNumberRequired',
  'scheduled_at is required': 'scheduledAtRequired',
};

// Messages that name a value; the value becomes a parameter of the text.
const PATTERNS: [pattern: RegExp, code: string, param: string][] = [
  [/^Language '(.*)' is not available$/i, 'languageNotAvailable', 'lang'],
  [/^Language '(.*)' is not found$/i, 'languageNotFound', 'lang'],
  [/^menu_id (.*) is not found$/i, 'menuNotFound', 'menuId'],
];

// Tolerate small drifts in case, hyphens, spacing and a final full stop.
const normalise = (message: string) => message.trim().toLowerCase().replace(/[\s-]+/g, ' ').replace(/\.$/, '');
const BY_NORMALISED = new Map(Object.entries(MESSAGES).map(([text, code]) => [normalise(text), code]));

/** Our `code` is also the last part of the text's i18n key. */
function ccaiError(info: Omit<ErrorInfo, 'provider' | 'messageKey'>): SwitchboardError {
  const { serverMessage, ...rest } = info;
  return new SwitchboardError({
    ...rest,
    provider: 'ccai',
    messageKey: `ccai.error.${info.code}`,
    ...(serverMessage ? { serverMessage } : {}),
  });
}

/** A `{"message": ...}` the server sent with a 4xx. */
export function serverMessageError(message: string): SwitchboardError {
  const serverMessage = message.trim();
  const code = BY_NORMALISED.get(normalise(serverMessage));
  if (code) return ccaiError({ kind: 'cloud', code, serverMessage });
  for (const [pattern, patternCode, param] of PATTERNS) {
    const match = pattern.exec(serverMessage);
    if (match) return ccaiError({ kind: 'cloud', code: patternCode, params: { [param]: match[1]! }, serverMessage });
  }
  return ccaiError({ kind: 'cloud', code: 'unknownMessage', params: { message: serverMessage }, serverMessage });
}

export function httpStatusError(status: number, serverMessage: string | undefined, context: RequestContext): SwitchboardError {
  const base = { params: { status }, serverMessage };
  if (status === 401 || status === 403) return ccaiError({ ...base, kind: 'cloud', code: 'unauthorized' });
  if (status === 404 && context.callId !== undefined) {
    return ccaiError({ ...base, kind: 'http', code: 'callNotFound', params: { callId: context.callId } });
  }
  if (status === 404) return ccaiError({ ...base, kind: 'http', code: 'notFound' });
  if (status === 429) return ccaiError({ ...base, kind: 'rateLimited', code: 'rateLimited' });
  if (status >= 500) return ccaiError({ ...base, kind: 'http', code: context.creates ? 'serverCreate' : 'server' });
  if (serverMessage) return serverMessageError(serverMessage);
  return ccaiError({ ...base, kind: status === 400 ? 'cloud' : 'http', code: status === 400 ? 'badRequest' : 'http' });
}

export function networkError(context: RequestContext): SwitchboardError {
  return ccaiError({ kind: 'network', code: context.creates ? 'networkCreate' : 'network' });
}

export function timeoutError(context: RequestContext): SwitchboardError {
  const seconds = Math.round(context.timeoutMs / 100) / 10;
  return ccaiError({ kind: 'timeout', code: context.creates ? 'timeoutCreate' : 'timeout', params: { seconds } });
}

/** A 2xx whose body is not what the API documents. */
export function malformedResponseError(context: RequestContext): SwitchboardError {
  return ccaiError({ kind: 'http', code: context.creates ? 'malformedCreate' : 'malformedResponse' });
}
