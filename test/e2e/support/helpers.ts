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
  const reveal = async () => {
    await number.hover();
    await chip.waitFor({ state: 'visible' });
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
