import { browser } from '#imports';
import { secretsItem, settingsItem } from '../settings/store';
import { customOrigins } from './settings-draft';
import type { SettingsForm } from './settings-form';

/**
 * Validate and store the form. Call straight from the Save click: validation is synchronous
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
    const [stored, storedSecrets] = await Promise.all([settingsItem.getValue(), secretsItem.getValue()]);
    // Sites change outside this form (popup, sites list): keep the stored list.
    await settingsItem.setValue({ ...checked.settings, sites: stored.sites });
    if (Object.keys(checked.secrets).length) await secretsItem.setValue({ ...storedSecrets, ...checked.secrets });
    form.saved();
  } catch {
    form.status.value = 'failed';
  }
}
