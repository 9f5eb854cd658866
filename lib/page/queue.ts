/**
 * The scan queue: roots to walk (documents, shadow roots, added elements) and single text
 * nodes (added or changed), consumed one text node per step.
 */
import { createWalker, type WalkHooks } from './walk';

export function createScanQueue(hooks: WalkHooks, scan: (text: Text) => void) {
  let queue: Node[] = [];
  let next = 0; // an index, not shift(): bursts of added nodes would make shift() quadratic
  let walker: TreeWalker | null = null;

  function step(): boolean {
    // A walker whose position the page removed would stop early: walk its root again
    // (handled text is skipped cheaply).
    if (walker && !walker.currentNode.isConnected) walker = walker.root.isConnected ? createWalker(walker.root, hooks) : null;
    if (walker) {
      const text = walker.nextNode() as Text | null;
      if (text) scan(text);
      else walker = null;
      return true;
    }
    if (next === queue.length) {
      queue = [];
      next = 0;
      return false;
    }
    const node = queue[next++]!;
    if (node.nodeType !== 3) walker = createWalker(node, hooks);
    else if (hooks.isCandidate(node as Text)) scan(node as Text);
    return true;
  }

  return { push: (node: Node) => void queue.push(node), step };
}
