/**
 * The documents and shadow roots the scanner watches: the page, open shadow roots and
 * same-origin frames (again on every load, since a frame's document changes when it navigates).
 * A frame that also runs its own content script is scanned twice but decorated once: both
 * scanners skip `[data-e164]` and our own elements.
 */
export function createRoots(onRoot: (root: Document | ShadowRoot) => void, rescan: () => void, signal: AbortSignal) {
  const roots = new Set<Document | ShadowRoot>();
  const frames = new WeakSet<HTMLIFrameElement>();

  function add(root: Document | ShadowRoot) {
    if (roots.has(root)) return;
    roots.add(root);
    onRoot(root);
  }

  function addFrame(frame: HTMLIFrameElement) {
    if (frames.has(frame)) return;
    frames.add(frame);
    const scanFrame = () => {
      if (frame.contentDocument) add(frame.contentDocument);
      rescan();
    };
    frame.addEventListener('load', scanFrame, { signal });
    scanFrame();
  }

  /** Calls `undo` on every root and forgets them. */
  function release(undo: (root: Document | ShadowRoot) => void) {
    for (const root of roots) undo(root);
    roots.clear();
  }

  return { add, addFrame, release };
}
