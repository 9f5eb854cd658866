import { expect, it } from 'vitest';
import { callButton, emulatorRequests } from './support/helpers';
import { useRig } from './support/rig';

// A page script must not be able to place a call: synthetic clicks on our buttons and on a
// decorated tel: link, forged postMessages, look-alike buttons, direct extension messages.

const rig = useRig('tccc');

it('ignores every call attempt a page script makes, and still dials on a real click', async () => {
  const page = await rig.browser.context.newPage();
  await page.goto(`${rig.site.url}/hostile.html?ext=${rig.browser.extensionId}`);
  await page.waitForFunction(() => (window as unknown as { attacksDone?: boolean }).attacksDone === true);
  await page.waitForTimeout(1000); // any dial the attacks set off would have reached the emulator by now
  expect(await emulatorRequests(rig.emulator.url, 'CreateCallOutSession')).toHaveLength(0);

  // A real click in another tab places exactly one call, so the assertion above can fail.
  // (Another tab: the attacks made this one open tel:, and headless Chromium leaves it waiting
  // on an "open this app?" prompt nobody can answer, which holds up its extension messages.)
  const other = await rig.browser.context.newPage();
  await other.goto(`${rig.site.url}/index.html`);
  await callButton(other, '+442079460958').click();
  await expect.poll(async () => (await emulatorRequests(rig.emulator.url, 'CreateCallOutSession')).length, { timeout: 10_000 }).toBe(1);
  await page.close();
  await other.close();
});
