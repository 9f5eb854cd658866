import { describe, expect, it } from 'vitest';
import { findPhoneNumbers } from '../../../lib/phone/detect';
import { decoys, numbers } from '../../fixtures/phone/corpus';

describe('detection corpus', () => {
  it('finds every real number and nothing in the decoys (recall >= 99%, no false positives)', () => {
    let truePositives = 0;
    const falsePositives: string[] = [];
    const missed: string[] = [];
    for (const { text, country, e164, extension } of numbers) {
      const found = findPhoneNumbers(text, country);
      if (found.some((m) => m.e164 === e164 && m.extension === extension)) truePositives++;
      else missed.push(`${country} ${text}`);
      falsePositives.push(...found.filter((m) => m.e164 !== e164).map((m) => `${country} ${text} -> ${m.e164}`));
    }
    for (const { text, country, kind } of decoys) {
      falsePositives.push(...findPhoneNumbers(text, country).map((m) => `${kind} ${country} ${text} -> ${m.e164}`));
    }
    const recall = truePositives / numbers.length;
    const precision = truePositives / (truePositives + falsePositives.length);
    const countries = new Set(numbers.map((n) => n.country)).size;
    console.log(
      `corpus: ${numbers.length} numbers (${countries} default countries), ${decoys.length} decoy cases; ` +
        `recall ${(recall * 100).toFixed(2)}%, precision ${(precision * 100).toFixed(2)}%`,
    );
    expect(missed).toEqual([]);
    expect(falsePositives).toEqual([]);
    expect(recall).toBeGreaterThanOrEqual(0.99);
    expect(countries).toBeGreaterThanOrEqual(15);
  });
});
