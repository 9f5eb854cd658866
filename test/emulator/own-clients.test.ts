// Our own clients (lib/tccc, lib/ccai) against the emulator: the signatures our WebCrypto
// signer makes pass the same check the official SDK's do, and a tampered request fails it.
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { createCcaiClient } from '../../lib/ccai/client';
import { createRateLimiter } from '../../lib/rate-limit';
import { createTcccClient } from '../../lib/tccc/client';
import { tc3Headers } from '../../lib/tccc/sign';
import { createEmulator, type Emulator } from './server';
import { DEMO } from './helpers';

let emu: Emulator;
beforeAll(async () => {
  emu = await createEmulator({ port: 0, clock: { manual: true } });
});
afterAll(() => emu.close());
beforeEach(() => fetch(`${emu.url}/__emulator/reset`, { method: 'POST' }));

const advance = (ms: number) => fetch(`${emu.url}/__emulator/advance`, { method: 'POST', body: JSON.stringify({ ms }) });
const tccc = (secretKey: string = DEMO.tccc.secretKey) =>
  createTcccClient({
    sdkAppId: DEMO.tccc.sdkAppId,
    credentials: { secretId: DEMO.tccc.secretId, secretKey },
    endpoint: { kind: 'custom', baseUrl: `${emu.url}/` },
    limiter: createRateLimiter({ limit: 20 }),
  });

describe('lib/tccc against the emulator', () => {
  it('places a dual call and follows it to its end', async () => {
    const client = tccc();
    const { SessionId } = await client.createCallOutSession({ UserId: DEMO.tccc.userId, Callee: '008613012345678', UUI: 'ticket=71450' });
    expect((await client.describeTelSession({ SessionId })).Session?.SessionStatus).toBe('ringing');
    await advance(60_000);
    expect((await client.describeTelSession({ SessionId })).Session?.SessionStatus).toBe('finished');
  });

  it('is refused with AuthFailure.SignatureFailure when signed with the wrong key', async () => {
    await expect(tccc('not-the-secret').describeTelCdr({ StartTimeStamp: 1, EndTimeStamp: 2, PageSize: 10, PageNumber: 0 }))
      .rejects.toMatchObject({ info: { kind: 'cloud', code: 'AuthFailure.SignatureFailure' } });
  });

  it('fails the signature check when a signed body is tampered with, and no call is created', async () => {
    const url = new URL(`${emu.url}/`);
    const body = JSON.stringify({ SdkAppId: DEMO.tccc.sdkAppId, UserId: DEMO.tccc.userId, Callee: '008613012345678' });
    const headers = await tc3Headers({
      secretId: DEMO.tccc.secretId, secretKey: DEMO.tccc.secretKey, service: 'ccc', url,
      action: 'CreateCallOutSession', version: '2020-02-10', timestamp: Math.floor(Date.now() / 1000), body,
    });
    const tampered = body.replace('008613012345678', '008613099999999');
    const reply = await (await fetch(url, { method: 'POST', headers, body: tampered })).json();
    expect(reply.Response.Error.Code).toBe('AuthFailure.SignatureFailure');
    const calls = await (await fetch(`${emu.url}/__emulator/calls`)).json();
    expect(JSON.stringify(calls)).not.toContain('008613099999999');
  });
});

describe('lib/ccai against the emulator', () => {
  const ccai = () =>
    createCcaiClient({ subdomain: DEMO.ccai.subdomain, domain: 'uc1.ccaiplatform.com', baseUrl: emu.url, auth: { kind: 'apiToken', token: DEMO.ccai.token } });

  it('creates an outbound call for a ticket, reads it, and persists customer flags', async () => {
    const client = ccai();
    const created = await client.createOutboundCall({ agent_email: DEMO.ccai.agent, ticket_id: '71450', lang: 'en' });
    if (created.outcome !== 'created') throw new Error('expected 201');
    expect(created.call.out_ticket_id).toBe('71450');
    expect((await client.getCall(created.call.id)).status).toBe('assigned');
    await client.setCustomerFlags(created.call.id, { verified_customer: true });
    expect(await client.getCustomerFlags(created.call.id)).toMatchObject({ verified_customer: true, bad_actor: false });
  });

  it("passes the server's own message through for a request only the server can refuse", async () => {
    await expect(ccai().createOutboundCall({ agent_email: 'nocalls@example.com', end_user_number: '+18596579625' }))
      .rejects.toMatchObject({ info: { kind: 'cloud', serverMessage: 'Agent does not have access to make calls' } });
  });
});
