import { existsSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';

// The production build (npm run build, run by test:e2e before this file) must ask for the
// cloud API hosts only: CRM sites are optional permissions granted per site (checklist B1, B2).
const manifest = JSON.parse(readFileSync('.output/chrome-mv3/manifest.json', 'utf8'));

describe('production manifest', () => {
  it('requires no CRM host up front', () => {
    expect(manifest.host_permissions).toEqual([
      'https://ccc.tencentcloudapi.com/*',
      'https://ccc.intl.tencentcloudapi.com/*',
      'https://*.ccaiplatform.com/*',
    ]);
    expect(manifest.content_scripts ?? []).toEqual([]);
    expect(manifest.optional_host_permissions).toEqual(['https://*/*', 'http://*/*']);
  });

  it('keeps the default CSP and exposes nothing to web pages', () => {
    expect(manifest.content_security_policy).toBeUndefined();
    expect(manifest.externally_connectable).toBeUndefined();
    expect(manifest.web_accessible_resources ?? []).toEqual([]);
  });

  it('ships the schema of the enterprise policy (storage.managed)', () => {
    expect(manifest.storage).toEqual({ managed_schema: 'managed-schema.json' });
    expect(existsSync('.output/chrome-mv3/managed-schema.json')).toBe(true);
  });
});
