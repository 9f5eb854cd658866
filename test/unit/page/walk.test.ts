// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { createWalk } from '../../../lib/page/walk';

function walkOver(html: string) {
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
  });
  const texts = () => {
    const out: string[] = [];
    for (let text = next(); text; text = next()) {
      seen.add(text);
      out.push(text.data);
    }
    return out;
  };
  return { root, next, seen, found, texts };
}

describe('createWalk', () => {
  it('hands out candidate text, skips excluded subtrees and reports links, frames and shadow hosts', () => {
    const { found, texts } = walkOver(
      '<p>1 a</p><div hidden><p>2</p></div><script>3</script><p>x<b>4</b></p>' +
        '<a href="tel:+1">5</a><iframe srcdoc=""></iframe><section data-switchboard="off"><a href="tel:+2">6</a></section><p>7</p>',
    );
    expect(texts()).toEqual(['1 a', '4', '7']);
    expect(found).toEqual({ tel: ['tel:+1'], frames: 1, shadows: 0 });
  });

  it('walks the root again when the page removes the node it stopped at', () => {
    const { root, next, seen } = walkOver('<p>1</p><p>2</p><p>3</p>');
    seen.add(next()!); // "1"; the walk now stands on the second <p>
    root.children[1]!.remove();
    const rest: string[] = [];
    for (let text = next(); text; text = next()) rest.push(text.data);
    expect(rest).toEqual(['3']);
  });

  it.each([
    ['a custom element', '<x-card></x-card>', 'x-card', 1],
    ['a <div>', '<div class="card"></div>', 'div', 1],
    ['a <span> in a table cell', '<table><tr><td><span></span></td></tr></table>', 'span', 1],
    ['a custom element inside data-switchboard="off"', '<div data-switchboard="off"><x-card></x-card></div>', 'x-card', 0],
    ['a custom element inside [hidden]', '<section hidden><x-card></x-card></section>', 'x-card', 0],
    ['a custom element inside an editable region', '<div contenteditable><x-card></x-card></div>', 'x-card', 0],
  ] as const)('reports an open shadow root on %s, unless it is in an excluded region', (_what, html, host, shadows) => {
    const { root, found, texts } = walkOver(html);
    root.querySelector(host)!.attachShadow({ mode: 'open' }).innerHTML = '<p>415 555 0132</p>';
    texts();
    expect(found.shadows).toBe(shadows);
  });

  it('reports a tel: link whatever the case or the spaces before the scheme, and leaves its text to it', () => {
    const { found, texts } = walkOver('<a href=" TEL:+1">1</a><a href="/tel:+2">2</a><a href="tel:+3"><b>3</b></a>');
    expect(texts()).toEqual(['2']);
    expect(found.tel).toEqual([' TEL:+1', 'tel:+3']);
  });
});
