import { t } from '../../lib/i18n';
import type { SecretPresence } from '../../lib/messages';
import type { Draft } from '../../lib/ui/settings-draft';
import type { SettingsForm } from '../../lib/ui/settings-form';
import { SelectField, TextField } from '../fields/inputs';
import { SecretField } from '../fields/SecretField';
import { binder } from './bind';

const AUTH_KINDS = ['apiToken', 'companyKey'] as const;

export function CcaiSection({ form, secrets }: { form: SettingsForm; secrets: SecretPresence }) {
  const bind = binder(form, secrets);
  const { ccai } = form.draft.value;
  return (
    <fieldset class="section" data-testid="ccai">
      <legend>{t('ui.provider.ccai')}</legend>
      <TextField {...bind.text('ccai', 'subdomain')} placeholder="acme" />
      <TextField {...bind.text('ccai', 'domain')} placeholder="uc1.ccaiplatform.com" />
      <TextField {...bind.text('ccai', 'customBaseUrl')} type="url" placeholder="https://" hint={t('ui.options.ccai.customBaseUrlHint')} />
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
      <TextField {...bind.text('ccai', 'lang')} placeholder="en" hint={t('ui.options.ccai.langHint')} />
    </fieldset>
  );
}
