import { expect, it } from 'vitest';
import { evaluateInContentScript } from './support/content-capture';
import { openTicket, useRig } from './support/rig';

// Secrets live in storage.local, which Chromium opens to content scripts by default. The
// background closes it at start-up; a content script must not be able to read a secret even
// if a page found a way to run code in it.

const rig = useRig('tccc');

it('keeps storage.local (settings, secrets, history) out of the content script', async () => {
  const page = await openTicket(rig.browser, rig.site);
  const read = await evaluateInContentScript(
    rig.browser.context,
    page,
    `chrome.storage.local.get(null).then((items) => JSON.stringify(items), (error) => 'refused: ' + error.message)`,
  );
  expect(String(read)).toMatch(/^refused: /);
  expect(String(read)).not.toContain('switchboard-demo-secret');
  // The page is still decorated: the content script got its settings by message.
  expect(await page.locator('[data-e164]').count()).toBeGreaterThan(0);
  await page.close();
});
