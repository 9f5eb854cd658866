// TC3-HMAC-SHA256 (Tencent Cloud API 3.0 signing) with WebCrypto only, so the same code runs
// in an MV3 service worker, the widget and Node 20 (relay, emulator).
const ALGORITHM = 'TC3-HMAC-SHA256';

export interface Tc3SignInput {
  secretId: string;
  secretKey: string;
  /** Service name in the credential scope, e.g. `ccc`. */
  service: string;
  /** The Host header as sent, with the port if the URL has one. */
  host: string;
  /** Unix seconds; the scope date is its UTC date. */
  timestamp: number;
  /** The exact body bytes sent (a string is sent as UTF-8). */
  body: string | Uint8Array;
  contentType: string;
  /** Further headers to sign beyond `content-type` and `host` (the emulator verifies these). */
  extraSignedHeaders?: Record<string, string>;
  method?: string;
  path?: string;
  /** Canonical query string, without `?`. */
  query?: string;
}

export interface Tc3Signature {
  authorization: string;
  signature: string;
  signedHeaders: string;
  credentialScope: string;
  hashedPayload: string;
  canonicalRequest: string;
  hashedCanonicalRequest: string;
  stringToSign: string;
}

const encoder = new TextEncoder();
const bytes = (data: string | Uint8Array | ArrayBuffer): Uint8Array<ArrayBuffer> =>
  typeof data === 'string' ? encoder.encode(data) : new Uint8Array(data);
const hex = (buffer: ArrayBuffer): string =>
  Array.from(new Uint8Array(buffer), (byte) => byte.toString(16).padStart(2, '0')).join('');

export async function sha256Hex(data: string | Uint8Array): Promise<string> {
  return hex(await crypto.subtle.digest('SHA-256', bytes(data)));
}

async function hmac(key: string | ArrayBuffer, message: string): Promise<ArrayBuffer> {
  const cryptoKey = await crypto.subtle.importKey('raw', bytes(key), { name: 'HMAC', hash: 'SHA-256' }, false, ['sign']);
  return crypto.subtle.sign('HMAC', cryptoKey, bytes(message));
}

/** `YYYY-MM-DD` of a Unix timestamp, in UTC as the credential scope requires. */
export function utcDate(timestamp: number): string {
  return new Date(timestamp * 1000).toISOString().slice(0, 10);
}

export async function signTc3(input: Tc3SignInput): Promise<Tc3Signature> {
  const { secretId, secretKey, service, timestamp, method = 'POST', path = '/', query = '' } = input;
  const named = { ...input.extraSignedHeaders, 'content-type': input.contentType, host: input.host };
  // Tencent lowercases names and values alike (its doc: `x-tc-action:describeinstances`);
  // lowercasing names first also keeps a differently cased duplicate from appearing twice.
  const headers = [...new Map(Object.entries(named).map(([key, value]) => [key.toLowerCase(), value.trim().toLowerCase()]))].sort(
    ([a], [b]) => (a < b ? -1 : a > b ? 1 : 0),
  );
  const signedHeaders = headers.map(([key]) => key).join(';');
  const canonicalHeaders = headers.map(([key, value]) => `${key}:${value}\n`).join('');
  const hashedPayload = await sha256Hex(input.body);
  const canonicalRequest = [method, path, query, canonicalHeaders, signedHeaders, hashedPayload].join('\n');
  const hashedCanonicalRequest = await sha256Hex(canonicalRequest);
  const date = utcDate(timestamp);
  const credentialScope = `${date}/${service}/tc3_request`;
  const stringToSign = [ALGORITHM, String(timestamp), credentialScope, hashedCanonicalRequest].join('\n');
  const kDate = await hmac(`TC3${secretKey}`, date);
  const kService = await hmac(kDate, service);
  const kSigning = await hmac(kService, 'tc3_request');
  const signature = hex(await hmac(kSigning, stringToSign));
  const authorization = `${ALGORITHM} Credential=${secretId}/${credentialScope}, SignedHeaders=${signedHeaders}, Signature=${signature}`;
  return { authorization, signature, signedHeaders, credentialScope, hashedPayload, canonicalRequest, hashedCanonicalRequest, stringToSign };
}

export interface Tc3RequestInput {
  secretId: string;
  secretKey: string;
  /** Temporary credentials' session token, sent as `X-TC-Token`. */
  token?: string;
  service: string;
  /** The URL the request is posted to; its host (with port) and path are signed. */
  url: URL;
  action: string;
  version: string;
  timestamp: number;
  body: string;
  language?: 'en-US' | 'zh-CN';
}

/** Every header of a signed API 3.0 POST. `Host` is left out: fetch sets it from the URL. */
export async function tc3Headers(input: Tc3RequestInput): Promise<Record<string, string>> {
  const contentType = 'application/json';
  const { secretId, secretKey, service, url, timestamp, body } = input;
  const { authorization } = await signTc3({
    secretId,
    secretKey,
    service,
    host: url.host,
    path: url.pathname,
    timestamp,
    body,
    contentType,
  });
  return {
    'Content-Type': contentType,
    'X-TC-Action': input.action,
    'X-TC-Version': input.version,
    'X-TC-Timestamp': String(input.timestamp),
    ...(input.language ? { 'X-TC-Language': input.language } : {}),
    ...(input.token ? { 'X-TC-Token': input.token } : {}),
    Authorization: authorization,
  };
}
