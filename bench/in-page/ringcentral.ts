/**
 * ringcentral-c2d 2.0.3 configured as its README's "advanced" use: a WrapperObserver (wraps each
 * number in <rc-c2d-number>) with the LibPhoneNumberMatcher, on document.body. Its first pass
 * runs synchronously in the constructor; later changes are handled in its MutationObserver.
 */
import { LibPhoneNumberMatcher } from 'ringcentral-c2d/matchers/LibPhoneNumberMatcher';
import { WrapperObserver } from 'ringcentral-c2d/observers/WrapperObserver';
import { foundIn } from './row';

// Each wrapped number carries its match as JSON: {"phoneNumber":"+1...","country":"US",...}.
const SELECTOR = 'rc-c2d-number[data-c2d-context]';
const e164Of = (el: Element) => (JSON.parse(el.getAttribute('data-c2d-context') ?? '{}') as { phoneNumber?: string }).phoneNumber ?? '';

// Held so the observer (and its MutationObserver) lives as long as the page.
let observer: WrapperObserver | undefined;

window.__benchTool = {
  start(country) {
    observer = new WrapperObserver({ node: document.body, matcher: new LibPhoneNumberMatcher({ countryCode: country }) });
  },
  idle: () => Promise.resolve(),
  count: (root = document) => root.querySelectorAll(SELECTOR).length,
  found: (root = document) => foundIn(root, SELECTOR, e164Of),
};
