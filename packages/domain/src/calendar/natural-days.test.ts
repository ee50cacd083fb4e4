import { describe, expect, it } from 'vitest';
import { parseDate } from '../time/business-date.js';
import { withinNaturalDays } from './natural-days.js';

const d = parseDate;

describe('R-TIME-4 within N natural days', () => {
  it('R-TIME-4 the request date may be D + N days, not D + N + 1 (7 days from 2021-05-01)', () => {
    expect(withinNaturalDays(d('2021-05-01'), d('2021-05-01'), 7)).toBe(true);
    expect(withinNaturalDays(d('2021-05-01'), d('2021-05-08'), 7)).toBe(true);
    expect(withinNaturalDays(d('2021-05-01'), d('2021-05-09'), 7)).toBe(false);
  });

  it('R-TIME-4 counts natural days across month and year ends, leap day included', () => {
    expect(withinNaturalDays(d('2024-02-25'), d('2024-03-03'), 7)).toBe(true); // 29 Feb counted
    expect(withinNaturalDays(d('2024-02-25'), d('2024-03-04'), 7)).toBe(false);
    expect(withinNaturalDays(d('2024-12-31'), d('2025-01-30'), 30)).toBe(true);
    expect(withinNaturalDays(d('2024-12-31'), d('2025-01-31'), 30)).toBe(false);
    // Weekends and holidays are natural days too (National Day 2024).
    expect(withinNaturalDays(d('2024-09-30'), d('2024-10-07'), 7)).toBe(true);
  });

  it('R-TIME-4 N = 0 means the same day only; a negative or fractional N is a programmer error', () => {
    expect(withinNaturalDays(d('2024-01-01'), d('2024-01-01'), 0)).toBe(true);
    expect(withinNaturalDays(d('2024-01-01'), d('2024-01-02'), 0)).toBe(false);
    expect(() => withinNaturalDays(d('2024-01-01'), d('2024-01-01'), -1)).toThrow(RangeError);
    expect(() => withinNaturalDays(d('2024-01-01'), d('2024-01-01'), 1.5)).toThrow(RangeError);
  });
});
