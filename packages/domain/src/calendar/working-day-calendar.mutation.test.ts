import { describe, expect, it } from 'vitest';
import { parseDate } from '../time/business-date.js';
import { createCalendar, isWorkingDay } from './working-day-calendar.js';

/** Explanations of the working-day calendar that a wrong rule would slip past (found by mutation testing). */
const d = parseDate;

describe('R-TIME-3 isWorkingDay names the weekday and the kind of day', () => {
  it('R-TIME-3 a public holiday on a Tuesday and on a Wednesday is explained in words', () => {
    const cal = createCalendar({
      knownFrom: '2030-01-01',
      knownThrough: '2030-01-31',
      holidays: ['2030-01-01', '2030-01-02'],
      workdays: [],
    });
    expect(isWorkingDay(cal, d('2030-01-01'))).toEqual({
      ok: true,
      working: false,
      kind: 'PUBLIC_HOLIDAY',
      rules: ['R-TIME-3'],
      reason: '2030-01-01 (Tue) is a public holiday (R-TIME-3)',
    });
    const wednesday = isWorkingDay(cal, d('2030-01-02'));
    expect(wednesday.ok && wednesday.reason).toBe(
      '2030-01-02 (Wed) is a public holiday (R-TIME-3)',
    );
  });

  it('R-TIME-3 every weekday has its own name', () => {
    const cal = createCalendar({
      knownFrom: '2030-01-01',
      knownThrough: '2030-01-31',
      holidays: [],
      workdays: [],
    });
    const names: string[] = [];
    for (let day = 6; day <= 12; day++) {
      const result = isWorkingDay(cal, d(`2030-01-${String(day).padStart(2, '0')}`));
      names.push(result.ok ? (/\((\w+)\)/.exec(result.reason)?.[1] ?? '') : '');
    }
    expect(names).toEqual(['Sun', 'Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat']);
  });
});
