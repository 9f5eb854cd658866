import { browser } from '#imports';
import { settingsItem } from '../settings/store';
import { originPattern } from '../sites';

// Enabling a site = its host permission + its origin in settings.sites; the background
// watches both and registers the content script.

/** The active tab's origin when it is a web page Switchboard could run on. */
export async function activeTabOrigin(): Promise<string | undefined> {
  const [tab] = await browser.tabs.query({ active: true, currentWindow: true });
  if (!tab?.url) return undefined;
  const url = new URL(tab.url);
  return url.protocol === 'https:' || url.protocol === 'http:' ? url.origin : undefined;
}

/** On = listed in settings and granted; a grant revoked in the browser shows as off. */
export async function isSiteOn(sites: readonly string[], origin: string): Promise<boolean> {
  return sites.includes(origin) && browser.permissions.contains({ origins: [originPattern(origin)] });
}

/**
 * Ask for the site and add it. Call straight from a click handler: the permission request
 * is the first thing it does, while the user gesture still counts.
 */
export async function enableSite(origin: string): Promise<boolean> {
  const granted = await browser.permissions.request({ origins: [originPattern(origin)] });
  if (!granted) return false;
  const settings = await settingsItem.getValue();
  if (!settings.sites.includes(origin)) await settingsItem.setValue({ ...settings, sites: [...settings.sites, origin] });
  return true;
}

export async function disableSite(origin: string): Promise<void> {
  const settings = await settingsItem.getValue();
  await settingsItem.setValue({ ...settings, sites: settings.sites.filter((site) => site !== origin) });
  // A required host permission (the e2e build) cannot be removed; the site is off either way.
  await browser.permissions.remove({ origins: [originPattern(origin)] }).catch(() => false);
}
