// ServiceNow's workspaces render everything inside nested open shadow roots.

const MAX_ELEMENTS = 50_000;

/** The first element matching `selector` in `root` or in any open shadow root below it. */
export function deepQuery(root: Document | ShadowRoot | Element, selector: string): Element | undefined {
  const roots: (Document | ShadowRoot | Element)[] = [root];
  let visited = 0;
  for (let i = 0; i < roots.length && visited < MAX_ELEMENTS; i++) {
    const current = roots[i]!;
    const found = current.querySelector(selector);
    if (found) return found;
    for (const el of Array.from(current.querySelectorAll('*'))) {
      if (++visited > MAX_ELEMENTS) break;
      if (el.shadowRoot) roots.push(el.shadowRoot);
    }
  }
  return undefined;
}
