import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { advance, emulatorCalls, failNext } from './support/emulator-admin';
import { callChip } from './support/helpers';
import { expectState, openPopup } from './support/popup';
import { openTicket, useRig } from './support/rig';

// CCAI customer flags from the popup: read from the emulator, toggled into it, rolled back
// when the emulator fails the PATCH, and still usable after the call has ended.
const rig = useRig('ccai');

const flag = (popup: Page, name: string) => popup.getByTestId(`flag-${name}`);
const storedFlags = async () => (await emulatorCalls(rig.emulator.url)).ccai.at(-1)?.flags;

describe('CCAI customer flags', () => {
  it('are read, toggled, persisted, rolled back on a failed PATCH, and usable after the call', async () => {
    const ticket = await openTicket(rig.browser, rig.site);
    const popup = await openPopup(rig.browser);
    await callChip(ticket, '+442079460958').click();
    await expectState(popup, 'ringingAgent');
    await advance(rig.emulator.url, 5_000);
    await expectState(popup, 'connected');

    await expect.poll(() => flag(popup, 'verified_customer').isChecked()).toBe(false);
    await flag(popup, 'verified_customer').click();
    await expect.poll(storedFlags).toMatchObject({ verified_customer: true });
    expect(await flag(popup, 'verified_customer').isChecked()).toBe(true);

    const { ccai } = await emulatorCalls(rig.emulator.url);
    await failNext(rig.emulator.url, { provider: 'ccai', match: `PATCH /apps/api/v1/calls/${ccai.at(-1)!.id}/customer_flag`, status: 503 });
    await flag(popup, 'bad_actor').click();
    await popup.getByTestId('flags-save-error').waitFor();
    expect(await popup.getByTestId('flags-save-error').getAttribute('data-flag')).toBe('bad_actor');
    expect(await flag(popup, 'bad_actor').isChecked()).toBe(false);
    expect(await storedFlags()).toMatchObject({ verified_customer: true, bad_actor: false });

    await advance(rig.emulator.url, 8_000);
    await expectState(popup, 'ended');
    await flag(popup, 'repeat_customer').click();
    await expect.poll(storedFlags).toEqual({ verified_customer: true, bad_actor: false, repeat_customer: true });

    await popup.reload(); // a popup opened later reads them back from the emulator
    await expect.poll(() => flag(popup, 'repeat_customer').isChecked()).toBe(true);
    expect(await flag(popup, 'verified_customer').isChecked()).toBe(true);
  });
});
