import { activeCallItem } from '../calls/active';
import { ccaiClientFor } from '../calls/clients';
import { historyItem } from '../calls/history';
import { SwitchboardError } from '../errors';
import type { Protocol } from '../messages';
import { settingsAndSecrets } from '../settings/effective';

// CCAI customer flags, read and written only for CCAI calls this browser placed: a page
// cannot use the background to flag arbitrary calls of the account.

async function ccaiCallId(sessionId: string): Promise<number> {
  const [active, history] = await Promise.all([activeCallItem.getValue(), historyItem.getValue()]);
  const ours = [active, ...history].some((call) => call?.provider === 'ccai' && call.sessionId === sessionId);
  if (!ours) throw new SwitchboardError({ kind: 'validation', code: 'UnknownCall', messageKey: 'call.unknown', provider: 'ccai' });
  return Number(sessionId);
}

const client = async () => {
  const [settings, secrets] = await settingsAndSecrets();
  return ccaiClientFor(settings, secrets);
};

export async function getCustomerFlags({ sessionId }: Protocol['getCustomerFlags']['data']) {
  const id = await ccaiCallId(sessionId);
  return (await client()).getCustomerFlags(id);
}

/** One PATCH, never retried (the client sends it with retry 0); the reply echoes what was written. */
export async function setCustomerFlags({ sessionId, flags }: Protocol['setCustomerFlags']['data']) {
  const id = await ccaiCallId(sessionId);
  await (await client()).setCustomerFlags(id, flags);
  return flags;
}
