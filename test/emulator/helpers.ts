// Test helpers: raw HTTP (so tests control Host and bytes), TC3 signing for hand-made
// requests, and shortcuts for the demo accounts and the admin API.
import { request } from 'node:http';
import type { Emulator } from './server';
import { canonicalRequest, tc3Signature, utcDate } from './tc3';

export const DEMO = {
  tccc: { sdkAppId: 1400000000, secretId: 'AKIDSWITCHBOARDDEMO', secretKey: 'switchboard-demo-secret', userId: 'agent@example.com', caller: '008675566668888' },
  ccai: { subdomain: 'acme', token: 'demo-token', agent: 'agent@example.com' },
} as const;

export interface RawResponse {
  status: number;
  headers: Record<string, string | string[] | undefined>;
  text: string;
  /** Parsed body; `any` because tests read many response shapes. */
  json: any;
}

export function raw(emu: Emulator, options: { method?: string; path?: string; headers?: Record<string, string>; body?: string | Buffer }): Promise<RawResponse> {
  return new Promise((resolve, reject) => {
    const req = request({ host: '127.0.0.1', port: emu.port, method: options.method ?? 'GET', path: options.path ?? '/', headers: options.headers }, (res) => {
      const chunks: Buffer[] = [];
      res.on('data', (chunk: Buffer) => chunks.push(chunk));
      res.on('end', () => {
        const text = Buffer.concat(chunks).toString('utf8');
        let json: unknown;
        try {
          json = JSON.parse(text);
        } catch {
          json = undefined;
        }
        resolve({ status: res.statusCode ?? 0, headers: res.headers, text, json });
      });
    });
    req.on('error', reject);
    req.end(options.body);
  });
}

export interface SignOptions {
  action: string;
  body: string;
  host: string;
  secretId?: string;
  secretKey?: string;
  timestamp?: number;
  version?: string;
  /** Headers to sign besides content-type and host, name -> value as sent. */
  extra?: Record<string, string>;
}

/** The headers of a TC3-signed TCCC request. */
export function signedHeaders(o: SignOptions): Record<string, string> {
  const timestamp = o.timestamp ?? Math.floor(Date.now() / 1000);
  const sent: Record<string, string> = {
    'content-type': 'application/json',
    host: o.host,
    'x-tc-action': o.action,
    'x-tc-version': o.version ?? '2020-02-10',
    'x-tc-timestamp': String(timestamp),
    ...o.extra,
  };
  const names = ['content-type', 'host', ...Object.keys(o.extra ?? {})];
  const canonical = canonicalRequest({ method: 'POST', path: '/', query: '', headers: names.map((n) => [n, sent[n]!]), body: o.body });
  const signature = tc3Signature(o.secretKey ?? DEMO.tccc.secretKey, 'ccc', timestamp, canonical);
  const credential = `${o.secretId ?? DEMO.tccc.secretId}/${utcDate(timestamp)}/ccc/tc3_request`;
  return { ...sent, authorization: `TC3-HMAC-SHA256 Credential=${credential}, SignedHeaders=${names.join(';')}, Signature=${signature}` };
}

/** A signed TCCC call with the demo credentials; `SdkAppId` defaults to the demo app. */
export async function tccc(emu: Emulator, action: string, params: Record<string, unknown>, sign: Partial<SignOptions> = {}) {
  const body = JSON.stringify({ SdkAppId: DEMO.tccc.sdkAppId, ...params });
  const res = await raw(emu, { method: 'POST', body, headers: signedHeaders({ action, body, host: `127.0.0.1:${emu.port}`, ...sign }) });
  return res.json.Response;
}

export const basic = (user: string, password: string) => `Basic ${Buffer.from(`${user}:${password}`).toString('base64')}`;

export function ccai(emu: Emulator, method: string, path: string, body?: unknown, headers: Record<string, string> = {}) {
  return raw(emu, {
    method,
    path: `/apps/api/v1${path}`,
    headers: { authorization: basic(DEMO.ccai.subdomain, DEMO.ccai.token), 'content-type': 'application/json', ...headers },
    body: body === undefined ? undefined : JSON.stringify(body),
  });
}

export async function admin(emu: Emulator, method: string, path: string, body?: unknown) {
  const res = await fetch(`${emu.url}/__emulator${path}`, { method, body: body === undefined ? undefined : JSON.stringify(body) });
  return res.json();
}

export const OUT = 'Voice Outbound (API)';
export const IN = 'Voice Inbound (API)';
export const SCHED = 'Voice Scheduled (API)';
export const outbound = { call_type: OUT, agent_email: 'agent@example.com', end_user_number: '+1 859-657-9625', lang: 'en' };
export const inbound = { call_type: IN, lang: 'en', menu_id: 9, end_user_number: '+1 859-657-9625', recording_permission: 'recording_permission_granted' };
/** A scheduled call one day after `from`. */
export const scheduledBody = (from: number) => ({ ...inbound, call_type: SCHED, scheduled_at: new Date(from + 86_400_000).toISOString() });
