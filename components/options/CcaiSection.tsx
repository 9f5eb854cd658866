import { t } from '../../lib/i18n';
import type { Draft } from '../../lib/ui/settings-draft';
import type { SettingsForm } from '../../lib/ui/settings-form';
import { SelectField, TextField } from '../fields/inputs';
import { SecretField } from '../fields/SecretField';
import { binder } from './bind';
import { TestConnection } from './TestConnection';

const AUTH_KINDS = ['apiToken', 'companyKey'] as const;

export function CcaiSection({ form }: { form: SettingsForm }) {
  const bind = binder(form);
  const { ccai } = form.draft.value;
  return (
    <fieldset class="section" data-testid="ccai">
      <legend>{t('ui.provider.ccai')}</legend>
      <TextField {...bind.text('ccai', 'subdomain')} placeholder="acme" />
      <TextField {...bind.text('ccai', 'domain')} placeholder="uc1.ccaiplatform.com" />
      <TextField hint={t('ui.options.ccai.customBaseUrlHint')} {...bind.text('ccai', 'customBaseUrl')} type="url" placeholder="https://" />
      <SelectField
        {...bind.field('ccai', 'authKind')}
        value={ccai.authKind}
        options={AUTH_KINDS.map((value) => ({ value, label: t(`ui.options.ccai.authKind.${value}`) }))}
        onChange={(value) => form.setIn('ccai', 'authKind', value as Draft['ccai']['authKind'])}
      />
      {ccai.authKind === 'apiToken' ? (
        <SecretField {...bind.secret('ccaiApiToken')} />
      ) : (
        <>
          <SecretField {...bind.secret('ccaiCompanyKey')} />
          <SecretField {...bind.secret('ccaiCompanySecret')} />
        </>
      )}
      <TextField {...bind.text('ccai', 'agentEmail')} type="email" />
      <TextField {...bind.text('ccai', 'outboundNumber')} type="tel" placeholder="+14155550132" />
      <TextField hint={t('ui.options.ccai.langHint')} {...bind.text('ccai', 'lang')} placeholder="en" />
      <TestConnection form={form} provider="ccai" />
    </fieldset>
  );
}
