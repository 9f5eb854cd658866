// A local stand-in for TCCC and CCAI Platform, for tests, demos and development without an
// account: createEmulator() from tests and scripts, main.ts from the command line.
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { buildAccounts, type AccountsInput } from './accounts';
import { ADMIN_PREFIX, handleAdmin } from './admin';
import { CCAI_PREFIX, handleCcai } from './ccai';
import { createClock, type ClockOptions } from './clock';
import { flatHeaders, header, parseJson, readBody, send, type Reply, type RequestContext } from './http';
import { appendLog, createState, type Limits, type Provider, type State } from './state';
import { handleTccc } from './tccc';

export interface EmulatorOptions {
  /** 0 (default) picks a free port. */
  port?: number;
  /** Accounts added to the demo accounts. */
  accounts?: AccountsInput;
  clock?: ClockOptions;
  /** Requests per second: TCCC per action (default 20), CCAI per customer (default 10). */
  limits?: Partial<Limits>;
}

export interface Emulator {
  /** `http://127.0.0.1:<port>`, no trailing slash. */
  url: string;
  port: number;
  state: State;
  close(): Promise<void>;
}

function providerOf(req: IncomingMessage, path: string): Provider | undefined {
  if (path === CCAI_PREFIX || path.startsWith(`${CCAI_PREFIX}/`)) return 'ccai';
  if (header(req, 'x-tc-action') !== undefined || (path === '/' && req.method === 'POST')) return 'tccc';
  return undefined;
}

async function handle(state: State, req: IncomingMessage, res: ServerResponse): Promise<void> {
  const url = new URL(req.url ?? '/', 'http://emulator.invalid');
  const raw = await readBody(req);
  const json = parseJson(raw);
  const ctx: RequestContext = { req, url, raw, json };
  const provider = providerOf(req, url.pathname);
  let reply: Reply;
  if (provider === 'tccc') reply = handleTccc(state, ctx);
  else if (provider === 'ccai') reply = handleCcai(state, ctx);
  else if (url.pathname === '/' || url.pathname.startsWith(ADMIN_PREFIX)) {
    url.pathname = url.pathname === '/' ? ADMIN_PREFIX : url.pathname;
    reply = await handleAdmin(state, ctx);
  } else reply = { status: 404, body: { error: `nothing at ${url.pathname}` }, verdict: '404' };
  if (provider) {
    appendLog(state, {
      provider,
      action: reply.action,
      method: req.method ?? '',
      path: url.pathname + url.search,
      headers: flatHeaders(req),
      body: json ?? raw.toString('utf8'),
      status: reply.status,
      verdict: reply.verdict,
      response: reply.body,
    });
  }
  send(res, reply);
}

export async function createEmulator(options: EmulatorOptions = {}): Promise<Emulator> {
  const state = createState(buildAccounts(options.accounts), createClock(options.clock), { tccc: 20, ccai: 10, ...options.limits });
  const server = createServer((req, res) => {
    handle(state, req, res).catch((error: unknown) => {
      send(res, { status: 500, body: { error: String((error as Error)?.stack ?? error) }, verdict: '500' });
    });
  });
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(options.port ?? 0, '127.0.0.1', () => resolve());
  });
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    port,
    state,
    close: () =>
      new Promise<void>((resolve, reject) => {
        server.closeAllConnections();
        server.close((error) => (error ? reject(error) : resolve()));
      }),
  };
}
