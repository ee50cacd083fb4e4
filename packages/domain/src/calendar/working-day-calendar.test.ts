import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  addDays,
  dayOfWeek,
  fromDayNumber,
  parseDate,
  toDayNumber,
  type BusinessDate,
} from '../time/business-date.js';
import { renderMessage } from '../explain/messages.js';
import { PRC_CALENDAR_DATA } from './data/prc-calendar.data.js';
import { PRC_CALENDAR } from './prc-calendar.js';
import {
  addWorkingDays,
  CalendarDataError,
  createCalendar,
  extendCalendar,
  isWorkingDay,
  type WorkingDayCalendar,
} from './working-day-calendar.js';

const d = parseDate;

function dateAfter(cal: WorkingDayCalendar, from: string, n: number): string {
  const result = addWorkingDays(cal, d(from), n);
  if (!result.ok) throw new Error(result.refusal.message);
  return result.date;
}

function working(cal: WorkingDayCalendar, date: string): boolean {
  const result = isWorkingDay(cal, d(date));
  if (!result.ok) throw new Error(result.refusal.message);
  return result.working;
}

describe('R-TIME-3 working days (PRC statutory calendar)', () => {
  it('R-TIME-3 spec example: 2024-09-27 (Fri) + 7 working days = 2024-10-12 (Sat, adjusted workday)', () => {
    const result = addWorkingDays(PRC_CALENDAR, d('2024-09-27'), 7);
    expect(result).toMatchObject({
      ok: true,
      date: '2024-10-12',
      rules: ['R-TIME-3'],
      reason:
        '7 working days after 2024-09-27 (Fri) = 2024-10-12 (Sat) (R-TIME-3: 8 weekend/holiday days skipped, 2 adjusted working days counted)',
    });
    if (!result.ok) return;
    expect(renderMessage(result.reasonMessage, 'en')).toBe(result.reason);
    expect(renderMessage(result.reasonMessage, 'zh-CN')).toBe(
      '2024-09-27（周五）之后第 7 个工作日 = 2024-10-12（周六）（R-TIME-3：跳过 8 个周末或节假日，计入 2 个调休工作日）',
    );
    // The spec lists the days counted: 09-29 (Sun), 09-30, 10-08, 10-09, 10-10, 10-11, 10-12.
    const counted = [1, 2, 3, 4, 5, 6, 7].map((n) => dateAfter(PRC_CALENDAR, '2024-09-27', n));
    expect(counted).toEqual([
      '2024-09-29',
      '2024-09-30',
      '2024-10-08',
      '2024-10-09',
      '2024-10-10',
      '2024-10-11',
      '2024-10-12',
    ]);
  });

  it('R-TIME-3 an adjusted Sunday (2024-09-29) is a working day; an ordinary Sunday is not', () => {
    expect(isWorkingDay(PRC_CALENDAR, d('2024-09-29'))).toEqual({
      ok: true,
      working: true,
      kind: 'ADJUSTED_WORKDAY',
      rules: ['R-TIME-3'],
      reason: '2024-09-29 (Sun) is an adjusted working day (调休上班) (R-TIME-3)',
    });
    expect(dayOfWeek(d('2024-09-29'))).toBe(0);
    const sunday = isWorkingDay(PRC_CALENDAR, d('2024-09-22'));
    expect(sunday.ok && sunday.kind).toBe('WEEKEND');
    expect(working(PRC_CALENDAR, '2024-09-22')).toBe(false);
    expect(working(PRC_CALENDAR, '2024-09-27')).toBe(true);
  });

  it('R-TIME-3 National Day 2024: 10-01..10-07 off, the 7-day span is skipped', () => {
    for (let day = 1; day <= 7; day++) {
      const result = isWorkingDay(PRC_CALENDAR, d(`2024-10-0${day}`));
      expect(result.ok && result.working).toBe(false);
    }
    const holiday = isWorkingDay(PRC_CALENDAR, d('2024-10-01'));
    expect(holiday.ok && holiday.kind).toBe('PUBLIC_HOLIDAY');
    expect(dateAfter(PRC_CALENDAR, '2024-09-30', 1)).toBe('2024-10-08');
    expect(dateAfter(PRC_CALENDAR, '2024-10-03', 1)).toBe('2024-10-08'); // counting from a holiday
  });

  it('R-TIME-3 National Day + Mid-autumn 2025: 10-01..10-08 off, 09-28 (Sun) and 10-11 (Sat) on', () => {
    expect(dateAfter(PRC_CALENDAR, '2025-09-26', 1)).toBe('2025-09-28');
    expect(dateAfter(PRC_CALENDAR, '2025-09-30', 1)).toBe('2025-10-09');
    expect(dateAfter(PRC_CALENDAR, '2025-10-10', 1)).toBe('2025-10-11');
    expect(working(PRC_CALENDAR, '2025-10-08')).toBe(false);
  });

  it('R-TIME-3 Spring Festival 2024: 02-10..02-17 off; 02-04 and 02-18 (Sundays) on; 02-09 (eve) is a working day', () => {
    expect(working(PRC_CALENDAR, '2024-02-04')).toBe(true);
    expect(working(PRC_CALENDAR, '2024-02-09')).toBe(true);
    expect(working(PRC_CALENDAR, '2024-02-12')).toBe(false);
    expect(dateAfter(PRC_CALENDAR, '2024-02-09', 1)).toBe('2024-02-18');
    expect(dateAfter(PRC_CALENDAR, '2024-02-08', 3)).toBe('2024-02-19');
  });

  it('R-TIME-3 Spring Festival 2026: 02-15..02-23 off; 02-14 and 02-28 (Saturdays) on', () => {
    expect(dateAfter(PRC_CALENDAR, '2026-02-13', 1)).toBe('2026-02-14');
    expect(dateAfter(PRC_CALENDAR, '2026-02-14', 1)).toBe('2026-02-24');
    expect(dateAfter(PRC_CALENDAR, '2026-02-27', 1)).toBe('2026-02-28');
  });

  it('R-TIME-3 1 January and a Dec-31 holiday from the next year’s notice (2018-12-29 on, 12-30..2019-01-01 off)', () => {
    expect(working(PRC_CALENDAR, '2018-12-29')).toBe(true);
    expect(working(PRC_CALENDAR, '2018-12-31')).toBe(false);
    expect(dateAfter(PRC_CALENDAR, '2018-12-28', 2)).toBe('2019-01-02');
    expect(working(PRC_CALENDAR, '2026-01-01')).toBe(false);
    expect(working(PRC_CALENDAR, '2026-01-04')).toBe(true); // Sunday made a workday
  });

  it('R-TIME-3 a Saturday in a leap February is still a weekend (2024-02-29 Thu on, 2024-03-02 Sat off)', () => {
    expect(working(PRC_CALENDAR, '2024-02-29')).toBe(true);
    expect(dateAfter(PRC_CALENDAR, '2024-02-29', 1)).toBe('2024-03-01');
    expect(dateAfter(PRC_CALENDAR, '2024-03-01', 1)).toBe('2024-03-04');
  });

  it('R-TIME-3 the PRC calendar covers 2004-01-01 through 2026-12-31 (the last fully announced year)', () => {
    expect(PRC_CALENDAR.knownFrom).toBe('2004-01-01');
    expect(PRC_CALENDAR.knownThrough).toBe('2026-12-31');
    expect(working(PRC_CALENDAR, '2026-12-31')).toBe(true);
    expect(dateAfter(PRC_CALENDAR, '2026-12-30', 1)).toBe('2026-12-31');
  });

  it('R-TIME-3 beyond the calendar: an explicit BEYOND_CALENDAR refusal naming the last known date, never a weekends-only guess', () => {
    const pastEnd = addWorkingDays(PRC_CALENDAR, d('2026-12-31'), 1);
    expect(pastEnd.ok).toBe(false);
    if (!pastEnd.ok) {
      expect(pastEnd.refusal.code).toBe('BEYOND_CALENDAR');
      expect(pastEnd.refusal.message).toContain('2026-12-31');
      expect(pastEnd.refusal.rules).toEqual(['R-TIME-3']);
    }
    // The result would land in 2027: refused even though the start is known.
    const crossing = addWorkingDays(PRC_CALENDAR, d('2026-11-22'), 45);
    expect(!crossing.ok && crossing.refusal.code).toBe('BEYOND_CALENDAR');
    // 2027-01-04 is a Monday, but the 2027 calendar is not in the data.
    const unknown = isWorkingDay(PRC_CALENDAR, d('2027-01-04'));
    expect(unknown.ok).toBe(false);
    if (!unknown.ok) {
      expect(unknown.refusal.code).toBe('BEYOND_CALENDAR');
      expect(unknown.refusal.message).toContain('2026-12-31');
    }
    const before = isWorkingDay(PRC_CALENDAR, d('2003-12-31'));
    expect(!before.ok && before.refusal.message).toContain('2004-01-01');
    const fromBefore = addWorkingDays(PRC_CALENDAR, d('2003-12-31'), 1);
    expect(!fromBefore.ok && fromBefore.refusal.code).toBe('BEYOND_CALENDAR');
  });

  it('R-TIME-3 the last working day inside the calendar is reachable; one more is refused', () => {
    expect(dateAfter(PRC_CALENDAR, '2026-12-24', 5)).toBe('2026-12-31');
    const result = addWorkingDays(PRC_CALENDAR, d('2026-12-24'), 6);
    expect(!result.ok && result.refusal.code).toBe('BEYOND_CALENDAR');
  });

  it('R-TIME-3 n must be a whole number ≥ 1: 0, negative and fractional counts are INVALID_INPUT', () => {
    for (const n of [0, -1, 1.5, Number.NaN, Number.POSITIVE_INFINITY]) {
      const result = addWorkingDays(PRC_CALENDAR, d('2024-09-27'), n);
      expect(result.ok).toBe(false);
      if (!result.ok) {
        expect(result.refusal.code).toBe('INVALID_INPUT');
        expect(result.refusal.field).toEqual(['n']);
      }
    }
  });

  it('R-TIME-3 reason uses the singular for one working day', () => {
    const result = addWorkingDays(PRC_CALENDAR, d('2024-09-26'), 1);
    expect(result.ok && result.reason).toBe(
      '1 working day after 2024-09-26 (Thu) = 2024-09-27 (Fri) (R-TIME-3: 0 weekend/holiday days skipped)',
    );
  });
});

describe('R-TIME-3 calendar data', () => {
  const small = createCalendar({
    knownFrom: '2030-01-01',
    knownThrough: '2030-01-31',
    holidays: ['2030-01-01', '2030-01-02'],
    workdays: ['2030-01-05'],
  });

  it('R-TIME-3 createCalendar builds a calendar from data (2030-01-05 Sat adjusted workday)', () => {
    expect(small.knownFrom).toBe('2030-01-01');
    expect(small.knownThrough).toBe('2030-01-31');
    expect(working(small, '2030-01-01')).toBe(false);
    expect(working(small, '2030-01-05')).toBe(true);
    expect(dateAfter(small, '2030-01-01', 1)).toBe('2030-01-03');
    expect(dateAfter(small, '2030-01-04', 1)).toBe('2030-01-05');
  });

  it('R-TIME-3 createCalendar rejects malformed or inconsistent data', () => {
    const base = {
      knownFrom: '2030-01-01',
      knownThrough: '2030-01-31',
      holidays: [],
      workdays: [],
    };
    expect(() => createCalendar({ ...base, knownFrom: '2030-02-30' })).toThrow(CalendarDataError);
    expect(() => createCalendar({ ...base, knownThrough: '2029-12-31' })).toThrow(
      /before knownFrom/,
    );
    expect(() => createCalendar({ ...base, holidays: ['2030-02-01'] })).toThrow(/outside/);
    expect(() => createCalendar({ ...base, holidays: ['2030/01/02'] })).toThrow(CalendarDataError);
    expect(() => createCalendar({ ...base, workdays: ['2030-01-07'] })).toThrow(
      /not a Saturday or Sunday/,
    );
    expect(() =>
      createCalendar({ ...base, holidays: ['2030-01-05'], workdays: ['2030-01-05'] }),
    ).toThrow(/both a holiday and a workday/);
  });

  it('R-TIME-3 extendCalendar appends a newly announced year; the new data wins inside its own range', () => {
    const next = extendCalendar(small, {
      knownFrom: '2030-01-30',
      knownThrough: '2030-02-28',
      holidays: ['2030-01-31', '2030-02-01'],
      workdays: ['2030-02-02'],
    });
    expect(next.knownFrom).toBe('2030-01-01');
    expect(next.knownThrough).toBe('2030-02-28');
    expect(working(next, '2030-01-05')).toBe(true); // kept from the base
    expect(working(next, '2030-01-31')).toBe(false); // revised by the new notice
    expect(dateAfter(next, '2030-01-30', 1)).toBe('2030-02-02');
    expect(dateAfter(next, '2030-01-28', 5)).toBe('2030-02-05');
    // The base calendar itself is unchanged.
    expect(working(small, '2030-01-31')).toBe(true);
  });

  it('R-TIME-3 extendCalendar refuses a gap between the known ranges', () => {
    expect(() =>
      extendCalendar(small, {
        knownFrom: '2030-02-02',
        knownThrough: '2030-02-28',
        holidays: [],
        workdays: [],
      }),
    ).toThrow(/gap/);
    const touching = extendCalendar(small, {
      knownFrom: '2030-02-01',
      knownThrough: '2030-02-28',
      holidays: [],
      workdays: [],
    });
    expect(touching.knownThrough).toBe('2030-02-28');
  });

  it('R-TIME-3 the generated data is exactly the chinese-days table (drift check of scripts/import-calendar.mjs)', () => {
    const require = createRequire(import.meta.url);
    const dir = dirname(require.resolve('chinese-days/package.json'));
    const table = JSON.parse(readFileSync(join(dir, 'dist', 'chinese-days.json'), 'utf8')) as {
      holidays: Record<string, string>;
      workdays: Record<string, string>;
    };
    expect([...PRC_CALENDAR_DATA.holidays]).toEqual(Object.keys(table.holidays).sort());
    expect([...PRC_CALENDAR_DATA.workdays]).toEqual(Object.keys(table.workdays).sort());
  });
});

describe('R-TIME-3 properties', () => {
  const first = toDayNumber(PRC_CALENDAR.knownFrom);
  const last = toDayNumber(d('2026-06-30')); // leaves room for n ≤ 60 inside the calendar
  const anyDate = fc.integer({ min: first, max: last }).map((n) => fromDayNumber(n));
  const anyN = fc.integer({ min: 1, max: 60 });
  const holidays = new Set(PRC_CALENDAR_DATA.holidays);
  const workdays = new Set(PRC_CALENDAR_DATA.workdays);
  // An independent oracle: step one day at a time over the raw data.
  const naiveWorking = (date: BusinessDate): boolean =>
    workdays.has(date) || (!holidays.has(date) && dayOfWeek(date) !== 0 && dayOfWeek(date) !== 6);

  it('R-TIME-3 addWorkingDays(d, n) is a working day strictly after d, with exactly n working days in (d, result]', () => {
    fc.assert(
      fc.property(anyDate, anyN, (from, n) => {
        const result = addWorkingDays(PRC_CALENDAR, from, n);
        if (!result.ok) return false;
        let count = 0;
        for (let day = addDays(from, 1); day <= result.date; day = addDays(day, 1))
          if (naiveWorking(day)) count++;
        return result.date > from && naiveWorking(result.date) && count === n;
      }),
    );
  });

  it('R-TIME-3 addWorkingDays(d, n + 1) is later than addWorkingDays(d, n)', () => {
    fc.assert(
      fc.property(anyDate, anyN, (from, n) => {
        const a = addWorkingDays(PRC_CALENDAR, from, n);
        const b = addWorkingDays(PRC_CALENDAR, from, n + 1);
        return a.ok && b.ok && b.date > a.date;
      }),
    );
  });

  it('R-TIME-3 isWorkingDay agrees with the raw data on every known date', () => {
    fc.assert(
      fc.property(fc.integer({ min: first, max: toDayNumber(PRC_CALENDAR.knownThrough) }), (n) => {
        const date = fromDayNumber(n);
        const result = isWorkingDay(PRC_CALENDAR, date);
        return result.ok && result.working === naiveWorking(date);
      }),
    );
  });
});

describe('R-TIME-3 the counting of a due date, as a message', () => {
  it('R-TIME-3 writes in English exactly the reason, for one day and many, with and without adjusted days', () => {
    for (const [from, n] of [
      ['2024-09-27', 1],
      ['2024-09-27', 7],
      ['2024-10-08', 3],
      ['2025-01-24', 10],
    ] as const) {
      const result = addWorkingDays(PRC_CALENDAR, d(from), n);
      if (!result.ok) throw new Error(result.refusal.message);
      expect(renderMessage(result.reasonMessage, 'en')).toBe(result.reason);
      expect(renderMessage(result.reasonMessage, 'zh-CN')).toMatch(
        /^\d{4}-\d{2}-\d{2}（周.）之后第 \d+ 个工作日 = /,
      );
    }
  });
});
