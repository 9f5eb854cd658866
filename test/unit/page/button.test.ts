// @vitest-environment happy-dom
import { describe, expect, it, vi } from 'vitest';
import { createCallButton } from '../../../lib/page/button';

function capturedRoots() {
  const spy = vi.spyOn(HTMLElement.prototype, 'attachShadow');
  return () => spy.mock.results.map((result) => result.value as ShadowRoot);
}

describe('createCallButton', () => {
  it('renders a focusable, labelled <button> in a closed shadow root', () => {
    const roots = capturedRoots();
    const { host, button } = createCallButton(document, 'Call +44 20 7946 0958');
    expect(host.localName).toBe('switchboard-call');
    expect(host.getAttribute('data-testid')).toBe('switchboard-call');
    expect(host.shadowRoot).toBeNull();
    expect(roots()[0]!.mode).toBe('closed');
    expect(button.localName).toBe('button');
    expect(button.type).toBe('button');
    expect(button.tabIndex).toBe(0);
    expect(button.getAttribute('aria-label')).toBe('Call +44 20 7946 0958');
    expect(button.querySelector('svg')?.getAttribute('aria-hidden')).toBe('true');
    vi.restoreAllMocks();
  });

  it('shares one constructed stylesheet between buttons', () => {
    const roots = capturedRoots();
    createCallButton(document, 'a');
    createCallButton(document, 'b');
    const [first, second] = roots();
    expect(first!.adoptedStyleSheets).toHaveLength(1);
    expect(second!.adoptedStyleSheets[0]).toBe(first!.adoptedStyleSheets[0]);
    expect(first!.querySelector('style')).toBeNull();
    vi.restoreAllMocks();
  });

  it('falls back to a <style> element where a stylesheet cannot be constructed, and follows the page scheme', async () => {
    vi.resetModules(); // a fresh per-document sheet cache
    const { createCallButton: create } = await import('../../../lib/page/button');
    const roots = capturedRoots();
    vi.spyOn(CSSStyleSheet.prototype, 'replaceSync').mockImplementation(() => {
      throw new Error('not here');
    });
    create(document, 'a');
    const css = roots()[0]!.querySelector('style')?.textContent;
    expect(css).toMatch(/color-scheme: inherit/);
    expect(css).toMatch(/light-dark\(/);
    vi.restoreAllMocks();
  });

  it('disables the button while busy', () => {
    const { button, setBusy } = createCallButton(document, 'Call');
    setBusy(true);
    expect(button.disabled).toBe(true);
    expect(button.getAttribute('aria-busy')).toBe('true');
    setBusy(false);
    expect(button.disabled).toBe(false);
  });
});
