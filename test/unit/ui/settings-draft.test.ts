import { describe, expect, it } from 'vitest';
import { DEFAULT_SETTINGS } from '../../../lib/settings/schema';
import { customOrigins, draftFrom, tidyDraft, validateDraft, type Draft } from '../../../lib/ui/settings-draft';

const draft = (tccc: Partial<Draft['tccc']> = {}, ccai: Partial<Draft['ccai']> = {}): Draft => {
  const base = draftFrom(DEFAULT_SETTINGS);
  return { ...base, tccc: { ...base.tccc, ...tccc }, ccai: { ...base.ccai, ...ccai } };
};

describe('validateDraft', () => {
  it.each<[string, Draft, Record<string, string>]>([
    ['SdkAppId that is not a number', draft({ sdkAppId: '14x' }), { 'tccc.sdkAppId': 'ui.invalid.sdkAppId' }],
    ['SdkAppId zero', draft({ sdkAppId: '0' }), { 'tccc.sdkAppId': 'ui.invalid.sdkAppId' }],
    ['a UserId too long', draft({ userId: 'u'.repeat(129) }), { 'tccc.userId': 'ui.invalid.tooLong' }],
    ['a caller not in E.164', draft({ callers: ['+8613800138000', '0755'] }), { 'tccc.callers.1': 'settings.invalid.e164' }],
    ['a custom URL that is not http', draft({ endpoint: 'custom', customBaseUrl: 'ftp://x.com' }), { 'tccc.customBaseUrl': 'settings.invalid.url' }],
    ['a CCAI email', draft({}, { agentEmail: 'agent@' }), { 'ccai.agentEmail': 'settings.invalid.email' }],
    ['a CCAI language', draft({}, { lang: 'EN' }), { 'ccai.lang': 'settings.invalid.lang' }],
  ])('maps %s to its field and text', (_, input, errors) => {
    expect(validateDraft(input)).toEqual({ errors });
  });

  it('turns the typed SdkAppId into a number and ignores a custom URL not in use', () => {
    const result = validateDraft(draft({ sdkAppId: '1400000001', customBaseUrl: 'https://old.example.com' }));
    expect(result).toMatchObject({ settings: { tccc: { sdkAppId: 1400000001, customBaseUrl: '' } } });
  });
});

describe('tidyDraft and customOrigins', () => {
  it('trims every text and drops blank caller rows', () => {
    const tidy = tidyDraft(draft({ userId: ' a@b.com ', callers: [' +8613800138000', '  ', ''] }));
    expect(tidy.tccc).toMatchObject({ userId: 'a@b.com', callers: ['+8613800138000'] });
  });

  it('asks for each custom host once', () => {
    const settings = {
      ...DEFAULT_SETTINGS,
      tccc: { ...DEFAULT_SETTINGS.tccc, customBaseUrl: 'https://api.example.com/tccc' },
      ccai: { ...DEFAULT_SETTINGS.ccai, customBaseUrl: 'https://api.example.com/ccai' },
    };
    expect(customOrigins(settings)).toEqual(['https://api.example.com/*']);
    expect(customOrigins(DEFAULT_SETTINGS)).toEqual([]);
  });
});
