/**
 * Walks the text worth scanning under one root. From a content script every node the walk
 * touches costs a wrapper of the extension's world, made on first touch and soon garbage, and
 * a page has more elements than texts. So the walk goes over the texts only, and asks the
 * excluded-region check (one native `closest`) just for the few that may hold a number; the
 * elements it must see (tel: links, frames, possible shadow hosts) come from one native query,
 * which makes wrappers for its matches alone. On the bench's 2,000-row list (30,000 elements,
 * 20,000 texts) that took 60–77 ms against 83–124 ms for one walk over every node.
 * (A NodeFilter would call from native code into JS for every node: 4x the whole walk.)
 */
import { classify, isInExcludedRegion, TEL_LINK } from './filter';

export interface WalkHooks {
  isCandidate(text: Text): boolean;
  tel(anchor: HTMLAnchorElement): void;
  frame(frame: HTMLIFrameElement): void;
  shadow(root: ShadowRoot): void;
}

const SHOW_ELEMENT = 0x1; // NodeFilter's values, valid in any frame's realm
const SHOW_TEXT = 0x4;

/**
 * Standard elements that cannot host a shadow root, commonest first. (The DOM standard lets
 * `attachShadow` use custom elements and article, aside, blockquote, body, div, footer, h1–h6,
 * header, main, nav, p, section and span.) Frames are not listed: the walk must see them.
 * Whatever is not listed is looked at, so a missing name costs a little time, never a shadow root.
 */
const NEVER_HOSTS =
  'td,tr,a,li,img,input,button,i,b,em,strong,label,option,svg,path,g,use,th,table,tbody,thead,tfoot,ul,ol,time,' +
  'small,br,hr,select,textarea,form,code,pre,script,style,link,meta,head,title,html,picture,source,video,' +
  'audio,canvas,abbr,address,area,base,bdi,bdo,caption,cite,col,colgroup,data,datalist,dd,del,details,dfn,dialog,' +
  'dl,dt,embed,fieldset,figcaption,figure,font,center,hgroup,ins,kbd,legend,map,mark,math,menu,meter,noscript,' +
  'object,optgroup,output,progress,q,rp,rt,ruby,s,samp,search,slot,sub,summary,sup,template,track,u,var,wbr,' +
  'circle,rect,line,polyline,polygon,ellipse,defs,clippath,lineargradient,radialgradient,stop,symbol,mask,' +
  'pattern,text,tspan,desc,foreignobject,image,filter';
/** The possible shadow hosts met most, looked at first. */
const COMMON_HOSTS = 'div,span,p';
/**
 * What the walk must see besides text: tel: links, frames and every element that may host a
 * shadow root. Ordered for the cost of matching it against every element: a selector list is
 * tried in order until one matches, and a `:not()` list stops at its first match. So a <td>
 * costs four checks, not the twenty it took when the hosts were listed ahead of the `:not()`:
 * 7.7 against 23 ms on the bench's 2,000-row list (median of 15, a fresh page each).
 */
const ELEMENTS_TO_SEE = `${COMMON_HOSTS},${TEL_LINK},:not(${NEVER_HOSTS},${COMMON_HOSTS})`;

/** Texts or elements looked at per call, so that one call stays well under a millisecond. */
const NODES_PER_CALL = 256;

/**
 * Most elements one query may look through: it cannot be split, and took 25–50 ms for the
 * 150,000 of the bench's 10,000-row list (5–9 ms per 30,000). A larger root has its elements
 * walked instead, a share per call.
 */
const QUERY_LIMIT = 50_000;

function seeElement(el: Element, hooks: WalkHooks): void {
  // Most matches are plain <div>s and <span>s: check what is cheap and rare first.
  const tag = el.localName;
  if (tag === 'a') {
    if (classify(el) === 'tel' && !isInExcludedRegion(el)) hooks.tel(el as HTMLAnchorElement);
  } else if (tag === 'iframe') {
    if (classify(el) === 'frame' && !isInExcludedRegion(el)) hooks.frame(el as HTMLIFrameElement);
  } else {
    const shadow = el.shadowRoot;
    if (shadow && classify(el) === 'enter' && !isInExcludedRegion(el)) hooks.shadow(shadow);
  }
}

interface NodeSource {
  /** The next node, or null at the end. */
  next(): Node | null;
  /**
   * Called before a run of `next` calls the page cannot interrupt (one step of the walk), not
   * per node: each check is a call into the DOM, and 20,000 of them showed in the scan's profile.
   */
  resume?(): void;
}

/**
 * The nodes under `root` that `whatToShow` shows. When the page has removed the node it stood
 * on, it starts over from the root: a walk from there would stop early, and what was handled
 * is skipped cheaply.
 */
function nodesUnder(root: Node, whatToShow: number): NodeSource {
  const doc = root.ownerDocument ?? (root as Document);
  let walker = doc.createTreeWalker(root, whatToShow);
  let node = walker.nextNode();
  return {
    resume() {
      if (!node || node.isConnected) return;
      walker = doc.createTreeWalker(root, whatToShow);
      node = root.isConnected ? walker.nextNode() : null;
    },
    next() {
      const current = node;
      if (current) node = walker.nextNode();
      return current;
    },
  };
}

/** The elements under `root` that seeElement must look at (or more of them), one per call, then null. */
function elementsToSee(root: Node, queryLimit: number): NodeSource {
  const parent = root as Node & ParentNode;
  // item() stops counting at the limit (a shadow root has no such collection; they are small).
  const large =
    'getElementsByTagName' in parent
      ? (parent as Document | Element).getElementsByTagName('*').item(queryLimit) !== null
      : parent.querySelectorAll('*').length > queryLimit;
  if (large) return nodesUnder(root, SHOW_ELEMENT);
  const found = parent.querySelectorAll(ELEMENTS_TO_SEE);
  let next = 0;
  return { next: () => (next < found.length ? found[next++]! : null) };
}

/**
 * Returns a function to call until it returns null: each call gives the next candidate text,
 * or false when it looked at a share of the root without finding one. (`queryLimit`: tests
 * take both ways to the elements.)
 */
export function createWalk(root: Node, hooks: WalkHooks, queryLimit = QUERY_LIMIT): () => Text | null | false {
  // Elements first: on a large root their walk leaves a wrapper per element behind, which the
  // text walk's own collections then take away during the scan. Walked last, they were
  // collected in the slice of the page's next change: 100 rows added to the 10,000-row list
  // after the scan then waited 600–750 ms for the page's relayout in 5 of 13 runs (1 of 8 walked first).
  let elements: NodeSource | undefined;
  let texts: NodeSource | undefined;

  return function next() {
    (texts ?? elements)?.resume?.();
    for (let looked = 0; looked < NODES_PER_CALL; looked++) {
      if (!texts) {
        elements ??= elementsToSee(root, queryLimit);
        const el = elements.next() as Element | null;
        if (!el) texts = nodesUnder(root, SHOW_TEXT);
        else if (el.isConnected) seeElement(el, hooks);
        continue;
      }
      const text = texts.next() as Text | null;
      if (!text) return null;
      if (hooks.isCandidate(text) && !isInExcludedRegion(text)) return text;
    }
    return false;
  };
}
