import { describe, expect, it } from 'vitest';
import { cny } from './pricing-text.js';

/** Amount texts in quotes that a wrong rule would slip past (found by mutation testing). */
describe('R-MONEY-1 cny pads each group of thousands to three digits', () => {
  it('R-MONEY-1 a group of exactly 10 is written 010, of 9 as 009 and of 100 as 100', () => {
    expect(cny(101_000)).toBe('¥1,010.00');
    expect(cny(100_900)).toBe('¥1,009.00');
    expect(cny(110_000)).toBe('¥1,100.00');
    expect(cny(-101_005)).toBe('-¥1,010.05');
  });
});
