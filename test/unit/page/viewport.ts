import { vi } from 'vitest';

/**
 * happy-dom's IntersectionObserver never reports. This one reports every target as near the
 * viewport right after `observe`, unless `isFar` says otherwise; `scrollTo` then reports it.
 */
export const viewport = {
  isFar: (_target: Element) => false,
  observers: new Set<FakeIntersectionObserver>(),
  scrollTo(target: Element) {
    for (const observer of this.observers) observer.report(target, true);
  },
};

class FakeIntersectionObserver {
  private readonly targets = new Set<Element>();
  constructor(private readonly callback: IntersectionObserverCallback) {
    viewport.observers.add(this);
  }
  observe(target: Element) {
    this.targets.add(target);
    queueMicrotask(() => this.report(target, !viewport.isFar(target)));
  }
  unobserve(target: Element) {
    this.targets.delete(target);
  }
  disconnect() {
    this.targets.clear();
    viewport.observers.delete(this);
  }
  // Like the real one: a target the page removed is reported as not intersecting.
  report(target: Element, near: boolean) {
    if (!this.targets.has(target)) return;
    const entry = { target, isIntersecting: near && target.isConnected } as IntersectionObserverEntry;
    this.callback([entry], this as unknown as IntersectionObserver);
  }
}

vi.stubGlobal('IntersectionObserver', FakeIntersectionObserver);
