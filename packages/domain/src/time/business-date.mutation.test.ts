import { describe, expect, it } from 'vitest';
import {
  addDays,
  addMonths,
  businessDateAt,
  compareDates,
  DateError,
  fromDayNumber,
  isBusinessDate,
  minDate,
  parseDate,
  toDayNumber,
} from './business-date.js';

/** Business-date checks and arithmetic that a wrong rule would slip past (found by mutation testing). */
const d = parseDate;

function thrown(fn: () => unknown): DateError {
  try {
    fn();
  } catch (error) {
    if (error instanceof DateError) return error;
    throw error;
  }
  throw new Error('expected a DateError');
}

describe('R-TIME-1 parsing a business date', () => {
  it('R-TIME-1 the whole text must be YYYY-MM-DD: nothing before or after it', () => {
    expect(() => d('12024-01-01')).toThrow(DateError);
    expect(() => d('2024-01-011')).toThrow(DateError);
  });

  it('R-TIME-1 month 13 and 29 February of a common year are refused; year 1000 is the first accepted', () => {
    expect(() => d('2024-13-01')).toThrow(DateError);
    expect(() => d('2023-02-29')).toThrow(DateError);
    expect(d('1000-01-01')).toBe('1000-01-01');
  });

  it('R-TIME-1 a DateError is named DateError and quotes the text', () => {
    const error = thrown(() => d('2024-1-1'));
    expect(error.name).toBe('DateError');
    expect(error.message).toBe('"2024-1-1" is not a calendar date in the form YYYY-MM-DD');
  });

  it('R-TIME-1 isBusinessDate answers false, not undefined, for a text that is not a date', () => {
    expect(isBusinessDate('2024-02-30')).toBe(false);
    expect(isBusinessDate('2024-02-29')).toBe(true);
  });
});

describe('R-TIME-1 R-TIME-2 date arithmetic', () => {
  it('R-TIME-2 a fractional number of months is refused, naming it', () => {
    expect(thrown(() => addMonths(d('2024-01-31'), 1.5)).message).toBe(
      'months must be an integer, got 1.5',
    );
  });

  it('R-TIME-1 the last day of a 400-year cycle (2000-02-29, the era runs from 1 March) survives the day-number round trip', () => {
    expect(fromDayNumber(toDayNumber(d('2000-02-29')))).toBe('2000-02-29');
    expect(addDays(d('2000-02-28'), 1)).toBe('2000-02-29');
    expect(addDays(d('2000-02-29'), 1)).toBe('2000-03-01');
    expect(addDays(d('2400-03-01'), -1)).toBe('2400-02-29');

    expect(fromDayNumber(toDayNumber(d('2000-12-31')))).toBe('2000-12-31');
    expect(addDays(d('2000-12-30'), 1)).toBe('2000-12-31');
    expect(addDays(d('2000-12-31'), 1)).toBe('2001-01-01');
  });

  it('R-TIME-1 compareDates and minDate order dates', () => {
    expect(compareDates(d('2024-01-01'), d('2024-01-02'))).toBe(-1);
    expect(compareDates(d('2024-01-02'), d('2024-01-01'))).toBe(1);
    expect(compareDates(d('2024-01-02'), d('2024-01-02'))).toBe(0);
    expect(minDate(d('2024-01-01'), d('2024-01-02'))).toBe('2024-01-01');
    expect(minDate(d('2024-01-03'), d('2024-01-02'))).toBe('2024-01-02');
  });

  it('R-TIME-1 an instant that is not a finite time is refused, naming it', () => {
    expect(thrown(() => businessDateAt(Number.NaN)).message).toBe(
      'An instant must be a finite time in milliseconds, got NaN',
    );
  });
});
