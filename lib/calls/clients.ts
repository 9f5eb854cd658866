import { createCcaiClient } from '../ccai/client';
import { SwitchboardError, type Provider } from '../errors';
import type { Secrets, Settings } from '../settings/schema';
import { createTcccClient } from '../tccc/client';

// Builds a cloud client from the agent's settings, or says exactly which setting is missing.

export interface ClientDeps {
  fetch?: typeof fetch;
}

/** Refuse, naming the setting the agent must fill in. */
export function missing(provider: Provider, setting: string): never {
  throw new SwitchboardError({
    kind: 'validation',
    code: 'SettingMissing',
    messageKey: `settings.missing.${setting}`,
    provider,
  });
}

export function tcccClientFor({ tccc }: Settings, secrets: Secrets, deps: ClientDeps = {}) {
  if (!tccc.sdkAppId) missing('tccc', 'sdkAppId');
  if (!secrets.tcccSecretId || !secrets.tcccSecretKey) missing('tccc', 'tcccKeys');
  if (tccc.endpoint === 'custom' && !tccc.customBaseUrl) missing('tccc', 'customBaseUrl');
  return createTcccClient({
    sdkAppId: tccc.sdkAppId,
    credentials: { secretId: secrets.tcccSecretId, secretKey: secrets.tcccSecretKey },
    endpoint:
      tccc.endpoint === 'custom'
        ? { kind: 'custom', baseUrl: tccc.customBaseUrl }
        : { kind: tccc.endpoint },
    fetch: deps.fetch,
  });
}

export function ccaiClientFor({ ccai }: Settings, secrets: Secrets, deps: ClientDeps = {}) {
  if (!ccai.subdomain) missing('ccai', 'subdomain');
  if (!ccai.domain && !ccai.customBaseUrl) missing('ccai', 'domain');
  const auth =
    ccai.authKind === 'apiToken'
      ? { kind: 'apiToken' as const, token: secrets.ccaiApiToken || missing('ccai', 'ccaiToken') }
      : {
          kind: 'companyKey' as const,
          key: secrets.ccaiCompanyKey || missing('ccai', 'ccaiCompanyKey'),
          secret: secrets.ccaiCompanySecret || missing('ccai', 'ccaiCompanyKey'),
        };
  return createCcaiClient({
    subdomain: ccai.subdomain,
    domain: ccai.domain,
    baseUrl: ccai.customBaseUrl || undefined,
    auth,
    fetch: deps.fetch,
  });
}
