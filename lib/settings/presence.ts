import type { SecretPresence } from '../messages';
import type { Secrets } from './schema';

/** Which secrets are set, without their values. */
export const presenceOf = (secrets: Secrets): SecretPresence =>
  Object.fromEntries(Object.entries(secrets).map(([key, value]) => [key, value !== ''])) as SecretPresence;
