import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  addDays,
  addMonths,
  addYears,
  daysBetween,
  fromDayNumber,
  parseDate,
  toDayNumber,
} from '../time/business-date.js';
import { billableMonths } from './billable-months.js';

const d = parseDate;

describe('R-SEAT-3 billable months', () => {
  // Spec: activated 5/1, period end the next 5/1.
  const end = d('2022-05-01');

  it('R-SEAT-3 add on 10/1 → 7 months', () => {
    expect(billableMonths(d('2021-10-01'), end)).toMatchObject({
      months: 7,
      wholeMonths: 7,
      remainderDays: 0,
      roundedUp: false,
      reason: '7 months exactly',
    });
  });

  it('R-SEAT-3 add on 10/10 → 7 months (6 months and 21 days, 21 ≥ 16 rounds up)', () => {
    expect(billableMonths(d('2021-10-10'), end)).toMatchObject({
      months: 7,
      wholeMonths: 6,
      remainderDays: 21,
      roundedUp: true,
      reason: '6 months and 21 days rounded to 7',
    });
  });

  it('R-SEAT-3 add on 10/16 → 6 months (6 months and 15 days, 15 ≤ 15 dropped)', () => {
    expect(billableMonths(d('2021-10-16'), end)).toMatchObject({
      months: 6,
      wholeMonths: 6,
      remainderDays: 15,
      roundedUp: false,
      reason: '6 months and 15 days rounded to 6',
    });
  });

  it('R-SEAT-3 boundary: a remainder of exactly 16 days counts (10/15 → 7)', () => {
    expect(billableMonths(d('2021-10-15'), end)).toMatchObject({
      months: 7,
      wholeMonths: 6,
      remainderDays: 16,
    });
  });

  it('R-SEAT-3 the activation day itself bills the whole year: 12 months', () => {
    expect(billableMonths(d('2021-05-01'), end).months).toBe(12);
  });

  it('R-SEAT-3 the last day of the period (E − 1) bills 0 months; on or after E, 0', () => {
    expect(billableMonths(d('2022-04-30'), end)).toMatchObject({
      months: 0,
      wholeMonths: 0,
      remainderDays: 1,
    });
    expect(billableMonths(d('2022-04-16'), end)).toMatchObject({ months: 0, remainderDays: 15 });
    expect(billableMonths(d('2022-04-15'), end)).toMatchObject({ months: 1, remainderDays: 16 });
    expect(billableMonths(end, end)).toMatchObject({
      months: 0,
      reason: 'no time left before the period end',
    });
    expect(billableMonths(d('2022-06-01'), end).months).toBe(0);
  });

  it('R-SEAT-3 1 January: 2022-01-01 to 2022-05-01 is 4 months exactly', () => {
    expect(billableMonths(d('2022-01-01'), end)).toMatchObject({ months: 4, remainderDays: 0 });
  });

  it('R-SEAT-3 R-TIME-2 month ends clamp: Jan 31 + 1 month = Feb 29 in a leap year', () => {
    // D = 2024-01-31, E = 2024-02-29: D + 1 month clamps to 2024-02-29 = E.
    expect(billableMonths(d('2024-01-31'), d('2024-02-29'))).toMatchObject({
      months: 1,
      wholeMonths: 1,
      remainderDays: 0,
    });
    // D = 2023-01-31, E = 2023-03-01: D + 1 month = 2023-02-28, 1 day left, dropped.
    expect(billableMonths(d('2023-01-31'), d('2023-03-01'))).toMatchObject({
      months: 1,
      remainderDays: 1,
    });
    // D = 2024-01-30, E = 2024-03-16: D + 2 months = 03-30 > E, so 1 month (02-29) + 16 days → 2.
    expect(billableMonths(d('2024-01-30'), d('2024-03-16'))).toMatchObject({
      months: 2,
      wholeMonths: 1,
      remainderDays: 16,
    });
  });

  it('R-SEAT-3 R-TIME-2 Feb 29 activation: period end 2025-02-28, add 2024-08-29 → 6 months exactly', () => {
    const leapEnd = addYears(d('2024-02-29'), 1);
    expect(leapEnd).toBe('2025-02-28');
    expect(billableMonths(d('2024-08-29'), leapEnd)).toMatchObject({ months: 6, remainderDays: 0 });
    // 2024-08-31 + 6 months clamps to 2025-02-28 = E as well.
    expect(billableMonths(d('2024-08-31'), leapEnd)).toMatchObject({
      months: 6,
      wholeMonths: 6,
      remainderDays: 0,
    });
    expect(billableMonths(d('2024-09-01'), leapEnd)).toMatchObject({
      months: 6,
      wholeMonths: 5,
      remainderDays: 27,
    });
  });

  it('R-SEAT-3 R-TIME-2 cites exactly its rules: the rounding and the month-end clamp', () => {
    expect(billableMonths(d('2021-10-10'), end).rules).toEqual(['R-SEAT-3', 'R-TIME-2']);
    expect(billableMonths(end, end).rules).toEqual(['R-SEAT-3', 'R-TIME-2']);
  });

  it('R-SEAT-3 on or after the period end nothing is billed, nothing rounded, and the reason says why', () => {
    expect(billableMonths(d('2022-05-03'), end)).toEqual({
      months: 0,
      wholeMonths: 0,
      remainderDays: 0,
      roundedUp: false,
      rules: ['R-SEAT-3', 'R-TIME-2'],
      reason: 'no time left before the period end',
    });
  });

  it('R-SEAT-3 the reason reads in words, singular and plural: "1 month and 1 day", "0 months and 21 days"', () => {
    // 2022-03-31 + 1 month = 2022-04-30 (R-TIME-2), one day before 2022-05-01.
    expect(billableMonths(d('2022-03-31'), end)).toMatchObject({
      months: 1,
      wholeMonths: 1,
      remainderDays: 1,
      roundedUp: false,
      reason: '1 month and 1 day rounded to 1',
    });
    expect(billableMonths(d('2021-11-01'), d('2021-12-01')).reason).toBe('1 month exactly');
    expect(billableMonths(d('2021-10-01'), end).reason).toBe('7 months exactly');
    expect(billableMonths(d('2022-04-29'), end).reason).toBe('0 months and 2 days rounded to 0');
  });

  it('R-SEAT-3 a period ending in January borrows from December: 2021-12-20 to 2022-01-10 is 21 days, rounded to 1 month', () => {
    expect(billableMonths(d('2021-12-20'), d('2022-01-10'))).toMatchObject({
      months: 1,
      wholeMonths: 0,
      remainderDays: 21,
      roundedUp: true,
      reason: '0 months and 21 days rounded to 1',
    });
  });
});

const START_DAY = toDayNumber(d('2000-01-01'));
const dateArb = fc.integer({ min: START_DAY, max: START_DAY + 40_000 }).map(fromDayNumber);

describe('R-SEAT-3 properties', () => {
  it('R-SEAT-3 within a one-year period, billable months lie in 0..12', () => {
    fc.assert(
      fc.property(dateArb, fc.integer({ min: 0, max: 400 }), (start, offset) => {
        const end = addYears(start, 1);
        const months = billableMonths(addDays(start, offset), end).months;
        return months >= 0 && months <= 12;
      }),
    );
  });

  it('R-SEAT-3 billable months never grow as the add date moves later within a period', () => {
    fc.assert(
      fc.property(
        dateArb,
        fc.integer({ min: 0, max: 365 }),
        fc.integer({ min: 0, max: 365 }),
        (start, a, b) => {
          const end = addYears(start, 1);
          const early = billableMonths(addDays(start, Math.min(a, b)), end).months;
          const late = billableMonths(addDays(start, Math.max(a, b)), end).months;
          return late <= early;
        },
      ),
    );
  });

  it('R-SEAT-3 whole months is the largest m with D + m months ≤ E, and the rounding follows r ≥ 16', () => {
    fc.assert(
      fc.property(dateArb, fc.integer({ min: 0, max: 1200 }), (from, length) => {
        const to = addDays(from, length);
        const result = billableMonths(from, to);
        if (length === 0) return result.months === 0;
        const reached = addMonths(from, result.wholeMonths);
        expect(reached <= to).toBe(true);
        expect(addMonths(from, result.wholeMonths + 1) > to).toBe(true);
        expect(result.remainderDays).toBe(daysBetween(reached, to));
        expect(result.months).toBe(result.wholeMonths + (result.remainderDays >= 16 ? 1 : 0));
        return true;
      }),
      { numRuns: 5000 },
    );
  });
});
