import { expect } from 'vitest';
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
export async function waitForNumbers(page: Page): Promise<void> {
  await page.waitForSelector('[data-e164]', { timeout: 15_000 });
}

/**
 * The call chip for a decorated number: the pointer rests on the number, and its chip shows.
 * Its <button> sits in a closed shadow root, so tests click the host's box: Chromium delivers
 * that as a real, trusted click.
 */
export function callChip(page: Page, e164: string) {
  const number = page.locator(`[data-e164="${e164}"]`).first();
  const chip = page.locator('[data-testid="switchboard-chip"]');
  /**
   * The chip sits beside this number: after its end on the same line, or just below it. A
   * chip already showing for another number is visible at once, and a click on it would call
   * that number (the chip stays put once the pointer reaches it).
   */
  const besideNumber = async () => {
    const [n, c] = [await number.boundingBox(), await chip.boundingBox()];
    if (!n || !c) return false;
    const near = (a: number, b: number) => Math.abs(a - b) <= 4;
    const after = near(c.x, n.x + n.width + 4) && near(c.y + c.height / 2, n.y + n.height / 2);
    const below = near(c.y, n.y + n.height + 4) && c.x <= n.x + n.width;
    return after || below;
  };
  const reveal = async () => {
    await number.hover();
    await chip.waitFor({ state: 'visible' });
    await expect.poll(besideNumber, { timeout: 5_000, interval: 50 }).toBe(true);
  };
  return {
    number,
    chip,
    reveal,
    waitFor: (options?: Parameters<Locator['waitFor']>[0]) => number.waitFor(options),
    async click() {
      await reveal();
      await chip.click();
    },
    async dblclick() {
      await reveal();
      await chip.dblclick();
    },
  };
}

/** The accessible names of the buttons on the page, closed shadow roots included (CDP's accessibility tree). */
export async function buttonNames(page: Page): Promise<string[]> {
  const cdp = await page.context().newCDPSession(page);
  try {
    const { nodes } = (await cdp.send('Accessibility.getFullAXTree')) as { nodes: { ignored?: boolean; role?: { value?: string }; name?: { value?: string } }[] };
    return nodes.filter((node) => !node.ignored && node.role?.value === 'button').map((node) => String(node.name?.value ?? ''));
  } finally {
    await cdp.detach();
  }
}
