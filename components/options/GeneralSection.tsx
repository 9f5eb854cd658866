import { getLocale, t } from '../../lib/i18n';
import { countryOptions } from '../../lib/ui/countries';
import type { Draft } from '../../lib/ui/settings-draft';
import type { SettingsForm } from '../../lib/ui/settings-form';
import { CheckboxField, SelectField } from '../fields/inputs';
import { TicketPatterns } from './TicketPatterns';

const PROVIDERS = ['tccc', 'ccai'] as const;

export function GeneralSection({ form }: { form: SettingsForm }) {
  const { provider, defaultCountry, notifications } = form.draft.value;
  const errors = form.errors.value;
  const lock = (key: string) => (form.locked.has(key) ? { disabled: true, hint: t('ui.options.locked') } : {});
  return (
    <fieldset class="section">
      <legend>{t('ui.options.general')}</legend>
      <SelectField
        id="provider"
        label={t('ui.options.provider')}
        value={provider}
        error={errors.provider}
        options={PROVIDERS.map((value) => ({ value, label: t(`ui.provider.${value}`) }))}
        onChange={(value) => form.set('provider', value as Draft['provider'])}
        {...lock('provider')}
      />
      <SelectField
        id="defaultCountry"
        label={t('ui.options.defaultCountry')}
        hint={t('ui.options.defaultCountryHint')}
        value={defaultCountry}
        error={errors.defaultCountry}
        options={[{ value: '', label: t('ui.options.defaultCountryAuto') }, ...countryOptions(getLocale())]}
        onChange={(value) => form.set('defaultCountry', value)}
        {...lock('defaultCountry')}
      />
      <CheckboxField
        id="notifications"
        label={t('ui.options.notifications')}
        checked={notifications}
        onChange={(checked) => form.set('notifications', checked)}
        disabled={form.locked.has('notifications')}
      />
      <TicketPatterns form={form} />
    </fieldset>
  );
}
