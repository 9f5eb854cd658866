import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { clientWith, json, ok } from './fake-tccc';

describe('createTcccClient: retries', () => {
  // Only timers are faked: WebCrypto and fetch still settle on the real event loop.
  beforeEach(() => {
    vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout'] });
  });
  afterEach(() => {
    vi.useRealTimers();
  });

  /** Run a call to the end while fake time skips ky's back-off and time-out waits. */
  async function settle<T>(run: () => Promise<T>) {
    let outcome: { value: T } | { error: unknown } | undefined;
    void run().then(
      (value) => (outcome = { value }),
      (error: unknown) => (outcome = { error }),
    );
    while (!outcome) {
      await new Promise((resolve) => setImmediate(resolve));
      await vi.advanceTimersByTimeAsync(100);
    }
    return outcome;
  }

  const create = (client: ReturnType<typeof clientWith>['client']) => () =>
    client.createCallOutSession({ UserId: 'a@b.c', Callee: '008613012345678' });

  it.each([
    ['HTTP 500', json('', 500), 'tccc.error.http5xx.unsafe'],
    ['HTTP 503', json('', 503), 'tccc.error.http5xx.unsafe'],
    ['HTTP 429', json('', 429), 'tccc.error.rateLimited'],
    ['a network failure', new TypeError('fetch failed'), 'tccc.error.network.unsafe'],
    ['a time-out', 'hang' as const, 'tccc.error.timeout.unsafe'],
  ])('never resends a create after %s', async (_, reply, messageKey) => {
    const { client, calls, limiterKeys } = clientWith([reply, ok({ SessionId: 'second' })]);
    const outcome = await settle(create(client));
    expect(outcome).toHaveProperty('error.info.messageKey', messageKey);
    expect(calls()).toBe(1);
    expect(limiterKeys).toEqual(['CreateCallOutSession']);
  });

  it.each([
    ['HTTP 503', json('', 503)],
    ['HTTP 502', json('', 502)],
    ['HTTP 429', json('', 429)],
    ['a network failure', new TypeError('fetch failed')],
    ['a time-out', 'hang' as const],
  ])('retries a read after %s and consults the limiter for each attempt', async (_, reply) => {
    const { client, calls, limiterKeys, sent } = clientWith([reply, ok({ Session: { SessionStatus: 'inProgress' } })]);
    const outcome = await settle(() => client.describeTelSession({ SessionId: 's' }));
    expect(outcome).toEqual({ value: { Session: { SessionStatus: 'inProgress' }, RequestId: 'req-ok' } });
    expect(calls()).toBe(2);
    expect(limiterKeys).toEqual(['DescribeTelSession', 'DescribeTelSession']);
    expect(sent[1]!.body).toBe(sent[0]!.body);
  });

  it('gives up on a read after two retries', async () => {
    const { client, calls } = clientWith([json('', 503)]);
    const outcome = await settle(() => client.describeTelCdr({ StartTimeStamp: 1, EndTimeStamp: 2, PageSize: 1, PageNumber: 0 }));
    expect(outcome).toHaveProperty('error.info', { kind: 'http', code: '503', messageKey: 'tccc.error.http5xx', params: { status: 503, seconds: 10 }, provider: 'tccc' });
    expect(calls()).toBe(3);
  });

  it('does not retry a read that TCCC answered with an error code', async () => {
    const { client, calls } = clientWith([json({ Response: { Error: { Code: 'InvalidParameterValue.RecordNotExist', Message: 'no' }, RequestId: 'r' } })]);
    const outcome = await settle(() => client.describeAutoCalloutTask({ TaskId: 7 }));
    expect(outcome).toHaveProperty('error.info.code', 'InvalidParameterValue.RecordNotExist');
    expect(calls()).toBe(1);
  });

  it('times out after timeoutMs and says so', async () => {
    const { client } = clientWith(['hang'], { timeoutMs: 2500 });
    const outcome = await settle(() => client.hangUpCall({ SessionId: 's' }));
    expect(outcome).toHaveProperty('error.info', { kind: 'timeout', code: 'timeout', messageKey: 'tccc.error.timeout.unsafe', params: { seconds: 2.5 }, provider: 'tccc' });
  });
});
