import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  formatCny,
  formatMoney,
  mulDivHalfUp,
  multiplyFen,
  parseMoney,
  sumFen,
  yuan,
} from './money.js';

describe('R-MONEY-1 exact money in integer fen', () => {
  it('R-MONEY-1 parses and formats "10450.00"', () => {
    expect(parseMoney('10450.00')).toBe(1_045_000);
    expect(parseMoney('10450')).toBe(1_045_000);
    expect(parseMoney('0.5')).toBe(50);
    expect(parseMoney('-0.05')).toBe(-5);
    expect(formatMoney(1_045_000)).toBe('10450.00');
    expect(formatMoney(5)).toBe('0.05');
    expect(formatMoney(-50)).toBe('-0.50');
    expect(formatMoney(0)).toBe('0.00');
  });

  it('R-MONEY-1 refuses fractions of a fen and malformed text', () => {
    for (const bad of ['1.005', '1e3', '', 'abc', '01.00', '1,000.00', '.5', 'NaN']) {
      expect(() => parseMoney(bad), bad).toThrow(/at most two decimals/);
    }
    expect(() => formatMoney(0.5)).toThrow(/whole number of fen/);
    expect(() => yuan(1.5)).toThrow();
    expect(() => sumFen([1, 0.1])).toThrow();
  });

  it('R-MONEY-1 formats explanation amounts as "¥3,990.00"', () => {
    expect(formatCny(399_000)).toBe('¥3,990.00');
    expect(formatCny(1_045_000)).toBe('¥10,450.00');
    expect(formatCny(10_050)).toBe('¥100.50');
    expect(formatCny(-123_456_789)).toBe('-¥1,234,567.89');
  });

  it('R-MONEY-1 rounds half-up once: 1% of 12345 fen is 123 fen, 1% of 150 fen is 2 fen', () => {
    expect(mulDivHalfUp(12_345, 1, 100)).toBe(123);
    expect(mulDivHalfUp(150, 1, 100)).toBe(2);
    expect(mulDivHalfUp(149, 1, 100)).toBe(1);
    expect(mulDivHalfUp(-150, 1, 100)).toBe(-2);
    expect(mulDivHalfUp(500_000, 223, 365)).toBe(305_479);
    expect(() => mulDivHalfUp(1, 1, 0)).toThrow();
    // a result beyond exact integers is refused, never rounded
    expect(() => mulDivHalfUp(98_593_422_012, 91_357, 1)).toThrow(/whole number of fen/);
  });

  it('R-MONEY-1 property: parse(format(x)) = x and arithmetic never yields fractions of a fen', () => {
    fc.assert(
      fc.property(fc.integer({ min: -1e13, max: 1e13 }), (amount) => {
        expect(parseMoney(formatMoney(amount))).toBe(amount);
      }),
    );
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: 1e9 }),
        fc.integer({ min: 0, max: 100_000 }),
        fc.integer({ min: 1, max: 100_000 }),
        (amount, num, den) => {
          const result = mulDivHalfUp(amount, num, den);
          expect(Number.isSafeInteger(result)).toBe(true);
          // half-up: result − exact quotient lies in (−½, ½] of a fen
          const twiceError = BigInt(result) * BigInt(den) * 2n - BigInt(amount) * BigInt(num) * 2n;
          expect(twiceError > -BigInt(den) && twiceError <= BigInt(den)).toBe(true);
        },
      ),
    );
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 1e6 }), fc.integer({ min: 0, max: 1000 }), (a, b) => {
        expect(Number.isInteger(multiplyFen(a, b))).toBe(true);
      }),
    );
  });
});
