import type { Page } from 'playwright-core';

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
