import { t } from '../../lib/i18n';
import { saveSettings } from '../../lib/ui/save-settings';
import type { SettingsForm as Form } from '../../lib/ui/settings-form';
import { CcaiSection } from './CcaiSection';
import { GeneralSection } from './GeneralSection';
import { SaveStatus } from './SaveStatus';
import { TcccSection } from './TcccSection';

export function SettingsForm({ form }: { form: Form }) {
  const { provider } = form.draft.value;
  return (
    <form
      class="settings"
      data-testid="settings-form"
      noValidate
      onSubmit={(event) => {
        event.preventDefault();
        // Synchronous up to the permission request: the submit comes from the Save click.
        void saveSettings(form);
      }}
    >
      <GeneralSection form={form} />
      {provider === 'tccc' ? <TcccSection form={form} /> : <CcaiSection form={form} />}
      <div class="actions">
        <button type="submit" class="primary" data-testid="save" disabled={form.status.value === 'saving'}>
          {t('ui.options.save')}
        </button>
        <SaveStatus status={form.status.value} hidden={provider === 'tccc' ? 'ccai' : 'tccc'} />
      </div>
    </form>
  );
}
