import * as v from 'valibot';
import { hasMessage } from '../i18n';
import { SettingsSchema, type Settings } from '../settings/schema';
import { originPattern } from '../sites';

// The options form edits a draft: the settings document as the inputs hold it (SdkAppId as
// typed text, no sites: those change on their own, from the popup or the sites list).

export type TcccDraft = Omit<Settings['tccc'], 'sdkAppId'> & { sdkAppId: string };
export type Draft = Omit<Settings, 'tccc' | 'sites'> & { tccc: TcccDraft };
/** Field path ('tccc.callers.1') -> i18n key of the text explaining what is wrong. */
export type FieldErrors = Record<string, string>;

/** Texts for checks whose schema carries no message key of ours. */
const FALLBACK_KEYS: Record<string, string> = {
  'tccc.sdkAppId': 'ui.invalid.sdkAppId',
  'tccc.userId': 'ui.invalid.tooLong',
};

export function draftFrom({ sites: _sites, ...settings }: Settings): Draft {
  return { ...settings, tccc: { ...settings.tccc, sdkAppId: settings.tccc.sdkAppId?.toString() ?? '' } };
}

/** Every string trimmed; copies, never mutates. */
function trimmed<T>(value: T): T {
  if (typeof value === 'string') return value.trim() as T;
  if (Array.isArray(value)) return value.map(trimmed) as T;
  if (typeof value === 'object' && value !== null) {
    return Object.fromEntries(Object.entries(value).map(([k, item]) => [k, trimmed(item)])) as T;
  }
  return value;
}

/** The draft as it will be saved: trimmed, blank caller and pattern rows dropped. */
export function tidyDraft(draft: Draft): Draft {
  const tidy = trimmed(draft);
  return {
    ...tidy,
    ticketPatterns: tidy.ticketPatterns.filter(Boolean),
    tccc: { ...tidy.tccc, callers: tidy.tccc.callers.filter(Boolean) },
  };
}

const sdkAppId = (text: string): number | null => (text === '' ? null : /^\d+$/.test(text) ? Number(text) : NaN);

/** Check a tidy draft against the settings schema: the settings, or each field's error. */
export function validateDraft(draft: Draft): { settings: Settings } | { errors: FieldErrors } {
  const { tccc } = draft;
  const candidate = {
    ...draft,
    tccc: {
      ...tccc,
      sdkAppId: sdkAppId(tccc.sdkAppId),
      // A custom URL counts only while the custom endpoint is chosen.
      customBaseUrl: tccc.endpoint === 'custom' ? tccc.customBaseUrl : '',
    },
    sites: [],
  };
  const result = v.safeParse(SettingsSchema, candidate);
  if (result.success) return { settings: result.output };
  const errors: FieldErrors = {};
  for (const [path, messages] of Object.entries(v.flatten(result.issues).nested ?? {})) {
    const message = messages?.[0] ?? '';
    errors[path] = hasMessage(message) ? message : (FALLBACK_KEYS[path] ?? 'ui.invalid.value');
  }
  return { errors };
}

/** Host permissions the service worker needs for the custom base URLs in use. */
export function customOrigins(settings: Settings): string[] {
  const urls = [settings.tccc.customBaseUrl, settings.ccai.customBaseUrl].filter(Boolean);
  return [...new Set(urls.map(originPattern))];
}
