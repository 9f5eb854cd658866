import { storage } from '#imports';
import { createStore, get, set, type UseStore } from 'idb-keyval';
import * as v from 'valibot';
import { EMPTY_SECRETS, SecretsSchema, type Secrets } from './schema';

/**
 * The agent's API secrets, kept in the extension's own IndexedDB: no content script can open
 * that, in either browser. storage.local is no place for them (checklist A7): Chrome can close
 * it to content scripts (store.ts), Firefox cannot, and a content script runs in the page's
 * process. Only the background reads them; pages learn which are set (presence.ts).
 */
const KEY = 'secrets';

let opened: UseStore | undefined;
const store = () => (opened ??= createStore('switchboard', 'secrets'));

/** Where earlier builds kept them. Whatever is found there moves out on the next read. */
const formerlyLocal = storage.defineItem<unknown>('local:secrets');

/** Stored data that is not a complete set of secrets (hand-edited, damaged) counts as none. */
function parsed(value: unknown): Secrets {
  const result = v.safeParse(SecretsSchema, value);
  return result.success ? result.output : EMPTY_SECRETS;
}

export const secretsItem = {
  async getValue(): Promise<Secrets> {
    const former = await formerlyLocal.getValue();
    if (former !== null) {
      // Written by an older version, so newer than anything here: copied before it is
      // removed, so that a crash in between leaves the secrets in both places, never in none.
      await set(KEY, parsed(former), store());
      await formerlyLocal.removeValue();
    }
    return parsed(await get(KEY, store()));
  },
  async setValue(secrets: Secrets): Promise<void> {
    await set(KEY, parsed(secrets), store());
  },
};
