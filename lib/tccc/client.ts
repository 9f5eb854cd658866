// The typed TCCC (CCC 2020-02-10) client: validate, rate-limit, sign, send, and turn every
// failure into a SwitchboardError. Creates and hang-ups are sent once; reads may retry.
import ky, { HTTPError, TimeoutError, type RetryOptions } from 'ky';
import type { SwitchboardError } from '../errors';
import { createRateLimiter, type RateLimiter } from '../rate-limit';
import { cloudError, transportError, validationError, type TransportFailure } from './errors';
import { tc3Headers } from './sign';
import type { TcccAction, TcccActions } from './types';
import { validateRequest } from './validate';

export const TCCC_VERSION = '2020-02-10';
export const TCCC_HOSTS = { china: 'https://ccc.tencentcloudapi.com/', intl: 'https://ccc.intl.tencentcloudapi.com/' } as const;
/** Tencent allows 20 requests per second per action. */
export const TCCC_RATE_LIMIT = 20;

export type TcccEndpoint = { kind: 'china' } | { kind: 'intl' } | { kind: 'custom'; baseUrl: string };

export interface TcccClientOptions {
  sdkAppId: number;
  credentials: { secretId: string; secretKey: string; token?: string };
  endpoint: TcccEndpoint;
  language?: 'en-US' | 'zh-CN';
  fetch?: typeof fetch;
  /** Clock in milliseconds, for the signature timestamp. */
  now?: () => number;
  limiter?: RateLimiter;
  timeoutMs?: number;
}

type Method<A extends TcccAction> = (
  request: Omit<TcccActions[A]['request'], 'SdkAppId'>,
) => Promise<TcccActions[A]['response']>;
export type TcccClient = { [A in TcccAction as Uncapitalize<A>]: Method<A> };

const ACTIONS: readonly TcccAction[] = [
  'CreateCallOutSession',
  'CreateIVRSession',
  'CreateAutoCalloutTask',
  'DescribeAutoCalloutTask',
  'StopAutoCalloutTask',
  'DescribeTelSession',
  'DescribeTelCdr',
  'HangUpCall',
];
const isRead = (action: TcccAction) => action.startsWith('Describe');

// Reads are idempotent, so ky may resend them (it does not retry POST unless told to).
const READ_RETRY: RetryOptions = {
  limit: 2,
  methods: ['post'],
  statusCodes: [408, 429, 500, 502, 503, 504],
  retryOnTimeout: true,
  // A gateway's Retry-After must not park a status poll for minutes.
  maxRetryAfter: 5_000,
};

// TCCC counts per action and per account, and callers build a client per operation: share
// one limiter by default so separate clients still respect the budget together.
const sharedLimiter = createRateLimiter({ limit: TCCC_RATE_LIMIT });

function endpointUrl(endpoint: TcccEndpoint): URL {
  if (endpoint.kind !== 'custom') return new URL(TCCC_HOSTS[endpoint.kind]);
  const url = URL.canParse(endpoint.baseUrl) ? new URL(endpoint.baseUrl) : undefined;
  if (!url || !/^https?:$/.test(url.protocol)) {
    throw validationError('endpoint', { url: endpoint.baseUrl });
  }
  url.search = '';
  url.hash = '';
  return url;
}

export function createTcccClient(options: TcccClientOptions): TcccClient {
  const { sdkAppId, credentials, language, now = Date.now, limiter = sharedLimiter, timeoutMs = 10_000 } = options;

  async function send<A extends TcccAction>(action: A, request: Omit<TcccActions[A]['request'], 'SdkAppId'>) {
    const payload = { ...request, SdkAppId: sdkAppId } as TcccActions[A]['request'];
    validateRequest(action, payload);
    const url = endpointUrl(options.endpoint);
    const unsafe = !isRead(action);
    const fail = (failure: TransportFailure, status?: number) => transportError(failure, { unsafe, status, timeoutMs });

    await limiter.acquire(action);
    const body = JSON.stringify(payload);
    const timestamp = Math.floor(now() / 1000);
    const headers = await tc3Headers({ ...credentials, service: 'ccc', url, action, version: TCCC_VERSION, timestamp, body, language });
    let text: string;
    try {
      const response = await ky.post(url, {
        body,
        headers,
        timeout: timeoutMs,
        retry: unsafe ? 0 : READ_RETRY,
        hooks: { beforeRetry: [() => limiter.acquire(action)] },
        ...(options.fetch ? { fetch: options.fetch } : {}),
      });
      text = await response.text();
    } catch (error) {
      if (error instanceof TimeoutError) throw fail('timeout');
      if (error instanceof HTTPError) {
        const { status } = error.response;
        throw status === 429 ? fail('rateLimited', status) : fail(status >= 500 ? 'http5xx' : 'http', status);
      }
      throw fail('network');
    }
    return parseEnvelope<TcccActions[A]['response']>(text, () => fail('invalidResponse'));
  }

  const client = Object.fromEntries(
    ACTIONS.map((action) => [action[0]!.toLowerCase() + action.slice(1), (request: never) => send(action, request)]),
  );
  return client as unknown as TcccClient;
}

interface Envelope {
  Response?: { Error?: { Code?: unknown; Message?: unknown } | null; RequestId?: unknown };
}

/** `{Response:{...,RequestId}}` on success, `{Response:{Error:{Code,Message},RequestId}}` on failure. */
function parseEnvelope<T>(text: string, invalid: () => SwitchboardError): T {
  let envelope: Envelope;
  try {
    envelope = JSON.parse(text) as Envelope;
  } catch {
    throw invalid();
  }
  const response = envelope?.Response;
  if (typeof response !== 'object' || response === null) throw invalid();
  const requestId = typeof response.RequestId === 'string' ? response.RequestId : undefined;
  if ('Error' in response) {
    const code = response.Error?.Code;
    const message = response.Error?.Message;
    if (typeof code !== 'string') throw invalid();
    throw cloudError(code, typeof message === 'string' ? message : undefined, requestId);
  }
  return response as T;
}
