// Every TCCC failure becomes a SwitchboardError whose text (lib/i18n/<locale>/tccc.json) says
// what happened and what to do. Cloud codes map to `tccc.error.<Code>`; client-side failures
// and our own input checks use lowercase keys, which no Tencent code can collide with.
import { SwitchboardError, type ErrorKind } from '../errors';
import { hasMessage, type Params } from '../i18n';

const ERROR = 'tccc.error.';

/** Its own text, else its family's (`FailedOperation.Xyz` -> `FailedOperation`), else a generic one. */
export function tcccErrorKey(code: string): string {
  if (/^[A-Z]/.test(code)) {
    for (const parts = code.split('.'); parts.length > 0; parts.pop()) {
      const key = ERROR + parts.join('.');
      if (hasMessage(key)) return key;
    }
  }
  return `${ERROR}unknown`;
}

/** An error TCCC answered with: `{Response:{Error:{Code,Message},RequestId}}`. */
export function cloudError(code: string, serverMessage?: string, requestId?: string): SwitchboardError {
  return new SwitchboardError({
    kind: code.startsWith('RequestLimitExceeded') ? 'rateLimited' : 'cloud',
    code,
    messageKey: tcccErrorKey(code),
    params: { code },
    provider: 'tccc',
    ...(serverMessage ? { serverMessage } : {}),
    ...(requestId ? { requestId } : {}),
  });
}

export type TransportFailure = 'network' | 'timeout' | 'rateLimited' | 'http5xx' | 'http' | 'invalidResponse';

const KIND: Record<TransportFailure, ErrorKind> = {
  network: 'network',
  timeout: 'timeout',
  rateLimited: 'rateLimited',
  http5xx: 'http',
  http: 'http',
  invalidResponse: 'http',
};
// Failures after which a create or hang-up may or may not have happened (a 429 or 404 was refused).
const OUTCOME_UNKNOWN = new Set<TransportFailure>(['network', 'timeout', 'http5xx', 'invalidResponse']);

export interface TransportContext {
  /** The action creates or ends something (Create*, HangUpCall, Stop*): never retried. */
  unsafe: boolean;
  status?: number;
  timeoutMs?: number;
}

/** No usable answer from TCCC. For unsafe actions the text warns that the call may exist. */
export function transportError(failure: TransportFailure, { unsafe, status, timeoutMs }: TransportContext): SwitchboardError {
  const variant = unsafe && OUTCOME_UNKNOWN.has(failure) ? '.unsafe' : '';
  const params: Params = {};
  if (status !== undefined) params.status = status;
  if (timeoutMs !== undefined) params.seconds = timeoutMs / 1000;
  return new SwitchboardError({
    kind: KIND[failure],
    code: status === undefined ? failure : String(status),
    messageKey: ERROR + failure + variant,
    params,
    provider: 'tccc',
  });
}

/** Our own check refused the input; nothing was sent. */
export function validationError(code: string, params: Params = {}): SwitchboardError {
  return new SwitchboardError({
    kind: 'validation',
    code,
    messageKey: `tccc.validation.${code}`,
    params,
    provider: 'tccc',
  });
}
