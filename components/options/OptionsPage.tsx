import { useSignal } from '@preact/signals';
import { useEffect } from 'preact/hooks';
import { t } from '../../lib/i18n';
import { settingsItem } from '../../lib/settings/store';
import { loadSettingsForm } from '../../lib/ui/load-options';
import type { SettingsForm as Form } from '../../lib/ui/settings-form';
import { useStorageItem } from '../../lib/ui/use-storage-item';
import { SettingsForm } from './SettingsForm';
import { SitesSection } from './SitesSection';
import { TeamFile } from './TeamFile';

/** The options page: the settings form (built once, and again after an import), the team file and the live sites list. */
export function OptionsPage() {
  const settings = useStorageItem(settingsItem);
  const form = useSignal<Form | undefined>(undefined);
  const load = () => void loadSettingsForm().then((loaded) => (form.value = loaded));
  useEffect(load, []);

  return (
    <main class="options" data-testid="options">
      <h1>{t('ui.options.title')}</h1>
      {form.value && <SettingsForm form={form.value} />}
      <TeamFile onImported={load} />
      {settings.value && <SitesSection sites={settings.value.sites} />}
    </main>
  );
}
