import * as v from 'valibot';
import { definePrivateItem } from '../private-item';
import { EMPTY_SECRETS, SecretsSchema } from './schema';

/**
 * The agent's API secrets, out of storage.local (private-item.ts says why). Only the
 * background reads them; pages learn which are set (presence.ts). Stored data that is not a
 * complete set of secrets counts as none.
 */
export const secretsItem = definePrivateItem('secrets', {
  fallback: EMPTY_SECRETS,
  parse: (value) => {
    const result = v.safeParse(SecretsSchema, value);
    return result.success ? result.output : undefined;
  },
});
