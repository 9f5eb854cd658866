// @vitest-environment happy-dom
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { FindNumbers } from '../../../lib/page/detection';
import { findNumbersIn } from '../../../lib/phone/detect';
import { numbersIn, scan } from './harness';

// Which texts the scanner hands to `findNumbers` (the background, in the content script) and
// which it searches itself: a long page goes out in batches, a short one or a few added rows
// do not wait for a round trip.

let stop: (() => void) | undefined;
afterEach(() => {
  stop?.();
  document.body.innerHTML = '';
});

// One read slice for the whole page, however slow the test machine: which batch goes where
// then depends on the counts alone.
const ONE_SLICE = { sliceMs: 60_000 };

const rows = (from: number, count: number) =>
  Array.from({ length: count }, (_, i) => `<tr><td>(415) 555-${String(1000 + from + i)}</td><td>2024-05-17</td></tr>`).join('');

async function scanWith(html: string) {
  const findNumbers = vi.fn<FindNumbers>(async (texts) => findNumbersIn(texts, 'US'));
  const started = await scan(html, { findNumbers, ...ONE_SLICE });
  stop = () => started.controller.abort();
  const sent = () => findNumbers.mock.calls.flatMap(([texts]) => texts);
  return { ...started, findNumbers, sent };
}

describe('startScanner: where numbers are searched', () => {
  it.each([
    [3, 0],
    [150, 0],
    [151, 151],
    [700, 700],
  ])('a page of %i numbers sends %i texts out', async (count, sent) => {
    const scanned = await scanWith(`<table>${rows(0, count)}</table>`);
    expect(scanned.sent()).toHaveLength(sent);
    expect(new Set(scanned.sent()).size).toBe(sent); // no text twice
    expect(numbersIn()).toHaveLength(count);
  });

  it('decorates what the answer says, not what the page would have found itself', async () => {
    const findNumbers = vi.fn<FindNumbers>(async (texts) => texts.map(() => [{ start: 0, end: 14, e164: '+14155550000' }]));
    const { controller } = await scan(`<table>${rows(0, 200)}</table>`, { findNumbers, ...ONE_SLICE });
    stop = () => controller.abort();
    expect(new Set(numbersIn())).toEqual(new Set(['+14155550000']));
  });

  it('searches a few rows added to a long page itself', async () => {
    const scanned = await scanWith(`<table><tbody>${rows(0, 300)}</tbody></table>`);
    const before = scanned.sent().length;
    document.querySelector('tbody')!.insertAdjacentHTML('beforeend', rows(300, 20));
    await scanned.settle();
    expect(scanned.sent()).toHaveLength(before);
    expect(numbersIn()).toHaveLength(320);
  });

  it('searches rows added to a long page itself even when reading them takes many slices', async () => {
    // One unit of reading per slice: a slow machine, or a garbage collection in the slice.
    const findNumbers = vi.fn<FindNumbers>(async (texts) => findNumbersIn(texts, 'US'));
    const scanned = await scan(`<table><tbody>${rows(0, 300)}</tbody></table>`, { findNumbers, sliceMs: 0 });
    stop = () => scanned.controller.abort();
    const before = findNumbers.mock.calls.length;
    expect(before).toBeGreaterThan(0);
    document.querySelector('tbody')!.insertAdjacentHTML('beforeend', rows(300, 100));
    await scanned.settle();
    expect(findNumbers.mock.calls).toHaveLength(before);
    expect(numbersIn()).toHaveLength(400);
  });

  it('leaves a text that changed while it was searched to its new search', async () => {
    let answer: (() => void) | undefined;
    const findNumbers = vi.fn<FindNumbers>((texts) => new Promise((resolve) => (answer = () => resolve(findNumbersIn(texts, 'US')))));
    const scanning = scan(`<table>${rows(0, 200)}</table>`, { findNumbers, ...ONE_SLICE });
    await vi.waitFor(() => expect(answer).toBeDefined());
    const first = document.querySelector('td')!.firstChild as Text;
    first.data = 'no number here';
    answer!();
    const { controller } = await scanning;
    stop = () => controller.abort();
    expect(numbersIn()).toHaveLength(199);
    expect(first.parentElement!.hasAttribute('data-e164')).toBe(false);
  });
});
