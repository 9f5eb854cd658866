// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { isInExcludedRegion } from '../../../lib/page/filter';

// What keeps a text that arrives by mutation out, as the walk keeps it out.
describe('isInExcludedRegion', () => {
  it.each([
    ['a plain paragraph', '<p><b id="t">415 555 0132</b></p>', false],
    ['a link elsewhere that mentions tel:', '<a href="/help/tel:"><b id="t">415 555 0132</b></a>', false],
    ['a link that mentions tel: inside an excluded region', '<div data-switchboard="off"><a href="/hotel:5"><b id="t">415 555 0132</b></a></div>', true],
    ['a link that mentions tel: inside code', '<code><a href="/tel:"><b id="t">415 555 0132</b></a></code>', true],
    ['a hidden link that mentions tel:', '<a hidden href="/hotel:5"><b id="t">415 555 0132</b></a>', true],
    ['a link that mentions tel: inside a plain one', '<p><a href="/hotel:5"><b id="t">415 555 0132</b></a></p>', false],
    ['a tel: link', '<a href="tel:+14155550132"><b id="t">415 555 0132</b></a>', true],
    ['a tel: link with spaces before the scheme', '<a href="  TEL:+14155550132"><b id="t">415 555 0132</b></a>', true],
    ['data-switchboard="off"', '<div data-switchboard="off"><p id="t">415 555 0132</p></div>', true],
    ['an editable region', '<div contenteditable><p id="t">415 555 0132</p></div>', true],
    ['code', '<pre><span id="t">415 555 0132</span></pre>', true],
    // Told by the text's parent alone:
    ['a text area', '<textarea id="t">415 555 0132</textarea>', true],
    ['a script', '<script id="t">"415 555 0132"</script>', true],
    ['an option', '<select><option id="t">415 555 0132</option></select>', true],
    // Told by an ancestor further up:
    ['a button', '<button><span><b id="t">415 555 0132</b></span></button>', true],
    ['an option with markup in a select', '<select><option><span id="t">415 555 0132</span></option></select>', true],
    ['a heading inside an SVG', '<svg><text id="t">415 555 0132</text></svg>', true],
  ])('%s: %s', (_, html, excluded) => {
    document.body.innerHTML = html;
    expect(isInExcludedRegion(document.getElementById('t')!.firstChild!)).toBe(excluded);
  });
});
