import { browser, defineBackground } from '#imports';
import { registerDialSelection } from '../lib/background/context-menu';
import { watchActiveCall } from '../lib/background/call-watch';
import { handleMessage } from '../lib/background/handlers';
import { isPollAlarm, resumePolling } from '../lib/background/poller';
import { parseMessage } from '../lib/messages-schema';
import { checkSender } from '../lib/sender';
import { refreshManaged } from '../lib/settings/effective';
import { closeStorageToContentScripts, settingsItem } from '../lib/settings/store';
import { grantedPatterns, isSiteEnabled, syncContentScripts } from '../lib/sites';

// Wiring only: every listener is registered synchronously at start-up (MV3 rule).
export default defineBackground(() => {
  void closeStorageToContentScripts();
  const syncSites = async () => syncContentScripts(await grantedPatterns((await settingsItem.getValue()).sites));

  browser.runtime.onMessage.addListener(async (raw, sender) => {
    const message = parseMessage(raw);
    if (!message) return { ok: false, error: { kind: 'validation', code: 'BadMessage', messageKey: 'error.badMessage' } };
    const verdict = await checkSender(sender, message.type, {
      extensionId: browser.runtime.id,
      extensionOrigin: browser.runtime.getURL('/'),
      isSiteEnabled: async (origin) => isSiteEnabled((await settingsItem.getValue()).sites, origin),
    });
    if (verdict === 'rejected') return { ok: false, error: { kind: 'validation', code: 'Forbidden', messageKey: 'error.forbidden' } };
    return handleMessage(message, verdict === 'contentScript' ? sender.url : undefined);
  });

  registerDialSelection();
  watchActiveCall();
  browser.alarms.onAlarm.addListener((alarm) => {
    if (isPollAlarm(alarm.name)) void resumePolling();
  });
  browser.runtime.onInstalled.addListener(() => void syncSites());
  browser.runtime.onStartup.addListener(() => void syncSites());
  browser.permissions.onRemoved.addListener(() => void syncSites());
  // Only a change of sites re-registers the content script: re-registering drops it for
  // pages loading meanwhile, and most settings writes do not touch sites.
  settingsItem.watch((next, previous) => {
    if (JSON.stringify(next.sites) !== JSON.stringify(previous?.sites)) void syncSites();
  });

  void syncSites();
  void resumePolling();
  // The policy copy that calls use (lib/settings/effective.ts) follows the browser's.
  void refreshManaged();
  browser.storage.managed.onChanged?.addListener(() => void refreshManaged());
});
