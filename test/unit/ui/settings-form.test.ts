import { describe, expect, it } from 'vitest';
import { presenceOf } from '../../../lib/settings/presence';
import { DEFAULT_SETTINGS, EMPTY_SECRETS } from '../../../lib/settings/schema';
import { createSettingsForm } from '../../../lib/ui/settings-form';

const withCallers = (callers: string[], callerId: string) =>
  createSettingsForm({ ...DEFAULT_SETTINGS, tccc: { ...DEFAULT_SETTINGS.tccc, callers, callerId } }, { presence: presenceOf(EMPTY_SECRETS) });

describe('createSettingsForm callers', () => {
  it('keeps "let TCCC choose" when a new row is typed', () => {
    const form = withCallers([], '');
    form.addCaller();
    form.setCaller(0, '+8613800138000');
    expect(form.draft.value.tccc).toMatchObject({ callers: ['+8613800138000'], callerId: '' });
  });

  it('lets the chosen caller ID follow an edit of its number, and drops it on removal', () => {
    const form = withCallers(['+8613800138000', '+8613800138001'], '+8613800138001');
    form.setCaller(1, '+8613800138002');
    expect(form.draft.value.tccc.callerId).toBe('+8613800138002');
    form.removeCaller(1);
    expect(form.draft.value.tccc).toMatchObject({ callers: ['+8613800138000'], callerId: '' });
  });

  it('writes no secret the agent opened but left empty', () => {
    const form = withCallers([], '');
    form.setSecret('tcccSecretId', '   ');
    form.setSecret('tcccSecretKey', ' key ');
    expect(form.check()?.secrets).toEqual({ tcccSecretKey: 'key' });
  });
});
