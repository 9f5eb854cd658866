import { SwitchboardError, type ErrorInfo } from '../errors';

/** Any failure as data for a reply; unknown throws become one generic text, never a stack. */
export const toErrorInfo = (error: unknown): ErrorInfo =>
  error instanceof SwitchboardError
    ? error.info
    : { kind: 'network', code: 'Unexpected', messageKey: 'error.unexpected' };
