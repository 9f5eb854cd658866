import { createRequire } from 'node:module';
import { describe, expect, it } from 'vitest';
import { signTc3, tc3Headers, utcDate } from '../../../lib/tccc/sign';

// The official SDK's signer (Node crypto): the reference our WebCrypto signer must match.
type SdkSign3 = (input: {
  url: string;
  payload: unknown;
  timestamp: number;
  service: string;
  secretId: string;
  secretKey: string;
  multipart: boolean;
  boundary?: string;
  headers: Record<string, string>;
}) => string;
const sdkSign3: SdkSign3 = createRequire(import.meta.url)('tencentcloud-sdk-nodejs/tencentcloud/common/sign.js').default.sign3;

const secretId = 'AKIDz8krbsJ5yKBZQpn74WFkmLPx3EXAMPLE';
const secretKey = 'Gu5t9xGARNpq86cd98joQYCN3EXAMPLE';

/** The request of Tencent's worked example in the signing document. */
const WORKED_EXAMPLE = {
  secretId,
  secretKey,
  service: 'cvm',
  host: 'cvm.tencentcloudapi.com',
  timestamp: 1551113065,
  // Literal backslash-u escapes, exactly as in the document.
  body: String.raw`{"Limit": 1, "Filters": [{"Values": ["\u672a\u547d\u540d"], "Name": "instance-name"}]}`,
  contentType: 'application/json; charset=utf-8',
};

describe('signTc3', () => {
  it("matches Tencent's published worked example byte for byte", async () => {
    const result = await signTc3(WORKED_EXAMPLE);
    expect(result.hashedPayload).toBe('35e9c5b0e3ae67532d3c9f17ead6c90222632e5b1ff7f6e89887f1398934f064');
    expect(result.hashedCanonicalRequest).toBe('5ffe6a04c0664d6b969fab9a13bdab201d63ee709638e2749d62a09ca18d7031');
    expect(result.signature).toBe('72e494ea809ad7a8c8f7a4507b9bddcbaa8e581f516e8da2f66e2c5a96525168');
    expect(result.credentialScope).toBe('2019-02-25/cvm/tc3_request');
    expect(result.authorization).toBe(
      `TC3-HMAC-SHA256 Credential=${secretId}/2019-02-25/cvm/tc3_request, SignedHeaders=content-type;host, Signature=72e494ea809ad7a8c8f7a4507b9bddcbaa8e581f516e8da2f66e2c5a96525168`,
    );
  });

  it.each([
    { host: 'ccc.tencentcloudapi.com', timestamp: 1700000000, payload: { SdkAppId: 1400000000, SessionId: 'abc' } },
    {
      host: 'ccc.intl.tencentcloudapi.com',
      timestamp: 1735689599, // 23:59:59 UTC, the last second of a scope date
      payload: { SdkAppId: 1400123455, UserId: '座席@example.com', Callee: '008613012345678', UUI: '工单=42&客户=张三' },
    },
    { host: 'ccc.tencentcloudapi.com', timestamp: 1735689600, payload: { SdkAppId: 1, Callees: ['008613012345678'], Variables: [{ Key: 'name', Value: 'Ünïcødé 😀' }] } },
    { host: 'ccc.localhost', timestamp: 1551113065, payload: {} },
  ])('matches the official SDK for $host at $timestamp', async ({ host, timestamp, payload }) => {
    const headers = { 'Content-Type': 'application/json' };
    const expected = sdkSign3({ url: `https://${host}/`, payload, timestamp, service: 'ccc', secretId, secretKey, multipart: false, headers });
    const ours = await signTc3({ secretId, secretKey, service: 'ccc', host, timestamp, body: JSON.stringify(payload), contentType: 'application/json' });
    expect(ours.authorization).toBe(expected);
  });

  it('signs the port when the host has one, where the SDK drops it (see api-facts.md)', async () => {
    const body = '{"SdkAppId":1}';
    const input = { secretId, secretKey, service: 'ccc', timestamp: 1700000000, body, contentType: 'application/json' };
    const sdk = sdkSign3({ url: 'http://ccc.localhost:8787/', payload: { SdkAppId: 1 }, timestamp: 1700000000, service: 'ccc', secretId, secretKey, multipart: false, headers: { 'Content-Type': 'application/json' } });
    expect((await signTc3({ ...input, host: 'ccc.localhost' })).authorization).toBe(sdk);
    expect((await signTc3({ ...input, host: 'ccc.localhost:8787' })).canonicalRequest).toContain('host:ccc.localhost:8787\n');
  });

  it('signs extra headers in sorted, lowercased, trimmed canonical form', async () => {
    const result = await signTc3({
      secretId,
      secretKey,
      service: 'ccc',
      host: 'ccc.tencentcloudapi.com',
      timestamp: 1700000000,
      body: '{}',
      contentType: 'application/json',
      extraSignedHeaders: { 'X-TC-Action': ' DescribeTelSession ' },
    });
    expect(result.signedHeaders).toBe('content-type;host;x-tc-action');
    expect(result.canonicalRequest).toBe(
      'POST\n/\n\ncontent-type:application/json\nhost:ccc.tencentcloudapi.com\nx-tc-action:describetelsession\n\ncontent-type;host;x-tc-action\n' +
        result.hashedPayload,
    );
  });

  it("matches the documented canonical request when the action header is signed too", async () => {
    const result = await signTc3({ ...WORKED_EXAMPLE, extraSignedHeaders: { 'X-TC-Action': 'DescribeInstances' } });
    expect(result.hashedCanonicalRequest).toBe('7019a55be8395899b900fb5564e4200d984910f34794a27cb3fb7d10ff6a1e84');
  });

  it.each([
    [0, '1970-01-01'],
    [1551113065, '2019-02-25'],
    [1735689599, '2024-12-31'],
    [1735689600, '2025-01-01'],
  ])('uses the UTC date of %i', (timestamp, date) => {
    expect(utcDate(timestamp)).toBe(date);
  });
});

describe('tc3Headers', () => {
  it('builds every header of a signed request, with the optional ones only when given', async () => {
    const url = new URL('https://ccc.tencentcloudapi.com/');
    const input = { secretId, secretKey, service: 'ccc', url, action: 'HangUpCall', version: '2020-02-10', timestamp: 1700000000, body: '{"SdkAppId":1,"SessionId":"s"}' };
    const plain = await tc3Headers(input);
    expect(Object.keys(plain)).toEqual(['Content-Type', 'X-TC-Action', 'X-TC-Version', 'X-TC-Timestamp', 'Authorization']);
    expect(plain).toMatchObject({ 'Content-Type': 'application/json', 'X-TC-Action': 'HangUpCall', 'X-TC-Version': '2020-02-10', 'X-TC-Timestamp': '1700000000' });
    const full = await tc3Headers({ ...input, token: 'session-token', language: 'zh-CN' });
    expect(full).toMatchObject({ 'X-TC-Token': 'session-token', 'X-TC-Language': 'zh-CN', Authorization: plain.Authorization });
  });
});
