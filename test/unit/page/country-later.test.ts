// @vitest-environment happy-dom
import { afterEach, describe, expect, it, vi } from 'vitest';
import { startScanner, type ScannerOptions } from '../../../lib/page/scanner';
import { findNumbersIn, type CountryCode } from '../../../lib/phone/detect';
import { numbersIn } from './harness';

// The content script starts the scanner before the agent's settings arrive (waking a stopped
// service worker takes a few hundred milliseconds): the page is read meanwhile, and searched
// and marked by the country the settings name.

const ticks = async (n = 5) => {
  for (let i = 0; i < n; i++) await new Promise((resolve) => setTimeout(resolve, 0));
};

let controller: AbortController;
afterEach(() => {
  controller.abort();
  document.body.innerHTML = '';
});

function startWithCountryLater(html: string) {
  document.body.innerHTML = html;
  controller = new AbortController();
  let resolve!: (country: CountryCode) => void;
  const defaultCountry = new Promise<CountryCode>((r) => (resolve = r));
  const findNumbers = vi.fn<ScannerOptions['findNumbers']>(async (texts, country) => findNumbersIn(texts, await country));
  const scanner = startScanner({
    root: document,
    defaultCountry,
    signal: controller.signal,
    onDial: vi.fn(),
    label: (number) => `Call ${number.international}`,
    findNumbers,
  });
  let idle = false;
  void scanner.idle().then(() => (idle = true));
  return { resolve, findNumbers, scanner, isIdle: () => idle };
}

const PAGE = '<p>020 7946 0958</p><p>(415) 555-0132</p><a href="tel:020-7946-0959">desk</a>';

describe('startScanner: the default country arrives later', () => {
  it.each([
    ['numbers and a tel: link', PAGE],
    ['a tel: link alone', '<a href="tel:020-7946-0959">desk</a>'],
  ])('marks nothing, and is not idle, until the country is known (%s)', async (_, html) => {
    const { findNumbers, isIdle } = startWithCountryLater(html);
    await ticks();
    expect(numbersIn()).toEqual([]);
    expect(findNumbers).not.toHaveBeenCalled();
    expect(isIdle()).toBe(false);
  });

  it.each([
    ['GB', ['+442079460958', '+442079460959']],
    ['US', ['+14155550132']],
  ] as const)('marks by the country it turns out to be (%s)', async (country, expected) => {
    const { resolve, scanner, isIdle, findNumbers } = startWithCountryLater(PAGE);
    await ticks();
    resolve(country);
    await scanner.idle();
    await ticks(); // the pump's last slice may yield once
    await scanner.idle();
    expect(isIdle()).toBe(true);
    expect(numbersIn().sort()).toEqual([...expected].sort());
    expect(findNumbers).not.toHaveBeenCalled(); // a small page is still searched here, once it can be
  });

  it('sends a long page to findNumbers before the country is known, and marks it once it is', async () => {
    // The background searches by the country in force; the page need not wait for its own.
    const rows = Array.from({ length: 200 }, (_, i) => `<p>(415) 555-${1000 + i}</p>`).join('');
    const { resolve, findNumbers, scanner } = startWithCountryLater(rows);
    // Reading 200 paragraphs takes happy-dom several slices: wait for them, not for a count of ticks.
    await vi.waitFor(() => expect(findNumbers.mock.calls.flatMap(([texts]) => texts)).toHaveLength(200));
    expect(numbersIn()).toEqual([]);
    resolve('US');
    await scanner.idle();
    await ticks();
    await scanner.idle();
    expect(numbersIn()).toHaveLength(200);
  });
});
