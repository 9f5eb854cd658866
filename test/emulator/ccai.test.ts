// CCAI Platform: call shapes, the 202 case, the lifecycle, customer flags, queued failures,
// auth and the rate limit (validation messages: ccai-validate.test.ts).
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { admin, basic, ccai, IN, inbound, OUT, outbound, raw, SCHED, scheduledBody } from './helpers';
import { createEmulator, type Emulator } from './server';

let emu: Emulator;
const START = Date.now();
beforeAll(async () => {
  emu = await createEmulator({
    clock: { manual: true, start: START },
    limits: { ccai: 1000 },
    accounts: { ccai: [{ subdomain: 'legacy', apiToken: 'unused', companyKey: 'KEY123', companySecret: 'SECRET456' }] },
  });
});
afterAll(() => emu.close());
beforeEach(() => admin(emu, 'POST', '/reset'));

const scheduled = (from = START) => scheduledBody(from);
const ccaiCalls = async () => (await admin(emu, 'GET', '/calls')).ccai as unknown[];
const advance = (ms: number) => admin(emu, 'POST', '/advance', { ms });

// Keys of the seed's 201 example for an outbound call.
const SEED_KEYS = 'id lang call_type status created_at queued_at assigned_at connected_at ends_at scheduled_at wait_duration call_duration hold_duration rating has_feedback voip_provider out_ticket_id out_ticket_url verified recording_url recording_permission voicemail_reason deflection disconnected_by fail_reason fail_details support_number selected_menu menu_path agent_info end_user photos videos transfers deflection_details participants offer_type offer_events answer_type outbound_number'.split(' ');

describe('POST /calls success', () => {
  it('201: an outbound call to a number, shaped like the seed', async () => {
    const res = await ccai(emu, 'POST', '/calls', { ...outbound, outbound_number: '+1 339-219-5276' });
    expect(res.status).toBe(201);
    expect(Object.keys(res.json)).toEqual(expect.arrayContaining(SEED_KEYS));
    expect(res.json).toMatchObject({
      call_type: OUT, status: 'assigned', out_ticket_id: null, end_user: null, fail_reason: 'nothing', outbound_number: '+1 339-219-5276',
      agent_info: { id: 1, first_name: 'Demo', last_name: 'Agent' },
      participants: [{ type: 'agent', status: 'waiting', user_id: 1 }, { type: 'end_user', status: 'waiting', end_user_id: null }],
    });
    expect(res.json.assigned_at).toBe(res.json.created_at);
  });

  it('201: an outbound call by ticket id dials the ticket\'s customer', async () => {
    const res = await ccai(emu, 'POST', '/calls', { call_type: OUT, agent_email: 'agent@example.com', ticket_id: '71450', end_user_number: '+1 205-123-4567' });
    expect(res.status).toBe(201);
    expect(res.json).toMatchObject({ out_ticket_id: '71450', end_user: { identifier: null, out_contact_id: '381630957514' }, outbound_number: '+1 339-219-5276' });
  });

  it('201: an inbound call into menu 9 is queued', async () => {
    const res = await ccai(emu, 'POST', '/calls', inbound);
    expect(res.status).toBe(201);
    expect(res.json).toMatchObject({
      call_type: IN, status: 'queued', agent_info: null, offer_type: 'cascade',
      selected_menu: { id: 9, name: 'Lock Star', menu_type: 'ivr_menu' }, menu_path: { materialized_path: '9' },
      participants: [{ type: 'end_user', status: 'waiting' }],
    });
  });

  it('201: a scheduled call waits for scheduled_at; call_id links a parent', async () => {
    const first = await ccai(emu, 'POST', '/calls', { ...scheduled(), menu_id: 10 });
    expect(first.json).toMatchObject({ call_type: SCHED, status: 'scheduled', selected_menu: { menu_type: 'mobile_menu' } });
    const child = await ccai(emu, 'POST', '/calls', { ...scheduled(), menu_id: undefined, call_id: first.json.id });
    expect(child.json).toMatchObject({ parent_id: first.json.id, selected_menu: { id: 10 } });
    await advance(86_400_000);
    expect((await ccai(emu, 'GET', `/calls/${first.json.id}`)).json.status).toBe('queued');
    expect((await ccai(emu, 'POST', '/calls', scheduled())).json).toEqual({ message: 'scheduled_at must be a future time in ISO 8601 format' });
  });

  it.each([['OutboundCall', OUT, outbound], ['IncomingCall', IN, inbound], ['ScheduledCall', SCHED, null]])(
    'accepts the deprecated call_type %s as %s',
    async (alias, type, body) => {
      const res = await ccai(emu, 'POST', '/calls', { ...(body ?? scheduled(emu.state.clock.now())), call_type: alias });
      expect([res.status, res.json.call_type]).toEqual([201, type]);
    },
  );

  it.each([
    ['an agent who works in the adapter widget', { ...outbound, agent_email: 'widget@example.com' }],
    ['an outbound number the agent must choose instead', { ...outbound, outbound_number: '+1 760-867-5309' }],
  ])('202 for %s: accepted, no call object', async (_case, body) => {
    const res = await ccai(emu, 'POST', '/calls', body);
    expect(res.status).toBe(202);
    expect(res.json).toMatchObject({ call_type: OUT, agent_email: body.agent_email, end_user_number: '+1 859-657-9625', lang: 'en' });
    expect(await ccaiCalls()).toEqual([]);
  });
});

describe('call lifecycle', () => {
  it('assigned -> connecting -> connected -> finished; the agent is busy meanwhile', async () => {
    const { json: call } = await ccai(emu, 'POST', '/calls', outbound);
    const get = async () => (await ccai(emu, 'GET', `/calls/${call.id}`)).json;
    expect((await ccai(emu, 'POST', '/calls', outbound)).json).toEqual({ message: 'Agent is not available to take this call' });
    await advance(2_000);
    expect((await get()).status).toBe('connecting');
    await advance(3_000);
    const connected = await get();
    expect(connected).toMatchObject({ status: 'connected', participants: [{ status: 'connected' }, { status: 'connected' }] });
    await advance(8_000);
    expect(await get()).toMatchObject({ status: 'finished', call_duration: 8, fail_reason: 'nothing', connected_at: connected.connected_at });
    expect((await get()).ends_at).not.toBeNull();
    expect((await ccai(emu, 'POST', '/calls', outbound)).status).toBe(201);
  });

  it.each([['0206', 'eu_busy'], ['0202', 'expired'], ['0203', 'eu_rejected']])('numbers ending in %s fail with %s', async (suffix, reason) => {
    const { json: call } = await ccai(emu, 'POST', '/calls', { ...outbound, end_user_number: `+1 859-657-${suffix}` });
    await advance(5_000);
    expect((await ccai(emu, 'GET', `/calls/${call.id}`)).json).toMatchObject({ status: 'failed', fail_reason: reason, connected_at: null, participants: [{ status: 'failed' }, { status: 'failed', fail_reason: reason }] });
  });

  it('inbound calls wait in the queue, then get the agent', async () => {
    const { json: call } = await ccai(emu, 'POST', '/calls', inbound);
    await advance(2_000);
    expect((await ccai(emu, 'GET', `/calls/${call.id}`)).json).toMatchObject({ status: 'assigned', wait_duration: 2, agent_info: { id: 1 } });
  });

  it('unknown calls are 404', async () => {
    expect((await ccai(emu, 'GET', '/calls/424242')).status).toBe(404);
  });
});

describe('customer flags', () => {
  it('default to false, persist partial updates, and accept repeat_customers', async () => {
    const { json: call } = await ccai(emu, 'POST', '/calls', outbound);
    const path = `/calls/${call.id}/customer_flag`;
    expect((await ccai(emu, 'GET', path)).json).toEqual({ verified_customer: false, bad_actor: false, repeat_customer: false });
    expect((await ccai(emu, 'PATCH', path, { verified_customer: true })).status).toBe(200);
    await ccai(emu, 'PATCH', path, { repeat_customers: true });
    expect((await ccai(emu, 'GET', path)).json).toEqual({ verified_customer: true, bad_actor: false, repeat_customer: true });
    expect((await ccai(emu, 'PATCH', path, { bad_actor: 'yes' })).status).toBe(400);
  });

  it('fail-next makes the next PATCH fail without changing anything', async () => {
    const { json: call } = await ccai(emu, 'POST', '/calls', outbound);
    const path = `/calls/${call.id}/customer_flag`;
    await admin(emu, 'POST', '/fail-next', { provider: 'ccai', match: 'PATCH', status: 503, message: 'Service Unavailable' });
    expect((await ccai(emu, 'GET', path)).status).toBe(200);
    const failed = await ccai(emu, 'PATCH', path, { bad_actor: true });
    expect([failed.status, failed.json]).toEqual([503, { message: 'Service Unavailable' }]);
    expect((await ccai(emu, 'GET', path)).json.bad_actor).toBe(false);
    expect((await ccai(emu, 'PATCH', path, { bad_actor: true })).json.bad_actor).toBe(true);
  });
});

describe('auth and subdomains', () => {
  const post = (headers: Record<string, string>) => ccai(emu, 'POST', '/calls', outbound, headers);
  it.each([
    ['a wrong API token', 401, { message: 'Unauthorized' }, { authorization: basic('acme', 'wrong') }],
    ['no credentials', 401, { message: 'Unauthorized' }, { authorization: '' }],
    ['an unknown subdomain as username', 404, { message: 'Not Found' }, { authorization: basic('nobody', 'demo-token') }],
    ['an unknown subdomain in Host', 404, { message: 'Not Found' }, { host: 'nobody.localhost:1' }],
    ['another customer\'s token for Host acme.localhost', 401, { message: 'Unauthorized' }, { host: 'acme.localhost:1', authorization: basic('legacy', 'unused') }],
  ])('%s -> %i', async (_case, status, body, headers) => {
    const res = await post(headers);
    expect([res.status, res.json]).toEqual([status, body]);
  });

  it('accepts Host acme.localhost and a company key/secret where configured', async () => {
    expect((await post({ host: `acme.localhost:${emu.port}` })).status).toBe(201);
    const legacy = await ccai(emu, 'GET', '/calls/1', undefined, { authorization: basic('KEY123', 'SECRET456') });
    expect(legacy.status).toBe(404); // authenticated; no such call for that customer
    const log = await admin(emu, 'GET', '/requests?provider=ccai');
    expect(log.map((e: { verdict: string }) => e.verdict)).toEqual(['accepted', '404']);
  });
});

describe('rate limit', () => {
  it('answers 429 past 10 requests per second per customer', async () => {
    const limited = await createEmulator();
    try {
      const statuses = await Promise.all(Array.from({ length: 11 }, () => raw(limited, {
        path: '/apps/api/v1/calls/1/customer_flag', headers: { authorization: basic('acme', 'demo-token') },
      }).then((r) => r.status)));
      expect(statuses.filter((s) => s === 429)).toHaveLength(1);
      expect(statuses.filter((s) => s === 404)).toHaveLength(10);
    } finally {
      await limited.close();
    }
  });
});
