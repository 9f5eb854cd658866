import { browser, type Browser } from '#imports';
import { findPhoneNumbers } from '../phone/detect';
import { countryInForce } from './country';
import { handleMessage } from './handlers';

// "Call the selected number": a context-menu entry and a keyboard shortcut, for numbers the
// scanner did not decorate (an input field, a PDF preview, a site not enabled). Both run in
// the background on a real user gesture, so no page can trigger them.

const MENU_ID = 'switchboard-dial-selection';
export const DIAL_SELECTION_COMMAND = 'dial-selection';

function notify(message: string): void {
  void browser.notifications.create({
    type: 'basic',
    iconUrl: browser.runtime.getURL('/icon/128.png'),
    title: browser.i18n.getMessage('extName'),
    message,
  });
}

/** Dial the first valid number in `text`, through the same single-flight path as a click. */
export async function dialText(text: string, pageUrl?: string): Promise<void> {
  // The country the page's numbers get.
  const [number] = findPhoneNumbers(text.slice(0, 500), await countryInForce());
  if (!number) return notify(browser.i18n.getMessage('selectionHasNoNumber'));
  const target = { kind: 'number' as const, e164: number.e164, ...(number.extension ? { extension: number.extension } : {}) };
  const reply = await handleMessage({ type: 'dial', data: { target, clickId: crypto.randomUUID() } }, pageUrl);
  notify(reply.ok ? browser.i18n.getMessage('dialRingingAgent', [number.international]) : reply.text);
}

async function selectedText(tab: Browser.tabs.Tab | undefined): Promise<string> {
  if (tab?.id === undefined) return '';
  // The shortcut grants activeTab for this tab, which lets us read its selection once.
  const [result] = await browser.scripting.executeScript({
    target: { tabId: tab.id },
    func: () => globalThis.getSelection?.()?.toString() ?? '',
  });
  return typeof result?.result === 'string' ? result.result : '';
}

/** Register the menu entry and the listeners; call synchronously at background start-up. */
export function registerDialSelection(): void {
  browser.runtime.onInstalled.addListener(() => {
    browser.contextMenus.create({ id: MENU_ID, title: browser.i18n.getMessage('menuDialSelection'), contexts: ['selection'] });
  });
  browser.contextMenus.onClicked.addListener((info, tab) => {
    if (info.menuItemId === MENU_ID && info.selectionText) void dialText(info.selectionText, tab?.url);
  });
  browser.commands.onCommand.addListener(async (command, tab) => {
    if (command === DIAL_SELECTION_COMMAND) void dialText(await selectedText(tab), tab?.url);
  });
}
