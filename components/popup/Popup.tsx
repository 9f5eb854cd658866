import { browser } from '#imports';
import { useEffect } from 'preact/hooks';
import { activeCallItem } from '../../lib/calls/active';
import { isLive } from '../../lib/calls/model';
import { t } from '../../lib/i18n';
import { send } from '../../lib/ui/send';
import { useStorageItem } from '../../lib/ui/use-storage-item';
import { CallPanel } from '../call/CallPanel';
import { CustomerFlags } from '../call/CustomerFlags';
import { History } from './History';
import { SiteToggle } from './SiteToggle';

const hangUp = async () => {
  const reply = await send('hangUp', {});
  return reply.ok ? undefined : reply.error;
};

/**
 * The toolbar popup: the call as storage holds it (every tab sees the same), its customer
 * flags, the last calls and this site's switch. It renders from storage first; the
 * background's polling refreshes storage, and the popup follows.
 */
export function Popup() {
  const call = useStorageItem(activeCallItem);
  // Wakes a stopped service worker, which then polls the live call at once.
  useEffect(() => void send('getActiveCall', {}), []);
  return (
    <main class="popup" data-testid="popup">
      <header class="bar">
        <h1>{t('ui.app.name')}</h1>
        <button type="button" class="link" data-testid="open-options" onClick={() => void browser.runtime.openOptionsPage()}>
          {t('ui.popup.settings')}
        </button>
      </header>
      {call.value ? (
        <>
          <CallPanel key={call.value.clickId} call={call.value} onHangUp={hangUp} />
          <CustomerFlags key={`flags-${call.value.clickId}`} call={call.value} />
        </>
      ) : (
        call.value === null && (
          <p class="empty" data-testid="no-call">
            {t('ui.popup.noCall')}
          </p>
        )
      )}
      {call.value !== undefined && <History canDial={!isLive(call.value)} activeId={call.value?.clickId} />}
      <SiteToggle />
    </main>
  );
}
