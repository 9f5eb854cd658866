// @vitest-environment happy-dom
/**
 * A number that is all its element holds (maybe after a short label) is marked on the page's
 * own element: no text is split, so the page does not lay out again. Anything else is wrapped.
 */
import { describe, expect, it } from 'vitest';
import { marksIn, numbersIn, usePages } from './harness';

const page = usePages();

/** Where data-e164 ended up: the page's own element, or a span Switchboard inserted. */
const marked = () =>
  [...document.querySelectorAll('[data-e164]')].map((el) => `${el.localName}${el.id ? `#${el.id}` : ''}: ${el.firstChild?.textContent}`);

describe('startScanner: decorating in place', () => {
  it.each([
    ['a cell with only the number', '<table><tr><td id="n">(415) 555-0132</td></tr></table>', 'td#n: (415) 555-0132'],
    ['a label before it', '<div id="n">Mobile: +44 20 7946 0958</div>', 'div#n: Mobile: +44 20 7946 0958'],
    ['whitespace around it', '<span id="n">\n   415-555-0132  \n</span>', 'span#n: \n   415-555-0132  \n'],
    ['a link to the customer', '<a id="n" href="/customers/7">+1 650 253 0000</a>', 'a#n: +1 650 253 0000'],
    ['an extension', '<div id="n">650-253-0000 ext. 123</div>', 'div#n: 650-253-0000 ext. 123'],
  ])('marks the element itself for %s', async (_, html, expected) => {
    await page(html);
    expect(marked()).toEqual([expected]);
    const el = document.getElementById('n')!;
    expect(el.childNodes).toHaveLength(1);
    expect(el.firstChild!.nodeType).toBe(3); // the page's text node, whole and alone
  });

  it.each([
    ['a cell', '<table><tr><td id="n">(415) 555-0132</td></tr></table>', '0'],
    ['a link to the customer (a tab stop already)', '<a id="n" href="/customers/7">+1 650 253 0000</a>', null],
    ['a cell the page made focusable', '<table><tr><td id="n" tabindex="-1">(415) 555-0132</td></tr></table>', '-1'],
    ['a number inside a clickable row', '<div role="row" tabindex="0"><div id="n">(415) 555-0132</div></div>', null],
  ])('makes %s reachable by Tab only where nothing around it is', async (_, html, tabindex) => {
    const { controller } = await page(html);
    expect(document.getElementById('n')!.getAttribute('tabindex')).toBe(tabindex);
    controller.abort();
    expect(document.getElementById('n')!.getAttribute('tabindex')).toBe(tabindex === '0' ? null : tabindex);
  });

  it.each([
    ['text after the number', '<div>(415) 555-0132 (home)</div>'],
    ['a long sentence before it', '<p>Please call the customer back at 415-555-0132</p>'],
    ['two numbers', '<div>415-555-0132, 415-555-0199</div>'],
    ['other nodes beside it', '<div><b>Tel</b> 415-555-0132</div>'],
    ['the body as its parent', '415-555-0132'],
  ])('wraps the number when the element holds more: %s', async (_, html) => {
    await page(html);
    expect(marked().every((entry) => entry.startsWith('span: '))).toBe(true);
    expect(marked().length).toBeGreaterThan(0);
  });

  it('takes the mark away with the page\'s text, and marks the new number', async () => {
    const { settle } = await page('<div id="n">(415) 555-0132</div>');
    const el = document.getElementById('n')!;
    (el.firstChild as Text).data = '(415) 555-0199';
    await settle();
    expect(numbersIn()).toEqual(['+14155550199']);
    (el.firstChild as Text).data = 'No number';
    await settle();
    expect(numbersIn()).toEqual([]);
    expect(el.hasAttribute('data-e164')).toBe(false);
    expect(marksIn()).toBe(0);
  });

  it('looks again when the page adds to a marked element, so a second number is not missed', async () => {
    const { settle } = await page('<div id="n">(415) 555-0132</div>');
    const el = document.getElementById('n')!;
    el.append(document.createTextNode(' or 415-555-0199'));
    await settle();
    expect(numbersIn()).toEqual(['+14155550132', '+14155550199']);
    expect(el.hasAttribute('data-e164')).toBe(false); // now wrapped, one span each
    expect(marksIn()).toBe(2);
    expect(el.textContent).toBe('(415) 555-0132 or 415-555-0199');
  });

  it('gives the element back when the page removes its text node', async () => {
    const { settle } = await page('<div id="n">(415) 555-0132</div>');
    const el = document.getElementById('n')!;
    el.firstChild!.remove();
    await settle();
    expect(el.hasAttribute('data-e164')).toBe(false);
    expect(el.childNodes).toHaveLength(0);
  });

  it('leaves the page\'s element as it found it when aborted', async () => {
    const { controller } = await page('<div id="n" class="phone">(415) 555-0132</div>');
    controller.abort();
    expect(document.body.innerHTML).toBe('<div id="n" class="phone">(415) 555-0132</div>');
  });
});

describe('startScanner: taking an in-place mark away', () => {
  it('does not write the page\'s text back unchanged (a needless mutation for its framework)', async () => {
    const { controller } = await page('<div id="n">(415) 555-0132</div>');
    const el = document.getElementById('n')!;
    const records: MutationRecord[] = [];
    const observer = new MutationObserver((found) => records.push(...found));
    observer.observe(el, { characterData: true, subtree: true });
    controller.abort();
    records.push(...observer.takeRecords());
    observer.disconnect();
    expect(records.filter((r) => r.type === 'characterData')).toEqual([]);
    expect(el.hasAttribute('data-e164')).toBe(false);
  });
});
