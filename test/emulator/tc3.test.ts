// TC3 verification: Tencent's published vectors, the official SDK as a real client, and
// hand-made requests that must be refused the way the real service refuses them.
import { Agent } from 'node:http';
import { createRequire } from 'node:module';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { admin, DEMO, raw, signedHeaders, tccc } from './helpers';
import { createEmulator, type Emulator } from './server';
import { canonicalRequest, sha256Hex, tc3Signature } from './tc3';

type CccModule = typeof import('tencentcloud-sdk-nodejs/tencentcloud/services/ccc');
const { ccc } = createRequire(import.meta.url)('tencentcloud-sdk-nodejs/tencentcloud/services/ccc') as CccModule;

let emu: Emulator;
beforeAll(async () => {
  emu = await createEmulator({ clock: { manual: true } });
});
afterAll(() => emu.close());

// `ccc.localhost` must reach the emulator: resolve every name to 127.0.0.1.
const agent = new Agent({
  lookup: (_host, options, callback) =>
    (options as { all?: boolean }).all ? callback(null, [{ address: '127.0.0.1', family: 4 }] as never, 4) : callback(null, '127.0.0.1', 4),
});

function sdk(secretKey: string = DEMO.tccc.secretKey, secretId: string = DEMO.tccc.secretId) {
  return new ccc.v20200210.Client({
    credential: { secretId, secretKey },
    profile: { httpProfile: { endpoint: `ccc.localhost:${emu.port}`, protocol: 'http://', agent } },
  });
}

describe('published signing vectors (cvm DescribeInstances, 2019-02-25)', () => {
  const body = '{"Limit": 1, "Filters": [{"Values": ["\\u672a\\u547d\\u540d"], "Name": "instance-name"}]}';
  const base = { method: 'POST', path: '/', query: '', body };
  const contentType: [string, string] = ['content-type', 'application/json; charset=utf-8'];
  const host: [string, string] = ['host', 'cvm.tencentcloudapi.com'];

  it('hashes the payload and canonical request and signs like the documentation', () => {
    expect(sha256Hex(body)).toBe('35e9c5b0e3ae67532d3c9f17ead6c90222632e5b1ff7f6e89887f1398934f064');
    const canonical = canonicalRequest({ ...base, headers: [contentType, host] });
    expect(sha256Hex(canonical)).toBe('5ffe6a04c0664d6b969fab9a13bdab201d63ee709638e2749d62a09ca18d7031');
    expect(tc3Signature('Gu5t9xGARNpq86cd98joQYCN3EXAMPLE', 'cvm', 1551113065, canonical))
      .toBe('72e494ea809ad7a8c8f7a4507b9bddcbaa8e581f516e8da2f66e2c5a96525168');
  });

  it('lowercases signed header values (x-tc-action:describeinstances)', () => {
    const canonical = canonicalRequest({ ...base, headers: [contentType, host, ['x-tc-action', 'DescribeInstances']] });
    expect(sha256Hex(canonical)).toBe('7019a55be8395899b900fb5564e4200d984910f34794a27cb3fb7d10ff6a1e84');
  });
});

describe('the official tencentcloud-sdk-nodejs against the emulator', () => {
  it('places a call and follows it through DescribeTelSession', async () => {
    const client = sdk();
    const { SessionId } = await client.CreateCallOutSession({ SdkAppId: DEMO.tccc.sdkAppId, UserId: DEMO.tccc.userId, Callee: '008613012345678', UUI: 'ticket-1' });
    const status = async () => (await client.DescribeTelSession({ SdkAppId: DEMO.tccc.sdkAppId, SessionId: SessionId! })).Session!;
    expect(await status()).toMatchObject({ SessionID: SessionId, SessionStatus: 'ringing', StaffEmail: DEMO.tccc.userId, Caller: DEMO.tccc.caller, Callee: '008613012345678', Direction: 1, AcceptTimestamp: 0 });
    emu.state.clock.advance(2_000);
    expect((await status()).SessionStatus).toBe('seatJoining');
    emu.state.clock.advance(3_000);
    const talking = await status();
    expect(talking.SessionStatus).toBe('inProgress');
    expect(talking.AcceptTimestamp).toBe(Math.floor(emu.state.clock.now() / 1000));
    emu.state.clock.advance(8_000);
    expect((await status()).SessionStatus).toBe('finished');
    // The SDK signs the host without the port while sending it with; the log keeps both.
    const [logged] = await admin(emu, 'GET', '/requests?action=CreateCallOutSession');
    expect(logged).toMatchObject({ provider: 'tccc', verdict: 'accepted', body: { Callee: '008613012345678' } });
    expect(logged.headers.host).toBe(`ccc.localhost:${emu.port}`);
    expect(logged.headers.authorization).toMatch(/^TC3-HMAC-SHA256 Credential=AKIDSWITCHBOARDDEMO\/\d{4}-\d\d-\d\d\/ccc\/tc3_request, SignedHeaders=content-type;host, Signature=[0-9a-f]{64}$/);
  });

  it('rejects a wrong SecretKey with AuthFailure.SignatureFailure', async () => {
    await expect(sdk('not-the-secret').DescribeTelCdr({ SdkAppId: DEMO.tccc.sdkAppId, StartTimeStamp: 0, EndTimeStamp: 1, PageSize: 10, PageNumber: 0 }))
      .rejects.toMatchObject({ code: 'AuthFailure.SignatureFailure' });
  });

  it('rejects an unknown SecretId with AuthFailure.SecretIdNotFound', async () => {
    await expect(sdk(DEMO.tccc.secretKey, 'AKIDUNKNOWN').HangUpCall({ SdkAppId: DEMO.tccc.sdkAppId, SessionId: 'x' }))
      .rejects.toMatchObject({ code: 'AuthFailure.SecretIdNotFound' });
  });
});

describe('hand-signed requests', () => {
  const host = () => `127.0.0.1:${emu.port}`;
  const body = JSON.stringify({ SdkAppId: DEMO.tccc.sdkAppId, SessionId: 'none' });
  const send = async (headers: Record<string, string>, sent = body) => (await raw(emu, { method: 'POST', headers, body: sent })).json.Response;
  const signed = (o: Partial<Parameters<typeof signedHeaders>[0]> = {}) => signedHeaders({ action: 'DescribeTelSession', body, host: host(), ...o });

  it('accepts the host signed with its port, and answers with the business error', async () => {
    expect((await send(signed())).Error.Code).toBe('InvalidParameterValue.RecordNotExist');
  });

  it.each([
    ['a tampered body (one byte changed after signing)', () => send(signed(), body.replace('none', 'nonf')), 'AuthFailure.SignatureFailure'],
    ['a timestamp 301 s old', () => send(signed({ timestamp: Math.floor(Date.now() / 1000) - 301 })), 'AuthFailure.SignatureExpire'],
    ['a timestamp 301 s ahead', () => send(signed({ timestamp: Math.floor(Date.now() / 1000) + 301 })), 'AuthFailure.SignatureExpire'],
    ['a credential date other than the timestamp\'s UTC date', () => {
      const headers = signed();
      return send({ ...headers, authorization: headers.authorization!.replace(/\/\d{4}-\d\d-\d\d\//, '/2001-01-01/') });
    }, 'AuthFailure.SignatureFailure'],
    ['no Authorization header', () => {
      const { authorization: _, ...headers } = signed();
      return send(headers);
    }, 'AuthFailure.SignatureFailure'],
    ['a signature over another host', () => send({ ...signed({ host: 'ccc.tencentcloudapi.com' }), host: host() }), 'AuthFailure.SignatureFailure'],
    ['SignedHeaders without host', () => {
      const headers = signed();
      return send({ ...headers, authorization: headers.authorization!.replace('SignedHeaders=content-type;host', 'SignedHeaders=content-type') });
    }, 'AuthFailure.InvalidAuthorization'],
    ['a credential for another service', () => {
      const headers = signed();
      return send({ ...headers, authorization: headers.authorization!.replace('/ccc/', '/cvm/') });
    }, 'AuthFailure.InvalidAuthorization'],
    ['a signed header value not lowercased by the signer', async () => {
      const headers = signed({ extra: { 'x-tc-action': 'DescribeTelSession' } });
      const timestamp = Number(headers['x-tc-timestamp']);
      const canonical = canonicalRequest({ method: 'POST', path: '/', query: '', body, headers: [['content-type', 'application/json'], ['host', host()], ['x-tc-action', 'DescribeTelSession']] })
        .replace('x-tc-action:describetelsession', 'x-tc-action:DescribeTelSession');
      const forged = tc3Signature(DEMO.tccc.secretKey, 'ccc', timestamp, canonical);
      return send({ ...headers, authorization: headers.authorization!.replace(/Signature=\w+/, `Signature=${forged}`) });
    }, 'AuthFailure.SignatureFailure'],
    ['an unknown action', () => send(signed({ action: 'DescribeNothing' })), 'InvalidAction'],
    ['another API version', () => send(signed({ version: '2020-02-11' })), 'NoSuchVersion'],
  ])('refuses %s', async (_name, request, code) => {
    const response = await request();
    expect(response.Error.Code).toBe(code);
    expect(response.RequestId).toMatch(/^[0-9a-f-]{36}$/);
  });

  it('signs extra headers with lowercased values, as the documentation does', async () => {
    expect((await send(signed({ extra: { 'x-tc-action': 'DescribeTelSession' } }))).Error.Code).toBe('InvalidParameterValue.RecordNotExist');
  });

  it('asks for missing common headers with MissingParameter', async () => {
    const { 'x-tc-timestamp': _, ...headers } = signed();
    expect((await send(headers)).Error).toMatchObject({ Code: 'MissingParameter', Message: 'The request is missing a required parameter `Timestamp`.' });
  });

  it('allows 20 requests per second per action, then RequestLimitExceeded', async () => {
    const codes = await Promise.all(Array.from({ length: 21 }, () => tccc(emu, 'DescribeAutoCalloutTask', { TaskId: 99 }).then((r) => r.Error.Code)));
    expect(codes.filter((c) => c === 'RequestLimitExceeded')).toHaveLength(1);
    expect(codes.filter((c) => c === 'InvalidParameterValue.RecordNotExist')).toHaveLength(20);
  });
});
