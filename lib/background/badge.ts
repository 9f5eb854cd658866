import { browser } from '#imports';
import type { CallRecord } from '../calls/model';
import { t } from '../i18n';
import { stateText } from '../ui/call-text';

// The toolbar button tells the agent about the call without opening the popup: "RING" while
// either phone rings, the talk minutes once connected, nothing otherwise.

const COLORS = { ringing: '#b26a00', connected: '#1a7f37' } as const;

export function badgeFor(call: CallRecord | null, now = Date.now()): { text: string; color?: string } {
  if (call?.state === 'ringingAgent' || call?.state === 'ringingCustomer' || call?.state === 'placing') {
    return { text: t('ui.badge.ringing'), color: COLORS.ringing };
  }
  if (call?.state === 'connected') {
    const minutes = Math.max(0, Math.floor((now - (call.connectedAt ?? now)) / 60_000));
    return { text: t('ui.badge.minutes', { minutes }), color: COLORS.connected };
  }
  return { text: '' };
}

/** Show `call` on the toolbar button: badge text and colour, and the state as its tooltip. */
export async function showOnBadge(call: CallRecord | null): Promise<void> {
  const { text, color } = badgeFor(call);
  const title = call && call.state !== 'ended' ? `${t('ui.app.name')}: ${stateText(call.state)}` : t('ui.app.name');
  await Promise.all([
    browser.action.setBadgeText({ text }),
    color ? browser.action.setBadgeBackgroundColor({ color }) : undefined,
    browser.action.setTitle({ title }),
  ]);
}
