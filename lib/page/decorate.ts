/**
 * DOM writes. A decorated text node stays where it is and keeps its identity, because the
 * page's framework holds it: we shorten it to the text before the first number and insert
 * our parts after it. When the framework later rewrites or removes that node, `undo`
 * removes our parts (and restores the text if it is still ours), so nothing is left behind.
 */
import type { PhoneMatch, PhoneNumberInfo } from '../phone/detect';

export interface Control {
  host: HTMLElement;
  /** Also bound to a tel: link, so a click on the link dials through Switchboard. */
  onClick(event: MouseEvent): void;
}

export type MakeControl = (number: PhoneNumberInfo, text: string, doc: Document) => Control;

interface Decoration {
  original: string;
  prefix: string;
  parts: ChildNode[];
}

export function createDecorator(makeControl: MakeControl) {
  // Text node -> the data we last saw or wrote, so our own mutations are not rescanned.
  const handled = new WeakMap<Text, string>();
  const decorated = new WeakMap<Text, Decoration>();
  const headOf = new WeakMap<Element, Text>();
  const telControls = new WeakMap<Element, Control>();

  const markHandled = (text: Text) => void handled.set(text, text.data);

  function wrap(head: Text, match: PhoneMatch): ChildNode[] {
    const wrapper = head.ownerDocument.createElement('span');
    wrapper.setAttribute('data-e164', match.e164);
    wrapper.textContent = match.text;
    headOf.set(wrapper, head);
    return [wrapper, makeControl(match, match.text, head.ownerDocument).host];
  }

  function decorate(head: Text, matches: readonly PhoneMatch[]): void {
    const doc = head.ownerDocument;
    const original = head.data;
    const parts: ChildNode[] = [];
    matches.forEach((match, i) => {
      parts.push(...wrap(head, match));
      const tail = original.slice(match.end, matches[i + 1]?.start ?? original.length);
      if (tail) parts.push(doc.createTextNode(tail));
    });
    head.data = original.slice(0, matches[0]!.start);
    head.after(...parts);
    markHandled(head);
    for (const part of parts) if (part.nodeType === 3) markHandled(part as Text);
    decorated.set(head, { original, prefix: head.data, parts });
  }

  function decorateTel(anchor: HTMLAnchorElement, number: PhoneNumberInfo): void {
    const control = makeControl(number, anchor.textContent ?? '', anchor.ownerDocument);
    anchor.setAttribute('data-e164', number.e164);
    anchor.addEventListener('click', control.onClick);
    anchor.after(control.host);
    telControls.set(anchor, control);
  }

  /** Takes our parts away from a decorated text node or tel: link; a no-op for others. */
  function undo(node: Node): void {
    const decoration = decorated.get(node as Text);
    if (decoration) {
      decorated.delete(node as Text);
      for (const part of decoration.parts) part.remove();
      const head = node as Text;
      // Changed text is the page's new content: leave it, unmarked, for a rescan.
      if (head.data === decoration.prefix) {
        head.data = decoration.original;
        markHandled(head);
      }
    }
    const control = telControls.get(node as Element);
    if (control) {
      telControls.delete(node as Element);
      (node as HTMLElement).removeEventListener('click', control.onClick);
      (node as HTMLElement).removeAttribute('data-e164');
      control.host.remove();
    }
  }

  function undoAll(root: ParentNode): void {
    for (const el of root.querySelectorAll('[data-e164]')) {
      const head = headOf.get(el);
      undo(head ?? el);
    }
  }

  return {
    isHandled: (text: Text) => handled.get(text) === text.data,
    markHandled,
    isDecorated: (node: Node) => decorated.has(node as Text) || telControls.has(node as Element),
    decorate,
    decorateTel,
    undo,
    undoAll,
  };
}

export type Decorator = ReturnType<typeof createDecorator>;
