import { describe, expect, it } from 'vitest';
import { parseDate } from '../time/business-date.js';
import type { Period } from '../time/period.js';
import { reminderDates, remindersDue } from './renewal-reminders.js';

const d = parseDate;
const SPEC_PERIOD: Period = { start: d('2021-05-01'), end: d('2022-05-01') };

describe('R-LIFE-4 renewal reminders', () => {
  it('R-LIFE-4 when the window opens (2022-04-01) and 7 days before the end 2022-05-01 (2022-04-24)', () => {
    expect(reminderDates(SPEC_PERIOD)).toEqual([
      {
        kind: 'WINDOW_OPENS',
        on: '2022-04-01',
        rules: ['R-LIFE-4', 'R-RENEW-1'],
        reason:
          'Renewal window opens on 2022-04-01, 1 month before the period end 2022-05-01 (R-LIFE-4, R-RENEW-1)',
      },
      {
        kind: 'SEVEN_DAYS_BEFORE_END',
        on: '2022-04-24',
        rules: ['R-LIFE-4'],
        reason:
          '7 days before the period end 2022-05-01 (last day of service 2022-04-30) (R-LIFE-4)',
      },
    ]);
  });

  it('R-LIFE-4 across 1 January: end 2023-01-01 → 2022-12-01 and 2022-12-25', () => {
    expect(
      reminderDates({ start: d('2022-01-01'), end: d('2023-01-01') }).map((r) => r.on),
    ).toEqual(['2022-12-01', '2022-12-25']);
  });

  it('R-LIFE-4 leap year: end 2024-03-01 → 2024-02-01 and 2024-02-23', () => {
    expect(
      reminderDates({ start: d('2023-03-01'), end: d('2024-03-01') }).map((r) => r.on),
    ).toEqual(['2024-02-01', '2024-02-23']);
  });

  it('R-LIFE-4 remindersDue lists the reminders in (from, to]', () => {
    expect(remindersDue(SPEC_PERIOD, d('2022-03-31'), d('2022-04-01')).map((r) => r.kind)).toEqual([
      'WINDOW_OPENS',
    ]);
    expect(remindersDue(SPEC_PERIOD, d('2022-04-01'), d('2022-04-24')).map((r) => r.kind)).toEqual([
      'SEVEN_DAYS_BEFORE_END',
    ]);
    expect(remindersDue(SPEC_PERIOD, d('2022-01-01'), d('2022-12-31')).map((r) => r.on)).toEqual([
      '2022-04-01',
      '2022-04-24',
    ]);
    expect(remindersDue(SPEC_PERIOD, d('2022-04-24'), d('2022-05-31'))).toEqual([]);
    expect(remindersDue(SPEC_PERIOD, d('2022-04-02'), d('2022-04-23'))).toEqual([]);
  });

  it('R-LIFE-4 a period shorter than 7 days gets no reminder before its start', () => {
    expect(
      reminderDates({ start: d('2024-01-01'), end: d('2024-01-05') }).map((r) => r.kind),
    ).toEqual(['WINDOW_OPENS']);
  });
});
