import { browser } from '#imports';

// CRM sites are optional host permissions: the content script is registered at run time
// for exactly the origins the agent enabled and granted, and unregistered when revoked.

const SCRIPT_ID = 'switchboard-crm';
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

/** Make the registered content script match exactly `patterns`; a no-op when it already does. */
export async function syncContentScripts(patterns: string[]): Promise<void> {
  const [existing] = await browser.scripting.getRegisteredContentScripts({ ids: [SCRIPT_ID] });
  const wanted = [...patterns].sort();
  // Re-registering would miss pages that are loading right now, so only touch it on a change.
  if (existing && JSON.stringify([...(existing.matches ?? [])].sort()) === JSON.stringify(wanted)) return;
  if (existing) await browser.scripting.unregisterContentScripts({ ids: [SCRIPT_ID] });
  if (!patterns.length) return;
  await browser.scripting.registerContentScripts([
    {
      id: SCRIPT_ID,
      matches: patterns,
      js: ['content-scripts/content.js'],
      runAt: 'document_idle',
      allFrames: true,
      persistAcrossSessions: true,
    },
  ]);
}
