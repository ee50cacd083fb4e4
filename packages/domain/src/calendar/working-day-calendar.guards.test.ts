import { describe, expect, it } from 'vitest';
import { parseDate } from '../time/business-date.js';
import {
  addWorkingDays,
  CalendarDataError,
  createCalendar,
  extendCalendar,
  isWorkingDay,
  type CalendarData,
  type WorkingDayCalendar,
} from './working-day-calendar.js';
import { inEnglish } from '../test-support/refusal-english.js';

/*
 * Conditions of the working-day calendar that a wrong rule would slip past (found by mutation
 * testing). Every calendar here is built inside its test, so the test runs the building code.
 */
const d = parseDate;

/** January 2030: 01-01 (Tue) and 01-02 holidays, 01-05 (Sat) an adjusted workday. */
const JANUARY: CalendarData = {
  knownFrom: '2030-01-01',
  knownThrough: '2030-01-31',
  holidays: ['2030-01-01', '2030-01-02'],
  workdays: ['2030-01-05'],
};

function kinds(cal: WorkingDayCalendar, from: string, days: number): string[] {
  const out: string[] = [];
  for (let i = 0; i < days; i++) {
    const date = d(`2030-01-${String(Number(from.slice(8)) + i).padStart(2, '0')}`);
    const result = isWorkingDay(cal, date);
    out.push(result.ok ? result.kind : result.refusal.code);
  }
  return out;
}

function thrown(fn: () => unknown): CalendarDataError {
  try {
    fn();
  } catch (error) {
    if (error instanceof CalendarDataError) return error;
    throw error;
  }
  throw new Error('expected a CalendarDataError');
}

describe('R-TIME-3 createCalendar classifies every day of its range', () => {
  it('R-TIME-3 weekdays, weekends, holidays and adjusted workdays of January 2030 (built in the test)', () => {
    const cal = createCalendar(JANUARY);
    // 2030-01-01 is a Tuesday.
    expect(kinds(cal, '2030-01-01', 14)).toEqual([
      'PUBLIC_HOLIDAY',
      'PUBLIC_HOLIDAY',
      'WORKDAY',
      'WORKDAY',
      'ADJUSTED_WORKDAY',
      'WEEKEND',
      'WORKDAY',
      'WORKDAY',
      'WORKDAY',
      'WORKDAY',
      'WORKDAY',
      'WEEKEND',
      'WEEKEND',
      'WORKDAY',
    ]);
    const last = isWorkingDay(cal, d('2030-01-31'));
    expect(last.ok && last.kind).toBe('WORKDAY');
  });

  it('R-TIME-3 working days are counted in order: 2030-01-03 + 1..4 = 01-04, 01-05 (Sat on), 01-07, 01-08', () => {
    const cal = createCalendar(JANUARY);
    const after = [1, 2, 3, 4].map((n) => {
      const r = addWorkingDays(cal, d('2030-01-03'), n);
      return r.ok ? r.date : r.refusal.code;
    });
    expect(after).toEqual(['2030-01-04', '2030-01-05', '2030-01-07', '2030-01-08']);
  });

  it('R-TIME-3 a one-day calendar is allowed (knownFrom = knownThrough)', () => {
    const cal = createCalendar({
      knownFrom: '2030-01-07',
      knownThrough: '2030-01-07',
      holidays: [],
      workdays: [],
    });
    expect(cal.knownFrom).toBe('2030-01-07');
    expect(cal.knownThrough).toBe('2030-01-07');
    const monday = isWorkingDay(cal, d('2030-01-07'));
    expect(monday.ok && monday.working).toBe(true);
  });

  it('R-TIME-3 holidays and workdays on the first and last day of the range are inside it', () => {
    const cal = createCalendar({
      knownFrom: '2030-01-05',
      knownThrough: '2030-01-13',
      holidays: ['2030-01-07'],
      workdays: ['2030-01-05', '2030-01-13'],
    });
    expect(isWorkingDay(cal, d('2030-01-05'))).toMatchObject({
      ok: true,
      kind: 'ADJUSTED_WORKDAY',
    });
    expect(isWorkingDay(cal, d('2030-01-07'))).toMatchObject({ ok: true, kind: 'PUBLIC_HOLIDAY' });
    expect(isWorkingDay(cal, d('2030-01-13'))).toMatchObject({
      ok: true,
      kind: 'ADJUSTED_WORKDAY',
    });
    expect(isWorkingDay(cal, d('2030-01-06'))).toMatchObject({ ok: true, kind: 'WEEKEND' });
  });

  it('R-TIME-3 an adjusted workday listed twice is still one adjusted workday', () => {
    const cal = createCalendar({ ...JANUARY, workdays: ['2030-01-05', '2030-01-05'] });
    expect(isWorkingDay(cal, d('2030-01-05'))).toMatchObject({
      ok: true,
      kind: 'ADJUSTED_WORKDAY',
    });
  });
});

describe('R-TIME-3 bad calendar data is refused with a message saying what is wrong', () => {
  it('R-TIME-3 the error is a CalendarDataError (a RangeError) named so', () => {
    const error = thrown(() => createCalendar({ ...JANUARY, knownFrom: '2030-02-30' }));
    expect(error).toBeInstanceOf(RangeError);
    expect(error.name).toBe('CalendarDataError');
    expect(error.message).toBe(
      'calendar knownFrom "2030-02-30" is not a date in the form YYYY-MM-DD',
    );
  });

  it('R-TIME-3 a malformed holiday or workday names which list it is in', () => {
    expect(thrown(() => createCalendar({ ...JANUARY, holidays: ['2030/01/02'] })).message).toBe(
      'calendar holiday "2030/01/02" is not a date in the form YYYY-MM-DD',
    );
    expect(thrown(() => createCalendar({ ...JANUARY, workdays: ['x'] })).message).toBe(
      'calendar adjusted workday "x" is not a date in the form YYYY-MM-DD',
    );
  });

  it('R-TIME-3 dates one day outside the range are refused, naming the range', () => {
    expect(thrown(() => createCalendar({ ...JANUARY, holidays: ['2029-12-31'] })).message).toBe(
      'calendar holiday 2029-12-31 lies outside [2030-01-01, 2030-01-31]',
    );
    expect(thrown(() => createCalendar({ ...JANUARY, holidays: ['2030-02-01'] })).message).toBe(
      'calendar holiday 2030-02-01 lies outside [2030-01-01, 2030-01-31]',
    );
    expect(thrown(() => createCalendar({ ...JANUARY, workdays: ['2030-02-02'] })).message).toBe(
      'calendar adjusted workday 2030-02-02 lies outside [2030-01-01, 2030-01-31]',
    );
  });

  it('R-TIME-3 an inverted range and a workday on a weekday or holiday are refused', () => {
    expect(thrown(() => createCalendar({ ...JANUARY, knownThrough: '2029-12-31' })).message).toBe(
      'calendar knownThrough 2029-12-31 is before knownFrom 2030-01-01',
    );
    expect(thrown(() => createCalendar({ ...JANUARY, workdays: ['2030-01-07'] })).message).toBe(
      'calendar adjusted workday 2030-01-07 is not a Saturday or Sunday',
    );
    expect(thrown(() => createCalendar({ ...JANUARY, workdays: ['2030-01-01'] })).message).toBe(
      'calendar date 2030-01-01 is both a holiday and a workday',
    );
  });

  it('R-TIME-3 extendCalendar refuses a gap before the base too, and accepts data that touches it from before', () => {
    const base = createCalendar(JANUARY);
    expect(
      thrown(() =>
        extendCalendar(base, {
          knownFrom: '2029-12-01',
          knownThrough: '2029-12-30',
          holidays: [],
          workdays: [],
        }),
      ).message,
    ).toBe('calendar data [2029-12-01, 2029-12-30] leaves a gap next to [2030-01-01, 2030-01-31]');
    const earlier = extendCalendar(base, {
      knownFrom: '2029-12-01',
      knownThrough: '2029-12-31',
      holidays: [],
      workdays: [],
    });
    expect(earlier.knownFrom).toBe('2029-12-01');
    expect(earlier.knownThrough).toBe('2030-01-31');
    const r = addWorkingDays(earlier, d('2029-12-31'), 1);
    expect(r.ok && r.date).toBe('2030-01-03');
  });
});

describe('R-TIME-3 refusals outside the calendar name the rule and the field', () => {
  it('R-TIME-3 isWorkingDay outside the calendar: BEYOND_CALENDAR on the field "date"', () => {
    const cal = createCalendar(JANUARY);
    expect(inEnglish(isWorkingDay(cal, d('2030-02-01')))).toEqual({
      ok: false,
      refusal: {
        code: 'BEYOND_CALENDAR',
        message:
          "2030-02-01 is after 2030-01-31, the last date the working-day calendar knows; add the State Council's calendar for the next year (R-TIME-3)",
        rules: ['R-TIME-3'],
        field: ['date'],
      },
    });
    expect(inEnglish(isWorkingDay(cal, d('2029-12-31')))).toEqual({
      ok: false,
      refusal: {
        code: 'BEYOND_CALENDAR',
        message:
          '2029-12-31 is before 2030-01-01, the first date the working-day calendar knows (R-TIME-3)',
        rules: ['R-TIME-3'],
        field: ['date'],
      },
    });
  });

  it('R-TIME-3 addWorkingDays from the day after the calendar ends is refused on "from", not guessed', () => {
    const cal = createCalendar(JANUARY);
    const result = addWorkingDays(cal, d('2030-02-01'), 1);
    expect(result.ok).toBe(false);
    if (!result.ok)
      expect(result.refusal).toMatchObject({ code: 'BEYOND_CALENDAR', field: ['from'] });
  });

  it('R-TIME-3 a result past the calendar end is refused on "n", naming the last known date', () => {
    const cal = createCalendar(JANUARY);
    expect(inEnglish(addWorkingDays(cal, d('2030-01-30'), 2))).toEqual({
      ok: false,
      refusal: {
        code: 'BEYOND_CALENDAR',
        message:
          "2 working days after 2030-01-30 falls after 2030-01-31, the last date the working-day calendar knows; add the State Council's calendar for the next year (R-TIME-3)",
        rules: ['R-TIME-3'],
        field: ['n'],
      },
    });
  });

  it('R-TIME-3 a wrong count n is refused with the value, the rule and the field', () => {
    const cal = createCalendar(JANUARY);
    expect(inEnglish(addWorkingDays(cal, d('2030-01-03'), 0))).toEqual({
      ok: false,
      refusal: {
        code: 'INVALID_INPUT',
        message: 'the number of working days must be a whole number ≥ 1, got 0 (R-TIME-3)',
        rules: ['R-TIME-3'],
        field: ['n'],
      },
    });
  });
});

describe('R-TIME-3 the explanation counts skipped and adjusted days in words', () => {
  it('R-TIME-3 one day skipped and one adjusted working day counted are written in the singular', () => {
    const cal = createCalendar({
      knownFrom: '2030-01-01',
      knownThrough: '2030-01-31',
      holidays: [],
      workdays: ['2030-01-05'],
    });
    // Fri 01-04 + 2: Sat 01-05 (adjusted), Sun 01-06 skipped, Mon 01-07.
    const result = addWorkingDays(cal, d('2030-01-04'), 2);
    expect(result.ok && result.reason).toBe(
      '2 working days after 2030-01-04 (Fri) = 2030-01-07 (Mon) (R-TIME-3: 1 weekend/holiday day skipped, 1 adjusted working day counted)',
    );
  });

  it('R-TIME-3 counting from an adjusted workday does not count that day as adjusted', () => {
    const cal = createCalendar(JANUARY);
    // From Sat 01-05 (adjusted) + 1 = Mon 01-07: only Sun 01-06 skipped, no adjusted day counted.
    const result = addWorkingDays(cal, d('2030-01-05'), 1);
    expect(result.ok && result.reason).toBe(
      '1 working day after 2030-01-05 (Sat) = 2030-01-07 (Mon) (R-TIME-3: 1 weekend/holiday day skipped)',
    );
  });

  it('R-TIME-3 an adjusted day is counted when the result is the last day the calendar knows', () => {
    const cal = createCalendar({
      knownFrom: '2030-01-01',
      knownThrough: '2030-01-07',
      holidays: [],
      workdays: ['2030-01-05'],
    });
    // From Fri 01-04 + 2: Sat 01-05 (adjusted), Mon 01-07 = knownThrough.
    const result = addWorkingDays(cal, d('2030-01-04'), 2);
    expect(result.ok && result.reason).toBe(
      '2 working days after 2030-01-04 (Fri) = 2030-01-07 (Mon) (R-TIME-3: 1 weekend/holiday day skipped, 1 adjusted working day counted)',
    );
  });
});

describe('R-TIME-3 isWorkingDay explains the day', () => {
  it('R-TIME-3 an ordinary working day, a Sunday and a Monday are named', () => {
    const cal = createCalendar(JANUARY);
    expect(isWorkingDay(cal, d('2030-01-03'))).toEqual({
      ok: true,
      working: true,
      kind: 'WORKDAY',
      rules: ['R-TIME-3'],
      reason: '2030-01-03 (Thu) is a working day (R-TIME-3)',
    });
    const sunday = isWorkingDay(cal, d('2030-01-06'));
    expect(sunday.ok && sunday.reason).toBe('2030-01-06 (Sun) is a weekend day (R-TIME-3)');
    const monday = isWorkingDay(cal, d('2030-01-07'));
    expect(monday.ok && monday.reason).toBe('2030-01-07 (Mon) is a working day (R-TIME-3)');
  });

  it('R-TIME-3 a malformed knownThrough is named in the error', () => {
    expect(thrown(() => createCalendar({ ...JANUARY, knownThrough: '2030-13-01' })).message).toBe(
      'calendar knownThrough "2030-13-01" is not a date in the form YYYY-MM-DD',
    );
  });
});
