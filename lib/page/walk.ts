/**
 * Walks the text worth scanning under one root. A NodeFilter would be simpler, but it calls
 * from native code into JS for every node, which cost 4x the whole traversal; here the loop
 * stays in JS and skips excluded subtrees with the walker's own moves.
 */
import { classify } from './filter';

export interface WalkHooks {
  isCandidate(text: Text): boolean;
  tel(anchor: HTMLAnchorElement): void;
  frame(frame: HTMLIFrameElement): void;
  shadow(root: ShadowRoot): void;
}

const TEXT_NODE = 3;
const SHOW_ELEMENT_AND_TEXT = 0x1 | 0x4; // NodeFilter's values, valid in any frame's realm

/** Moves past the current node's subtree; null at the end of the root. */
function skipSubtree(walker: TreeWalker): Node | null {
  for (;;) {
    const sibling = walker.nextSibling();
    if (sibling) return sibling;
    if (!walker.parentNode()) return null;
  }
}

export function createWalk(root: Node, hooks: WalkHooks) {
  const doc = root.ownerDocument ?? (root as Document);
  let walker = doc.createTreeWalker(root, SHOW_ELEMENT_AND_TEXT);
  let node = walker.nextNode();

  /** The next candidate text node, or null when the root is done. */
  return function next(): Text | null {
    // The page removed the node we stood on: a walk from there would stop early, so walk the
    // root again (handled text is skipped cheaply).
    if (node && !node.isConnected) {
      if (!root.isConnected) return null;
      walker = doc.createTreeWalker(root, SHOW_ELEMENT_AND_TEXT);
      node = walker.nextNode();
    }
    while (node) {
      const current = node;
      if (current.nodeType === TEXT_NODE) {
        node = walker.nextNode();
        if (hooks.isCandidate(current as Text)) return current as Text;
        continue;
      }
      const verdict = classify(current as Element);
      if (verdict === 'enter') {
        const shadow = (current as Element).shadowRoot;
        if (shadow) hooks.shadow(shadow);
        node = walker.nextNode();
        continue;
      }
      if (verdict === 'tel') hooks.tel(current as HTMLAnchorElement);
      else if (verdict === 'frame') hooks.frame(current as HTMLIFrameElement);
      node = skipSubtree(walker);
    }
    return null;
  };
}
