import { describe, expect, it } from 'vitest';
import { PRC_CALENDAR } from '../calendar/index.js';
import type { BusinessDate } from '../time/business-date.js';
import { refundPayoutDueDate, refundReviewDueDate } from './refund-dates.js';

const d = (text: string) => text as BusinessDate;

describe('R-REF-PAYOUT an approved refund is paid within 7 working days (R-TIME-3)', () => {
  it('R-REF-PAYOUT spec example: approved 2024-09-27 → due by 2024-10-12 (an adjusted Saturday workday)', () => {
    const due = refundPayoutDueDate(PRC_CALENDAR, d('2024-09-27'));
    expect(due).toEqual({
      ok: true,
      date: '2024-10-12',
      rules: ['R-REF-PAYOUT', 'R-TIME-3'],
      reason:
        'Refund paid back to the original payment method by 2024-10-12, 7 working days after approval on 2024-09-27 ' +
        '(R-REF-PAYOUT; 7 working days after 2024-09-27 (Fri) = 2024-10-12 (Sat) (R-TIME-3: 8 weekend/holiday days skipped, 2 adjusted working days counted))',
    });
  });

  it('R-REF-PAYOUT approved on a plain Monday → the Tuesday of the next week', () => {
    const due = refundPayoutDueDate(PRC_CALENDAR, d('2024-03-04'));
    expect(due.ok && due.date).toBe('2024-03-13');
  });

  it('R-REF-PAYOUT approved on 1 January (a holiday) counts from the next working day', () => {
    const due = refundPayoutDueDate(PRC_CALENDAR, d('2025-01-01'));
    expect(due.ok && due.date).toBe('2025-01-10');
  });

  it('R-REF-PAYOUT past the known calendar → BEYOND_CALENDAR refusal naming R-REF-PAYOUT, never a guess', () => {
    const due = refundPayoutDueDate(PRC_CALENDAR, d('2026-12-28'));
    expect(due.ok).toBe(false);
    if (!due.ok) {
      expect(due.refusal.code).toBe('BEYOND_CALENDAR');
      expect(due.refusal.rules).toEqual(['R-REF-PAYOUT', 'R-TIME-3']);
    }
  });
});

describe('R-REF-REVIEW a refund request gets a first response within 1 working day', () => {
  it('R-REF-REVIEW filed on Friday 2024-09-27 → due Sunday 2024-09-29 (adjusted workday before National Day)', () => {
    const due = refundReviewDueDate(PRC_CALENDAR, d('2024-09-27'));
    expect(due).toMatchObject({
      ok: true,
      date: '2024-09-29',
      rules: ['R-REF-REVIEW', 'R-TIME-3'],
    });
    expect(due.ok && due.reason).toContain(
      '1 working day after it was filed on 2024-09-27 (R-REF-REVIEW;',
    );
  });

  it('R-REF-REVIEW filed Friday 2024-06-07 → Tuesday 2024-06-11 (Dragon Boat Festival on Monday 06-10)', () => {
    const due = refundReviewDueDate(PRC_CALENDAR, d('2024-06-07'));
    expect(due.ok && due.date).toBe('2024-06-11');
  });

  it('R-REF-REVIEW filed on the last known day → BEYOND_CALENDAR', () => {
    const due = refundReviewDueDate(PRC_CALENDAR, d('2026-12-31'));
    expect(due.ok).toBe(false);
  });
});
