// `npm run emulator -- [--port 8787] [--accounts file.json] [--speed 1] [--manual-clock]`
import { parseArgs } from 'node:util';
import { readAccountsFile } from './accounts';
import { createEmulator } from './server';

const { values } = parseArgs({
  options: {
    port: { type: 'string', default: '8787' },
    accounts: { type: 'string' },
    speed: { type: 'string', default: '1' },
    'manual-clock': { type: 'boolean', default: false },
    help: { type: 'boolean', short: 'h', default: false },
  },
});

if (values.help) {
  console.log(`Usage: npm run emulator -- [options]
  --port <n>          listen on 127.0.0.1:<n> (default 8787, 0 picks a free port)
  --accounts <file>   JSON {"tccc":[...],"ccai":[...]} added to the demo accounts
  --speed <factor>    play calls <factor> times faster (default 1)
  --manual-clock      calls move only through POST /__emulator/advance {"ms":...}`);
  process.exit(0);
}

const emulator = await createEmulator({
  port: Number(values.port),
  accounts: values.accounts ? readAccountsFile(values.accounts) : undefined,
  clock: { speed: Number(values.speed), manual: values['manual-clock'] },
});
const { url, port } = emulator;
const [tccc] = emulator.state.accounts.tccc;
const [ccai] = emulator.state.accounts.ccai;

console.log(`Switchboard emulator listening on ${url}`);
console.log(`
TCCC (API 3.0, version 2020-02-10): POST ${url}/  (the official SDK: endpoint ccc.localhost:${port}, protocol http://)
  SdkAppId ${tccc?.sdkAppId}  SecretId ${tccc?.secretId}  SecretKey ${tccc?.secretKey}
  agent (UserId) ${tccc?.agents[0]?.userId}  caller ${tccc?.numbers[0]}  IVR ${tccc?.ivrIds[0]}  AI agent ${tccc?.aiAgentIds[0]}
CCAI Platform: ${url}/apps/api/v1  (or http://${ccai?.subdomain}.localhost:${port}/apps/api/v1)
  Basic auth ${ccai?.subdomain}:${ccai?.apiToken}  agent ${ccai?.agents[0]?.email}  menu 9  ticket 71450 (${ccai?.tickets['71450']?.number})
Test control: ${url}/__emulator/  (requests, calls, reset, advance, fail-next, inbound; see test/emulator/README.md)
Clock: ${values['manual-clock'] ? 'manual' : 'real time'}, speed x${values.speed}. Ctrl+C stops.`);

for (const signal of ['SIGINT', 'SIGTERM'] as const) {
  process.once(signal, () => void emulator.close().then(() => process.exit(0)));
}
