import { activeCallItem } from '../calls/active';
import { describeError, SwitchboardError } from '../errors';
import { charsIn, type Message, type Protocol } from '../messages';
import { dial, hangUp, redial } from './call-handlers';
import { toErrorInfo } from './error-info';
import { getCustomerFlags, setCustomerFlags } from './flag-handlers';
import { resumePolling } from './poller';
import { findNumbersIn } from '../phone/detect';
import { countryInForce, countryOf } from './country';
import { createFindBudget } from './find-budget';
import { getSettings } from '../settings/effective';
import { getSecretPresence, saveSecrets, testConnection } from './settings-handlers';

// What the background does for each message, once the message and its sender are checked.

const findBudget = createFindBudget();

function siteOf(pageUrl: string | undefined): string {
  try {
    return pageUrl ? new URL(pageUrl).origin : 'extension';
  } catch {
    return 'extension';
  }
}

type Handlers = { [T in keyof Protocol]: (data: Protocol[T]['data'], pageUrl?: string) => Promise<Protocol[T]['result']> };

const handlers: Handlers = {
  dial,
  redial,
  hangUp,
  // A page asking (the popup opening) also wakes polling: the worker may have been stopped.
  getActiveCall: async () => {
    await resumePolling();
    return activeCallItem.getValue();
  },
  // The country as the background searches by it, so that page and background agree.
  getPageConfig: async () => {
    const settings = await getSettings();
    return { defaultCountry: countryOf(settings), ticketPatterns: settings.ticketPatterns };
  },
  findNumbers: async ({ texts }, pageUrl) => {
    if (!findBudget.take(siteOf(pageUrl), charsIn(texts))) {
      throw new SwitchboardError({ kind: 'rateLimited', code: 'FindBudget', messageKey: 'error.findBudget' });
    }
    return findNumbersIn(texts, await countryInForce());
  },
  getCustomerFlags,
  setCustomerFlags,
  testConnection,
  getSecretPresence,
  saveSecrets,
};

/** Run a checked message; failures come back as data, never as a thrown error. */
export async function handleMessage(message: Message, pageUrl?: string) {
  try {
    const handler = handlers[message.type] as (data: unknown, pageUrl?: string) => Promise<unknown>;
    return { ok: true as const, result: await handler(message.data, pageUrl) };
  } catch (error) {
    const info = toErrorInfo(error);
    return { ok: false as const, error: info, text: describeError(info) };
  }
}
