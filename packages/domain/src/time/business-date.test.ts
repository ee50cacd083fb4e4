import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  addDays,
  addMonths,
  businessDateAt,
  dayOfWeek,
  daysBetween,
  fromDayNumber,
  parseDate,
  startOfBusinessDate,
  toDayNumber,
} from './business-date.js';
import { expiresOn, yearsFrom } from './period.js';

const d = parseDate;

describe('business dates', () => {
  it('R-TIME-2 adding months clamps to month end: 2024-01-31 + 1 month = 2024-02-29', () => {
    expect(addMonths(d('2024-01-31'), 1)).toBe('2024-02-29');
    expect(addMonths(d('2023-01-31'), 1)).toBe('2023-02-28');
    expect(addMonths(d('2024-02-29'), 12)).toBe('2025-02-28');
    expect(addMonths(d('2021-10-31'), -1)).toBe('2021-09-30');
    expect(addMonths(d('2021-12-15'), 1)).toBe('2022-01-15');
    expect(addMonths(d('2022-01-01'), -1)).toBe('2021-12-01');
  });

  it('R-TIME-1 a period is half-open and expires the day before its end (R-OPEN-3 example)', () => {
    const period = yearsFrom(d('2021-05-01'), 1);
    expect(period).toEqual({ start: '2021-05-01', end: '2022-05-01' });
    expect(expiresOn(period)).toBe('2022-04-30');
    expect(expiresOn({ start: d('2024-01-01'), end: d('2024-03-01') })).toBe('2024-02-29');
  });

  it('R-TIME-1 business date of an instant is the Asia/Shanghai date', () => {
    // 2021-04-30T16:00:00Z is 2021-05-01 00:00 in Shanghai
    expect(businessDateAt(Date.UTC(2021, 3, 30, 16, 0, 0))).toBe('2021-05-01');
    expect(businessDateAt(Date.UTC(2021, 3, 30, 15, 59, 59, 999))).toBe('2021-04-30');
    expect(startOfBusinessDate(d('2021-05-01'))).toBe(Date.UTC(2021, 3, 30, 16));
  });

  it('R-TIME-1 refuses impossible dates', () => {
    for (const bad of ['2023-02-29', '2021-13-01', '2021-00-10', '2021-1-1', '20210101', '']) {
      expect(() => parseDate(bad), bad).toThrow(/calendar date/);
    }
    expect(parseDate('2024-02-29')).toBe('2024-02-29');
  });

  it('R-TIME-1 day arithmetic agrees with the proleptic Gregorian calendar', () => {
    expect(dayOfWeek(d('2024-09-27'))).toBe(5);
    expect(dayOfWeek(d('2024-10-12'))).toBe(6);
    expect(daysBetween(d('2021-05-01'), d('2022-05-01'))).toBe(365);
    expect(addDays(d('2020-02-28'), 1)).toBe('2020-02-29');
    expect(addDays(d('1999-12-31'), 1)).toBe('2000-01-01');
    fc.assert(
      fc.property(fc.integer({ min: -300_000, max: 2_000_000 }), (n) => {
        const date = fromDayNumber(n);
        expect(toDayNumber(date)).toBe(n);
        expect(date).toBe(new Date(n * 86_400_000).toISOString().slice(0, 10));
      }),
    );
  });
});
