import { useSignal, useSignalEffect } from '@preact/signals';
import { useEffect } from 'preact/hooks';
import { t } from '../../lib/i18n';
import { settingsItem } from '../../lib/settings/store';
import { activeTabOrigin, disableSite, enableSite, isSiteOn } from '../../lib/ui/sites';
import { useStorageItem } from '../../lib/ui/use-storage-item';

const selectSites = (settings: { sites: string[] }) => settings.sites;

/** Turn Switchboard on or off for the active tab's site. Hidden on pages it cannot run on. */
export function SiteToggle() {
  const origin = useSignal<string | undefined>(undefined);
  const sites = useStorageItem(settingsItem, selectSites);
  const enabled = useSignal<boolean | undefined>(undefined);
  const denied = useSignal(false);

  useEffect(() => {
    activeTabOrigin().then((found) => (origin.value = found), () => undefined);
  }, []);
  useSignalEffect(() => {
    const [site, list] = [origin.value, sites.value];
    if (!site || !list) return;
    void isSiteOn(list, site).then((on) => {
      if (sites.value === list) enabled.value = on; // a newer list has its own check running
    });
  });

  const site = origin.value;
  if (!site || enabled.value === undefined) return null;
  const host = new URL(site).host;

  // enableSite asks for the permission first thing: keep it directly in the click handler.
  const enable = () => {
    denied.value = false;
    void enableSite(site).then((granted) => (denied.value = !granted));
  };

  return (
    <section class="site" data-testid="site" data-enabled={String(enabled.value)}>
      <p data-testid="site-status">{t(enabled.value ? 'ui.site.enabled' : 'ui.site.disabled', { host })}</p>
      {enabled.value ? (
        <button type="button" data-testid="site-disable" onClick={() => void disableSite(site)}>
          {t('ui.site.disable')}
        </button>
      ) : (
        <button type="button" class="primary" data-testid="site-enable" onClick={enable}>
          {t('ui.site.enable')}
        </button>
      )}
      {denied.value && (
        <p class="error" role="alert" data-testid="site-denied">
          {t('ui.site.denied', { host })}
        </p>
      )}
    </section>
  );
}
