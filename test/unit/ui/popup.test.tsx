// @vitest-environment happy-dom
import { act } from 'preact/test-utils';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing';
import { Popup } from '../../../components/popup/Popup';
import { activeCallItem } from '../../../lib/calls/active';
import type { CallRecord } from '../../../lib/calls/model';
import { DEFAULT_SETTINGS } from '../../../lib/settings/schema';
import { settingsItem } from '../../../lib/settings/store';
import { fakePermissions } from './fakes';
import { byTestId, click, mount, settle } from './render';

const CALL: CallRecord = {
  clickId: '6f1c2d3e-0000-4000-8000-000000000002',
  provider: 'ccai',
  sessionId: '77',
  e164: '+14155550132',
  state: 'ringingCustomer',
  createdAt: 1,
};
const ORIGIN = 'https://acme.zendesk.com';

const onTab = (url: string) =>
  vi.spyOn(fakeBrowser.tabs, 'query').mockResolvedValue([{ url } as Awaited<ReturnType<typeof fakeBrowser.tabs.query>>[number]]);

beforeEach(() => {
  fakeBrowser.reset();
  onTab('chrome://extensions/');
});
afterEach(() => vi.restoreAllMocks());

describe('popup', () => {
  it('tells the agent how to call when there is no call', async () => {
    const root = await mount(<Popup />);
    expect(byTestId(root, 'popup')).not.toBeNull();
    expect(byTestId(root, 'no-call')?.textContent).toContain('click the call button');
    expect(byTestId(root, 'site')).toBeNull(); // not a page Switchboard can run on
  });

  it('shows the stored call and follows its changes', async () => {
    await activeCallItem.setValue(CALL);
    const root = await mount(<Popup />);
    expect(byTestId(root, 'call-state')?.dataset.state).toBe('ringingCustomer');
    await act(() => activeCallItem.setValue({ ...CALL, state: 'connected', connectedAt: Date.now() }));
    await settle();
    expect(byTestId(root, 'call-state')?.dataset.state).toBe('connected');
    expect(byTestId(root, 'call-duration')?.textContent).toBe('00:00');
  });

  it('sends hangUp for a TCCC call and shows the error the background replies', async () => {
    await activeCallItem.setValue({ ...CALL, provider: 'tccc', sessionId: 'session-1' });
    const error = { kind: 'network', code: 'network', messageKey: 'tccc.error.network.unsafe', provider: 'tccc' };
    const sendMessage = vi.spyOn(fakeBrowser.runtime, 'sendMessage').mockResolvedValue({ ok: false, error });
    const root = await mount(<Popup />);
    await click(byTestId(root, 'hang-up'));
    expect(sendMessage).toHaveBeenCalledWith({ type: 'hangUp', data: {} });
    expect(byTestId(root, 'hang-up-error')?.dataset.code).toBe('network');
  });

  it('says where to hang up a CCAI call instead of offering a button', async () => {
    await activeCallItem.setValue(CALL);
    const root = await mount(<Popup />);
    expect(byTestId(root, 'hang-up')).toBeNull();
    expect(byTestId(root, 'hang-up-in-adapter')?.textContent).toContain('CCAI Platform agent adapter');
  });

  it('opens the options page', async () => {
    const open = vi.spyOn(fakeBrowser.runtime, 'openOptionsPage').mockResolvedValue();
    const root = await mount(<Popup />);
    await click(byTestId(root, 'open-options'));
    expect(open).toHaveBeenCalledOnce();
  });

  it('enables and disables the active tab\'s site', async () => {
    const { request, remove } = fakePermissions();
    onTab(`${ORIGIN}/agent/tickets/4711`);
    const root = await mount(<Popup />);
    expect(byTestId(root, 'site')?.dataset.enabled).toBe('false');

    await click(byTestId(root, 'site-enable'));
    expect(request).toHaveBeenCalledWith({ origins: [`${ORIGIN}/*`] });
    expect((await settingsItem.getValue()).sites).toEqual([ORIGIN]);
    await settle();
    expect(byTestId(root, 'site-status')?.textContent).toContain('acme.zendesk.com');
    expect(byTestId(root, 'site')?.dataset.enabled).toBe('true');

    await click(byTestId(root, 'site-disable'));
    expect(remove).toHaveBeenCalledWith({ origins: [`${ORIGIN}/*`] });
    expect((await settingsItem.getValue()).sites).toEqual([]);
  });

  it('changes nothing when the browser refuses the site', async () => {
    fakePermissions(false);
    onTab(`${ORIGIN}/agent/tickets/4711`);
    const root = await mount(<Popup />);
    await click(byTestId(root, 'site-enable'));
    expect(byTestId(root, 'site-denied')).not.toBeNull();
    expect(await settingsItem.getValue()).toEqual(DEFAULT_SETTINGS);
  });
});
