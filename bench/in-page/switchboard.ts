/**
 * Switchboard's scanner as the content script starts it (entrypoints/content/index.ts), minus
 * the extension APIs: the settings read becomes the default country passed in, dialling a no-op.
 * Built from lib/ at every bench run, so it measures the code as it is now.
 */
import { startScanner, type Scanner } from '../../lib/page/scanner';
import type { CountryCode } from '../../lib/phone/detect';
import { foundIn } from './row';

let scanner: Scanner | undefined;

window.__benchTool = {
  start(country) {
    scanner = startScanner({
      root: document,
      defaultCountry: country as CountryCode,
      signal: new AbortController().signal,
      onDial: () => undefined,
      // The real label goes through browser.i18n with the same formatted number.
      label: (number) => (number.extension ? `Call ${number.international} ext. ${number.extension}` : `Call ${number.international}`),
    });
    return scanner.idle();
  },
  idle: () => scanner?.idle() ?? Promise.resolve(),
  count: (root = document) => root.querySelectorAll('[data-e164]').length,
  found: (root = document) => foundIn(root, '[data-e164]', (el) => el.getAttribute('data-e164') ?? ''),
};
