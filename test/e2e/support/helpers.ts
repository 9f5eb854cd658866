import type { Locator, Page } from 'playwright-core';

export interface LoggedRequest {
  provider: 'tccc' | 'ccai';
  action?: string;
  method: string;
  path: string;
  headers: Record<string, string>;
  body: Record<string, unknown>;
  verdict: string;
}

/** What the emulator received, optionally only one TCCC action or CCAI path. */
export async function emulatorRequests(emulatorUrl: string, action?: string): Promise<LoggedRequest[]> {
  const log = (await (await fetch(`${emulatorUrl}/__emulator/requests`)).json()) as LoggedRequest[];
  return action ? log.filter((r) => r.action === action || r.path === action) : log;
}

/** Wait until the content script has decorated the page. */
export async function waitForCallButtons(page: Page): Promise<void> {
  await page.waitForSelector('[data-e164]', { timeout: 15_000 });
}

/**
 * The call button beside a decorated number. Its <button> sits in a closed shadow root, so
 * tests click the host's box: Chromium delivers that as a real, trusted click.
 */
export function callButton(page: Page, e164: string): Locator {
  // After a wrapped number, or inside the page's element that carries the number in place.
  const number = `[data-e164="${e164}"]`;
  return page.locator(`:is(${number} + *, ${number} > *)[data-testid="switchboard-call"]`).first();
}
