import { describe, expect, it } from 'vitest';
import { SwitchboardError } from '../../../lib/errors';
import { fromTcccNumber, isE164, isTcccNumber, toTcccNumber } from '../../../lib/tccc/number';

const pairs = [
  ['+8613012345678', '008613012345678'], // China mobile
  ['+862012345678', '00862012345678'], // Guangzhou landline
  ['+14155550132', '0014155550132'], // US
  ['+442071838750', '00442071838750'], // UK
  ['+85291234567', '0085291234567'], // Hong Kong
  ['+123', '00123'], // shortest E.164: country code plus one digit
  ['+123456789012345', '00123456789012345'], // longest: 15 digits
] as const;

const notE164 = ['', '8613012345678', '008613012345678', '+0861301234567', '+86 130 1234 5678', '+86-13012345678', '+1', '+1234567890123456', '+86130abc45678', ' +8613012345678', '+8613012345678\n'];
const notTccc = ['', '+8613012345678', '8613012345678', '0086 13012345678', '0001234', '001', '001234567890123456', '0086130abc45678'];

describe('TCCC number form', () => {
  it.each(pairs)('%s <-> %s', (e164, tccc) => {
    expect(toTcccNumber(e164)).toBe(tccc);
    expect(fromTcccNumber(tccc)).toBe(e164);
    expect(isE164(e164) && isTcccNumber(tccc)).toBe(true);
  });

  it.each(notE164)('rejects %j as E.164 with a validation error', (value) => {
    expect(isE164(value)).toBe(false);
    expect(() => toTcccNumber(value)).toThrow(SwitchboardError);
    try {
      toTcccNumber(value);
    } catch (error) {
      expect((error as SwitchboardError).info).toEqual({
        kind: 'validation',
        code: 'invalidNumber',
        messageKey: 'tccc.validation.invalidNumber',
        params: { number: value },
        provider: 'tccc',
      });
    }
  });

  it.each(notTccc)('rejects %j as a TCCC number', (value) => {
    expect(isTcccNumber(value)).toBe(false);
    expect(() => fromTcccNumber(value)).toThrow(expect.objectContaining({ info: expect.objectContaining({ kind: 'validation' }) }));
  });
});
