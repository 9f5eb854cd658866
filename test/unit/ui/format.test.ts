import { describe, expect, it } from 'vitest';
import { formatDuration, formatNumber } from '../../../lib/ui/format';

describe('formatDuration', () => {
  it.each([
    [0, '00:00'],
    [999, '00:00'],
    [1_000, '00:01'],
    [59_999, '00:59'],
    [60_000, '01:00'],
    [61_500, '01:01'],
    [3_599_000, '59:59'],
    [3_600_000, '60:00'],
    [-5_000, '00:00'],
  ])('%i ms -> %s', (ms, text) => {
    expect(formatDuration(ms)).toBe(text);
  });
});

describe('formatNumber', () => {
  it.each([
    ['+8613800138000', '+86 138 0013 8000'],
    ['+14155550132', '+1 415 555 0132'],
    ['not a number', 'not a number'],
  ])('%s -> %s', (e164, text) => {
    expect(formatNumber(e164)).toBe(text);
  });
});
