import * as v from 'valibot';
import { migrateV1toV2, SETTINGS_VERSION } from './migrations';
import { CcaiSettingsSchema, SecretsSchema, SettingsSchema, TcccSettingsSchema, type Settings } from './schema';

// The team file: the settings document without secrets, which an admin exports and hands to
// agents. An import is checked completely before anything is stored; any doubt rejects the
// whole file with one reason the options page can translate.

export const TEAM_FILE_FORMAT = 'switchboard-settings';
export const TEAM_FILE_MAX_CHARS = 64 * 1024;
const MAX_DEPTH = 8;
const FORBIDDEN_KEYS = new Set(['__proto__', 'constructor', 'prototype']);
const SECRET_KEYS = new Set(Object.keys(SecretsSchema.entries));

export type ImportRejection =
  | { reason: 'tooLarge' | 'json' | 'forbiddenKey' | 'secrets' | 'tooDeep' | 'notTeamFile' | 'version' | 'newerVersion' }
  | { reason: 'field'; path: string };

export function exportTeamFile(settings: Settings, now = new Date()): string {
  const document = { format: TEAM_FILE_FORMAT, version: SETTINGS_VERSION, exportedAt: now.toISOString(), settings };
  return `${JSON.stringify(document, null, 2)}\n`;
}

const { ticketPatterns: _p, notifications: _n, ...V1_ENTRIES } = SettingsSchema.entries;
const sections = { tccc: v.strictObject(TcccSettingsSchema.entries), ccai: v.strictObject(CcaiSettingsSchema.entries) };
// Strict: a key we do not know is a file we do not understand, not something to drop quietly.
const BY_VERSION: Record<number, v.GenericSchema> = {
  1: v.strictObject({ ...V1_ENTRIES, ...sections }),
  2: v.strictObject({ ...SettingsSchema.entries, ...sections }),
};
const Envelope = v.strictObject({
  format: v.literal(TEAM_FILE_FORMAT),
  version: v.number(),
  exportedAt: v.optional(v.string()),
  settings: v.unknown(),
});

/** The first problem of a parsed value's keys: prototype tricks, secrets, absurd nesting. */
function keyProblem(value: unknown, depth = 0): ImportRejection | undefined {
  if (typeof value !== 'object' || value === null) return undefined;
  if (depth > MAX_DEPTH) return { reason: 'tooDeep' };
  for (const key of Object.keys(value)) {
    if (FORBIDDEN_KEYS.has(key)) return { reason: 'forbiddenKey' };
    if (SECRET_KEYS.has(key)) return { reason: 'secrets' };
    const problem = keyProblem((value as Record<string, unknown>)[key], depth + 1);
    if (problem) return problem;
  }
  return undefined;
}

function parseJson(text: string): { value: unknown } | undefined {
  try {
    return { value: JSON.parse(text) };
  } catch {
    return undefined;
  }
}

/** The settings a team file holds, migrated to the current version, or why it is refused. */
export function importTeamFile(text: string): { settings: Settings } | ImportRejection {
  if (text.length > TEAM_FILE_MAX_CHARS) return { reason: 'tooLarge' };
  const parsed = parseJson(text);
  if (!parsed) return { reason: 'json' };
  const problem = keyProblem(parsed.value);
  if (problem) return problem;
  const envelope = v.safeParse(Envelope, parsed.value);
  if (!envelope.success) return { reason: 'notTeamFile' };
  const { version, settings } = envelope.output;
  if (Number.isInteger(version) && version > SETTINGS_VERSION) return { reason: 'newerVersion' };
  const schema = BY_VERSION[version];
  if (!schema) return { reason: 'version' };
  const result = v.safeParse(schema, settings);
  if (!result.success) return { reason: 'field', path: v.getDotPath(result.issues[0]) ?? 'settings' };
  const output = result.output as Settings;
  return { settings: version === 1 ? migrateV1toV2(output) : output };
}
