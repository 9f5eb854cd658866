import { useSignal } from '@preact/signals';
import { t } from '../../lib/i18n';
import { SITE_PRESETS, siteOrigin, type SitePreset } from '../../lib/crm/site/presets';
import { enableSite } from '../../lib/ui/sites';
import { SelectField, TextField } from '../fields/inputs';

type Outcome = { granted: boolean; host: string };

const startValue = (preset: SitePreset) => (preset.kind === 'hosts' ? preset.hosts[0]! : '');
const textParams = (preset: SitePreset) => ({ crm: preset.name, domain: preset.kind === 'tenant' ? preset.domain : '' });

/** Pick a built-in CRM, name its site (or choose its host) and enable it; the list re-renders from settings. */
export function AddSite() {
  const preset = useSignal<SitePreset>(SITE_PRESETS[0]!);
  const input = useSignal('');
  const submitted = useSignal(false); // errors show once Enable was pressed, then follow the typing
  const outcome = useSignal<Outcome | undefined>(undefined);
  const result = siteOrigin(preset.value, input.value);
  const params = textParams(preset.value);
  const field = { error: submitted.value && 'error' in result ? result.error : undefined, errorParams: params };

  const choose = (crm: string) => {
    preset.value = SITE_PRESETS.find((p) => p.crm === crm)!;
    input.value = startValue(preset.value);
    submitted.value = false;
    outcome.value = undefined;
  };

  const enable = (event: Event) => {
    event.preventDefault();
    const chosen = siteOrigin(preset.value, input.value);
    submitted.value = true;
    outcome.value = undefined;
    if ('error' in chosen) return;
    // enableSite asks for the permission first thing: keep it directly in the submit handler.
    void enableSite(chosen.origin).then((granted) => {
      outcome.value = { granted, host: new URL(chosen.origin).host };
      if (!granted) return;
      input.value = startValue(preset.value);
      submitted.value = false;
    });
  };

  const current = preset.value;
  return (
    <form class="add-site" data-testid="site-add" aria-labelledby="site-add-title" noValidate onSubmit={enable}>
      <h3 id="site-add-title">{t('ui.addSite.title')}</h3>
      <div class="add-site-fields">
        <SelectField
          id="site-add-crm"
          label={t('ui.addSite.crm')}
          value={current.crm}
          options={SITE_PRESETS.map(({ crm, name }) => ({ value: crm, label: name }))}
          onChange={choose}
        />
        {current.kind === 'tenant' ? (
          <TextField
            id="site-add-tenant"
            label={t('ui.addSite.tenant')}
            hint={t('ui.addSite.tenantHint', params)}
            placeholder="acme"
            value={input.value}
            onInput={(value) => (input.value = value)}
            {...field}
          />
        ) : (
          <SelectField
            id="site-add-host"
            label={t('ui.addSite.host', params)}
            value={input.value}
            options={current.hosts.map((host) => ({ value: host, label: host }))}
            onChange={(value) => (input.value = value)}
            {...field}
          />
        )}
      </div>
      <p class="preview" aria-live="polite" data-testid="site-add-preview" data-origin={'origin' in result ? result.origin : ''}>
        {'origin' in result && (
          <>
            {t('ui.addSite.preview')} <code>{result.origin}</code>
          </>
        )}
      </p>
      <div class="actions">
        <button type="submit" class="primary" data-testid="site-add-enable">
          {t('ui.addSite.enable')}
        </button>
        {outcome.value?.granted && (
          <p class="status ok" role="status" data-testid="site-add-status">
            {t('ui.site.enabled', { host: outcome.value.host })}
          </p>
        )}
      </div>
      {outcome.value && !outcome.value.granted && (
        <p class="error" role="alert" data-testid="site-add-denied">
          {t('ui.site.denied', { host: outcome.value.host })}
        </p>
      )}
    </form>
  );
}
