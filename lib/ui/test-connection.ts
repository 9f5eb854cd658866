import type { Signal } from '@preact/signals';
import type { ErrorInfo, Provider } from '../errors';
import { send } from './send';
import type { SettingsForm } from './settings-form';

export type Verdict =
  | { state: 'idle' | 'running' | 'ok' | 'invalid' }
  | { state: 'failed'; error: ErrorInfo };

/** Test the settings as the form holds them (saved or not), with the secrets typed so far. */
export async function runConnectionTest(form: SettingsForm, provider: Provider, verdict: Signal<Verdict>): Promise<void> {
  const checked = form.validate();
  if (!checked) {
    verdict.value = { state: 'invalid' };
    return;
  }
  verdict.value = { state: 'running' };
  const reply = await send('testConnection', { provider, settings: checked.settings, secrets: checked.secrets });
  verdict.value = reply.ok ? { state: 'ok' } : { state: 'failed', error: reply.error };
}
