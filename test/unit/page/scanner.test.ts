// @vitest-environment happy-dom
import { afterEach, describe, expect, it } from 'vitest';
import { marksIn, numbersIn, scan, start } from './harness';

let stop: (() => void) | undefined;
afterEach(() => {
  stop?.();
  document.body.innerHTML = '';
});

const ROWS = `
  <table>
    <tr><td>(415) 555-0132</td><td><a href="/tickets/48213">#48213</a></td><td>2024-05-17</td><td>ORD-58213947</td><td>$1,234.56</td></tr>
    <tr><td>+44 20 7946 0958</td><td><a href="/tickets/48214">#48214</a></td><td>17.05.2024 13:45</td><td>INV-2024-000123</td><td>$4155552671</td></tr>
  </table>
  <p>Call Jane at 650-253-0000 ext. 123 or her mobile +1 650 253 0001, not Invoice #4155552671.</p>`;

describe('startScanner: initial scan', () => {
  it('decorates the numbers in a sample page and nothing else', async () => {
    const { controller } = await scan(ROWS);
    stop = () => controller.abort();
    expect(numbersIn()).toEqual(['+14155550132', '+442079460958', '+16502530000', '+16502530001']);
    expect(marksIn()).toBe(4);
    const p = document.querySelector('p')!;
    expect(p.textContent).toBe('Call Jane at 650-253-0000 ext. 123 or her mobile +1 650 253 0001, not Invoice #4155552671.');
    const wrapper = p.querySelector('[data-e164]')!;
    expect(wrapper.localName).toBe('span');
    expect(wrapper.textContent).toBe('650-253-0000 ext. 123');
    expect(wrapper.getAttribute('tabindex')).toBe('0'); // reachable by Tab, for its call chip
    expect(wrapper.nextSibling?.nodeType).toBe(3); // nothing of ours between the number and its text
  });

  it('keeps the page\'s text node in place, shortened to the text before the number', async () => {
    document.body.innerHTML = '<div>Phone: (415) 555-0132 (home)</div>';
    const div = document.querySelector('div')!;
    const own = div.firstChild as Text;
    const { controller } = await start();
    stop = () => controller.abort();
    expect(div.firstChild).toBe(own);
    expect(own.data).toBe('Phone: ');
    expect([...div.childNodes].map((n) => n.nodeName)).toEqual(['#text', 'SPAN', '#text']);
    expect(div.textContent).toBe('Phone: (415) 555-0132 (home)');
  });

  it.each([
    ['input', '<input value="(415) 555-0132">'],
    ['textarea', '<textarea>(415) 555-0132</textarea>'],
    ['contenteditable', '<div contenteditable="true"><p>(415) 555-0132</p></div>'],
    ['contenteditable (empty value)', '<div contenteditable><p>(415) 555-0132</p></div>'],
    ['script', '<script type="text/plain">(415) 555-0132</script>'],
    ['style', '<style>/* (415) 555-0132 */</style>'],
    ['noscript', '<noscript>(415) 555-0132</noscript>'],
    ['code', '<p>run <code>(415) 555-0132</code></p>'],
    ['pre', '<pre>(415) 555-0132</pre>'],
    ['template', '<template><p>(415) 555-0132</p></template>'],
    ['svg', '<svg><text>(415) 555-0132</text></svg>'],
    ['button', '<button>(415) 555-0132</button>'],
    ['select', '<select><option>(415) 555-0132</option></select>'],
    ['[hidden]', '<div hidden><p>(415) 555-0132</p></div>'],
    ['display: none', '<div style="display:none"><p>(415) 555-0132</p></div>'],
    ['data-switchboard="off"', '<section data-switchboard="off"><div><p>(415) 555-0132</p></div></section>'],
    ['own UI', '<switchboard-call>(415) 555-0132</switchboard-call><switchboard-chip>+1 415 555 0188</switchboard-chip>'],
  ])('skips %s', async (_, html) => {
    const { controller } = await scan(`${html}<p id="control">+1 415 555 0199</p>`);
    stop = () => controller.abort();
    expect(numbersIn()).toEqual(['+14155550199']);
  });

  it.each([
    ['contenteditable="false"', '<div contenteditable="false"><p>(415) 555-0132</p></div>'],
    ['data-switchboard="on"', '<section data-switchboard="on"><p>(415) 555-0132</p></section>'],
    ['a link that is not tel:', '<a href="/customers/7">(415) 555-0132</a>'],
    ['aria-hidden (still shown)', '<div aria-hidden="true" class="x"><p>(415) 555-0132</p></div>'],
  ])('decorates inside %s', async (_, html) => {
    const { controller } = await scan(`${html}<p id="control">+1 415 555 0199</p>`);
    stop = () => controller.abort();
    expect(numbersIn()).toEqual(['+14155550132', '+14155550199']);
  });

  it('decorates inside open shadow roots, including nested ones', async () => {
    document.body.innerHTML = '<div id="outer"></div><div id="closed"></div>';
    const outer = document.getElementById('outer')!.attachShadow({ mode: 'open' });
    outer.innerHTML = '<p>(415) 555-0132</p><div id="inner"></div>';
    const inner = outer.getElementById('inner')!.attachShadow({ mode: 'open' });
    inner.innerHTML = '<span>+44 20 7946 0958</span>';
    document.getElementById('closed')!.attachShadow({ mode: 'closed' }).innerHTML = '<p>650-253-0000</p>';
    const { controller } = await start();
    stop = () => controller.abort();
    expect(numbersIn(outer)).toEqual(['+14155550132']);
    expect(numbersIn(inner)).toEqual(['+442079460958']);
    expect(numbersIn()).toEqual([]); // the light DOM has none, and closed roots stay closed
  });
});
