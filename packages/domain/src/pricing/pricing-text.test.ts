import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { formatCny } from '../money/money.js';
import { cny } from './pricing-text.js';

describe('R-MONEY-1 explanation amounts', () => {
  it('R-MONEY-1 cny formats like formatCny: ¥3,990.00, ¥100.50, -¥1,234,567.89, ¥1,000,005.00', () => {
    expect(cny(399_000)).toBe('¥3,990.00');
    expect(cny(10_050)).toBe('¥100.50');
    expect(cny(5)).toBe('¥0.05');
    expect(cny(0)).toBe('¥0.00');
    expect(cny(-123_456_789)).toBe('-¥1,234,567.89');
    expect(cny(100_000_500)).toBe('¥1,000,005.00');
    expect(() => cny(0.5)).toThrow();
  });

  it('R-MONEY-1 cny agrees with formatCny on any safe integer', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: Number.MIN_SAFE_INTEGER, max: Number.MAX_SAFE_INTEGER }),
        (fen) => cny(fen) === formatCny(fen),
      ),
    );
    fc.assert(
      fc.property(
        fc.integer({ min: -10_000_000, max: 10_000_000 }),
        (fen) => cny(fen) === formatCny(fen),
      ),
    );
  });
});
