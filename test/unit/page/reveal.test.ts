// @vitest-environment happy-dom
/**
 * The call chip: one per document, shown beside the number under the pointer or focus, and
 * only for numbers the scanner marked. Real pointers, keys and trusted clicks are in the e2e
 * tests (test/e2e/dial.test.ts); here, what shows when, where, and for which number.
 */
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { HIDE_DELAY_MS, SHOW_DELAY_MS } from '../../../lib/page/reveal';
import { usePages } from './harness';

const page = usePages();

const PAGE = `
  <table><tr><td id="a">(415) 555-0132</td><td id="b">Mobile: +44 20 7946 0958</td></tr></table>
  <p id="c">Call Jane at 650-253-0000 ext. 123 today</p>
  <a id="tel" href="tel:+14155550199">desk</a>
  <p id="fake" data-e164="+19005550100">Win a prize</p>
  <p id="plain">Nothing to call here</p>
  <a id="row" href="/customers/7">Dana Whitfield (requester), mobile +1 859-657-9625</a>`;

let roots: () => ShadowRoot[];
beforeEach(() => {
  const spy = vi.spyOn(HTMLElement.prototype, 'attachShadow');
  roots = () => spy.mock.results.map((result) => result.value as ShadowRoot);
  // happy-dom lays nothing out: every number's text ends at x = 200, on a line 100 px down.
  vi.spyOn(Range.prototype, 'getClientRects').mockReturnValue([new DOMRect(100, 100, 100, 20)] as unknown as DOMRectList);
});
afterEach(() => {
  vi.useRealTimers();
  vi.restoreAllMocks();
});

const chips = () => document.querySelectorAll<HTMLElement>('[data-testid="switchboard-chip"]');
const chipRoot = () => roots().find((root) => root.host.localName === 'switchboard-chip');
const chipButton = () => chipRoot()?.querySelector('button');
/** The chip's text when shown, else null. */
const shown = () => (chipButton() && !chipButton()!.hidden ? chipButton()!.textContent : null);
const over = (target: Element) => target.dispatchEvent(new PointerEvent('pointerover', { bubbles: true, composed: true }));
const byId = (id: string) => document.getElementById(id)!;

async function scanned() {
  const started = await page(PAGE);
  vi.useFakeTimers();
  return started;
}

describe('the call chip', () => {
  it('shows beside the number the pointer rests on, named for it, one chip for the page', async () => {
    await scanned();
    over(byId('b'));
    expect(shown()).toBeNull(); // not while the pointer merely passes
    vi.advanceTimersByTime(SHOW_DELAY_MS);
    expect(shown()).toBe('Call +44 20 7946 0958');
    over(byId('a'));
    vi.advanceTimersByTime(SHOW_DELAY_MS);
    expect(shown()).toBe('Call +1 415 555 0132');
    expect(chips()).toHaveLength(1);
    expect(chips()[0]!.parentElement).toBe(document.documentElement); // outside the page's body and layout
    expect(chips()[0]!.shadowRoot).toBeNull(); // closed
  });

  it('asks for its label when it shows, not while the page is scanned', async () => {
    const label = vi.fn((n: { international: string }) => `Ring ${n.international}`);
    document.body.innerHTML = PAGE;
    const { start } = await import('./harness');
    const { controller } = await start({ label });
    vi.useFakeTimers();
    expect(label).not.toHaveBeenCalled();
    over(byId('c').querySelector('[data-e164]')!);
    vi.advanceTimersByTime(SHOW_DELAY_MS);
    expect(label).toHaveBeenCalledTimes(1);
    expect(shown()).toBe('Ring +1 650 253 0000');
    controller.abort();
  });

  it('shows only the last number a sweeping pointer stops on', async () => {
    await scanned();
    over(byId('a'));
    vi.advanceTimersByTime(SHOW_DELAY_MS / 2);
    over(byId('b'));
    vi.advanceTimersByTime(SHOW_DELAY_MS);
    expect(shown()).toBe('Call +44 20 7946 0958');
  });

  it('stays while the pointer travels to it, and goes when the pointer leaves both', async () => {
    await scanned();
    over(byId('a'));
    vi.advanceTimersByTime(SHOW_DELAY_MS);
    over(byId('plain'));
    vi.advanceTimersByTime(HIDE_DELAY_MS / 2);
    over(chips()[0]!);
    vi.advanceTimersByTime(HIDE_DELAY_MS * 2);
    expect(shown()).toBe('Call +1 415 555 0132');
    over(byId('plain'));
    vi.advanceTimersByTime(HIDE_DELAY_MS);
    expect(shown()).toBeNull();
  });

  it('stays for its number when the pointer crosses another number on the way to it', async () => {
    await scanned();
    over(byId('a'));
    vi.advanceTimersByTime(SHOW_DELAY_MS);
    over(byId('b')); // the next cell, crossed diagonally
    vi.advanceTimersByTime(SHOW_DELAY_MS / 2);
    over(chips()[0]!);
    vi.advanceTimersByTime(SHOW_DELAY_MS * 2);
    expect(shown()).toBe('Call +1 415 555 0132'); // not moved away from under the pointer
  });

  it.each([
    ['an element the page marked itself', 'fake'],
    ['text without a number', 'plain'],
  ])('does not show for %s', async (_, id) => {
    await scanned();
    over(byId(id));
    vi.advanceTimersByTime(SHOW_DELAY_MS * 2);
    expect(shown()).toBeNull();
  });

  it('shows for a tel: link and for a number the keyboard focus reaches, at once', async () => {
    await scanned();
    over(byId('tel'));
    vi.advanceTimersByTime(SHOW_DELAY_MS);
    expect(shown()).toBe('Call +1 415 555 0199');
    byId('a').focus();
    expect(shown()).toBe('Call +1 415 555 0132');
    byId('a').blur();
    expect(shown()).toBeNull();
  });

  it('offers the number inside a focused link, and Tab on the link moves into the chip', async () => {
    await scanned();
    const link = byId('row');
    expect(link.querySelector('[data-e164]')?.hasAttribute('tabindex')).toBe(false); // the link is the tab stop
    link.focus();
    expect(shown()).toBe('Call +1 859 657 9625');
    const tab = new KeyboardEvent('keydown', { key: 'Tab', bubbles: true, cancelable: true, composed: true });
    Object.defineProperty(tab, 'isTrusted', { value: true });
    link.dispatchEvent(tab);
    expect(tab.defaultPrevented).toBe(true);
    expect(chipRoot()!.activeElement).toBe(chipButton());
  });

  it('goes when the page scrolls under it, or takes the number away', async () => {
    await scanned();
    over(byId('a'));
    vi.advanceTimersByTime(SHOW_DELAY_MS);
    document.dispatchEvent(new Event('scroll'));
    expect(shown()).toBeNull();
    over(byId('a'));
    vi.advanceTimersByTime(SHOW_DELAY_MS);
    expect(shown()).not.toBeNull();
    vi.useRealTimers();
    byId('a').firstChild!.remove(); // a framework re-rendering the cell
    await vi.waitFor(() => expect(shown()).toBeNull());
  });

  it.each([
    ['after the number, centred on its line', 1280, { left: 204, top: 97 }],
    ['below it, inside the viewport, where the line has no room', 210, { left: 46, top: 124 }],
  ])('is placed %s', async (_, width, expected) => {
    vi.spyOn(document.documentElement, 'clientWidth', 'get').mockReturnValue(width);
    vi.spyOn(HTMLElement.prototype, 'getBoundingClientRect').mockReturnValue(new DOMRect(0, 0, 160, 26));
    await scanned();
    over(byId('a'));
    vi.advanceTimersByTime(SHOW_DELAY_MS);
    const rules = chipRoot()!.adoptedStyleSheets.flatMap((sheet) => [...sheet.cssRules].map((rule) => rule.cssText));
    const placed = rules.find((css) => css.includes('left:'));
    expect(placed).toContain(`left: ${expected.left}px !important`);
    expect(placed).toContain(`top: ${expected.top}px !important`);
  });

  it('ignores a synthetic click on it', async () => {
    const { onDial } = await scanned();
    over(byId('a'));
    vi.advanceTimersByTime(SHOW_DELAY_MS);
    chips()[0]!.click();
    chipButton()!.click(); // even with the closed root in hand, as this test has it
    expect(onDial).not.toHaveBeenCalled();
  });

  it('dials the number it shows once per trusted click, and is busy until the answer', async () => {
    let answer!: () => void;
    const onDial = vi.fn(() => new Promise<void>((resolve) => (answer = resolve)));
    document.body.innerHTML = PAGE;
    const { start } = await import('./harness');
    const { controller } = await start({ onDial });
    vi.useFakeTimers();
    over(byId('c').querySelector('[data-e164]')!);
    vi.advanceTimersByTime(SHOW_DELAY_MS);
    const trustedClick = () => {
      const event = new MouseEvent('click', { bubbles: true, cancelable: true });
      Object.defineProperty(event, 'isTrusted', { value: true });
      chipButton()!.dispatchEvent(event);
    };
    trustedClick();
    trustedClick();
    expect(onDial).toHaveBeenCalledTimes(1);
    expect(onDial).toHaveBeenCalledWith(
      { kind: 'number', e164: '+16502530000', extension: '123', text: '650-253-0000 ext. 123' },
      { element: chips()[0] },
    );
    expect(chipButton()!.disabled).toBe(true);
    answer();
    vi.useRealTimers();
    await vi.waitFor(() => expect(chipButton()!.disabled).toBe(false));
    controller.abort();
  });

  it('is taken away with everything else when the scanner stops', async () => {
    const { controller } = await scanned();
    over(byId('a'));
    vi.advanceTimersByTime(SHOW_DELAY_MS);
    controller.abort();
    expect(chips()).toHaveLength(0);
  });
});
