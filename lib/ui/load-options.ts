import { getSettings, readManaged } from '../settings/effective';
import { managedPaths } from '../settings/managed';
import { presenceOf } from '../settings/presence';
import { EMPTY_SECRETS } from '../settings/schema';
import { send } from './send';
import { createSettingsForm } from './settings-form';

/** A form over the settings in effect, with the policy's fields locked and secret presence from the background. */
export async function loadSettingsForm() {
  const [managed, presence] = await Promise.all([readManaged(), send('getSecretPresence', {})]);
  return createSettingsForm(await getSettings(managed), {
    presence: presence.ok ? presence.result : presenceOf(EMPTY_SECRETS),
    locked: managedPaths(managed),
  });
}
