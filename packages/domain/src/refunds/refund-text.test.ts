import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { formatCny } from '../money/money.js';
import { refundCny } from './refund-text.js';

describe('R-MONEY-1 refund explanations format amounts exactly as formatCny', () => {
  it('R-MONEY-1 R-REF-FEE examples: ¥3,990.00, ¥1,005.46, ¥0.05, -¥10.05, ¥0.00', () => {
    expect([399_000, 100_546, 5, -1005, 0, 100_000_000].map(refundCny)).toEqual([
      '¥3,990.00',
      '¥1,005.46',
      '¥0.05',
      '-¥10.05',
      '¥0.00',
      '¥1,000,000.00',
    ]);
  });

  it('R-MONEY-1 equals formatCny for every safe integer amount', () => {
    fc.assert(
      fc.property(
        fc.oneof(fc.integer({ min: -1e9, max: 1e9 }), fc.maxSafeInteger(), fc.integer()),
        (fen) => {
          expect(refundCny(fen)).toBe(formatCny(fen));
        },
      ),
      { numRuns: 5000 },
    );
  });
});
