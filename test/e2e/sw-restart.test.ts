import { describe, expect, it } from 'vitest';
import { advance } from './support/emulator-admin';
import { callChip, emulatorRequests } from './support/helpers';
import { callState, durationText, expectState, openPopup } from './support/popup';
import { stopServiceWorker } from './support/service-worker';
import { openTicket, useRig } from './support/rig';

// Chrome stops an idle service worker whenever it likes. The call lives in storage.session,
// so a stop in the middle of a call loses nothing: the next event (here the popup opening
// again) starts the worker, polling resumes, and no call is placed twice.
const rig = useRig('tccc');

describe('service worker stopped mid-call', () => {
  it('tracks the call to its end with no second CreateCallOutSession', async () => {
    const ticket = await openTicket(rig.browser, rig.site);
    const popup = await openPopup(rig.browser);
    await callChip(ticket, '+442079460958').click();
    await expectState(popup, 'ringingAgent');

    await stopServiceWorker(rig.browser.context, popup);
    await advance(rig.emulator.url, 5_000); // the customer answers while no worker runs
    await popup.waitForTimeout(1_500);
    expect(await callState(popup)).toBe('ringingAgent'); // nothing polled: the worker is stopped

    await popup.reload(); // opening the popup wakes the worker; it resumes from storage.session
    await expectState(popup, 'connected');
    await advance(rig.emulator.url, 8_000);
    await expectState(popup, 'ended');
    expect(await popup.getByTestId('call-state').getAttribute('data-end-reason')).toBe('completed');
    expect(await durationText(popup)).toBe('00:08');
    expect(await emulatorRequests(rig.emulator.url, 'CreateCallOutSession')).toHaveLength(1);
  });
});
