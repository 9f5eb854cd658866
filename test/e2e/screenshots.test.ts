import { afterAll, beforeAll, describe, it } from 'vitest';
import { mkdirSync } from 'node:fs';
import { resolve } from 'node:path';
import type { Page } from 'playwright-core';
import { createEmulator, type Emulator } from '../emulator/server';
import { configureExtension } from '../support/configure';
import { serveStatic, type StaticSite } from '../support/static-site';
import { launchWithExtension } from './support/browser';
import { advance, resetEmulator } from './support/emulator-admin';
import { callChip } from './support/helpers';
import { expectState, openPopup } from './support/popup';
import { openTicket } from './support/rig';

// The README's screenshots, taken from the real extension against the emulator, in English
// and Chinese. Element-sized PNGs keep the committed files small.
const DIR = resolve('docs/screenshots');
let emulator: Emulator;
let site: StaticSite;

beforeAll(async () => {
  mkdirSync(DIR, { recursive: true });
  emulator = await createEmulator({ port: 0, clock: { manual: true } });
  site = await serveStatic(resolve('test/fixtures/site'));
});

afterAll(async () => {
  await site?.close();
  await emulator?.close();
});

const shoot = (page: Page, name: string, lang: string) =>
  page.locator('main').screenshot({ path: resolve(DIR, `${name}.${lang}.png`), animations: 'disabled' });

describe.each([
  ['en', 'en-US'],
  ['zh_CN', 'zh-CN'],
])('screenshots (%s)', (lang, locale) => {
  it('popup ringing, connected, ended and with flags; options page', async () => {
    await resetEmulator(emulator.url);
    const browser = await launchWithExtension({ locale });
    try {
      const worker = await browser.worker();
      await configureExtension(worker, 'tccc', emulator.url);
      const ticket = await openTicket(browser, site);
      const popup = await openPopup(browser);

      // A ticket page: numbers underlined, the pointer on one and its call chip beside it.
      const office = callChip(ticket, '+14155550132');
      await office.reveal();
      const [section, chip] = [await ticket.locator('section').boundingBox(), await office.chip.boundingBox()];
      const right = Math.max(section!.x + section!.width, chip!.x + chip!.width + 8);
      const clip = { x: section!.x, y: section!.y, width: right - section!.x, height: section!.height };
      await ticket.screenshot({ path: resolve(DIR, `page-chip.${lang}.png`), clip, animations: 'disabled' });

      await callChip(ticket, '+442079460958').click();
      await expectState(popup, 'ringingAgent'); // placed: only now may the clock move
      await advance(emulator.url, 2_000);
      await expectState(popup, 'ringingCustomer');
      await shoot(popup, 'popup-ringing', lang);
      await advance(emulator.url, 3_000);
      await expectState(popup, 'connected');
      await popup.waitForTimeout(2_100); // let the timer count a little
      await shoot(popup, 'popup-connected', lang);
      await advance(emulator.url, 8_000);
      await expectState(popup, 'ended');
      await shoot(popup, 'popup-ended', lang);

      await configureExtension(worker, 'ccai', emulator.url);
      await callChip(ticket, '+14155550132').click();
      await expectState(popup, 'ringingAgent');
      await advance(emulator.url, 5_000);
      await expectState(popup, 'connected');
      await popup.getByTestId('flag-verified_customer').click();
      await popup.getByTestId('flag-repeat_customer').click();
      await shoot(popup, 'popup-flags', lang);

      const options = await browser.context.newPage();
      await options.setViewportSize({ width: 760, height: 1100 });
      await options.goto(`chrome-extension://${browser.extensionId}/options.html`);
      await options.getByTestId('settings-form').waitFor();
      await options.screenshot({ path: resolve(DIR, `options.${lang}.png`) });
      // Enabled sites, with a CRM preset filled in.
      await options.getByTestId('site-add-tenant').fill('acme');
      await options.getByTestId('sites').screenshot({ path: resolve(DIR, `options-sites.${lang}.png`), animations: 'disabled' });
    } finally {
      await browser.close();
    }
  });
});
