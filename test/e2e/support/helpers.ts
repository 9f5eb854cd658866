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

export interface Box {
  x: number;
  y: number;
  width: number;
  height: number;
}

/** Where a number's text ends on screen, which the chip goes by (reveal.ts): it may wrap. Runs in the page. */
export const textEndOf = (el: Element): Box => {
  const range = el.ownerDocument.createRange();
  range.selectNodeContents(el);
  const { x, y, width, height } = [...range.getClientRects()].at(-1) ?? el.getBoundingClientRect();
  return { x, y, width, height };
};

/**
 * The chip sits beside text that ends at `end`: after it on its line, or just below it near
 * the viewport's edge (chip.ts). A chip still showing for another number is elsewhere, and a
 * click on it would call that number (the chip stays put once the pointer reaches it).
 */
export function chipBeside(end: Box, chip: Box): boolean {
  const near = (a: number, b: number) => Math.abs(a - b) <= 4;
  const after = near(chip.x, end.x + end.width + 4) && near(chip.y + chip.height / 2, end.y + end.height / 2);
  const below = near(chip.y, end.y + end.height + 4) && chip.x <= end.x + end.width;
  return after || below;
}

/**
 * The call chip for a decorated number: the pointer rests on the number, and its chip shows.
 * Its <button> sits in a closed shadow root, so tests click the host's box: Chromium delivers
 * that as a real, trusted click.
 */
export function callChip(page: Page, e164: string) {
  const number = page.locator(`[data-e164="${e164}"]`).first();
  const chip = page.locator('[data-testid="switchboard-chip"]');
  const besideNumber = async () => {
    const [end, box] = [await number.evaluate(textEndOf), await chip.boundingBox()];
    return box !== null && chipBeside(end, box);
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
