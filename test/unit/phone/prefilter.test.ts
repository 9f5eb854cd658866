import { describe, expect, it } from 'vitest';
import { mayContainPhoneNumber } from '../../../lib/phone/prefilter';

describe('mayContainPhoneNumber', () => {
  it.each([
    '(415) 555-0132',
    'call +44 20 7946 0958 now',
    '2024-05-17 (415) 555-0132',
    '１３８１２３４５６７８',
    '电话：13812345678',
    'Tel.415.555.0132',
  ])('lets %s through', (text) => {
    expect(mayContainPhoneNumber(text)).toBe(true);
  });

  it.each([
    '',
    'Jane Doe',
    '$1,234.56',
    '#48213',
    '555-013',
    '2024-05-17',
    '17.05.2024 13:45',
    'ORD-58213947',
    'INV/2024/000123',
    'Invoice #4155552671',
    'abc_4155552671',
    'SKU4155552671',
  ])('stops %s before libphonenumber', (text) => {
    expect(mayContainPhoneNumber(text)).toBe(false);
  });
});
