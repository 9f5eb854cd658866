import * as v from 'valibot';
import { charsIn, E164_PATTERN, EXTENSION_PATTERN, FIND_LIMITS, type Message, type MessageType } from './messages';
import { SecretsSchema, SettingsSchema } from './settings/schema';

// Runtime shapes of every message, checked by the background before it acts. Kept apart from
// messages.ts so content scripts import only types.

const e164 = v.pipe(v.string(), v.regex(E164_PATTERN));
const extension = v.pipe(v.string(), v.regex(EXTENSION_PATTERN));
const ticketId = v.pipe(v.string(), v.regex(/^[\w.:#-]{1,64}$/));
const crm = v.pipe(v.string(), v.regex(/^[a-z][a-z0-9-]{0,31}$/));
const clickId = v.pipe(v.string(), v.uuid());
const ccaiCallId = v.pipe(v.string(), v.regex(/^[1-9]\d{0,15}$/));
const secret = v.pipe(v.string(), v.maxLength(512));
const empty = v.strictObject({});
const texts = v.pipe(
  v.array(v.string()),
  v.maxLength(FIND_LIMITS.texts),
  v.check((list) => charsIn(list) <= FIND_LIMITS.chars),
);

const target = v.variant('kind', [
  v.strictObject({
    kind: v.literal('number'),
    e164,
    extension: v.optional(extension),
    ticketId: v.optional(ticketId),
    crm: v.optional(crm),
  }),
  v.strictObject({ kind: v.literal('ticket'), ticketId, crm, e164: v.optional(e164) }),
]);

const flags = v.strictObject({
  verified_customer: v.optional(v.boolean()),
  bad_actor: v.optional(v.boolean()),
  repeat_customer: v.optional(v.boolean()),
});
const secrets = v.strictObject(Object.fromEntries(Object.keys(SecretsSchema.entries).map((key) => [key, v.optional(secret)])));

const schemas = {
  dial: v.strictObject({ target, clickId }),
  redial: v.strictObject({ from: clickId, clickId }),
  hangUp: empty,
  getActiveCall: empty,
  getPageConfig: empty,
  findNumbers: v.strictObject({ texts }),
  getCustomerFlags: v.strictObject({ sessionId: ccaiCallId }),
  setCustomerFlags: v.strictObject({ sessionId: ccaiCallId, flags }),
  testConnection: v.strictObject({ provider: v.picklist(['tccc', 'ccai']), settings: v.optional(SettingsSchema), secrets: v.optional(secrets) }),
  getSecretPresence: empty,
  saveSecrets: v.strictObject({ secrets }),
} satisfies Record<MessageType, v.GenericSchema>;

/** The message if it is one of ours and well-formed, else undefined. */
export function parseMessage(raw: unknown): Message | undefined {
  if (typeof raw !== 'object' || raw === null) return undefined;
  const { type, data } = raw as { type?: unknown; data?: unknown };
  if (typeof type !== 'string' || !Object.hasOwn(schemas, type)) return undefined;
  const parsed = v.safeParse(schemas[type as MessageType], data);
  return parsed.success ? ({ type, data: parsed.output } as Message) : undefined;
}
