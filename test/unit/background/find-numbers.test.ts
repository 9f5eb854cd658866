import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing';
import { handleMessage } from '../../../lib/background/handlers';
import { refreshManaged } from '../../../lib/settings/effective';
import { DEFAULT_SETTINGS } from '../../../lib/settings/schema';
import { settingsItem } from '../../../lib/settings/store';

// The background's side of the scanner's search (lib/page/detection.ts): it searches by the
// country in force, as the page settings it gives the content script name it.

const ask = (texts: string[], pageUrl = 'https://acme.zendesk.com/agent/tickets/1') =>
  handleMessage({ type: 'findNumbers', data: { texts } }, pageUrl);

beforeEach(async () => {
  fakeBrowser.reset();
  vi.unstubAllGlobals();
  vi.stubGlobal('navigator', { language: 'en-US' }); // Node 20 has none; the worker has one
  await refreshManaged();
});

describe('findNumbers in the background', () => {
  it('answers with the numbers in each text', async () => {
    expect(await ask(['Call (415) 555-0132', 'ORD-58213947'])).toEqual({
      ok: true,
      result: [[{ start: 5, end: 19, e164: '+14155550132' }], []],
    });
  });

  // [by, the agent's country, the policy's, the browser's language, what "020 7946 0958" is, the page's country]
  it.each<[string, string, string | undefined, string, string | undefined, string]>([
    ["the agent's country", 'GB', undefined, 'en-US', '+442079460958', 'GB'],
    ["the admin's policy, over the agent's", 'US', 'GB', 'en-US', '+442079460958', 'GB'],
    ["the browser's language, when no country is set", '', undefined, 'en-GB', '+442079460958', 'GB'],
    ["the agent's country, over the browser's language", 'US', undefined, 'en-GB', undefined, 'US'],
  ])('reads national numbers by %s, the country it gives the page', async (_by, agent, policy, language, e164, country) => {
    vi.stubGlobal('navigator', { language });
    await settingsItem.setValue({ ...DEFAULT_SETTINGS, defaultCountry: agent });
    if (policy) await fakeBrowser.storage.managed.set({ defaultCountry: policy });
    await refreshManaged();
    expect(await ask(['020 7946 0958'])).toEqual({ ok: true, result: [e164 ? [expect.objectContaining({ e164 })] : []] });
    expect(await handleMessage({ type: 'getPageConfig', data: {} })).toMatchObject({ ok: true, result: { defaultCountry: country } });
  });

  it('tells a site that sends more than its budget to search itself; other sites still get answers', async () => {
    const flood = Array.from({ length: 1000 }, (_, i) => `${'x'.repeat(990)} ${i}`);
    const site = 'https://flood.example.com/list';
    let refused: Awaited<ReturnType<typeof ask>> | undefined;
    for (let i = 0; i < 5 && !refused; i++) {
      const reply = await ask(flood, site);
      if (!reply.ok) refused = reply;
    }
    expect(refused).toMatchObject({ ok: false, error: { kind: 'rateLimited', code: 'FindBudget' } });
    expect((await ask(['(415) 555-0132'], 'https://acme.zendesk.com/agent/tickets/2')).ok).toBe(true);
  });
});
