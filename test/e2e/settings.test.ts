import { describe, expect, it } from 'vitest';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { DEMO } from '../support/configure';
import { EXTENSION_DIR } from './support/browser';
import { callChip } from './support/helpers';
import { captureContentScriptMessages } from './support/content-capture';
import { openTicket, useRig } from './support/rig';

// Settings in a real browser: secrets never reach a content script, "Test connection" gives a
// verdict per failure, and the team file exports without secrets and refuses hostile imports.
const rig = useRig('tccc');

const SECRET_VALUES = [DEMO.tccc.secretId, DEMO.tccc.secretKey, DEMO.ccai.token];
const SECRET_KEYS = ['tcccSecretId', 'tcccSecretKey', 'ccaiApiToken', 'ccaiCompanyKey', 'ccaiCompanySecret'];

async function openOptions(): Promise<Page> {
  const page = await rig.browser.context.newPage();
  await page.goto(`chrome-extension://${rig.browser.extensionId}/options.html`);
  await page.getByTestId('settings-form').waitFor();
  return page;
}

describe('secrets', () => {
  it('are not in the built content script', () => {
    const dir = join(EXTENSION_DIR, 'content-scripts');
    for (const file of readdirSync(dir).filter((name) => name.endsWith('.js'))) {
      const code = readFileSync(join(dir, file), 'utf8');
      for (const needle of [...SECRET_VALUES, ...SECRET_KEYS, 'local:secrets', 'TC3-HMAC-SHA256']) expect(code).not.toContain(needle);
    }
  });

  it('never reach the content script in a message, and the options page shows them masked', async () => {
    const ticket = await openTicket(rig.browser, rig.site);
    const captured = await captureContentScriptMessages(rig.browser.context, ticket);
    await callChip(ticket, '+442079460958').click();
    await expect.poll(async () => (await captured()).length, { timeout: 10_000 }).toBeGreaterThan(0);
    const seen = JSON.stringify(await captured());
    expect(seen).toContain('ringingAgent'); // the dial reply was captured
    for (const needle of [...SECRET_VALUES, ...SECRET_KEYS, 'TC3-HMAC-SHA256']) expect(seen).not.toContain(needle);

    const options = await openOptions();
    expect(await options.getByTestId('tccc-secretKey-set').isVisible()).toBe(true);
    const html = await options.content();
    for (const secret of SECRET_VALUES) expect(html).not.toContain(secret);
  });
});

describe('managed policy', () => {
  it('has a schema Chromium accepts: storage.managed answers, empty without a policy', async () => {
    const worker = await rig.browser.worker();
    const managed = await worker.evaluate(() =>
      (globalThis as unknown as { chrome: { storage: { managed: { get(): Promise<object> } } } }).chrome.storage.managed.get(),
    );
    expect(managed).toEqual({});
  });
});

describe('test connection', () => {
  it.each([
    ['the stored settings', async () => undefined, 'ok', 'TCCC accepted the API key'],
    ['a wrong SecretKey', async (page: Page) => {
      await page.getByTestId('tccc-secretKey-replace').click();
      await page.getByTestId('tccc-secretKey').fill('not-the-key');
    }, 'failed', 'SecretKey probably does not match'],
    ['an unknown SdkAppId', async (page: Page) => page.getByTestId('tccc-sdkAppId').fill('1400000999'), 'failed', 'does not exist'],
    ['an unreachable host', async (page: Page) => page.getByTestId('tccc-customBaseUrl').fill('http://127.0.0.1:9/'), 'failed', 'could not reach TCCC'],
  ])('gives a verdict for %s', async (_name, edit, state, text) => {
    const page = await openOptions();
    await edit(page);
    await page.getByTestId('test-tccc').click();
    const verdict = page.getByTestId('test-tccc-verdict');
    await expect.poll(() => verdict.getAttribute('data-state'), { timeout: 10_000 }).toBe(state);
    expect(await verdict.textContent()).toContain(text);
    await page.close();
  });
});

describe('team file', () => {
  it('exports the settings without secrets', async () => {
    const page = await openOptions();
    const [download] = await Promise.all([page.waitForEvent('download'), page.getByTestId('team-file-export').click()]);
    const text = readFileSync((await download.path())!, 'utf8');
    expect(JSON.parse(text)).toMatchObject({ format: 'switchboard-settings', version: 2, settings: { provider: 'tccc' } });
    for (const needle of [...SECRET_VALUES, ...SECRET_KEYS]) expect(text).not.toContain(needle);
  });

  it.each([
    ['not JSON', '{"format":', 'json', 'not valid JSON'],
    ['prototype pollution', '{"__proto__":{"x":1},"format":"switchboard-settings","version":2,"settings":{}}', 'forbiddenKey', '__proto__'],
    ['a newer version', '{"format":"switchboard-settings","version":9,"settings":{}}', 'newerVersion', 'newer Switchboard'],
    ['a huge file', `{"pad":"${'x'.repeat(300_000)}"}`, 'tooLarge', 'too large'],
  ])('refuses %s and changes nothing', async (_name, text, outcome, message) => {
    const worker = await rig.browser.worker();
    const read = () => worker.evaluate(() => (globalThis as unknown as { chrome: { storage: { local: { get(): Promise<object> } } } }).chrome.storage.local.get());
    const before = await read();
    const page = await openOptions();
    await page.getByTestId('team-file-import').setInputFiles({ name: 'team.json', mimeType: 'application/json', buffer: Buffer.from(text) });
    const status = page.getByTestId('team-file-status');
    await expect.poll(() => status.getAttribute('data-outcome')).toBe(outcome);
    expect(await status.textContent()).toContain(message);
    expect(await read()).toEqual(before);
    await page.close();
  });
});
