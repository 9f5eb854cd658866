// `npm run emulator` contract: the first line names the URL; the demo credentials follow.
import { spawn } from 'node:child_process';
import { createInterface } from 'node:readline';
import { expect, it } from 'vitest';

it('prints the URL first, then the demo credentials, and serves on that port', async () => {
  const child = spawn(process.execPath, ['--import', 'tsx', 'test/emulator/main.ts', '--port', '0', '--manual-clock'], { stdio: ['ignore', 'pipe', 'inherit'] });
  try {
    const lines: string[] = [];
    for await (const line of createInterface({ input: child.stdout! })) {
      lines.push(line);
      if (line.startsWith('Clock:')) break;
    }
    const url = /^Switchboard emulator listening on (http:\/\/127\.0\.0\.1:\d+)$/.exec(lines[0] ?? '')?.[1];
    expect(url).toBeDefined();
    expect(lines.join('\n')).toContain('SecretKey switchboard-demo-secret');
    expect(lines.join('\n')).toContain('Basic auth acme:demo-token');
    expect((await fetch(`${url}/__emulator/calls`)).status).toBe(200);
  } finally {
    child.kill('SIGTERM');
  }
}, 20_000);
