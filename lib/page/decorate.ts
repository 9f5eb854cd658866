/**
 * DOM writes. A decorated text node stays where it is and keeps its identity, because the
 * page's framework holds it. When the number (maybe after a short label) is all its element
 * holds, the element itself gets `data-e164` (and a tab stop): attributes no style rule
 * reads cost no style, layout or paint, where splitting the text makes the browser lay the
 * whole table out again (bench/results.md). (A stylesheet that underlined every mark made
 * the scan restyle as it went: +60 ms on 2,000 rows, tasks up to 212 ms on 10,000.) Otherwise we shorten the text
 * to what comes before the first number and insert a marked span after it. No button goes in:
 * the call chip (reveal.ts) shows for the number under the pointer or focus. When the framework later rewrites or removes that node, `undo`
 * removes our parts (and restores the text if it is still ours), so nothing is left behind.
 */
import type { PhoneMatch, PhoneNumberInfo } from '../phone/detect';
import type { Mark } from './reveal';

export interface DecoratorHooks {
  /** The click handler a tel: link shares with its chip. */
  dialerFor(anchor: Element, mark: Mark): (event: MouseEvent) => void;
  /** `el` no longer carries a number. */
  released(el: Element): void;
}

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

/**
 * Keyboard users reach a number by Tab, unless it already sits in something focusable (a
 * link to the contact, a row the page made focusable): a tab stop inside another would be
 * announced twice. Buttons, form fields and editable regions are not listed: nothing inside
 * them is marked (filter.ts), and `closest` pays for every selector at every ancestor.
 */
const FOCUSABLE = 'a[href],summary,[tabindex]';

export function createDecorator(hooks: DecoratorHooks) {
  // Text node -> the data we last saw or wrote, so our own mutations are not rescanned.
  const handled = new WeakMap<Text, string>();
  const decorated = new WeakMap<Text, Decoration>();
  const headOf = new WeakMap<Element, Text>();
  const marks = new WeakMap<Element, Mark>();

  const markHandled = (text: Text) => void handled.set(text, text.data);

  /** `place` is where `marked` stands or will stand: a new wrapper is not in the page yet. */
  function mark(marked: Element, number: PhoneNumberInfo, text: string, place: Element | null = marked): void {
    marked.setAttribute('data-e164', number.e164);
    const tabStop = !place?.closest(FOCUSABLE);
    if (tabStop) marked.setAttribute('tabindex', '0');
    marks.set(marked, { number, text, tabStop });
  }

  function unmark(marked: Element): void {
    const found = marks.get(marked);
    if (!found) return;
    marks.delete(marked);
    headOf.delete(marked);
    marked.removeAttribute('data-e164');
    if (found.tabStop) marked.removeAttribute('tabindex');
    hooks.released(marked);
  }

  function wrap(head: Text, match: PhoneMatch): HTMLElement {
    const wrapper = head.ownerDocument.createElement('span');
    wrapper.textContent = match.text;
    mark(wrapper, match, match.text, head.parentElement);
    headOf.set(wrapper, head);
    return wrapper;
  }

  function decorateInPlace(head: Text, owner: Element, match: PhoneMatch): void {
    mark(owner, match, match.text);
    headOf.set(owner, head);
    markHandled(head);
    decorated.set(head, { original: head.data, prefix: head.data, parts: [], owner });
  }

  function decorate(head: Text, matches: readonly PhoneMatch[]): void {
    // Found twice (walked, and reported by a mutation too): in place, its text is unchanged.
    if (decorated.has(head)) return;
    const owner = ownerFor(head, matches);
    if (owner) return decorateInPlace(head, owner, matches[0]!);
    const original = head.data;
    const decoration: Decoration = { original, prefix: original.slice(0, matches[0]!.start), parts: [] };
    matches.forEach((match, i) => {
      decoration.parts.push(wrap(head, match));
      const tail = original.slice(match.end, matches[i + 1]?.start ?? original.length);
      if (tail) decoration.parts.push(head.ownerDocument.createTextNode(tail));
    });
    head.data = decoration.prefix;
    head.after(...decoration.parts);
    markHandled(head);
    for (const part of decoration.parts) if (part.nodeType === 3) markHandled(part as Text);
    decorated.set(head, decoration);
  }

  /** A tel: link is its own mark; a click on it goes through Switchboard, not the OS. */
  function decorateTel(anchor: HTMLAnchorElement, number: PhoneNumberInfo): void {
    mark(anchor, number, anchor.textContent ?? '');
    anchor.addEventListener('click', hooks.dialerFor(anchor, marks.get(anchor)!));
  }

  function undoText(head: Text, decoration: Decoration) {
    decorated.delete(head);
    // Marks must not outlive the decoration: the page may hand us a removed part later.
    for (const part of decoration.parts) {
      if (part.nodeType === 1) unmark(part as Element);
      part.remove();
    }
    if (decoration.owner) unmark(decoration.owner);
    // In place, nothing was shortened: writing the same text back would only send the page's
    // observers (and ours, which would queue the text again) a mutation.
    if (head.data === decoration.prefix && decoration.prefix !== decoration.original) head.data = decoration.original;
    // Scanned afresh wherever it shows up next (new text, moved, put back).
    handled.delete(head);
  }

  function undoTel(anchor: HTMLElement) {
    anchor.removeEventListener('click', hooks.dialerFor(anchor, marks.get(anchor)!));
    unmark(anchor);
  }

  /** Takes our parts away from a decorated text node or tel: link; a no-op for others. */
  function undo(node: Node): void {
    const decoration = decorated.get(node as Text);
    if (decoration) undoText(node as Text, decoration);
    else if (marks.has(node as Element) && !headOf.has(node as Element)) undoTel(node as HTMLElement);
  }

  /** Takes our parts away under `root`, the root's own data-e164 included. */
  function undoAll(root: ParentNode): void {
    if ((root as Element).hasAttribute?.('data-e164')) undo(headOf.get(root as Element) ?? root);
    for (const el of root.querySelectorAll('[data-e164]')) undo(headOf.get(el) ?? el);
  }

  return {
    isHandled: (text: Text) => handled.get(text) === text.data,
    markHandled,
    markOf: (el: Element): Mark | undefined => marks.get(el),
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
