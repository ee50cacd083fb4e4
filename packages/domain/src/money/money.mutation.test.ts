import { describe, expect, it } from 'vitest';
import {
  assertFen,
  formatCny,
  MoneyError,
  mulDivHalfUp,
  multiplyFen,
  parseMoney,
  sumFen,
  yuan,
} from './money.js';

/** Guards and texts of exact money that a wrong rule would slip past (found by mutation testing). */
function thrown(fn: () => unknown): MoneyError {
  try {
    fn();
  } catch (error) {
    if (error instanceof MoneyError) return error;
    throw error;
  }
  throw new Error('expected a MoneyError');
}

describe('R-MONEY-1 money errors name the value and what was wrong', () => {
  it('R-MONEY-1 a MoneyError is named MoneyError, and assertFen names the amount by default', () => {
    const error = thrown(() => assertFen(1.5));
    expect(error.name).toBe('MoneyError');
    expect(error.message).toBe('amount must be a whole number of fen, got 1.5');
  });

  it('R-MONEY-1 whole yuan must be whole, and the message says how to give decimals', () => {
    expect(thrown(() => yuan(10.5)).message).toBe(
      'An amount in whole yuan must be a whole number, got 10.5: give amounts with decimals as a string such as "10450.00"',
    );
  });

  it('R-MONEY-1 a fractional factor is refused; a product out of the safe range is named "product"', () => {
    expect(thrown(() => multiplyFen(100, 2, 0.5)).message).toBe(
      'factor must be an integer, got 0.5',
    );
    expect(thrown(() => multiplyFen(Number.MAX_SAFE_INTEGER, 2)).message).toMatch(
      /^product must be/,
    );
  });

  it('R-MONEY-1 a ratio must be integers with a positive denominator; a result out of range is named "result"', () => {
    const message = (n: number, den: number) =>
      `ratio ${n}/${den} must be integers with a positive denominator`;
    expect(thrown(() => mulDivHalfUp(100, 1.5, 2)).message).toBe(message(1.5, 2));
    expect(thrown(() => mulDivHalfUp(100, 1, 2.5)).message).toBe(message(1, 2.5));
    expect(thrown(() => mulDivHalfUp(100, 1, 0)).message).toBe(message(1, 0));
    expect(thrown(() => mulDivHalfUp(100, 1, -2)).message).toBe(message(1, -2));
    expect(thrown(() => mulDivHalfUp(Number.MAX_SAFE_INTEGER, 2, 1)).message).toMatch(
      /^result must be/,
    );
  });
});

describe('R-MONEY-1 parsing, summing and formatting', () => {
  it('R-MONEY-1 surrounding spaces are ignored; zero is never negative zero', () => {
    expect(parseMoney(' 10.50 ')).toBe(1050);
    expect(Object.is(parseMoney('0'), 0)).toBe(true);
    expect(Object.is(parseMoney('-0.00'), 0)).toBe(true);
  });

  it('R-MONEY-1 sumFen adds every term', () => {
    expect(sumFen([100, 250, 1])).toBe(351);
  });

  it('R-MONEY-1 formatCny groups a negative amount after its sign', () => {
    expect(formatCny(-123_456_700)).toBe('-¥1,234,567.00');
  });
});
