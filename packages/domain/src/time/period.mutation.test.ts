import { describe, expect, it } from 'vitest';
import { parseDate } from './business-date.js';
import { periodContains } from './period.js';

/** The half-open service period that a wrong rule would slip past (found by mutation testing). */
const d = parseDate;

describe('R-TIME-1 a period is the half-open range [start, end)', () => {
  it('R-TIME-1 the start day is in the period, the end day and the day before the start are not', () => {
    const period = { start: d('2021-05-01'), end: d('2022-05-01') };
    expect(periodContains(period, d('2021-04-30'))).toBe(false);
    expect(periodContains(period, d('2021-05-01'))).toBe(true);
    expect(periodContains(period, d('2021-11-15'))).toBe(true);
    expect(periodContains(period, d('2022-04-30'))).toBe(true);
    expect(periodContains(period, d('2022-05-01'))).toBe(false);
    expect(periodContains(period, d('2022-05-02'))).toBe(false);
  });
});
