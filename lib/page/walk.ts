/**
 * A TreeWalker over the text worth scanning under one root. The filter rejects whole
 * excluded subtrees in native code and hands out the elements that need their own handling.
 */
import { classify } from './filter';

export interface WalkHooks {
  isCandidate(text: Text): boolean;
  tel(anchor: HTMLAnchorElement): void;
  frame(frame: HTMLIFrameElement): void;
  shadow(root: ShadowRoot): void;
}

// NodeFilter's values, spelled out so the walker works with any frame's realm.
const TEXT_NODE = 3;
const SHOW_ELEMENT_AND_TEXT = 0x1 | 0x4;
const FILTER_ACCEPT = 1;
const FILTER_REJECT = 2;
const FILTER_SKIP = 3;

export function createWalker(root: Node, hooks: WalkHooks): TreeWalker {
  const doc = root.ownerDocument ?? (root as Document);
  return doc.createTreeWalker(root, SHOW_ELEMENT_AND_TEXT, (node) => {
    if (node.nodeType === TEXT_NODE) return hooks.isCandidate(node as Text) ? FILTER_ACCEPT : FILTER_SKIP;
    const el = node as Element;
    switch (classify(el)) {
      case 'skip':
        return FILTER_REJECT;
      case 'tel':
        hooks.tel(el as HTMLAnchorElement);
        return FILTER_REJECT;
      case 'frame':
        hooks.frame(el as HTMLIFrameElement);
        return FILTER_REJECT;
    }
    if (el.shadowRoot) hooks.shadow(el.shadowRoot);
    return FILTER_SKIP;
  });
}
