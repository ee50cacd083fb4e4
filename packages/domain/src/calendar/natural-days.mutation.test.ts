import { describe, expect, it } from 'vitest';
import { parseDate } from '../time/business-date.js';
import { withinNaturalDays } from './natural-days.js';

/** The programmer-error message of R-TIME-4 (found by mutation testing). */
const d = parseDate;

describe('R-TIME-4 a bad number of natural days', () => {
  it('R-TIME-4 a negative N is refused with a message naming the value', () => {
    expect(() => withinNaturalDays(d('2024-01-01'), d('2024-01-01'), -3)).toThrow(
      'natural days must be a whole number ≥ 0, got -3',
    );
  });
});
