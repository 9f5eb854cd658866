import { expect, it } from 'vitest';
import { callChip, emulatorRequests } from './support/helpers';
import { useRig } from './support/rig';

// WXT retires an outdated content script when the document sees a DOM event named after the
// extension id. The id is public, so a page can send that event too: it must not be able to
// take Switchboard off the page. (Its own file: a fresh emulator has no call already active.)

const rig = useRig('tccc');

it('announces itself to no page script: the page hears no window message when Switchboard starts', async () => {
  const page = await rig.browser.context.newPage();
  // CRMs route window messages between their own frames; ours would reach every listener.
  await page.addInitScript(() => {
    const heard: unknown[] = ((window as unknown as { heard: unknown[] }).heard = []);
    window.addEventListener('message', (event) => heard.push(event.data));
  });
  await page.goto(`${rig.site.url}/index.html`);
  await callChip(page, '+442079460958').waitFor();
  await page.waitForTimeout(300);
  expect(await page.evaluate(() => JSON.stringify((window as unknown as { heard: unknown[] }).heard))).toBe('[]');
  await page.close();
});

it('keeps decorating and dialling when a page forges the content script framework\'s restart event', async () => {
  const page = await rig.browser.context.newPage();
  await page.goto(`${rig.site.url}/index.html`);
  await callChip(page, '+442079460958').waitFor();
  const before = await page.locator('[data-e164]').count();
  // WXT names the event after the extension id, which is public (the store lists it).
  await page.evaluate((id) => {
    const type = `${id}:content:wxt:content-script-started`;
    document.dispatchEvent(new CustomEvent(type, { detail: { contentScriptName: 'content', messageId: 'forged' } }));
    window.postMessage({ type, contentScriptName: 'content', messageId: 'forged' }, '*');
  }, rig.browser.extensionId);
  await page.waitForTimeout(500);
  expect(await page.locator('[data-e164]').count()).toBe(before);
  // Still following the page, and still dialling.
  await page.evaluate(() => document.body.insertAdjacentHTML('beforeend', '<p id="late">+44 161 496 0000</p>'));
  await callChip(page, '+441614960000').waitFor({ timeout: 5000 });
  const calls = (await emulatorRequests(rig.emulator.url, 'CreateCallOutSession')).length;
  await callChip(page, '+442079460958').click();
  await expect.poll(async () => (await emulatorRequests(rig.emulator.url, 'CreateCallOutSession')).length, { timeout: 10_000 }).toBe(calls + 1);
  await page.close();
});
