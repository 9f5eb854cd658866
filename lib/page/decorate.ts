/**
 * DOM writes. A decorated text node stays where it is and keeps its identity, because the
 * page's framework holds it. When the number (maybe after a short label) is all its element
 * holds, the element itself gets `data-e164`: an attribute no style rule reads costs no style,
 * layout or paint, where splitting the text makes the browser lay the whole table out again
 * (bench/results.md). Otherwise we shorten the text to what comes before the first number and
 * insert our parts after it. When the framework later rewrites or removes that node, `undo`
 * removes our parts (and restores the text if it is still ours), so nothing is left behind.
 */
import type { PhoneMatch, PhoneNumberInfo } from '../phone/detect';
import type { CallControl } from './click';
import type { createLazyMount } from './lazy';

export type MakeControl = (number: PhoneNumberInfo, text: string) => CallControl;

interface Decoration {
  original: string;
  prefix: string;
  parts: ChildNode[];
  /** The page's element that carries data-e164 itself (in-place decoration). */
  owner?: Element;
}

/** Longest text before the number that still counts as its label ("Mobile: ", "Tel. "). */
const MAX_LABEL = 24;

/** The element that can carry `match` in place: the text is all it holds, the number ends it. */
function ownerFor(head: Text, matches: readonly PhoneMatch[]): Element | null {
  const owner = head.parentElement;
  const match = matches[0]!;
  if (matches.length !== 1 || !owner || head.previousSibling || head.nextSibling) return null;
  if (owner === head.ownerDocument.body || owner.localName === 'html') return null;
  const data = head.data;
  return data.slice(match.end).trim() === '' && data.slice(0, match.start).trim().length <= MAX_LABEL ? owner : null;
}

interface TelDecoration {
  control: CallControl;
  host?: HTMLElement;
}

export function createDecorator(makeControl: MakeControl, lazy: ReturnType<typeof createLazyMount>) {
  // Text node -> the data we last saw or wrote, so our own mutations are not rescanned.
  const handled = new WeakMap<Text, string>();
  const decorated = new WeakMap<Text, Decoration>();
  const headOf = new WeakMap<Element, Text>();
  const tels = new WeakMap<Element, TelDecoration>();

  const markHandled = (text: Text) => void handled.set(text, text.data);

  /** Marks `marked` as `match`'s element; its button goes in after `anchor` once it is near the viewport. */
  function mark(marked: Element, anchor: ChildNode, head: Text, match: PhoneMatch, decoration: Decoration): void {
    marked.setAttribute('data-e164', match.e164);
    headOf.set(marked, head);
    const control = makeControl(match, match.text);
    lazy.when(marked, () => {
      const host = control.mount(marked.ownerDocument);
      anchor.after(host);
      decoration.parts.push(host);
    });
  }

  function wrap(head: Text, match: PhoneMatch, decoration: Decoration): HTMLElement {
    const wrapper = head.ownerDocument.createElement('span');
    wrapper.textContent = match.text;
    mark(wrapper, wrapper, head, match, decoration);
    return wrapper;
  }

  function decorateInPlace(head: Text, owner: Element, match: PhoneMatch): void {
    const decoration: Decoration = { original: head.data, prefix: head.data, parts: [], owner };
    mark(owner, head, head, match, decoration);
    markHandled(head);
    decorated.set(head, decoration);
  }

  function decorate(head: Text, matches: readonly PhoneMatch[]): void {
    // Found twice (walked, and reported by a mutation too): in place, its text is unchanged.
    if (decorated.has(head)) return;
    const owner = ownerFor(head, matches);
    if (owner) return decorateInPlace(head, owner, matches[0]!);
    const original = head.data;
    const decoration: Decoration = { original, prefix: original.slice(0, matches[0]!.start), parts: [] };
    matches.forEach((match, i) => {
      decoration.parts.push(wrap(head, match, decoration));
      const tail = original.slice(match.end, matches[i + 1]?.start ?? original.length);
      if (tail) decoration.parts.push(head.ownerDocument.createTextNode(tail));
    });
    head.data = decoration.prefix;
    head.after(...decoration.parts);
    markHandled(head);
    for (const part of decoration.parts) if (part.nodeType === 3) markHandled(part as Text);
    decorated.set(head, decoration);
  }

  function decorateTel(anchor: HTMLAnchorElement, number: PhoneNumberInfo): void {
    const tel: TelDecoration = { control: makeControl(number, anchor.textContent ?? '') };
    anchor.setAttribute('data-e164', number.e164);
    anchor.addEventListener('click', tel.control.onClick);
    lazy.when(anchor, () => anchor.after((tel.host = tel.control.mount(anchor.ownerDocument))));
    tels.set(anchor, tel);
  }

  function undoText(head: Text, decoration: Decoration) {
    decorated.delete(head);
    // headOf must not outlive the decoration: the page may hand us a removed part later.
    for (const part of decoration.parts) {
      lazy.cancel(part as Element);
      headOf.delete(part as Element);
      part.remove();
    }
    const { owner } = decoration;
    if (owner) {
      lazy.cancel(owner);
      headOf.delete(owner);
      owner.removeAttribute('data-e164');
    }
    // In place, nothing was shortened: writing the same text back would only send the page's
    // observers (and ours, which would queue the text again) a mutation.
    if (head.data === decoration.prefix && decoration.prefix !== decoration.original) head.data = decoration.original;
    // Scanned afresh wherever it shows up next (new text, moved, put back).
    handled.delete(head);
  }

  function undoTel(anchor: HTMLElement, tel: TelDecoration) {
    tels.delete(anchor);
    lazy.cancel(anchor);
    anchor.removeEventListener('click', tel.control.onClick);
    anchor.removeAttribute('data-e164');
    tel.host?.remove();
  }

  /** Takes our parts away from a decorated text node or tel: link; a no-op for others. */
  function undo(node: Node): void {
    const decoration = decorated.get(node as Text);
    if (decoration) undoText(node as Text, decoration);
    const tel = tels.get(node as Element);
    if (tel) undoTel(node as HTMLElement, tel);
  }

  /** Takes our parts away under `root`, the root's own data-e164 included. */
  function undoAll(root: ParentNode): void {
    if ((root as Element).hasAttribute?.('data-e164')) undo(headOf.get(root as Element) ?? root);
    for (const el of root.querySelectorAll('[data-e164]')) undo(headOf.get(el) ?? el);
  }

  return {
    isHandled: (text: Text) => handled.get(text) === text.data,
    markHandled,
    isDecorated: (anchor: Element) => tels.has(anchor),
    /** The text node an element carries in place, if it does (see decorateInPlace). */
    inPlaceHead(el: Element): Text | undefined {
      const head = headOf.get(el);
      return head && decorated.get(head)?.owner === el ? head : undefined;
    },
    decorate,
    decorateTel,
    undo,
    undoAll,
  };
}

export type Decorator = ReturnType<typeof createDecorator>;
