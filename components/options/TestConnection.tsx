import { useSignal } from '@preact/signals';
import type { Provider } from '../../lib/errors';
import { t } from '../../lib/i18n';
import { runConnectionTest, type Verdict } from '../../lib/ui/test-connection';
import type { SettingsForm } from '../../lib/ui/settings-form';
import { ErrorText } from '../ErrorText';

/** "Test connection": one harmless read by the background, and its verdict in plain words. */
export function TestConnection({ form, provider }: { form: SettingsForm; provider: Provider }) {
  const verdict = useSignal<Verdict>({ state: 'idle' });
  const id = `test-${provider}`;
  const { state } = verdict.value;
  return (
    <div class="test" data-testid={`${id}-verdict`} data-state={state}>
      <button type="button" data-testid={id} disabled={state === 'running'} onClick={() => void runConnectionTest(form, provider, verdict)}>
        {t('ui.options.test')}
      </button>
      {state === 'running' && <p class="muted" role="status">{t('ui.options.test.running')}</p>}
      {state === 'ok' && <p class="ok" role="status">{t(`ui.options.test.ok.${provider}`)}</p>}
      {state === 'invalid' && <p class="error" role="alert">{t('ui.options.test.invalid')}</p>}
      {verdict.value.state === 'failed' && <ErrorText error={verdict.value.error} testid={`${id}-error`} />}
    </div>
  );
}
