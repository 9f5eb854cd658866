import { browser } from '#imports';
import type { CallRecord, EndReason } from '../calls/model';
import { t } from '../i18n';
import { formatNumber } from '../ui/format';

// A browser notification when the call connects or fails, unless the agent is looking at the
// popup (it shows the same). "Fails" = ended without being completed or cancelled by us.

const FAILED: readonly EndReason[] = ['noAnswer', 'busy', 'rejected', 'failed'];

/** What changed between two records of the same call that deserves a notification. */
export function notificationFor(previous: CallRecord | null, next: CallRecord | null): 'connected' | 'failed' | undefined {
  if (!next || previous?.clickId !== next.clickId || previous.state === next.state) return undefined;
  if (next.state === 'connected') return 'connected';
  if (next.state === 'ended' && next.endReason && FAILED.includes(next.endReason)) return 'failed';
  return undefined;
}

async function popupOpen(): Promise<boolean> {
  // runtime.getContexts: Chrome 116+; where it is missing we cannot tell, so we notify.
  if (typeof browser.runtime.getContexts !== 'function') return false;
  return (await browser.runtime.getContexts({ contextTypes: ['POPUP'] })).length > 0;
}

export async function notifyChange(previous: CallRecord | null, next: CallRecord | null): Promise<void> {
  const kind = notificationFor(previous, next);
  if (!kind || !next || (await popupOpen())) return;
  const who = next.e164 ? formatNumber(next.e164) : t('ui.call.ticketCustomer');
  const reason = next.endReason ? t(`ui.state.ended.${next.endReason}`) : '';
  await browser.notifications.create(`switchboard-${next.clickId}-${kind}`, {
    type: 'basic',
    iconUrl: browser.runtime.getURL('/icon/128.png'),
    title: t(`ui.notify.${kind}.title`),
    message: t(`ui.notify.${kind}.message`, { who, reason }),
  });
}
