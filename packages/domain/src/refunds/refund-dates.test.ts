import { describe, expect, it } from 'vitest';
import { PRC_CALENDAR } from '../calendar/index.js';
import { renderMessage } from '../explain/messages.js';
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
      reasonMessage: expect.anything(),
    });
    if (!due.ok) return;
    expect(renderMessage(due.reasonMessage, 'en')).toBe(due.reason);
    expect(renderMessage(due.reasonMessage, 'zh-CN')).toBe(
      '退款应于 2024-10-12 前原路退回，即 2024-09-27 审批通过后 7 个工作日' +
        '（R-REF-PAYOUT；2024-09-27（周五）之后第 7 个工作日 = 2024-10-12（周六）（R-TIME-3：跳过 8 个周末或节假日，计入 2 个调休工作日））',
    );
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
    if (!due.ok) return;
    expect(renderMessage(due.reasonMessage, 'en')).toBe(due.reason);
    expect(renderMessage(due.reasonMessage, 'zh-CN')).toBe(
      '退款申请应于 2024-09-29 前首次答复，即 2024-09-27 提交后 1 个工作日' +
        '（R-REF-REVIEW；2024-09-27（周五）之后第 1 个工作日 = 2024-09-29（周日）（R-TIME-3：跳过 1 个周末或节假日，计入 1 个调休工作日））',
    );
  });

  it('R-REF-REVIEW R-REF-PAYOUT every day of 2024: the reason as a message is the English text', () => {
    for (let day = new Date(Date.UTC(2024, 0, 1)); day.getUTCFullYear() === 2024;) {
      const on = d(day.toISOString().slice(0, 10));
      for (const due of [
        refundReviewDueDate(PRC_CALENDAR, on),
        refundPayoutDueDate(PRC_CALENDAR, on),
      ]) {
        expect(due.ok).toBe(true);
        if (due.ok) expect(renderMessage(due.reasonMessage, 'en')).toBe(due.reason);
      }
      day = new Date(day.getTime() + 86_400_000);
    }
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
