// @vitest-environment happy-dom
import { afterEach, describe, expect, it, vi } from 'vitest';
import { createDialHandler, createSingleFlight, shouldHandleClick } from '../../../lib/page/click';
import { marksIn, numbersIn, scan } from './harness';

const trusted = { isTrusted: true, button: 0, ctrlKey: false, metaKey: false, shiftKey: false, altKey: false };

describe('shouldHandleClick', () => {
  it.each([
    ['a trusted primary click', trusted, true],
    ['a synthetic click (el.click(), dispatchEvent)', { ...trusted, isTrusted: false }, false],
    ['a middle click', { ...trusted, button: 1 }, false],
    ['ctrl+click', { ...trusted, ctrlKey: true }, false],
    ['cmd+click', { ...trusted, metaKey: true }, false],
    ['shift+click', { ...trusted, shiftKey: true }, false],
  ])('%s -> %s', (_, event, expected) => {
    expect(shouldHandleClick(event)).toBe(expected);
  });
});

describe('createSingleFlight (the chip and the ticket button)', () => {
  it.each<[string, () => unknown]>([
    ['answered', () => Promise.resolve()],
    ['refused', () => Promise.reject(new Error('no'))],
    ['thrown at once', () => {
      throw new Error('no');
    }],
  ])('one dial at a time, busy until it is %s, then the next click dials again', async (_, outcome) => {
    const setBusy = vi.fn();
    const dial = vi.fn(outcome);
    const once = createSingleFlight(setBusy);
    once(dial);
    once(dial);
    expect(dial).toHaveBeenCalledTimes(1);
    expect(setBusy.mock.calls).toEqual([[true]]);
    await vi.waitFor(() => expect(setBusy.mock.calls).toEqual([[true], [false]]));
    once(dial);
    expect(dial).toHaveBeenCalledTimes(2);
  });
});

describe('createDialHandler', () => {
  const number = { e164: '+16502530000', extension: '123', international: '+1 650 253 0000' };
  const host = document.createElement('switchboard-call');
  const control = () => ({ element: () => host, setBusy: vi.fn() });
  const click = (facts = trusted) =>
    Object.assign(new MouseEvent('click'), { preventDefault: vi.fn(), stopPropagation: vi.fn() }, facts) as unknown as MouseEvent;
  // happy-dom's isTrusted is read-only on real events: a plain object stands in for a trusted one.
  const fakeClick = (facts = trusted) => ({ ...facts, preventDefault: vi.fn(), stopPropagation: vi.fn() }) as unknown as MouseEvent;

  it('dials once per click with the main number and the extension, busy until the answer', async () => {
    let answer!: () => void;
    const onDial = vi.fn(() => new Promise<void>((resolve) => (answer = resolve)));
    const ui = control();
    const handle = createDialHandler(number, '650-253-0000 ext. 123', ui, onDial);
    const first = fakeClick();
    handle(first);
    handle(fakeClick()); // a double click while the first is in flight
    expect(onDial).toHaveBeenCalledTimes(1);
    expect(onDial).toHaveBeenCalledWith(
      { kind: 'number', e164: '+16502530000', extension: '123', text: '650-253-0000 ext. 123' },
      { element: host },
    );
    expect(first.preventDefault).toHaveBeenCalled();
    expect(ui.setBusy).toHaveBeenLastCalledWith(true);
    answer();
    await vi.waitFor(() => expect(ui.setBusy).toHaveBeenLastCalledWith(false));
    handle(fakeClick());
    expect(onDial).toHaveBeenCalledTimes(2);
  });

  it('ends the busy state when the dial fails', async () => {
    const ui = control();
    const handle = createDialHandler(number, 'x', ui, () => {
      throw new Error('offline');
    });
    handle(fakeClick());
    await vi.waitFor(() => expect(ui.setBusy).toHaveBeenLastCalledWith(false));
  });

  it('ignores untrusted clicks entirely, leaving the default action alone', () => {
    const onDial = vi.fn();
    const event = click({ ...trusted, isTrusted: false });
    createDialHandler(number, 'x', control(), onDial)(event);
    expect(onDial).not.toHaveBeenCalled();
    expect(event.preventDefault).not.toHaveBeenCalled();
  });
});

describe('page scripts cannot place a call', () => {
  afterEach(() => {
    document.body.innerHTML = '';
  });

  it('gives a tel: link its number, without decorating its text or adding a tab stop', async () => {
    const { controller } = await scan(
      '<a href="tel:+1-650-253-0000;ext=123">+1 (650) 253-0000 ext. 123</a> <a href="tel:07911123456">UK</a> <a href="tel:12">short</a>',
      { defaultCountry: 'GB' },
    );
    const links = document.querySelectorAll('a');
    expect(numbersIn()).toEqual(['+16502530000', '+447911123456']);
    expect(links[0]!.getAttribute('data-e164')).toBe('+16502530000');
    expect(links[0]!.children).toHaveLength(0);
    expect(links[0]!.nextSibling?.textContent).toBe(' '); // nothing of ours beside it
    expect(links[0]!.hasAttribute('tabindex')).toBe(false); // a link is a tab stop already
    expect(links[2]!.hasAttribute('data-e164')).toBe(false);
    expect(marksIn()).toBe(2);
    controller.abort();
  });

  it('ignores synthetic clicks on tel: links', async () => {
    const { controller, onDial } = await scan('<p>(415) 555-0132</p><a href="tel:+14155550199">desk</a>');
    document.querySelector('a')!.dispatchEvent(new MouseEvent('click', { bubbles: true, cancelable: true }));
    document.querySelector('a')!.click();
    expect(onDial).not.toHaveBeenCalled();
    controller.abort();
  });
});
