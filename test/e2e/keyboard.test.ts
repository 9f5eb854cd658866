import { expect, it } from 'vitest';
import { buttonNames, emulatorRequests } from './support/helpers';
import { openTicket, useRig } from './support/rig';

// An agent who works by keyboard reaches every number with Tab and calls it with Enter. Its
// own file: the call it places stays active, and would hold up calls in other tests.
const rig = useRig('tccc');

it('calls by keyboard: Tab to a number, Tab into its chip, Enter; Tab then goes on past the number', async () => {
  const page = await openTicket(rig.browser, rig.site);
  const focused = () => page.evaluate(() => document.activeElement?.getAttribute('data-e164') ?? document.activeElement?.localName);
  await page.locator('[data-testid="customer-phone"]').focus();
  expect(await focused()).toBe('+18596579625');
  expect(await buttonNames(page)).toContain('Call +1 859 657 9625');
  await page.keyboard.press('Tab');
  expect(await focused()).toBe('switchboard-chip');
  await page.keyboard.press('Shift+Tab');
  expect(await focused()).toBe('+18596579625');
  await page.keyboard.press('Tab');
  await page.keyboard.press('Tab'); // from the chip: on to the next number, not back into the chip
  expect(await focused()).toBe('+14155550132');
  await page.keyboard.press('Enter'); // Enter on a number opens its chip too
  expect(await focused()).toBe('switchboard-chip');
  await page.keyboard.press('Enter');
  const dials = () => emulatorRequests(rig.emulator.url, 'CreateCallOutSession');
  await expect.poll(async () => (await dials()).length, { timeout: 10_000 }).toBe(1);
  expect((await dials())[0]!.body).toMatchObject({ Callee: '0014155550132' });
  await page.close();
});
