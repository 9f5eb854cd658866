// @vitest-environment happy-dom
import { act } from 'preact/test-utils';
import { describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing';
import { OptionsPage } from '../../../components/options/OptionsPage';
import { DEFAULT_SETTINGS } from '../../../lib/settings/schema';
import { settingsItem } from '../../../lib/settings/store';
import { exportTeamFile } from '../../../lib/settings/team-file';
import { useOptionsPage } from './fakes';
import { byTestId, click, mount, settle } from './render';

useOptionsPage();

async function pick(root: HTMLElement, text: string) {
  const input = byTestId(root, 'team-file-import') as HTMLInputElement;
  Object.defineProperty(input, 'files', { value: [new File([text], 'team.json')], configurable: true });
  await act(() => {
    input.dispatchEvent(new Event('change', { bubbles: true }));
  });
  for (let i = 0; i < 5; i++) await settle();
}

describe('options page for admins', () => {
  it('shows fields set by the enterprise policy as locked, with their managed values', async () => {
    await fakeBrowser.storage.managed.set({ provider: 'tccc', tccc: { userId: 'policy@example.com' } });
    await settingsItem.setValue({ ...DEFAULT_SETTINGS, provider: 'ccai' });
    const root = await mount(<OptionsPage />);
    const provider = byTestId(root, 'provider') as HTMLSelectElement;
    expect(provider.value).toBe('tccc');
    expect(provider.disabled).toBe(true);
    const userId = byTestId(root, 'tccc-userId') as HTMLInputElement;
    expect([userId.value, userId.disabled]).toEqual(['policy@example.com', true]);
    expect(root.textContent).toContain("Set by your organization's policy");
    expect((byTestId(root, 'tccc-sdkAppId') as HTMLInputElement).disabled).toBe(false);
  });

  it('imports a team file into the form, and refuses a hostile one with a clear message', async () => {
    await settingsItem.setValue(DEFAULT_SETTINGS);
    const root = await mount(<OptionsPage />);
    await pick(root, '{"__proto__": {"x": 1}, "format": "switchboard-settings", "version": 2, "settings": {}}');
    expect(byTestId(root, 'team-file-status')?.dataset.outcome).toBe('forbiddenKey');
    expect(byTestId(root, 'team-file-status')?.textContent).toContain('Nothing was imported');
    expect(await settingsItem.getValue()).toEqual(DEFAULT_SETTINGS);

    await pick(root, exportTeamFile({ ...DEFAULT_SETTINGS, tccc: { ...DEFAULT_SETTINGS.tccc, userId: 'team@example.com' } }));
    expect(byTestId(root, 'team-file-status')?.dataset.outcome).toBe('imported');
    expect((byTestId(root, 'tccc-userId') as HTMLInputElement).value).toBe('team@example.com');
  });

  it('tests the connection with the form as typed and shows the verdict', async () => {
    const root = await mount(<OptionsPage />);
    await click(byTestId(root, 'test-tccc'));
    for (let i = 0; i < 3; i++) await settle();
    expect(byTestId(root, 'test-tccc-verdict')?.dataset.state).toBe('failed');
    expect(byTestId(root, 'test-tccc-error')?.textContent).toContain('SdkAppId');
  });
});
