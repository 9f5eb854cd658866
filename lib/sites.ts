import { browser } from '#imports';
import { CONTENT_SCRIPTS } from './content-scripts';

// CRM sites are optional host permissions: the content scripts are registered at run time
// for exactly the origins the agent enabled and granted, and unregistered when revoked.

const ALL_SITES = import.meta.env.SWITCHBOARD_E2E ? ['<all_urls>'] : [];

export const originPattern = (origin: string): string => `${new URL(origin).origin}/*`;

/** Origins (as match patterns) Switchboard may run on now: enabled in settings and granted. */
export async function grantedPatterns(sites: readonly string[]): Promise<string[]> {
  const patterns: string[] = [...ALL_SITES];
  for (const site of sites) {
    const pattern = originPattern(site);
    if (await browser.permissions.contains({ origins: [pattern] })) patterns.push(pattern);
  }
  return patterns;
}

export async function isSiteEnabled(sites: readonly string[], origin: string): Promise<boolean> {
  if (ALL_SITES.length) return true;
  return sites.some((site) => new URL(site).origin === origin) &&
    browser.permissions.contains({ origins: [originPattern(origin)] });
}

/** Make the registered content scripts match exactly `patterns`; a no-op when they already do. */
export async function syncContentScripts(patterns: string[]): Promise<void> {
  const existing = await browser.scripting.getRegisteredContentScripts({ ids: CONTENT_SCRIPTS.map((script) => script.id) });
  const wanted = JSON.stringify([...patterns].sort());
  for (const script of CONTENT_SCRIPTS) {
    const current = existing.find((registered) => registered.id === script.id);
    // Re-registering would miss pages that are loading right now, so only touch it on a change.
    if (current && JSON.stringify([...(current.matches ?? [])].sort()) === wanted) continue;
    if (current) await browser.scripting.unregisterContentScripts({ ids: [script.id] });
    if (patterns.length) await browser.scripting.registerContentScripts([{ ...script, matches: patterns, persistAcrossSessions: true }]);
  }
}
