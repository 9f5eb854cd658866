import { describe, expect, it } from 'vitest';
import { isTelHref, parseTelHref } from '../../../lib/phone/tel-uri';

describe('tel: links', () => {
  it.each([
    ['tel:+14155550132', 'US', '+14155550132', undefined],
    ['TEL:+1-415-555-0132;ext=123', 'US', '+14155550132', '123'],
    ['tel:(415)%20555-0132', 'US', '+14155550132', undefined],
    ['tel:07911123456', 'GB', '+447911123456', undefined],
    ['tel:+44%2020%207946%200958', 'CN', '+442079460958', undefined],
  ] as const)('%s (%s) -> %s', (href, country, e164, extension) => {
    const number = parseTelHref(href, country);
    expect([number?.e164, number?.extension]).toEqual([e164, extension]);
  });

  it.each([
    ['tel:07911123456', 'US'],
    ['tel:12345', 'US'],
    ['tel:%E0%A4%A', 'US'],
  ] as const)('rejects %s with a %s default', (href, country) => {
    expect(parseTelHref(href, country)).toBeUndefined();
  });

  it('recognises tel: hrefs only', () => {
    expect([' tel:1', 'Tel:+1', 'https://x', null, 'mailto:a@b'].map(isTelHref)).toEqual([true, true, false, false, false]);
  });
});
