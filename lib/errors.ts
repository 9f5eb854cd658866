import { t, type Locale, type Params } from './i18n';

/** Where a failure came from; the UI picks its wording and whether "try again" makes sense. */
export type ErrorKind =
  | 'validation' // our own check refused the input before any request left
  | 'cloud' // the cloud answered with an error code or message
  | 'rateLimited' // our client-side limiter or the cloud refused for rate
  | 'network' // no answer: DNS, refused connection, offline
  | 'timeout' // no answer within the time limit; the outcome of a create is unknown
  | 'http'; // an unexpected HTTP status (5xx, 404 ...)

export type Provider = 'tccc' | 'ccai';

/** The plain, serialisable form of an error: safe to send to a popup or content script. */
export interface ErrorInfo {
  kind: ErrorKind;
  /** Stable identifier: a TCCC error code, an HTTP status, or one of ours. */
  code: string;
  /** i18n key of the text the agent reads. */
  messageKey: string;
  params?: Params;
  provider?: Provider;
  /** TCCC's RequestId, kept for support tickets. */
  requestId?: string;
  /** The cloud's own message, shown under ours. Never contains a secret. */
  serverMessage?: string;
}

export class SwitchboardError extends Error {
  readonly info: ErrorInfo;

  constructor(info: ErrorInfo) {
    super(`${info.provider ?? 'switchboard'}: ${info.code}${info.serverMessage ? ` (${info.serverMessage})` : ''}`);
    this.name = 'SwitchboardError';
    this.info = info;
  }

  /** The agent-facing text in `locale`. */
  describe(locale?: Locale): string {
    return describeError(this.info, locale);
  }
}

export function describeError(info: ErrorInfo, locale?: Locale): string {
  return t(info.messageKey, info.params, locale);
}
