import { browser } from '#imports';
import { settingsItem } from '../settings/store';
import { send } from './send';
import { customOrigins } from './settings-draft';
import type { SettingsForm } from './settings-form';

/**
 * Validate and store the form: the document in storage, typed secrets through the background
 * (the only holder of secrets). Call straight from the Save click: validation is synchronous
 * so the host permission request for a custom URL still runs inside the user gesture.
 */
export async function saveSettings(form: SettingsForm): Promise<void> {
  const checked = form.check();
  if (!checked) return;
  form.status.value = 'saving';
  try {
    const origins = customOrigins(checked.settings);
    if (origins.length && !(await browser.permissions.request({ origins }))) {
      form.status.value = 'permissionDenied';
      return;
    }
    const stored = await settingsItem.getValue();
    // Sites change outside this form (popup, sites list): keep the stored list.
    await settingsItem.setValue({ ...checked.settings, sites: stored.sites });
    const reply = await send('saveSecrets', { secrets: checked.secrets });
    if (!reply.ok) throw new Error(reply.error.code);
    form.saved(reply.result);
  } catch {
    form.status.value = 'failed';
  }
}
