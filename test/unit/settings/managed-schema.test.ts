import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { CcaiSettingsSchema, SecretsSchema, SettingsSchema, TcccSettingsSchema } from '../../../lib/settings/schema';

// public/managed-schema.json is what Chrome shows and checks for the policy: it must name
// every field of the settings document but the agent's own sites, and no secret.
const schema = JSON.parse(readFileSync('public/managed-schema.json', 'utf8')) as {
  properties: Record<string, { properties?: Record<string, unknown> }>;
};

describe('managed storage schema', () => {
  it('covers the settings document, section by section', () => {
    const { sites: _sites, ...policy } = SettingsSchema.entries;
    expect(Object.keys(schema.properties).sort()).toEqual(Object.keys(policy).sort());
    expect(Object.keys(schema.properties.tccc?.properties ?? {}).sort()).toEqual(Object.keys(TcccSettingsSchema.entries).sort());
    expect(Object.keys(schema.properties.ccai?.properties ?? {}).sort()).toEqual(Object.keys(CcaiSettingsSchema.entries).sort());
  });

  it('offers no place for a secret', () => {
    const text = JSON.stringify(schema);
    for (const key of Object.keys(SecretsSchema.entries)) expect(text).not.toContain(`"${key}"`);
  });
});
