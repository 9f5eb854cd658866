import { getLocale, t } from '../../lib/i18n';
import { countryOptions } from '../../lib/ui/countries';
import type { Draft } from '../../lib/ui/settings-draft';
import type { SettingsForm } from '../../lib/ui/settings-form';
import { SelectField } from '../fields/inputs';

const PROVIDERS = ['tccc', 'ccai'] as const;

export function GeneralSection({ form }: { form: SettingsForm }) {
  const { provider, defaultCountry } = form.draft.value;
  const errors = form.errors.value;
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
      />
      <SelectField
        id="defaultCountry"
        label={t('ui.options.defaultCountry')}
        hint={t('ui.options.defaultCountryHint')}
        value={defaultCountry}
        error={errors.defaultCountry}
        options={[{ value: '', label: t('ui.options.defaultCountryAuto') }, ...countryOptions(getLocale())]}
        onChange={(value) => form.set('defaultCountry', value)}
      />
    </fieldset>
  );
}
