/**
 * ringcentral-c2d 2.0.3 as a content script, in its extension's isolated world, as its README's
 * "advanced" use: a WrapperObserver (wraps each number in <rc-c2d-number>) with the
 * LibPhoneNumberMatcher, on document.body. Its first pass runs synchronously in the
 * constructor; later changes are handled in its MutationObserver. The page side of the
 * harness contract is ringcentral.ts.
 */
import { LibPhoneNumberMatcher } from 'ringcentral-c2d/matchers/LibPhoneNumberMatcher';
import { WrapperObserver } from 'ringcentral-c2d/observers/WrapperObserver';
import { COUNTRY, TOOL_TIMING } from './types';

performance.mark(TOOL_TIMING.started);
// Held so the observer (and its MutationObserver) lives as long as the page.
(globalThis as { observer?: WrapperObserver }).observer = new WrapperObserver({
  node: document.body,
  matcher: new LibPhoneNumberMatcher({ countryCode: COUNTRY }),
});
performance.mark(TOOL_TIMING.done);
