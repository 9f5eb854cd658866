import { browser, defineContentScript, storage } from '#imports';
import type { DialIntent, DialTarget } from '../../lib/page/click';
import { startScanner } from '../../lib/page/scanner';
import { showToast } from '../../lib/page/toast';
import { defaultCountryFromLocale } from '../../lib/phone/locale';
import type { CountryCode } from '../../lib/phone/detect';
import type { Settings } from '../../lib/settings/schema';
import { send } from '../../lib/ui/send';

// Registered at run time by the background for the sites the agent enabled (lib/sites.ts),
// so the manifest asks for no CRM host up front.

type MessageName = Parameters<typeof browser.i18n.getMessage>[0];
const say = (key: MessageName, ...values: string[]) => browser.i18n.getMessage(key, values);

async function dial(intent: DialIntent, { element }: DialTarget): Promise<void> {
  const target = { kind: 'number' as const, e164: intent.e164, ...(intent.extension ? { extension: intent.extension } : {}) };
  const reply = await send('dial', { target, clickId: crypto.randomUUID() });
  if (!reply.ok) {
    showToast(element, reply.text ?? reply.error.code, 'error');
    return;
  }
  const call = reply.result;
  const placed = call.needsAgentAction
    ? say('dialNeedsAgentAction', intent.text)
    : say(call.provider === 'tccc' ? 'dialRingingAgent' : 'dialPlaced', intent.text);
  showToast(element, intent.extension ? `${placed} ${say('dialExtensionHint', intent.extension)}` : placed, 'info');
}

export default defineContentScript({
  matches: [],
  registration: 'runtime',
  async main(ctx) {
    // Only the one setting this script needs; secrets never reach a page.
    const settings = await storage.getItem<Pick<Settings, 'defaultCountry'>>('local:settings');
    const defaultCountry = (settings?.defaultCountry || defaultCountryFromLocale(navigator.language)) as CountryCode;
    startScanner({
      root: document,
      defaultCountry,
      signal: ctx.signal,
      label: (number) =>
        number.extension
          ? say('callNumberWithExtension', number.international, number.extension)
          : say('callNumber', number.international),
      onDial: dial,
    });
  },
});
