/**
 * The scan queue: roots to walk (documents, shadow roots, added elements) and single text
 * nodes (added or changed), consumed in small steps: at most one text node each.
 */
import { createWalk, type WalkHooks } from './walk';

export function createScanQueue(hooks: WalkHooks, scan: (text: Text) => void) {
  let queue: Node[] = [];
  let next = 0; // an index, not shift(): bursts of added nodes would make shift() quadratic
  let walk: ReturnType<typeof createWalk> | null = null;

  function step(): boolean {
    if (walk) {
      const text = walk();
      if (text) scan(text);
      else if (text === null) walk = null;
      return true;
    }
    if (next === queue.length) {
      queue = [];
      next = 0;
      return false;
    }
    const node = queue[next++]!;
    if (node.nodeType !== 3) walk = createWalk(node, hooks);
    else if (hooks.isCandidate(node as Text)) scan(node as Text);
    return true;
  }

  return { push: (node: Node) => void queue.push(node), step };
}
