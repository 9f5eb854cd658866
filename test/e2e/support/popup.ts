import { expect } from 'vitest';
import type { Page } from 'playwright-core';
import type { ExtensionBrowser } from './browser';

// The popup, opened as a tab (chrome-extension://<id>/popup.html): the same page the toolbar
// button shows, reading the same storage.

export async function openPopup(browser: ExtensionBrowser): Promise<Page> {
  const page = await browser.context.newPage();
  await page.setViewportSize({ width: 360, height: 600 });
  await page.goto(`chrome-extension://${browser.extensionId}/popup.html`);
  await page.getByTestId('popup').waitFor();
  return page;
}

export const callState = (popup: Page) => popup.getByTestId('call-state').getAttribute('data-state', { timeout: 1_000 }).catch(() => null);

/** Wait until the popup shows `state`; the background polls about once a second. */
export async function expectState(popup: Page, state: string): Promise<void> {
  await expect.poll(() => callState(popup), { timeout: 10_000, interval: 200 }).toBe(state);
}

export const durationText = (popup: Page) => popup.getByTestId('call-duration').textContent({ timeout: 2_000 });
