// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { select } from 'xpath';
import { createWalk } from '../../../lib/page/walk';

// The elements a walk must see come from one query, or on a large root from a query per kind
// of element: both.
const WAYS = [
  ['queried at once', undefined],
  ['queried by kind', 0],
] as const;

// happy-dom has no XPath, which a large root's custom elements are found with; the browsers
// do. A snapshot from a real XPath engine, the way the walk asks for it.
Document.prototype.evaluate ??= function evaluate(expression: string, context: Node) {
  const nodes = select(expression, context) as Node[];
  return { snapshotLength: nodes.length, snapshotItem: (index: number) => nodes[index] ?? null } as XPathResult;
};

function walkOver(html: string, queryLimit?: number) {
  const root = document.createElement('div');
  root.innerHTML = html;
  document.body.replaceChildren(root);
  const seen = new Set<Text>();
  const found = { tel: [] as string[], frames: 0, shadows: 0 };
  const next = createWalk(root, {
    isCandidate: (text) => !seen.has(text) && /\d/.test(text.data),
    tel: (anchor) => found.tel.push(anchor.getAttribute('href')!),
    frame: () => found.frames++,
    shadow: () => found.shadows++,
  }, queryLimit);
  // false: a call that looked at its share of the root and found nothing; null: the end.
  const texts = () => {
    const out: string[] = [];
    for (let text = next(); text !== null; text = next()) {
      if (!text) continue;
      seen.add(text);
      out.push(text.data);
    }
    return out;
  };
  return { root, next, seen, found, texts };
}

describe('createWalk', () => {
  it.each(WAYS)('hands out candidate text, skips excluded subtrees and reports links, frames and shadow hosts (elements %s)', (_, queryLimit) => {
    const { found, texts } = walkOver(
      '<p>1 a</p><div hidden><p>2</p></div><script>3</script><p>x<b>4</b></p>' +
        '<a href="tel:+1">5</a><iframe srcdoc=""></iframe><section data-switchboard="off"><a href="tel:+2">6</a></section><p>7</p>',
      queryLimit,
    );
    expect(texts()).toEqual(['1 a', '4', '7']);
    expect(found).toEqual({ tel: ['tel:+1'], frames: 1, shadows: 0 });
  });

  it('walks the root again when the page removes the node it stopped at', () => {
    const { root, next, seen } = walkOver('<p>1</p><p>2</p><p>3</p>');
    let first = next();
    while (first === false) first = next(); // the element query's step
    seen.add(first!); // "1"; the walk now stands on the text "2"
    root.children[1]!.remove();
    const rest: string[] = [];
    for (let text = next(); text !== null; text = next()) if (text) rest.push(text.data);
    expect(rest).toEqual(['3']);
  });

  describe.each(WAYS)('with the elements %s', (_, queryLimit) => {
    // Every element the DOM standard lets attachShadow use (but <body>, the page's own), among others.
    const HOSTS = ['article', 'aside', 'blockquote', 'div', 'footer', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'header', 'main', 'nav', 'p', 'section', 'span', 'x-card'];
    it.each(HOSTS)('reports an open shadow root on a <%s> among elements that cannot host one', (host) => {
      const { root, found, texts } = walkOver(`<table><tr><td><a href="/t/1">1</a></td><td><${host}></${host}></td></tr></table><ul><li><time>2</time></li></ul>`, queryLimit);
      root.querySelector(host)!.attachShadow({ mode: 'open' }).innerHTML = '<p>415 555 0132</p>';
      texts();
      expect(found.shadows).toBe(1);
    });

    it.each([
      ['a custom element', '<x-card></x-card>', 'x-card', 1],
      ['a <div>', '<div class="card"></div>', 'div', 1],
      ['a <span> in a table cell', '<table><tr><td><span></span></td></tr></table>', 'span', 1],
      ['a custom element inside data-switchboard="off"', '<div data-switchboard="off"><x-card></x-card></div>', 'x-card', 0],
      ['a custom element inside [hidden]', '<section hidden><x-card></x-card></section>', 'x-card', 0],
      ['a custom element inside an editable region', '<div contenteditable><x-card></x-card></div>', 'x-card', 0],
    ] as const)('reports an open shadow root on %s, unless it is in an excluded region', (_what, html, host, shadows) => {
      const { root, found, texts } = walkOver(html, queryLimit);
      root.querySelector(host)!.attachShadow({ mode: 'open' }).innerHTML = '<p>415 555 0132</p>';
      texts();
      expect(found.shadows).toBe(shadows);
    });
  });

  it.each(WAYS)('reports a tel: link whatever the case or the spaces before the scheme, and leaves its text to it (elements %s)', (_, queryLimit) => {
    const { found, texts } = walkOver('<a href=" TEL:+1">1</a><a href="/tel:+2">2</a><a href="tel:+3"><b>3</b></a>', queryLimit);
    expect(texts()).toEqual(['2']);
    expect(found.tel).toEqual([' TEL:+1', 'tel:+3']);
  });

  it('looks at a bounded share of a long page per call, so no call runs long', () => {
    const { next } = walkOver('<p>no number here</p>'.repeat(2000));
    const calls: (Text | null | false)[] = [];
    for (let text = next(); text !== null; text = next()) calls.push(text);
    expect(calls.filter((call) => call === false).length).toBeGreaterThan(4);
  });
});
