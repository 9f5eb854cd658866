// TC3-HMAC-SHA256 verification with node:crypto: deliberately independent of lib/tccc/sign.ts
// (WebCrypto), so each checks the other. Rules from Tencent's signing doc: signed header keys
// and values are lowercased and trimmed; content-type and host must be signed; the scope date
// is the timestamp's UTC date; a timestamp more than 5 minutes off is expired.
import { createHash, createHmac, timingSafeEqual } from 'node:crypto';
import type { IncomingHttpHeaders } from 'node:http';

export const TC3 = 'TC3-HMAC-SHA256';
const MAX_SKEW_SECONDS = 300;

export const sha256Hex = (data: string | Buffer): string => createHash('sha256').update(data).digest('hex');
const hmac = (key: string | Buffer, message: string): Buffer => createHmac('sha256', key).update(message, 'utf8').digest();
export const utcDate = (timestamp: number): string => new Date(timestamp * 1000).toISOString().slice(0, 10);

export interface CanonicalInput {
  method: string;
  path: string;
  query: string;
  /** Signed headers in SignedHeaders order, as [name, value]. */
  headers: [string, string][];
  body: Buffer | string;
}

export function canonicalRequest({ method, path, query, headers, body }: CanonicalInput): string {
  const lines = headers.map(([name, value]) => `${name.toLowerCase()}:${value.trim().toLowerCase()}\n`).join('');
  const signed = headers.map(([name]) => name.toLowerCase()).join(';');
  return [method.toUpperCase(), path, query, lines, signed, sha256Hex(body)].join('\n');
}

export function tc3Signature(secretKey: string, service: string, timestamp: number, canonical: string): string {
  const date = utcDate(timestamp);
  const stringToSign = [TC3, String(timestamp), `${date}/${service}/tc3_request`, sha256Hex(canonical)].join('\n');
  const kSigning = hmac(hmac(hmac(`TC3${secretKey}`, date), service), 'tc3_request');
  return hmac(kSigning, stringToSign).toString('hex');
}

export interface Authorization { secretId: string; date: string; service: string; signedHeaders: string[]; signature: string }

/** `TC3-HMAC-SHA256 Credential=<id>/<date>/<service>/tc3_request, SignedHeaders=a;b, Signature=<hex>` */
export function parseAuthorization(value: string): Authorization | undefined {
  const match = /^TC3-HMAC-SHA256\s+(.*)$/.exec(value.trim());
  if (!match?.[1]) return undefined;
  const fields = Object.fromEntries(match[1].split(',').map((part) => {
    const [key = '', ...rest] = part.trim().split('=');
    return [key, rest.join('=')];
  }));
  const [secretId, date, service, terminator, ...extra] = String(fields.Credential ?? '').split('/');
  if (!secretId || !date || !service || terminator !== 'tc3_request' || extra.length) return undefined;
  if (!fields.SignedHeaders || !/^[0-9a-f]{64}$/.test(fields.Signature ?? '')) return undefined;
  return { secretId, date, service, signedHeaders: fields.SignedHeaders.split(';'), signature: fields.Signature! };
}

export interface VerifyInput {
  method: string;
  path: string;
  query: string;
  headers: IncomingHttpHeaders;
  body: Buffer;
  service: string;
  /** Server time, Unix seconds. */
  now: number;
  secretKeyOf(secretId: string): string | undefined;
}

export type Verdict = { ok: true; secretId: string } | { ok: false; code: string; message: string };

const fail = (code: string, message: string): Verdict => ({ ok: false, code, message });
const SIGNATURE_FAILURE = 'The provided credentials could not be validated. Please check your signature is correct.';
const invalidAuthorization = (why: string) =>
  fail('AuthFailure.InvalidAuthorization', `The request \`Authorization\` header does not conform to tencentcloud standards: ${why}`);

export function verifyTc3(input: VerifyInput): Verdict {
  const value = input.headers.authorization;
  // UNVERIFIED: what the real gateway answers without the header at all.
  if (!value) return fail('AuthFailure.SignatureFailure', 'The request is missing the `Authorization` header.');
  const auth = parseAuthorization(value);
  if (!auth) return invalidAuthorization('malformed header.');
  if (auth.service !== input.service) return invalidAuthorization('`Service` in Credential not valid.');
  if (!auth.signedHeaders.includes('content-type') || !auth.signedHeaders.includes('host')) {
    return invalidAuthorization('`SignedHeaders` must include content-type and host.');
  }
  const timestamp = Number(input.headers['x-tc-timestamp']);
  if (!Number.isInteger(timestamp)) return fail('InvalidParameter', 'Parameter `X-TC-Timestamp` type error.');
  if (Math.abs(input.now - timestamp) > MAX_SKEW_SECONDS) return fail('AuthFailure.SignatureExpire', 'The signature is expired, please request again.');
  const secretKey = input.secretKeyOf(auth.secretId);
  if (secretKey === undefined) return fail('AuthFailure.SecretIdNotFound', 'The SecretId is not found, please ensure that your SecretId is correct.');
  if (auth.date !== utcDate(timestamp)) return fail('AuthFailure.SignatureFailure', SIGNATURE_FAILURE);

  const values = auth.signedHeaders.map((name) => [name, input.headers[name]] as const);
  if (values.some(([, v]) => typeof v !== 'string')) return fail('AuthFailure.SignatureFailure', SIGNATURE_FAILURE);
  const headers = values as [string, string][];
  const host = input.headers.host ?? '';
  // The official SDK signs the host without the port but sends it with: try both.
  const hosts = host.includes(':') ? [host, host.replace(/:\d+$/, '')] : [host];
  const expected = Buffer.from(auth.signature, 'hex');
  for (const candidate of hosts) {
    const signed = headers.map(([name, v]): [string, string] => [name, name === 'host' ? candidate : v]);
    const canonical = canonicalRequest({ ...input, headers: signed });
    if (timingSafeEqual(Buffer.from(tc3Signature(secretKey, input.service, timestamp, canonical), 'hex'), expected)) {
      return { ok: true, secretId: auth.secretId };
    }
  }
  return fail('AuthFailure.SignatureFailure', SIGNATURE_FAILURE);
}
