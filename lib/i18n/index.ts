// UI and error texts for every part of Switchboard. Each area keeps its own catalogue
// (lib/i18n/<locale>/<area>.json, flat `key: text` with `{name}` placeholders) so the
// same texts serve the extension, the widget and Node (emulator, relay) alike.
import enCommon from './en/common.json';
import enTccc from './en/tccc.json';
import enCcai from './en/ccai.json';
import enUi from './en/ui.json';
import enCrm from './en/crm.json';
import zhCommon from './zh_CN/common.json';
import zhTccc from './zh_CN/tccc.json';
import zhCcai from './zh_CN/ccai.json';
import zhUi from './zh_CN/ui.json';
import zhCrm from './zh_CN/crm.json';

export type Locale = 'en' | 'zh_CN';
export const LOCALES: readonly Locale[] = ['en', 'zh_CN'];
export type Params = Record<string, string | number>;

export const catalogs: Record<Locale, Record<string, string>> = {
  en: { ...enCommon, ...enTccc, ...enCcai, ...enUi, ...enCrm },
  zh_CN: { ...zhCommon, ...zhTccc, ...zhCcai, ...zhUi, ...zhCrm },
};

let current: Locale | undefined;

/** The agent's language: an explicit choice, else the browser's (zh* -> Simplified Chinese). */
export function getLocale(): Locale {
  if (current) return current;
  const lang = globalThis.navigator?.language ?? 'en';
  return lang.toLowerCase().startsWith('zh') ? 'zh_CN' : 'en';
}

export function setLocale(locale: Locale | undefined): void {
  current = locale;
}

export function hasMessage(key: string): boolean {
  return key in catalogs.en;
}

/** Translate `key`, filling `{name}` placeholders; unknown keys fall back to English, then the key. */
export function t(key: string, params: Params = {}, locale: Locale = getLocale()): string {
  const text = catalogs[locale][key] ?? catalogs.en[key] ?? key;
  return text.replace(/\{(\w+)\}/g, (whole, name: string) =>
    name in params ? String(params[name]) : whole,
  );
}
