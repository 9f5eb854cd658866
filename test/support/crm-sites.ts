import { readdirSync, readFileSync } from 'node:fs';
import { createServer, type Server } from 'node:https';
import { join, resolve } from 'node:path';
import selfsigned from 'selfsigned';

// The saved CRM ticket pages (test/fixtures/crm/<crm>/), served over HTTPS on loopback under
// the CRM's real host name: Chromium maps every host name here (--host-resolver-rules) and
// accepts our throwaway certificate.

export interface CrmFixture {
  crm: string;
  file: string;
  url: string;
  defaultCountry: string;
  expected: { ticketId: string; customerE164?: string; title?: string; displayId?: string };
  anchor: string;
  numbers: string[];
}

const ROOT = resolve('test/fixtures/crm');

export function crmFixtures(): CrmFixture[] {
  return readdirSync(ROOT).flatMap((crm) =>
    (JSON.parse(readFileSync(join(ROOT, crm, 'meta.json'), 'utf8')) as Omit<CrmFixture, 'crm'>[]).map((f) => ({ ...f, crm })),
  );
}

export interface CrmSites {
  port: number;
  /** The Chromium flag value that sends every host name to this server. */
  hostRules: string;
  close(): Promise<void>;
}

export async function serveCrmSites(fixtures = crmFixtures()): Promise<CrmSites> {
  const pages = new Map(fixtures.map((f) => {
    const url = new URL(f.url);
    return [`${url.host}${url.pathname}`, join(ROOT, f.crm, f.file)];
  }));
  const pems = await selfsigned.generate([{ name: 'commonName', value: 'switchboard-test' }], { keySize: 2048, algorithm: 'sha256' });
  const server: Server = createServer({ key: pems.private, cert: pems.cert }, (req, res) => {
    const file = pages.get(`${req.headers.host}${new URL(req.url ?? '/', 'https://x').pathname}`);
    if (!file) return void res.writeHead(404).end('not found');
    res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' }).end(readFileSync(file));
  });
  await new Promise<void>((done) => server.listen(0, '127.0.0.1', done));
  const port = (server.address() as { port: number }).port;
  return {
    port,
    hostRules: `MAP * 127.0.0.1:${port}, EXCLUDE 127.0.0.1`,
    close: () => new Promise((done) => server.close(() => done())),
  };
}
