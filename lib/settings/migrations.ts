import type { Settings } from './schema';

// Settings document versions. Each migration takes the stored document of the version before
// and returns the next; WXT runs them in order when the item is first defined in a context.

export const SETTINGS_VERSION = 2;

type SettingsV1 = Omit<Settings, 'ticketPatterns' | 'notifications'>;

/** A site as an origin, the only form the sites code compares; undefined if it is no web URL. */
function siteOrigin(site: string): string | undefined {
  try {
    const url = new URL(site);
    return url.protocol === 'https:' || url.protocol === 'http:' ? url.origin : undefined;
  } catch {
    return undefined;
  }
}

/**
 * v1 -> v2: adds ticket patterns and the notification switch, and stores sites as origins
 * (v1 kept whatever URL came in, e.g. with a path or a trailing slash, which then never
 * matched the page's origin).
 */
export function migrateV1toV2(v1: SettingsV1): Settings {
  const sites = [...new Set((v1.sites ?? []).map(siteOrigin).filter((site) => site !== undefined))];
  return { ...v1, sites, ticketPatterns: [], notifications: true };
}

export const SETTINGS_MIGRATIONS = { 2: migrateV1toV2 };
