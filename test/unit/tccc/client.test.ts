import { createRequire } from 'node:module';
import { describe, expect, it } from 'vitest';
import { signTc3 } from '../../../lib/tccc/sign';
import { thrownInfo } from './catch';
import { clientWith, credentials, json, NOW, ok, type Sent } from './fake-tccc';

const sdkSign3 = createRequire(import.meta.url)('tencentcloud-sdk-nodejs/tencentcloud/common/sign.js').default.sign3;
const TIMESTAMP = String(Math.floor(NOW / 1000));

/** Recompute the signature from what was actually sent, as the server would. */
async function expectValidSignature(sent: Sent) {
  const url = new URL(sent.url);
  const { authorization } = await signTc3({
    ...credentials,
    service: 'ccc',
    host: url.host,
    timestamp: Number(sent.headers['x-tc-timestamp']),
    body: sent.body,
    contentType: sent.headers['content-type']!,
  });
  expect(sent.headers.authorization).toBe(authorization);
}

describe('createTcccClient: requests', () => {
  it.each([
    [{ kind: 'china' } as const, 'https://ccc.tencentcloudapi.com/'],
    [{ kind: 'intl' } as const, 'https://ccc.intl.tencentcloudapi.com/'],
  ])('posts a signed request to %o the way the official SDK signs it', async (endpoint, url) => {
    const { client, sent } = clientWith([ok({ SessionId: 's-1' })], { endpoint });
    await client.createCallOutSession({ UserId: 'agent@example.com', Callee: '008613012345678', UUI: '工单=42' });
    expect(sent).toHaveLength(1);
    const [request] = sent as [Sent];
    expect(request.url).toBe(url);
    expect(request.method).toBe('POST');
    expect(request.headers).toMatchObject({
      'content-type': 'application/json',
      'x-tc-action': 'CreateCallOutSession',
      'x-tc-version': '2020-02-10',
      'x-tc-timestamp': TIMESTAMP,
    });
    expect(request.headers).not.toHaveProperty('x-tc-token');
    expect(request.headers).not.toHaveProperty('x-tc-language');
    expect(JSON.parse(request.body)).toEqual({ UserId: 'agent@example.com', Callee: '008613012345678', UUI: '工单=42', SdkAppId: 1400000000 });
    const sdk = sdkSign3({
      url,
      payload: JSON.parse(request.body),
      timestamp: Number(TIMESTAMP),
      service: 'ccc',
      ...credentials,
      multipart: false,
      headers: { 'Content-Type': 'application/json' },
    });
    expect(request.headers.authorization).toBe(sdk);
  });

  it('posts to a custom base URL and signs its host with the port', async () => {
    const { client, sent } = clientWith([ok({ Session: {} })], { endpoint: { kind: 'custom', baseUrl: 'http://127.0.0.1:8787/' } });
    await client.describeTelSession({ SessionId: 's-1' });
    expect(sent[0]!.url).toBe('http://127.0.0.1:8787/');
    await expectValidSignature(sent[0]!);
    expect(sent[0]!.headers.authorization).toContain('Credential=AKIDtestSecretId/2023-11-14/ccc/tc3_request, SignedHeaders=content-type;host,');
  });

  it('sends the session token and language when configured', async () => {
    const { client, sent } = clientWith([ok()], { credentials: { ...credentials, token: 'tmp-token' }, language: 'zh-CN' });
    await client.hangUpCall({ SessionId: 's-1' });
    expect(sent[0]!.headers).toMatchObject({ 'x-tc-token': 'tmp-token', 'x-tc-language': 'zh-CN' });
    await expectValidSignature(sent[0]!);
  });

  it.each([
    ['createCallOutSession', 'CreateCallOutSession', { UserId: 'a@b.c', Callee: '008613012345678' }, { SessionId: 's' }],
    ['createIVRSession', 'CreateIVRSession', { Callee: '008613012345678', IVRId: 4500 }, { SessionId: 's' }],
    ['createAutoCalloutTask', 'CreateAutoCalloutTask', { NotBefore: 1642500621, Callees: ['008613012345678'], Callers: ['008602012345678'], IvrId: 8 }, { TaskId: 1 }],
    ['describeAutoCalloutTask', 'DescribeAutoCalloutTask', { TaskId: 1 }, { State: 1, Callees: [] }],
    ['stopAutoCalloutTask', 'StopAutoCalloutTask', { TaskId: 1 }, {}],
    ['describeTelSession', 'DescribeTelSession', { SessionId: 's' }, { Session: { SessionStatus: 'ringing' } }],
    ['describeTelCdr', 'DescribeTelCdr', { StartTimeStamp: 1, EndTimeStamp: 2, PageSize: 100, PageNumber: 0 }, { TotalCount: 0, TelCdrList: [] }],
    ['hangUpCall', 'HangUpCall', { SessionId: 's' }, {}],
  ] as const)('%s sends %s and returns the Response with its RequestId', async (method, action, request, fields) => {
    const { client, sent, limiterKeys } = clientWith([ok(fields)]);
    const call = client[method] as (request: object) => Promise<unknown>;
    await expect(call(request)).resolves.toEqual({ ...fields, RequestId: 'req-ok' });
    expect(sent[0]!.headers['x-tc-action']).toBe(action);
    expect(JSON.parse(sent[0]!.body)).toEqual({ ...request, SdkAppId: 1400000000 });
    expect(limiterKeys).toEqual([action]);
    await expectValidSignature(sent[0]!);
  });

  it('fills in its own SdkAppId even if a caller smuggles one in', async () => {
    const { client, sent } = clientWith([ok()]);
    await client.hangUpCall({ SessionId: 's', SdkAppId: 1 } as never);
    expect(JSON.parse(sent[0]!.body).SdkAppId).toBe(1400000000);
  });
});

describe('createTcccClient: failures', () => {
  it('turns an error envelope into a cloud error with code, message and request id', async () => {
    const envelope = { Response: { Error: { Code: 'OperationDenied.NotInWhiteList', Message: 'not in white list' }, RequestId: 'r-42' } };
    const { client, calls } = clientWith([json(envelope)]);
    const info = await thrownInfo(() => client.createCallOutSession({ UserId: 'a@b.c', Callee: '008613012345678' }));
    expect(info).toEqual({
      kind: 'cloud',
      code: 'OperationDenied.NotInWhiteList',
      messageKey: 'tccc.error.OperationDenied.NotInWhiteList',
      params: { code: 'OperationDenied.NotInWhiteList' },
      provider: 'tccc',
      serverMessage: 'not in white list',
      requestId: 'r-42',
    });
    expect(calls()).toBe(1);
  });

  it.each([
    ['not JSON', json('<html>proxy login</html>')],
    ['JSON without a Response', json({ ok: true })],
    ['a Response that is not an object', json({ Response: 'nope' })],
    ['an Error without a Code', json({ Response: { Error: { Message: 'x' }, RequestId: 'r' } })],
    ['a null Error', json({ Response: { Error: null, RequestId: 'r' } })],
    ['null', json('null')],
  ])('a body that is %s is an invalid response', async (_, reply) => {
    const read = clientWith([reply]);
    expect(await thrownInfo(() => read.client.describeTelSession({ SessionId: 's' }))).toMatchObject({ kind: 'http', code: 'invalidResponse', messageKey: 'tccc.error.invalidResponse' });
    const create = clientWith([reply]);
    expect((await thrownInfo(() => create.client.hangUpCall({ SessionId: 's' }))).messageKey).toBe('tccc.error.invalidResponse.unsafe');
  });

  it.each([
    [404, 'http', 'tccc.error.http'],
    [429, 'rateLimited', 'tccc.error.rateLimited'],
  ])('HTTP %i is kind %s', async (status, kind, messageKey) => {
    const { client } = clientWith([json('', status)]);
    expect(await thrownInfo(() => client.stopAutoCalloutTask({ TaskId: 1 }))).toMatchObject({ kind, code: String(status), messageKey });
  });

  it('never puts a secret into an error', async () => {
    const { client } = clientWith([new TypeError('fetch failed')]);
    const info = await thrownInfo(() => client.hangUpCall({ SessionId: 's' }));
    expect(JSON.stringify(info)).not.toContain(credentials.secretKey);
  });
});
