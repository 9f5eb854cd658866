import type { Found } from './types';

/** The ticket row a decorated element or text node sits in (`tr[data-row]`), -1 outside. */
export function rowOf(node: Node | null): number {
  const el = node && (node.nodeType === 1 ? (node as Element) : node.parentElement);
  const row = el?.closest('tr[data-row]')?.getAttribute('data-row');
  return row == null ? -1 : Number(row);
}

export function foundIn(root: ParentNode, selector: string, e164Of: (el: Element) => string): Found[] {
  return Array.from(root.querySelectorAll(selector), (el): Found => [rowOf(el), e164Of(el), el.textContent ?? '']);
}
