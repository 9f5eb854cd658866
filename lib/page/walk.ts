/**
 * Walks the text worth scanning under one root. From a content script every node the walk
 * touches costs a wrapper of the extension's world, made on first touch and soon garbage, and
 * a page has more elements than texts. So the walk goes over the texts only, and asks the
 * excluded-region check (one native `closest`) just for the few that may hold a number; the
 * elements it must see (tel: links, frames, possible shadow hosts) come from native queries,
 * which make wrappers for their matches alone. On the bench's 2,000-row list (30,000 elements,
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

const SHOW_TEXT = 0x4; // NodeFilter.SHOW_TEXT, valid in any frame's realm

/**
 * Standard elements that cannot host a shadow root, commonest first. (The DOM standard lets
 * `attachShadow` use custom elements and HOST_TAGS.) Frames are not listed: the walk must see them.
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
 * 150,000 of the bench's 10,000-row list (5–9 ms per 30,000). A larger root takes one query
 * per kind of element instead (elementsToSee).
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

interface NodeSource<T> {
  /** The next node, or null at the end. */
  next(): T | null;
  /**
   * Called before a run of `next` calls the page cannot interrupt (one step of the walk), not
   * per node: each check is a call into the DOM, and 20,000 of them showed in the scan's profile.
   */
  resume?(): void;
}

/**
 * The texts under `root`. When the page has removed the node it stood on, it starts over from
 * the root: a walk from there would stop early, and what was handled is skipped cheaply.
 */
function textsUnder(root: Node): NodeSource<Text> {
  const doc = root.ownerDocument ?? (root as Document);
  let walker = doc.createTreeWalker(root, SHOW_TEXT);
  let node = walker.nextNode();
  return {
    resume() {
      if (!node || node.isConnected) return;
      walker = doc.createTreeWalker(root, SHOW_TEXT);
      node = root.isConnected ? walker.nextNode() : null;
    },
    next() {
      const current = node as Text | null;
      if (current) node = walker.nextNode();
      return current;
    },
  };
}

/**
 * The standard elements that may host a shadow root (see NEVER_HOSTS), one query each on a
 * large root: a single tag takes the query engine's fast path, 2–3 ms over the 150,000
 * elements of the bench's 10,000-row list, where a selector list is matched against every
 * element (10–300 ms there, longer the list).
 */
const HOST_TAGS = [...COMMON_HOSTS.split(','), 'article', 'aside', 'blockquote', 'body', 'footer', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'header', 'main', 'nav', 'section'];
/** Custom elements, whose names have a hyphen: no CSS selector can pick them out. 10–38 ms there. */
const CUSTOM_ELEMENTS = "descendant::*[contains(local-name(), '-')]";
const ORDERED_SNAPSHOT = 7; // XPathResult.ORDERED_NODE_SNAPSHOT_TYPE

/** What a query found: a NodeList, or an XPath snapshot seen as one. */
interface Found {
  readonly length: number;
  item(index: number): Element | null;
}

function customElementsUnder(root: Document | Element): Found {
  const doc = root.ownerDocument ?? (root as Document);
  const result = doc.evaluate(CUSTOM_ELEMENTS, root, null, ORDERED_SNAPSHOT, null);
  return { length: result.snapshotLength, item: (index) => result.snapshotItem(index) as Element | null };
}

/**
 * The elements under `root` that seeElement must look at (or more of them), one per call,
 * then null; false after each query, which ends the walk's step. A root of up to `queryLimit`
 * elements takes one query. A larger one takes one for custom elements, one per host tag and
 * for frames, and one for tel: links. It used to have its elements walked: a wrapper each,
 * 150,000 on the 10,000-row list, whose garbage collections landed in the scan's slices. There,
 * runs with a task over 50 ms went from 7 of 26 to 1 of 26 (54 ms), and the scan's
 * main-thread time from 1,168 to 1,018 and 1,110 to 1,035 ms (medians of two interleaved sets).
 */
function elementsToSee(root: Node, queryLimit: number): NodeSource<Element | false> {
  const parent = root as Node & ParentNode;
  // item() stops counting at the limit (a shadow root has no such collection; they are small).
  const large =
    'getElementsByTagName' in parent
      ? (parent as Document | Element).getElementsByTagName('*').item(queryLimit) !== null
      : parent.querySelectorAll('*').length > queryLimit;
  const queries: (() => Found)[] = large
    ? [
        // The longest query (CUSTOM_ELEMENTS; once 51 ms on a busy machine) goes first, where
        // it starts a slice: a large root is usually the document, walked first. Last, it
        // followed up to a slice's worth of the other queries in the same task.
        () => customElementsUnder(parent as Document | Element),
        ...[...HOST_TAGS, 'iframe'].map((tag) => () => parent.querySelectorAll(tag)),
        // Alone: 4-9 ms there, where a list with `iframe` took 10-23 ms.
        () => parent.querySelectorAll(TEL_LINK),
      ]
    : [() => parent.querySelectorAll(ELEMENTS_TO_SEE)];
  let found: Found = { length: 0, item: () => null };
  let next = 0;
  return {
    next() {
      if (next < found.length) return found.item(next++);
      const query = queries.shift();
      if (!query) return null;
      found = query();
      next = 0;
      return false;
    },
  };
}

/**
 * Returns a function to call until it returns null: each call gives the next candidate text,
 * or false when it looked at a share of the root without finding one. (`queryLimit`: tests
 * take both ways to the elements.)
 */
export function createWalk(root: Node, hooks: WalkHooks, queryLimit = QUERY_LIMIT): () => Text | null | false {
  // Elements first: the wrappers they leave behind are then collected during the text walk.
  // Seen last (when they were walked), they were collected in the slice of the page's next
  // change: 100 rows added to the 10,000-row list after the scan then waited 600–750 ms for
  // the page's relayout in 5 of 13 runs (1 of 8 seen first).
  let elements: NodeSource<Element | false> | undefined;
  let texts: NodeSource<Text> | undefined;

  return function next() {
    (texts ?? elements)?.resume?.();
    for (let looked = 0; looked < NODES_PER_CALL; looked++) {
      if (!texts) {
        elements ??= elementsToSee(root, queryLimit);
        const el = elements.next();
        if (el === false) return false;
        if (!el) texts = textsUnder(root);
        else if (el.isConnected) seeElement(el, hooks);
        continue;
      }
      const text = texts.next();
      if (!text) return null;
      if (hooks.isCandidate(text) && !isInExcludedRegion(text)) return text;
    }
    return false;
  };
}
