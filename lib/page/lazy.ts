/**
 * Call buttons are built when their number comes near the viewport. A button per number is an
 * atomic inline with its own shadow root: on the 2,000-row bench page that made layout ten
 * times ringcentral-c2d's, which only wraps numbers (bench/results.md), though an agent sees a
 * screenful of them. The number's data-e164 and a tel: link's click interception do not wait;
 * only the button does, and it is there a screen before it scrolls into view.
 *
 * Buttons change the page's layout (a table lays itself out again, and repaints, for one
 * button as for forty), so those that come due while the scanner is still working are put in
 * together once it is done (`settled`): one relayout instead of one per slice.
 */
const MARGIN = '100% 0px';

export function createLazyMount(settled: () => Promise<void>) {
  const mounts = new WeakMap<Element, () => void>();
  let due: Element[] = [];
  let observer: IntersectionObserver | undefined;

  function run(target: Element) {
    const mount = mounts.get(target);
    cancel(target);
    mount?.();
  }

  function cancel(target: Element) {
    if (mounts.delete(target)) observer?.unobserve(target);
  }

  async function mountDue() {
    await settled();
    const targets = due;
    due = [];
    for (const target of targets) run(target);
  }

  function observe(target: Element) {
    observer ??= new IntersectionObserver(
      (entries) => {
        const first = !due.length;
        for (const { target, isIntersecting } of entries) {
          if (isIntersecting) due.push(target);
          else if (!target.isConnected) cancel(target); // removed by the page: let it go
        }
        if (first && due.length) void mountDue();
      },
      { rootMargin: MARGIN },
    );
    observer.observe(target);
  }

  return {
    /** Runs `mount` once `target` is within a screen of the viewport and the scan has settled. */
    when(target: Element, mount: () => void) {
      if (typeof IntersectionObserver !== 'function') return mount();
      mounts.set(target, mount);
      observe(target);
    },
    cancel,
    disconnect: () => {
      observer?.disconnect();
      due = [];
    },
  };
}
