import { t } from '../../lib/i18n';
import type { Draft } from '../../lib/ui/settings-draft';
import type { SettingsForm } from '../../lib/ui/settings-form';
import { CheckboxField, SelectField, TextField } from '../fields/inputs';
import { SecretField } from '../fields/SecretField';
import { binder } from './bind';
import { TestConnection } from './TestConnection';
import { CallerList } from './CallerList';

const ENDPOINTS = ['china', 'intl', 'custom'] as const;

export function TcccSection({ form }: { form: SettingsForm }) {
  const bind = binder(form);
  const { tccc } = form.draft.value;
  return (
    <fieldset class="section" data-testid="tccc">
      <legend>{t('ui.provider.tccc')}</legend>
      <TextField {...bind.text('tccc', 'sdkAppId')} inputMode="numeric" placeholder="1400000000" />
      <SecretField {...bind.secret('tcccSecretId')} />
      <SecretField {...bind.secret('tcccSecretKey')} />
      <SelectField
        {...bind.field('tccc', 'endpoint')}
        value={tccc.endpoint}
        options={ENDPOINTS.map((value) => ({ value, label: t(`ui.options.tccc.endpoint.${value}`) }))}
        onChange={(value) => form.setIn('tccc', 'endpoint', value as Draft['tccc']['endpoint'])}
      />
      {tccc.endpoint === 'custom' && (
        <TextField {...bind.text('tccc', 'customBaseUrl')} type="url" placeholder="https://" />
      )}
      <TextField hint={t('ui.options.tccc.userIdHint')} {...bind.text('tccc', 'userId')} />
      <CallerList form={form} />
      <CheckboxField
        id="tccc-isForceUseMobile"
        label={t('ui.options.tccc.isForceUseMobile')}
        checked={tccc.isForceUseMobile}
        disabled={form.locked.has('tccc.isForceUseMobile')}
        onChange={(checked) => form.setIn('tccc', 'isForceUseMobile', checked)}
      />
      <TestConnection form={form} provider="tccc" />
    </fieldset>
  );
}
