import { existsSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';

// The production builds (npm run build, run by test:e2e before this file) must ask for the
// cloud API hosts only: CRM sites are optional permissions granted per site (checklist B1, B2).
const read = (dir: string) => JSON.parse(readFileSync(`.output/${dir}/manifest.json`, 'utf8'));
const manifest = read('chrome-mv3');

describe.each([
  ['Chrome', manifest],
  ['Firefox', read('firefox-mv3')],
])('production manifest (%s)', (_, manifest) => {
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
    expect(manifest.web_accessible_resources ?? []).toEqual([]); // the Firefox e2e build's pages are not
  });
});

describe('production manifest (Chrome)', () => {
  it('ships the schema of the enterprise policy (storage.managed)', () => {
    expect(manifest.storage).toEqual({ managed_schema: 'managed-schema.json' });
    expect(existsSync('.output/chrome-mv3/managed-schema.json')).toBe(true);
  });
});
