// Checks made before anything is sent: a request TCCC would refuse, or one that would place
// a call we did not mean (a wrong number form), never leaves the extension.
import type { Params } from '../i18n';
import { validationError } from './errors';
import { isTcccNumber } from './number';
import type { TcccAction, TcccActions } from './types';

const UUI_MAX_BYTES = 1024;
const encoder = new TextEncoder();

function check(ok: boolean, code: string, params?: Params): asserts ok {
  if (!ok) throw validationError(code, params);
}

const isInt = (value: unknown, min: number, max = Number.MAX_SAFE_INTEGER): boolean =>
  Number.isSafeInteger(value) && (value as number) >= min && (value as number) <= max;

function numbers(field: string, values: string | readonly string[] | undefined, required: boolean): void {
  const list = typeof values === 'string' ? [values] : (values ?? []);
  check(!required || list.length > 0, 'missingNumber', { field });
  for (const number of list) {
    check(typeof number === 'string' && number !== '', 'missingNumber', { field });
    check(isTcccNumber(number), 'notTcccNumber', { field, number });
  }
}

function uui(field: string, value: string | undefined): void {
  if (value === undefined) return;
  const bytes = encoder.encode(value).length;
  check(bytes <= UUI_MAX_BYTES, 'uuiTooLong', { field, bytes, max: UUI_MAX_BYTES });
}

/** A session id (string) or a task / IVR id (positive integer). */
function id(field: string, value: unknown): void {
  check(typeof value === 'string' ? value.trim() !== '' : isInt(value, 1), 'invalidId', { field });
}

const CHECKS: { [A in TcccAction]: (request: TcccActions[A]['request']) => void } = {
  CreateCallOutSession(request) {
    check(typeof request.UserId === 'string' && request.UserId.trim() !== '', 'userId');
    numbers('Callee', request.Callee, true);
    numbers('Caller', request.Caller, false);
    numbers('Callers', request.Callers, false);
    uui('UUI', request.UUI);
    uui('Uui', request.Uui);
  },
  CreateIVRSession(request) {
    numbers('Callee', request.Callee, true);
    numbers('Callers', request.Callers, false);
    id('IVRId', request.IVRId);
    uui('UUI', request.UUI);
  },
  CreateAutoCalloutTask(request) {
    numbers('Callees', request.Callees, true);
    numbers('Callers', request.Callers, true);
    for (const attribute of request.CalleeAttributes ?? []) {
      numbers('CalleeAttributes.Callee', attribute.Callee, true);
      uui('CalleeAttributes.UUI', attribute.UUI);
    }
    uui('UUI', request.UUI);
    check(request.IvrId !== undefined || request.AIAgentId !== undefined, 'missingTarget');
    if (request.IvrId !== undefined) id('IvrId', request.IvrId);
    if (request.AIAgentId !== undefined) id('AIAgentId', request.AIAgentId);
    const { Tries, RetryInterval } = request;
    if (Tries !== undefined) check(isInt(Tries, 1, 3), 'tries', { value: Tries });
    if (RetryInterval !== undefined) check(isInt(RetryInterval, 600, 86400), 'retryInterval', { value: RetryInterval });
  },
  DescribeAutoCalloutTask: (request) => id('TaskId', request.TaskId),
  StopAutoCalloutTask: (request) => id('TaskId', request.TaskId),
  DescribeTelSession: (request) => id('SessionId', request.SessionId),
  HangUpCall: (request) => id('SessionId', request.SessionId),
  DescribeTelCdr(request) {
    check(isInt(request.PageSize, 1, 100), 'pageSize', { value: String(request.PageSize) });
    check(isInt(request.PageNumber, 0), 'pageNumber', { value: String(request.PageNumber) });
  },
};

/** Throws a validation error (kind 'validation') for the first problem found. */
export function validateRequest<A extends TcccAction>(action: A, request: TcccActions[A]['request']): void {
  check(isInt(request.SdkAppId, 1), 'sdkAppId', { value: String(request.SdkAppId) });
  CHECKS[action](request);
}
