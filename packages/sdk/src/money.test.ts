import { describe, expect, it } from 'vitest';
import { fromFen, toFen, toFenNumber } from './money.js';

describe('Decimal ↔ fen (R-MONEY-1: exact amounts, never floats)', () => {
  it('converts exactly, both ways', () => {
    expect(toFen('10450.00')).toBe(1_045_000n);
    expect(toFen({ amount: '0.10' })).toBe(10n);
    expect(toFen('-3.05')).toBe(-305n);
    expect(fromFen(1_045_000n)).toBe('10450.00');
    expect(fromFen(-305)).toBe('-3.05');
    expect(fromFen(7)).toBe('0.07');
    expect(toFenNumber('0.30')).toBe(30);
  });

  it('keeps amounts beyond what a float holds exactly', () => {
    expect(fromFen(toFen('92233720368547758.07'))).toBe('92233720368547758.07');
    expect(() => toFenNumber('92233720368547758.07')).toThrow(RangeError);
  });

  it('refuses anything that is not a two-decimal Decimal', () => {
    for (const bad of ['10', '10.5', '10.000', '1e3', ' 1.00', 'NaN'])
      expect(() => toFen(bad)).toThrow(RangeError);
    expect(() => fromFen(0.5)).toThrow(RangeError);
  });
});
