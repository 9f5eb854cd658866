// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { marksIn, numbersIn, start, usePages } from './harness';

const page = usePages();

describe('startScanner: page changes', () => {
  it('decorates appended rows, once each', async () => {
    const { settle } = await page('<table><tbody><tr><td>(415) 555-0132</td></tr></tbody></table>');
    const tbody = document.querySelector('tbody')!;
    for (let i = 0; i < 100; i++) {
      const row = document.createElement('tr');
      row.innerHTML = `<td>(415) 555-${String(1000 + i)}</td><td>2024-05-17</td><td>ORD-${58213947 + i}</td>`;
      tbody.append(row);
    }
    await settle();
    expect(numbersIn()).toHaveLength(101);
    expect(marksIn()).toBe(101);
    expect(new Set(numbersIn()).size).toBe(101);
  });

  it('decorates a re-rendered element once', async () => {
    const { settle } = await page('<div id="panel"><p>(415) 555-0132</p></div>');
    const panel = document.getElementById('panel')!;
    panel.innerHTML = '<p>(415) 555-0132</p>';
    await settle();
    panel.replaceWith(panel.cloneNode(false));
    document.querySelector('#panel')!.innerHTML = '<p>Mobile (415) 555-0199</p>';
    await settle();
    expect(numbersIn()).toEqual(['+14155550199']);
    expect(marksIn()).toBe(1);
  });

  it('follows a framework rewriting the text node it owns, leaving nothing behind', async () => {
    const { settle } = await page('<p>Call (415) 555-0132 today</p>');
    const p = document.querySelector('p')!;
    const own = p.firstChild as Text;
    own.data = 'Call (415) 555-0199 today'; // what React does on a prop change
    await settle();
    expect(numbersIn()).toEqual(['+14155550199']);
    expect(marksIn()).toBe(1);
    expect(p.textContent).toBe('Call (415) 555-0199 today');
    own.data = 'No number now';
    await settle();
    expect(numbersIn()).toEqual([]);
    expect(p.textContent).toBe('No number now');
  });

  it('removes its parts when the page removes the text node or tel: link they belong to', async () => {
    const { settle } = await page('<p>Call (415) 555-0132 today</p><div><a href="tel:+14155550199">desk</a></div>');
    const p = document.querySelector('p')!;
    p.removeChild(p.firstChild!);
    document.querySelector('a')!.remove();
    await settle();
    expect(p.childNodes).toHaveLength(0);
    expect(document.querySelector('div')!.childNodes).toHaveLength(0);
  });

  it('does not decorate twice when a decorated node is moved or scanned again', async () => {
    const { settle } = await page('<div id="a"><p>(415) 555-0132</p></div><div id="b"></div>');
    document.getElementById('b')!.append(document.querySelector('#a p')!);
    document.getElementById('a')!.append(document.createTextNode('+44 20 7946 0958'));
    await settle();
    expect(numbersIn()).toEqual(['+442079460958', '+14155550132']);
    expect(marksIn()).toBe(2);
  });

  it('moves the decoration with a text node the page moves elsewhere', async () => {
    const { settle } = await page('<p id="a">Call (415) 555-0132 today</p><p id="b"></p>');
    const own = document.getElementById('a')!.firstChild!;
    document.getElementById('b')!.append(own);
    await settle();
    expect(document.getElementById('a')!.childNodes).toHaveLength(0);
    expect(numbersIn(document.getElementById('b')!)).toEqual(['+14155550132']);
    expect(document.getElementById('b')!.textContent).toBe('Call (415) 555-0132 today');
  });

  it('decorates a number in a new text node and in changed plain text', async () => {
    const { settle } = await page('<p id="a">nothing yet</p>');
    const p = document.getElementById('a')!;
    (p.firstChild as Text).data = 'now (415) 555-0132';
    p.append(document.createTextNode(', or +44 20 7946 0958'));
    await settle();
    expect(numbersIn()).toEqual(['+14155550132', '+442079460958']);
  });

  it('ignores content added inside excluded regions', async () => {
    const { settle } = await page('<div data-switchboard="off"><p></p></div><div contenteditable="true"></div>');
    document.querySelector('[data-switchboard] p')!.textContent = '(415) 555-0132';
    document.querySelector('[contenteditable]')!.append('(415) 555-0199');
    await settle();
    expect(numbersIn()).toEqual([]);
  });

  it('decorates a hidden number once it is shown', async () => {
    const { settle } = await page('<div id="tab" style="display:none"><p>(415) 555-0132</p></div>');
    expect(numbersIn()).toEqual([]);
    document.getElementById('tab')!.style.display = 'block';
    await new Promise((resolve) => setTimeout(resolve, 300));
    await settle();
    expect(numbersIn()).toEqual(['+14155550132']);
  });

  it.each([
    ['the hidden attribute', '<div id="r" hidden><p>(415) 555-0132</p></div>', (el: Element) => el.removeAttribute('hidden')],
    ['data-switchboard="off"', '<div id="r" data-switchboard="off"><p>(415) 555-0132</p></div>', (el: Element) => el.setAttribute('data-switchboard', 'on')],
  ])('scans a region again when %s goes away', async (_, html, reveal) => {
    const { settle } = await page(html);
    expect(numbersIn()).toEqual([]);
    reveal(document.getElementById('r')!);
    await settle();
    expect(numbersIn()).toEqual(['+14155550132']);
  });

  it('takes everything away when aborted, restoring the text', async () => {
    const { controller } = await page('<p>Call (415) 555-0132 today</p><a href="tel:+14155550199">call</a>');
    const p = document.querySelector('p')!;
    const own = p.firstChild;
    controller.abort();
    expect(numbersIn()).toEqual([]);
    expect(marksIn()).toBe(0);
    expect(p.childNodes).toHaveLength(1);
    expect(p.firstChild).toBe(own);
    expect(p.textContent).toBe('Call (415) 555-0132 today');
  });

  it('decorates once when a second scanner (a frame\'s own content script) runs on the same document', async () => {
    await page('<p>(415) 555-0132</p><a href="tel:+14155550199">desk</a>');
    const second = await start();
    expect(marksIn()).toBe(2);
    second.controller.abort();
    expect(marksIn()).toBe(2);
  });
});
