import { t } from '../../lib/i18n';
import { disableSite } from '../../lib/ui/sites';
import { AddSite } from './AddSite';

/** Sites Switchboard runs on: added here from the CRM presets, or from the popup on the site itself. */
export function SitesSection({ sites }: { sites: readonly string[] }) {
  return (
    <section class="section" data-testid="sites">
      <h2>{t('ui.options.sites')}</h2>
      {sites.length === 0 ? (
        <p class="muted" data-testid="sites-empty">
          {t('ui.options.sitesEmpty')}
        </p>
      ) : (
        <ul class="sites">
          {sites.map((site, index) => (
            <li key={site} data-testid={`site-${index}`}>
              <span>{new URL(site).host}</span>
              <button type="button" data-testid={`site-${index}-remove`} onClick={() => void disableSite(site)}>
                {t('ui.options.remove')}
              </button>
            </li>
          ))}
        </ul>
      )}
      <AddSite />
    </section>
  );
}
