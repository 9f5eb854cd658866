import { describe, expect, it } from 'vitest';
import type { CcaiClient } from '../../../lib/ccai/client';
import { CALL, TOKEN, failure, fakeClient, type Reply } from './fake';

const NUMBER = '+1 859-657-9625';
const basic = (text: string) => `Basic ${Buffer.from(text).toString('base64')}`;
const outbound = (c: CcaiClient) => c.createOutboundCall({ agent_email: 'agent@example.com', end_user_number: NUMBER });

describe('requests', () => {
  it.each([
    ['apiToken', { kind: 'apiToken', token: TOKEN } as const, basic(`acme:${TOKEN}`)],
    ['companyKey', { kind: 'companyKey', key: 'ck', secret: 'cs' } as const, basic('ck:cs')],
  ])('signs in with HTTP Basic (%s)', async (_name, auth, header) => {
    const { client, requests } = fakeClient([[201, CALL]], { auth });
    await outbound(client);
    expect(requests[0]!.headers.get('authorization')).toBe(header);
    expect(requests[0]!.url).toBe('https://acme.uc1.ccaiplatform.com/apps/api/v1/calls');
  });

  it('talks to a custom origin such as the emulator', async () => {
    const { client, requests } = fakeClient([[200, CALL]], { baseUrl: 'http://127.0.0.1:8787/' });
    await client.getCall(5);
    expect(requests[0]!.url).toBe('http://127.0.0.1:8787/apps/api/v1/calls/5');
  });

  it.each<[string, (c: CcaiClient) => Promise<unknown>, object]>([
    ['outbound', (c) => c.createOutboundCall({ agent_email: ' a@b.co ', ticket_id: '71450', end_user_number: '', lang: 'en' }),
      { call_type: 'Voice Outbound (API)', agent_email: 'a@b.co', ticket_id: '71450', lang: 'en' }],
    ['inbound', (c) => c.createInboundCall({ menu_id: 9, end_user_number: NUMBER, recording_permission: 'recording_permission_granted' }),
      { call_type: 'Voice Inbound (API)', menu_id: 9, end_user_number: NUMBER, recording_permission: 'recording_permission_granted' }],
    ['scheduled', (c) => c.createScheduledCall({ call_id: 514, end_user_number: NUMBER, scheduled_at: '2030-09-15T00:19:14.421Z', call_type: 'X' } as never),
      { call_type: 'Voice Scheduled (API)', call_id: 514, end_user_number: NUMBER, scheduled_at: '2030-09-15T00:19:14.421Z' }],
  ])('POSTs a %s call with its call_type and without blank fields', async (_name, call, body) => {
    const { client, requests, limiter } = fakeClient([[201, CALL]]);
    await call(client);
    expect(requests[0]!.method).toBe('POST');
    expect(requests[0]!.headers.get('content-type')).toBe('application/json');
    expect(requests[0]!.body).toEqual(body);
    expect(limiter.acquire).toHaveBeenCalledWith('acme');
  });
});

describe('create outcomes', () => {
  it.each<[string, Reply, object]>([
    ['201 with a call', [201, CALL], { outcome: 'created', call: CALL }],
    ['202 (agent acts in the adapter)', [202], { outcome: 'needsAgentAction' }],
    ['200 echoing the request (seed)', [200, { call_type: 'Voice Outbound (API)', agent_email: 'a@b.co' }], { outcome: 'needsAgentAction' }],
    ['200 with a call', [200, CALL], { outcome: 'created', call: CALL }],
  ])('%s', async (_name, reply, result) => {
    const { client } = fakeClient([reply]);
    expect(await outbound(client)).toEqual(result);
  });

  it.each<[string, Reply, object]>([
    ['400 with a seed message', [400, { message: 'Agent is not available to take this call' }],
      { kind: 'cloud', code: 'agentNotAvailable', serverMessage: 'Agent is not available to take this call' }],
    ['400 with an unknown message', [400, { message: 'Nope', extra: 1 }], { kind: 'cloud', code: 'unknownMessage', params: { message: 'Nope' } }],
    ['401', [401, { message: 'Unauthorized' }], { kind: 'cloud', code: 'unauthorized', serverMessage: 'Unauthorized' }],
    ['404 (wrong subdomain)', [404, '<html>Not Found</html>'], { kind: 'http', code: 'notFound', params: { status: 404 } }],
    ['429', [429], { kind: 'rateLimited', code: 'rateLimited' }],
    ['500', [500], { kind: 'http', code: 'serverCreate', params: { status: 500 } }],
    ['201 that is not JSON', [201, '{"id":'], { kind: 'http', code: 'malformedCreate' }],
    ['201 without an id', [201, { status: 'queued' }], { kind: 'http', code: 'malformedCreate' }],
    ['a network failure', new TypeError('fetch failed'), { kind: 'network', code: 'networkCreate' }],
  ])('%s', async (_name, reply, info) => {
    const { client, fetch } = fakeClient([reply]);
    const error = await failure(outbound(client));
    expect(error).toMatchObject({ provider: 'ccai', ...info });
    expect(fetch).toHaveBeenCalledTimes(1);
    expect(JSON.stringify(error)).not.toContain(TOKEN);
  });

  it('gives up after timeoutMs and says the call may exist', async () => {
    const { client, fetch } = fakeClient(['hang'], { timeoutMs: 50 });
    expect(await failure(outbound(client))).toMatchObject({ kind: 'timeout', code: 'timeoutCreate', params: { seconds: 0.1 } });
    expect(fetch).toHaveBeenCalledTimes(1);
  });
});

describe('retries', () => {
  it.each<[string, (c: CcaiClient) => Promise<unknown>]>([
    ['outbound POST', outbound],
    ['inbound POST', (c) => c.createInboundCall({ menu_id: 9, end_user_number: NUMBER })],
    ['scheduled POST', (c) => c.createScheduledCall({ menu_id: 9, end_user_number: NUMBER, scheduled_at: '2031-01-01T00:00:00Z' })],
    ['customer flag PATCH', (c) => c.setCustomerFlags(1, { bad_actor: true })],
  ])('never retries a %s on 5xx', async (_name, call) => {
    const { client, fetch } = fakeClient([[503], [201, CALL]]);
    expect((await failure(call(client))).kind).toBe('http');
    expect(fetch).toHaveBeenCalledTimes(1);
  });

  it('retries a GET with backoff, through the limiter each time', async () => {
    const { client, fetch, limiter } = fakeClient([[502], [200, CALL]]);
    expect(await client.getCall(397)).toEqual(CALL);
    expect(fetch).toHaveBeenCalledTimes(2);
    expect(limiter.acquire).toHaveBeenCalledTimes(2);
  });

  it('stops after two GET retries', async () => {
    const { client, fetch } = fakeClient([new TypeError('fetch failed')]);
    expect(await failure(client.getCustomerFlags(1))).toMatchObject({ kind: 'network', code: 'network' });
    expect(fetch).toHaveBeenCalledTimes(3);
  });
});

describe('reading calls and flags', () => {
  it('says which call a 404 is about', async () => {
    const { client } = fakeClient([[404, { message: 'Call not found' }]]);
    expect(await failure(client.getCall(8))).toMatchObject({ code: 'callNotFound', params: { callId: 8 }, serverMessage: 'Call not found' });
  });

  it('refuses a call without an id', async () => {
    const { client } = fakeClient([[200, [CALL]]]);
    expect(await failure(client.getCall(397))).toMatchObject({ code: 'malformedResponse' });
  });

  it.each<[string, unknown, object]>([
    ['booleans', { verified_customer: true, bad_actor: false, repeat_customer: true }, { verified_customer: true, bad_actor: false, repeat_customer: true }],
    ['the seed typo repeat_customers', { verified_customer: false, bad_actor: false, repeat_customers: true }, { verified_customer: false, bad_actor: false, repeat_customer: true }],
    ['string booleans and extra keys', { verified_customer: 'true', bad_actor: 'FALSE', repeat_customer: 'false', x: 1 }, { verified_customer: true, bad_actor: false, repeat_customer: false }],
    ['null as never set', { verified_customer: null, bad_actor: true, repeat_customer: null }, { verified_customer: false, bad_actor: true, repeat_customer: false }],
  ])('reads flags given as %s', async (_name, body, flags) => {
    const { client, requests } = fakeClient([[200, body]]);
    expect(await client.getCustomerFlags(397)).toEqual(flags);
    expect(requests[0]!.url).toBe('https://acme.uc1.ccaiplatform.com/apps/api/v1/calls/397/customer_flag');
  });

  it.each([
    ['the seed placeholder "boolean"', { verified_customer: 'boolean', bad_actor: 'boolean', repeat_customer: 'boolean' }],
    ['a missing flag', { verified_customer: true, bad_actor: false }],
    ['a wrapped object', { customer_flag: { verified_customer: true, bad_actor: false, repeat_customer: true } }],
  ])('refuses flags with %s', async (_name, body) => {
    const { client } = fakeClient([[200, body]]);
    expect(await failure(client.getCustomerFlags(1))).toMatchObject({ kind: 'http', code: 'malformedResponse' });
  });

  it('PATCHes only the given flags, spelling repeat_customer right', async () => {
    const { client, requests } = fakeClient([[204]]);
    await client.setCustomerFlags(397, { repeat_customer: true, bad_actor: false });
    expect(requests[0]!.method).toBe('PATCH');
    expect(requests[0]!.body).toEqual({ bad_actor: false, repeat_customer: true });
  });
});
