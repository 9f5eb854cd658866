// @vitest-environment happy-dom
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { showToast } from '../../../lib/page/toast';

describe('showToast', () => {
  let anchor: HTMLElement;
  let roots: () => ShadowRoot[];
  beforeEach(() => {
    vi.useFakeTimers();
    anchor = document.body.appendChild(document.createElement('switchboard-call'));
    const spy = vi.spyOn(HTMLElement.prototype, 'attachShadow');
    roots = () => spy.mock.results.map((result) => result.value as ShadowRoot);
  });
  afterEach(() => {
    vi.useRealTimers();
    vi.restoreAllMocks();
    document.body.innerHTML = '';
  });

  const toasts = () => document.querySelectorAll('[data-testid="switchboard-toast"]');

  it('announces the text politely from a closed shadow root, then goes away', () => {
    showToast(anchor, 'Ringing your phone', 'info', 3000);
    expect(toasts()).toHaveLength(1);
    const region = roots()[0]!.querySelector('[role="status"]')!;
    expect(roots()[0]!.mode).toBe('closed');
    expect(region.getAttribute('aria-live')).toBe('polite');
    expect(region.textContent).toBe(''); // inserted empty so the text is announced as a change
    vi.advanceTimersByTime(100);
    expect(region.textContent).toBe('Ringing your phone');
    vi.advanceTimersByTime(3000);
    expect(toasts()).toHaveLength(0);
  });

  it('shows errors in their own tone and replaces an earlier toast for the same button', () => {
    showToast(anchor, 'Ringing your phone', 'info');
    const dismiss = showToast(anchor, 'The cloud refused the number', 'error');
    expect(toasts()).toHaveLength(1);
    expect(roots()[1]!.querySelector('div')!.className).toBe('error');
    dismiss();
    expect(toasts()).toHaveLength(0);
  });
});
