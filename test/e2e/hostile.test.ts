import { expect, it } from 'vitest';
import { buttonNames, callChip, emulatorRequests } from './support/helpers';
import { useRig } from './support/rig';

// A page script must not be able to place a call: synthetic clicks and keys on our chip and on
// a decorated tel: link, forged postMessages, look-alike chips and marks, direct extension
// messages; nor hide the chip to steer a real click onto it.

const rig = useRig('tccc');

it('ignores every call attempt a page script makes, and still dials on a real click', async () => {
  const page = await rig.browser.context.newPage();
  await page.goto(`${rig.site.url}/hostile.html?ext=${rig.browser.extensionId}`);
  await page.waitForFunction(() => (window as unknown as { attacksDone?: boolean }).attacksDone === true);
  await page.waitForTimeout(1000); // any dial the attacks set off would have reached the emulator by now
  expect(await emulatorRequests(rig.emulator.url, 'CreateCallOutSession')).toHaveLength(0);

  // The page's rules and inline styles do not reach the chip's own box.
  const chip = page.locator('[data-testid="switchboard-chip"]');
  await page.locator('#real').hover();
  await chip.waitFor({ state: 'visible' });
  const box = await chip.evaluate((el) => {
    const style = getComputedStyle(el);
    const rect = el.getBoundingClientRect();
    return { opacity: style.opacity, transform: style.transform, display: style.display, left: rect.left };
  });
  const number = await page.locator('#real').boundingBox();
  expect(box).toMatchObject({ opacity: '1', transform: 'none', display: 'block' });
  expect(box.left).toBeGreaterThan(number!.x); // beside the number, not where the page put it
  expect(await buttonNames(page)).toContain('Call +44 20 7946 0958');
  // A number the page marked itself gets no chip.
  await page.locator('#own').hover();
  await page.waitForTimeout(400);
  expect((await buttonNames(page)).filter((name) => name.includes('900'))).toEqual([]);

  // A real click in another tab places exactly one call, so the assertion above can fail.
  // (Another tab: the attacks made this one open tel:, and headless Chromium leaves it waiting
  // on an "open this app?" prompt nobody can answer, which holds up its extension messages.)
  const other = await rig.browser.context.newPage();
  await other.goto(`${rig.site.url}/index.html`);
  await callChip(other, '+442079460958').click();
  await expect.poll(async () => (await emulatorRequests(rig.emulator.url, 'CreateCallOutSession')).length, { timeout: 10_000 }).toBe(1);
  await page.close();
  await other.close();
});
