import { useSignal } from '@preact/signals';
import { useEffect } from 'preact/hooks';
import { t } from '../../lib/i18n';
import { secretsItem, settingsItem } from '../../lib/settings/store';
import { createSettingsForm, secretPresence, type SettingsForm as Form } from '../../lib/ui/settings-form';
import { useStorageItem } from '../../lib/ui/use-storage-item';
import { SettingsForm } from './SettingsForm';
import { SitesSection } from './SitesSection';

/** The options page: the settings form (from the stored settings once) and the live sites list. */
export function OptionsPage() {
  const settings = useStorageItem(settingsItem);
  const secrets = useStorageItem(secretsItem, secretPresence);
  const form = useSignal<Form | undefined>(undefined);
  useEffect(() => {
    void settingsItem.getValue().then((stored) => (form.value = createSettingsForm(stored)));
  }, []);

  return (
    <main class="options" data-testid="options">
      <h1>{t('ui.options.title')}</h1>
      {form.value && secrets.value && <SettingsForm form={form.value} secrets={secrets.value} />}
      {settings.value && <SitesSection sites={settings.value.sites} />}
    </main>
  );
}
