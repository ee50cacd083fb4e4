import { describe, expect, it } from 'vitest';
import { parseDate } from '../time/business-date.js';
import { reminderDates } from './renewal-reminders.js';

/** Edge cases of renewal reminders that a wrong rule would slip past (found by mutation testing). */
const d = parseDate;

describe('R-LIFE-4 reminders of a very short period', () => {
  it('R-LIFE-4 a 7-day period gets both reminders on its first day, window first', () => {
    const reminders = reminderDates({ start: d('2024-01-01'), end: d('2024-01-08') });
    expect(reminders.map((r) => [r.kind, r.on])).toEqual([
      ['WINDOW_OPENS', '2024-01-01'],
      ['SEVEN_DAYS_BEFORE_END', '2024-01-01'],
    ]);
  });
});
