/**
 * Turns DOM mutations into scanner work: new nodes and changed text are scanned; nodes the
 * page removes take our parts with them. Attribute changes may reveal numbers we skipped.
 */
export interface ChangeHooks {
  added(node: Node): void;
  removed(node: Node): void;
  textChanged(text: Text): void;
  attributeChanged(el: Element, name: string): void;
  /** After each batch of records. */
  done(): void;
}

const OPTIONS: MutationObserverInit = {
  childList: true,
  subtree: true,
  characterData: true,
  attributeFilter: ['class', 'style', 'open', 'hidden', 'data-switchboard'],
};

export function watchChanges(hooks: ChangeHooks) {
  const observer = new MutationObserver((records) => {
    for (const record of records) {
      if (record.type === 'characterData') hooks.textChanged(record.target as Text);
      else if (record.type === 'attributes') hooks.attributeChanged(record.target as Element, record.attributeName!);
      else {
        record.removedNodes.forEach((node) => hooks.removed(node));
        record.addedNodes.forEach((node) => hooks.added(node));
      }
    }
    hooks.done();
  });
  return {
    observe: (root: Node) => observer.observe(root, OPTIONS),
    disconnect: () => observer.disconnect(),
  };
}
