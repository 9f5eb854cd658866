// The inbound API callback player: one attempt when the receiver answers in time, two
// retries when it does not, and whatever came back logged and returned.
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { admin } from './helpers';
import { createEmulator, type Emulator } from './server';

let emu: Emulator;
let receiver: Server;
let receiverUrl: string;
const received: { SessionId: string; at: number }[] = [];
// What the receiver does next: delay before answering (ms) and the JSON it answers.
let script: { delayMs: number; body: unknown }[] = [];

beforeAll(async () => {
  emu = await createEmulator();
  receiver = createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on('data', (c: Buffer) => chunks.push(c));
    req.on('end', () => {
      received.push({ ...(JSON.parse(Buffer.concat(chunks).toString()) as { SessionId: string }), at: Date.now() });
      const step = script.shift() ?? { delayMs: 0, body: {} };
      setTimeout(() => {
        if (!res.destroyed) res.writeHead(200, { 'content-type': 'application/json' }).end(JSON.stringify(step.body));
      }, step.delayMs);
    });
  });
  await new Promise<void>((resolve) => receiver.listen(0, '127.0.0.1', resolve));
  receiverUrl = `http://127.0.0.1:${(receiver.address() as AddressInfo).port}/tccc/inbound`;
});
afterAll(async () => {
  receiver.closeAllConnections();
  await new Promise((resolve) => receiver.close(resolve));
  await emu.close();
});
beforeEach(async () => {
  received.length = 0;
  script = [];
  await admin(emu, 'POST', '/reset');
});

const override = { CallInBound: { OverrideAIAgentId: 388, Variables: [{ Key: 'name', Value: 'Xiao Ming' }] } };
const play = (body: Record<string, unknown> = {}) => admin(emu, 'POST', '/inbound', { url: receiverUrl, timeoutMs: 150, ...body });

describe('inbound callback', () => {
  it('posts the CallInBound event once to a fast receiver and logs the answer', async () => {
    script = [{ delayMs: 0, body: override }];
    const result = await play({ caller: '+8613066668888', timeoutMs: 5_000 });
    expect(result.attempts).toHaveLength(1);
    expect(result.attempts[0]).toMatchObject({ attempt: 1, status: 200, body: override });
    expect(result.routing).toEqual({ route: 'override', aiAgentId: 388, ivrId: 0, variables: [{ Key: 'name', Value: 'Xiao Ming' }] });
    expect(result.event).toEqual({
      Event: 'CallInBound', SessionId: result.sessionId, SdkAppId: 1400000000,
      CallInBound: { AIAgentId: 0, IvrId: 4500, Caller: '+8613066668888', Callee: '+8675566668888' },
    });
    expect(received).toHaveLength(1);
    const [entry] = await admin(emu, 'GET', '/requests?provider=inbound');
    expect(entry).toMatchObject({ provider: 'inbound', path: receiverUrl, body: result.event, verdict: 'override', response: { response: override } });
  });

  it('resends twice to a receiver that answers too slowly, then routes to what the number is bound to', async () => {
    script = [{ delayMs: 400, body: override }, { delayMs: 400, body: override }, { delayMs: 400, body: override }];
    const result = await play();
    expect(result.attempts.map((a: { error?: string }) => a.error)).toEqual(Array(3).fill('no answer within 150 ms'));
    expect(result.attempts.every((a: { ms: number }) => a.ms >= 140 && a.ms < 400)).toBe(true);
    expect(result.routing).toMatchObject({ route: 'default', ivrId: 4500 });
    expect(result.response).toBeNull();
    await expect.poll(() => received.length).toBe(3);
    expect(new Set(received.map((r) => r.SessionId))).toEqual(new Set([result.sessionId]));
  });

  it('stops retrying once an attempt answers in time', async () => {
    script = [{ delayMs: 400, body: {} }, { delayMs: 0, body: override }];
    const result = await play();
    expect(result.attempts.map((a: { status?: number }) => a.status ?? null)).toEqual([null, 200]);
    expect(result.routing.route).toBe('override');
  });

  it('hangs up when the answer leaves CallInBound empty', async () => {
    script = [{ delayMs: 0, body: { CallInBound: {} } }];
    expect((await play()).routing).toMatchObject({ route: 'hangup', note: 'empty CallInBound' });
  });

  it('ends the call when nobody answers and nothing is bound', async () => {
    const result = await play({ url: 'http://127.0.0.1:1/unreachable', ivrId: 0, aiAgentId: 0 });
    expect(result.attempts).toHaveLength(3);
    expect(result.routing.route).toBe('hangup');
  });
});
