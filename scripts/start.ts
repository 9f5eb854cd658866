// `npm start`: build the extension, start the emulator and a demo CRM page, and open Chromium
// with Switchboard loaded and pointed at the emulator. With no display it runs headless,
// places one demo call, saves a screenshot and exits, so it shows something on any machine.
import { execSync } from 'node:child_process';
import { mkdirSync } from 'node:fs';
import { resolve } from 'node:path';
import { ensureChromium } from './ensure-browsers';
import { createEmulator } from '../test/emulator/server';
import { configureExtension } from '../test/support/configure';
import { serveStatic } from '../test/support/static-site';
import { launchWithExtension } from '../test/e2e/support/browser';
import { callChip } from '../test/e2e/support/helpers';

const say = (text: string) => console.log(`\x1b[1m▸\x1b[0m ${text}`);
const headless = !process.env.DISPLAY && !process.env.WAYLAND_DISPLAY;

ensureChromium();
say('Building the extension (npm run build:e2e: production build, enabled on every site)...');
execSync('npm run build:e2e --silent', { stdio: 'inherit' });

const emulator = await createEmulator({ port: Number(process.env.EMULATOR_PORT ?? 8787) });
say(`Emulator (TCCC + CCAI Platform) running at ${emulator.url}`);
const site = await serveStatic(resolve('test/fixtures/site'));
say(`Demo CRM ticket page at ${site.url}/index.html`);

const browser = await launchWithExtension({ headless });
await configureExtension(await browser.worker(), 'tccc', emulator.url);
say(`Chromium started ${headless ? 'headless (no display found)' : 'with a window'}; Switchboard points at the emulator's demo TCCC account.`);
const page = await browser.context.newPage();
await page.setViewportSize({ width: 1200, height: 720 });
await page.goto(`${site.url}/index.html`);
await page.waitForSelector('[data-e164]', { timeout: 15_000 });
say(`Switchboard decorated ${await page.locator('[data-e164]').count()} phone numbers on the ticket page.`);

if (headless) {
  say('Placing one demo call: pointing at +1 859-657-9625 and clicking its call button...');
  await callChip(page, '+18596579625').click();
  await page.waitForTimeout(1500);
  const log = (await (await fetch(`${emulator.url}/__emulator/requests`)).json()) as { action?: string; verdict: string }[];
  const dial = log.find((r) => r.action === 'CreateCallOutSession');
  say(dial ? `The emulator received a signed CreateCallOutSession (${dial.verdict}).` : 'The emulator did not receive the call: see the page screenshot.');
  mkdirSync('.output/start', { recursive: true });
  const shot = resolve('.output/start/demo-call.png');
  await page.screenshot({ path: shot });
  say(`Screenshot saved: ${shot}`);
  say('Next: run `npm test` for the full suite, or run `npm start` on a machine with a display to try it yourself.');
  await browser.close();
  await site.close();
  await emulator.close();
} else {
  say('Click any call button next to a phone number. The toolbar popup shows the live call.');
  say('Press Ctrl+C to stop.');
  process.on('SIGINT', async () => {
    await browser.close();
    await site.close();
    await emulator.close();
    process.exit(0);
  });
}
