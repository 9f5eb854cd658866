import { browser, storage } from '#imports';
import { SETTINGS_MIGRATIONS, SETTINGS_VERSION } from './migrations';
import { DEFAULT_SETTINGS, type Settings } from './schema';

// Settings are read by every extension page. Secrets are kept apart (secrets.ts) and read
// only by the background, which never sends them anywhere but to the cloud they belong to.
export const settingsItem = storage.defineItem<Settings>('local:settings', {
  fallback: DEFAULT_SETTINGS,
  version: SETTINGS_VERSION,
  migrations: SETTINGS_MIGRATIONS,
});

type AccessLevelArea = { setAccessLevel?(options: { accessLevel: 'TRUSTED_CONTEXTS' }): Promise<void> };

/**
 * Close storage.local (settings, the policy copy) to content scripts: they get the little they
 * need by message (`getPageConfig`). Chromium only; Firefox has no such switch.
 */
export async function closeStorageToContentScripts(): Promise<void> {
  await (browser.storage.local as AccessLevelArea).setAccessLevel?.({ accessLevel: 'TRUSTED_CONTEXTS' });
}
