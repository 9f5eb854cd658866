import { browser, storage } from '#imports';
import { applyManaged, parseManaged, type ManagedSettings } from './managed';
import { DEFAULT_SETTINGS, type Settings } from './schema';
import { secretsItem } from './secrets';
import { settingsItem } from './store';

// The settings Switchboard acts on: the stored document, completed with defaults, under the
// enterprise policy.

/**
 * The last policy read. Chromium needs seconds after start-up to answer its first
 * storage.managed read, and a click must not wait for that: calls use this copy, which
 * refreshManaged() renews (at start-up and when the policy changes).
 */
const policyItem = storage.defineItem<ManagedSettings>('local:managedPolicy', { fallback: {} });

/** The policy as the browser has it now (slow right after start-up). */
export async function readManaged(): Promise<ManagedSettings> {
  try {
    return parseManaged(await browser.storage.managed.get());
  } catch {
    return {}; // no policy, or a browser without managed storage
  }
}

/** Read the policy and keep the copy calls use; the background runs this. */
export async function refreshManaged(): Promise<void> {
  await policyItem.setValue(await readManaged());
}

/** Fields a stored document may lack (written by an older build or by hand) take defaults. */
function withDefaults(stored: Partial<Settings>): Settings {
  return {
    ...DEFAULT_SETTINGS,
    ...stored,
    tccc: { ...DEFAULT_SETTINGS.tccc, ...stored.tccc },
    ccai: { ...DEFAULT_SETTINGS.ccai, ...stored.ccai },
  };
}

/** The settings under `managed`, by default the copy of the policy (never waits for the browser). */
export async function getSettings(managed?: ManagedSettings): Promise<Settings> {
  const [stored, policy] = await Promise.all([settingsItem.getValue(), managed ?? policyItem.getValue()]);
  return applyManaged(withDefaults(stored), policy);
}

/** What a cloud request needs; the background only. */
export const settingsAndSecrets = () => Promise.all([getSettings(), secretsItem.getValue()]);
