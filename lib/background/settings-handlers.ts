import { ccaiClientFor, tcccClientFor } from '../calls/clients';
import { SwitchboardError } from '../errors';
import type { Protocol, SecretPresence } from '../messages';
import { getSettings, readManaged } from '../settings/effective';
import { applyManaged } from '../settings/managed';
import { presenceOf } from '../settings/presence';
import type { Secrets } from '../settings/schema';
import { secretsItem } from '../settings/secrets';

// Settings work that needs the secrets, so it runs here: pages send typed secrets in and get
// presence flags and verdicts out, never a stored secret.

export async function getSecretPresence(): Promise<SecretPresence> {
  return presenceOf(await secretsItem.getValue());
}

/** The stored secrets with the non-empty ones given on top (empty = "keep the stored one"). */
async function withTyped(typed: Partial<Secrets> = {}): Promise<Secrets> {
  const given = Object.fromEntries(Object.entries(typed).filter(([, value]) => value));
  return { ...(await secretsItem.getValue()), ...given };
}

export async function saveSecrets({ secrets }: Protocol['saveSecrets']['data']): Promise<SecretPresence> {
  const next = await withTyped(secrets);
  await secretsItem.setValue(next);
  return presenceOf(next);
}

// A call id no account has: CCAI answers 404 for it once the credentials are accepted.
const PROBE_CALL_ID = 999_999_999_999;

/**
 * One harmless read with these settings: TCCC lists the call records of the last minute
 * (DescribeTelCdr), CCAI reads a call that does not exist. Throws the error that says what
 * is wrong (wrong key, unknown SdkAppId, unreachable host ...).
 */
export async function testConnection({ provider, settings, secrets }: Protocol['testConnection']['data']) {
  const managed = await readManaged();
  const base = settings ? applyManaged(settings, managed) : await getSettings(managed);
  const merged = await withTyped(secrets);
  if (provider === 'tccc') {
    const now = Math.floor(Date.now() / 1000);
    await tcccClientFor(base, merged).describeTelCdr({ StartTimeStamp: now - 60, EndTimeStamp: now, PageSize: 1, PageNumber: 0 });
  } else {
    await ccaiClientFor(base, merged)
      .getCall(PROBE_CALL_ID)
      .catch((error: unknown) => {
        if (!(error instanceof SwitchboardError && error.info.code === 'callNotFound')) throw error;
      });
  }
  return { provider };
}
