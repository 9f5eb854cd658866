import * as v from 'valibot';
import { CcaiSettingsSchema, SettingsSchema, TcccSettingsSchema, type Settings } from './schema';

// The enterprise policy (storage.managed, shaped by public/managed-schema.json): any field of
// the settings document, which then wins over the agent's own value and shows as locked.
// Not accepted there: secrets (managed storage is readable by content scripts) and sites
// (each needs the agent's own grant of the site, so the agent enables them).

type Section = 'tccc' | 'ccai';
export type ManagedSettings = Partial<Omit<Settings, Section | 'sites'>> & {
  tccc?: Partial<Settings['tccc']>;
  ccai?: Partial<Settings['ccai']>;
};

const SECTIONS = { tccc: TcccSettingsSchema.entries, ccai: CcaiSettingsSchema.entries };
const { tccc: _tccc, ccai: _ccai, sites: _sites, ...TOP } = SettingsSchema.entries;

const isRecord = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

/** The fields of `raw` that are valid by `entries`; a bad policy value is ignored, not fatal. */
function validFields(raw: unknown, entries: Record<string, v.GenericSchema>): Record<string, unknown> {
  if (!isRecord(raw)) return {};
  return Object.fromEntries(
    Object.entries(entries).flatMap(([key, schema]) => (Object.hasOwn(raw, key) && v.is(schema, raw[key]) ? [[key, raw[key]]] : [])),
  );
}

export function parseManaged(raw: unknown): ManagedSettings {
  const managed: Record<string, unknown> = validFields(raw, TOP);
  for (const section of ['tccc', 'ccai'] as const) {
    const fields = validFields(isRecord(raw) ? raw[section] : undefined, SECTIONS[section]);
    if (Object.keys(fields).length) managed[section] = fields;
  }
  return managed as ManagedSettings;
}

/** The settings with every managed value in place. */
export function applyManaged(settings: Settings, managed: ManagedSettings): Settings {
  const { tccc, ccai, ...top } = managed;
  return { ...settings, ...top, tccc: { ...settings.tccc, ...tccc }, ccai: { ...settings.ccai, ...ccai } };
}

/** Dotted paths ('provider', 'tccc.callerId') the policy sets: the fields the options page locks. */
export function managedPaths(managed: ManagedSettings): Set<string> {
  const { tccc = {}, ccai = {}, ...top } = managed;
  return new Set([
    ...Object.keys(top),
    ...Object.keys(tccc).map((key) => `tccc.${key}`),
    ...Object.keys(ccai).map((key) => `ccai.${key}`),
  ]);
}
