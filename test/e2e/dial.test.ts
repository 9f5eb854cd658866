import { describe, expect, it } from 'vitest';
import { DEMO } from '../support/configure';
import { buttonNames, callChip, emulatorRequests } from './support/helpers';
import { openTicket, useRig } from './support/rig';

const rig = useRig('tccc');

describe('click to call (TCCC)', () => {
  it('decorates the real numbers on the page and nothing else', async () => {
    const page = await openTicket(rig.browser, rig.site);
    const numbers = await page.locator('[data-e164]').evaluateAll((els) => els.map((el) => el.getAttribute('data-e164')));
    expect(numbers.sort()).toEqual(['+14155550132', '+18596579625', '+18596579625', '+442079460958']);
    await page.close();
  });

  it('names the call in the chip the pointer brings up, beside the number', async () => {
    const page = await openTicket(rig.browser, rig.site);
    const chip = callChip(page, '+14155550132');
    await chip.reveal();
    expect(await buttonNames(page)).toContain('Call +1 415 555 0132 (then extension 204)');
    const [number, box] = [await chip.number.boundingBox(), await chip.chip.boundingBox()];
    expect(box!.x).toBeGreaterThanOrEqual(number!.x + number!.width); // after the number, not over it
    await page.mouse.move(0, 0);
    await chip.chip.waitFor({ state: 'hidden' });
    await page.close();
  });

  it('one click places one correctly signed CreateCallOutSession through the emulator', async () => {
    await fetch(`${rig.emulator.url}/__emulator/reset`, { method: 'POST' });
    const page = await openTicket(rig.browser, rig.site);
    await callChip(page, '+442079460958').dblclick();
    const dials = () => emulatorRequests(rig.emulator.url, 'CreateCallOutSession');
    await expect.poll(async () => (await dials()).length, { timeout: 10_000 }).toBe(1);
    await page.waitForTimeout(500);
    const [request] = await dials();
    if (!request) throw new Error('no CreateCallOutSession logged');
    expect(request.verdict).toBe('accepted');
    expect(request.body).toMatchObject({ SdkAppId: DEMO.tccc.sdkAppId, UserId: DEMO.tccc.userId, Callee: '00442079460958' });
    expect(request.headers.authorization).toMatch(/^TC3-HMAC-SHA256 Credential=AKIDSWITCHBOARDDEMO\/\d{4}-\d\d-\d\d\/ccc\/tc3_request, SignedHeaders=content-type;host, Signature=[0-9a-f]{64}$/);
    // The double click placed exactly one call.
    expect(await dials()).toHaveLength(1);
    await page.close();
  });
});
