import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { advance, emulatorCalls } from './support/emulator-admin';
import { callChip, emulatorRequests } from './support/helpers';
import { callState, durationText, expectState, openPopup } from './support/popup';
import { openTicket, useRig } from './support/rig';

// One TCCC call from the click on the ticket page to its end, watched in the popup; the
// emulator's manual clock moves the call from phase to phase.
const rig = useRig('tccc');

async function clickToCall(e164: string): Promise<Page> {
  const ticket = await openTicket(rig.browser, rig.site);
  await callChip(ticket, e164).click();
  return ticket;
}

const badge = async () => (await rig.browser.worker()).evaluate(() => (globalThis as unknown as { chrome: { action: { getBadgeText(d: object): Promise<string> } } }).chrome.action.getBadgeText({}));

describe('live call in the popup', () => {
  it('goes from click to connected to ended, in every popup at once, with the right duration', async () => {
    const popup = await openPopup(rig.browser);
    const second = await openPopup(rig.browser);
    const ticket = await clickToCall('+442079460958');

    await expectState(popup, 'ringingAgent');
    expect(await badge()).toBe('RING');
    await advance(rig.emulator.url, 2_000);
    await expectState(popup, 'ringingCustomer');
    expect(await callState(second)).toBe('ringingCustomer');

    await advance(rig.emulator.url, 3_000);
    await expectState(popup, 'connected');
    expect(await durationText(popup)).toMatch(/^00:0\d$/);
    expect(await badge()).toBe('0m');

    await advance(rig.emulator.url, 8_000);
    await expectState(popup, 'ended');
    await expectState(second, 'ended');
    expect(await popup.getByTestId('call-state').getAttribute('data-end-reason')).toBe('completed');
    expect(await durationText(popup)).toBe('00:08');
    expect(await badge()).toBe('');
    expect(await emulatorRequests(rig.emulator.url, 'CreateCallOutSession')).toHaveLength(1);
    await Promise.all([ticket.close(), second.close(), popup.close()]);
  });

  it('hangs up a connected call with one HangUpCall', async () => {
    const popup = await openPopup(rig.browser);
    const ticket = await clickToCall('+14155550132');
    await expectState(popup, 'ringingAgent');
    // The call before is in the history now, with its outcome and talk time.
    expect(await popup.getByTestId('history-outcome').first().textContent()).toContain('Ended: completed · 00:08');
    await advance(rig.emulator.url, 5_000);
    await expectState(popup, 'connected');

    await popup.getByTestId('hang-up').click();
    await expectState(popup, 'ended');
    expect(await popup.getByTestId('call-state').getAttribute('data-end-reason')).toBe('completed');
    expect(await emulatorRequests(rig.emulator.url, 'HangUpCall')).toHaveLength(1);
    const { tccc } = await emulatorCalls(rig.emulator.url);
    expect(tccc.at(-1)?.SessionStatus).toBe('finished');

    // The popup, open since before this call, heard its end: with the next call it lists both.
    await callChip(ticket, '+442079460958').click();
    await expectState(popup, 'ringingAgent');
    await expect.poll(() => popup.getByTestId('history-outcome').count()).toBe(2);
    await Promise.all([ticket.close(), popup.close()]);
  });
});
