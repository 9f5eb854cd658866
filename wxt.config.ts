import { defineConfig } from 'wxt';
import { cachedPatternRegExps } from './scripts/cached-pattern-regexps';
import { metadataAsJson } from './scripts/metadata-as-json';

// `build:e2e` sets SWITCHBOARD_E2E=1: the same extension, already enabled on every site,
// written to .output/e2e/ so automated browsers can load it (see DESIGN.md, test contracts).
const e2e = process.env.SWITCHBOARD_E2E === '1';

export default defineConfig({
  imports: false,
  manifestVersion: 3,
  modules: ['@wxt-dev/webextension-polyfill'],
  outDir: e2e ? '.output/e2e' : '.output',
  manifest: ({ browser }) => ({
    name: '__MSG_extName__',
    description: '__MSG_extDescription__',
    default_locale: 'en',
    permissions: ['storage', 'alarms', 'scripting', 'activeTab', 'contextMenus', 'notifications'],
    host_permissions: [
      'https://ccc.tencentcloudapi.com/*',
      'https://ccc.intl.tencentcloudapi.com/*',
      'https://*.ccaiplatform.com/*',
      ...(e2e ? ['<all_urls>'] : []),
    ],
    optional_host_permissions: ['https://*/*', 'http://*/*'],
    // Enterprise policy (storage.managed): the settings document, never secrets. Chrome reads
    // the schema from the package; Firefox takes policies from its own managed manifests.
    ...(browser === 'firefox' ? {} : { storage: { managed_schema: 'managed-schema.json' } }),
    commands: {
      'dial-selection': {
        suggested_key: { default: 'Alt+Shift+D' },
        description: '__MSG_commandDialSelection__',
      },
    },
    // Firefox's WebDriver BiDi will not open an extension page, and a web page may only open
    // a web-accessible one: the e2e build lets the test's loopback pages open the options page,
    // where the Firefox test writes the demo settings, and the popup (test/e2e/support/firefox.ts).
    ...(e2e && browser === 'firefox' ? { web_accessible_resources: [{ resources: ['options.html', 'popup.html'], matches: ['http://127.0.0.1/*'] }] } : {}),
    ...(browser === 'firefox'
      ? {
          browser_specific_settings: {
            gecko: {
              id: 'switchboard@switchboard.dev',
              strict_min_version: '142.0',
              data_collection_permissions: { required: ['personallyIdentifyingInfo'] },
            },
          },
        }
      : {}),
  }),
  vite: () => ({
    define: { 'import.meta.env.SWITCHBOARD_E2E': JSON.stringify(e2e) },
    plugins: [metadataAsJson(), cachedPatternRegExps()],
  }),
});
