/**
 * Call buttons are built when their number comes near the viewport. A button per number is an
 * atomic inline with its own shadow root: on the 2,000-row bench page that made layout ten
 * times ringcentral-c2d's, which only wraps numbers (bench/results.md), though an agent sees a
 * screenful of them. The number's data-e164 wrapper and a tel: link's click interception do
 * not wait; only the button does, and it is there a screen before it scrolls into view.
 */
const MARGIN = '100% 0px';

export function createLazyMount() {
  const mounts = new WeakMap<Element, () => void>();
  let observer: IntersectionObserver | undefined;

  function run(target: Element) {
    const mount = mounts.get(target);
    cancel(target);
    mount?.();
  }

  function cancel(target: Element) {
    if (mounts.delete(target)) observer?.unobserve(target);
  }

  function observe(target: Element) {
    observer ??= new IntersectionObserver(
      (entries) => {
        for (const { target, isIntersecting } of entries) {
          if (isIntersecting) run(target);
          else if (!target.isConnected) cancel(target); // removed by the page: let it go
        }
      },
      { rootMargin: MARGIN },
    );
    observer.observe(target);
  }

  return {
    /** Runs `mount` once `target` is within a screen of the viewport. */
    when(target: Element, mount: () => void) {
      if (typeof IntersectionObserver !== 'function') return mount();
      mounts.set(target, mount);
      observe(target);
    },
    cancel,
    disconnect: () => observer?.disconnect(),
  };
}
