import { browser } from '#imports';
import { applyManaged, parseManaged, type ManagedSettings } from './managed';
import { DEFAULT_SETTINGS, type Settings } from './schema';
import { settingsItem } from './store';

// The settings Switchboard acts on: the stored document, completed with defaults, under the
// enterprise policy.

export async function readManaged(): Promise<ManagedSettings> {
  try {
    return parseManaged(await browser.storage.managed.get());
  } catch {
    return {}; // no policy, or a browser without managed storage
  }
}

/** Fields a stored document may lack (written by an older build or by hand) take defaults. */
export function withDefaults(stored: Partial<Settings>): Settings {
  return {
    ...DEFAULT_SETTINGS,
    ...stored,
    tccc: { ...DEFAULT_SETTINGS.tccc, ...stored.tccc },
    ccai: { ...DEFAULT_SETTINGS.ccai, ...stored.ccai },
  };
}

export async function getSettings(): Promise<Settings> {
  const [stored, managed] = await Promise.all([settingsItem.getValue(), readManaged()]);
  return applyManaged(withDefaults(stored), managed);
}
