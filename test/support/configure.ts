import type { Worker } from 'playwright-core';
import { SETTINGS_VERSION } from '../../lib/settings/migrations';
import { DEFAULT_SETTINGS, EMPTY_SECRETS, type Secrets, type Settings } from '../../lib/settings/schema';

// The emulator's demo accounts (test/emulator), as an agent would enter them in the options.
export const DEMO = {
  tccc: { sdkAppId: 1400000000, secretId: 'AKIDSWITCHBOARDDEMO', secretKey: 'switchboard-demo-secret', userId: 'agent@example.com', caller: '+8675566668888' },
  ccai: { subdomain: 'acme', token: 'demo-token', agentEmail: 'agent@example.com', ticketId: '71450', customer: '+18596579625' },
} as const;

export function demoSettings(provider: 'tccc' | 'ccai', emulatorUrl: string): { settings: Settings; secrets: Secrets } {
  return {
    settings: {
      ...DEFAULT_SETTINGS,
      provider,
      defaultCountry: 'US',
      tccc: { ...DEFAULT_SETTINGS.tccc, sdkAppId: DEMO.tccc.sdkAppId, endpoint: 'custom', customBaseUrl: `${emulatorUrl}/`, userId: DEMO.tccc.userId, callers: [DEMO.tccc.caller], callerId: DEMO.tccc.caller },
      ccai: { ...DEFAULT_SETTINGS.ccai, subdomain: DEMO.ccai.subdomain, customBaseUrl: emulatorUrl, agentEmail: DEMO.ccai.agentEmail },
    },
    secrets: { ...EMPTY_SECRETS, tcccSecretId: DEMO.tccc.secretId, tcccSecretKey: DEMO.tccc.secretKey, ccaiApiToken: DEMO.ccai.token },
  };
}

/** Write settings the way the options page stores them (WXT storage item + its version meta). */
export async function configureExtension(
  worker: Worker,
  provider: 'tccc' | 'ccai',
  emulatorUrl: string,
  overrides: Partial<Settings> = {},
): Promise<void> {
  const demo = demoSettings(provider, emulatorUrl);
  const settings = { ...demo.settings, ...overrides };
  const { secrets } = demo;
  await worker.evaluate(
    async ([s, k, version]) => {
      const { chrome } = globalThis as unknown as { chrome: { storage: { local: { set(items: object): Promise<void> } } } };
      await chrome.storage.local.set({ settings: s, settings$: { v: version }, secrets: k });
    },
    [settings, secrets, SETTINGS_VERSION] as const,
  );
}
