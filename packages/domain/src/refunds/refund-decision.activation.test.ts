import { describe, expect, it } from 'vitest';
import { createCalendar, PRC_CALENDAR } from '../calendar/index.js';
import { renderMessage } from '../explain/messages.js';
import { activationDueDate } from '../lifecycle/activation.js';
import { yuan } from '../money/money.js';
import { decideInEnglish as decideRefund } from '../test-support/refund-english.js';
import { decideRefund as decideWithMessages } from './refund-decision.js';
import {
  considered,
  d,
  eqqRequest,
  NEXT,
  request,
  rulesConsidered,
  why,
} from '../test-support/refund-requests.js';

/**
 * R-REF-ACTIVATION, R-OPEN-4, R-TIME-3: activation overdue, a full refund (`decideActivationOverdue`).
 * One clause of `decideServicePart` in refund-decision.ts, decided through `decideRefund`.
 */

describe('R-REF-ACTIVATION activation overdue (R-OPEN-4: 5 working days after payment and approved materials)', () => {
  // Paid 2024-09-27 (Fri), materials 2024-09-26: due 5 working days after 09-27 =
  // 09-29 (Sun, adjusted workday), 09-30, 10-08, 10-09, 10-10 → due by 2024-10-10.
  const pending = {
    activatedOn: null,
    status: 'PENDING_ACTIVATION' as const,
    fullyPaidOn: d('2024-09-27'),
    materialsApprovedOn: d('2024-09-26'),
  };
  const newOrder = { period: null };

  it('R-REF-ACTIVATION on the due date (2024-10-10) it is not yet overdue → refused', () => {
    const decision = decideRefund(
      eqqRequest('2024-10-10', { reason: 'ACTIVATION_OVERDUE' }, newOrder, pending),
    );
    expect(decision.eligible).toBe(false);
    expect(why(decision, 'R-REF-ACTIVATION')).toBe(
      'not overdue: activation is due by 2024-10-10 (R-OPEN-4)',
    );
  });

  it('R-REF-ACTIVATION the day after the due date (2024-10-11), still not activated → full refund without fee', () => {
    const decision = decideRefund(
      eqqRequest('2024-10-11', { reason: 'ACTIVATION_OVERDUE' }, newOrder, pending),
    );
    expect(decision).toMatchObject({
      eligible: true,
      amount: 500_000,
      fee: 0,
      payout: 500_000,
      endsSubscription: true,
    });
    expect(decision.rules).toEqual(['R-REF-ACTIVATION', 'R-OPEN-4', 'R-TIME-3', 'R-REF-FEE']);
    expect(decision.explanation).toBe(
      'Refund ¥5,000.00, no fee: Full refund, activation overdue: due by 2024-10-10, 5 working days after 2024-09-27, still not activated on 2024-10-11 (R-REF-ACTIVATION, R-OPEN-4)',
    );
  });

  it("R-REF-ACTIVATION not when the delay came from the customer's materials", () => {
    const decision = decideRefund(
      eqqRequest('2024-10-20', {}, newOrder, { ...pending, customerCausedDelay: true }),
    );
    expect(decision.eligible).toBe(false);
    expect(why(decision, 'R-REF-ACTIVATION')).toBe(
      "overdue since 2024-10-10, but the delay came from the customer's materials",
    );
  });

  it('R-REF-ACTIVATION the clock has not started without approved materials', () => {
    const decision = decideRefund(
      eqqRequest('2024-12-01', {}, newOrder, { ...pending, materialsApprovedOn: null }),
    );
    expect(decision.eligible).toBe(false);
    expect(why(decision, 'R-REF-ACTIVATION')).toContain('materials not approved');
  });

  it('R-REF-ACTIVATION a due date the calendar cannot know → BEYOND_CALENDAR, not a guess', () => {
    const decision = decideRefund(
      eqqRequest('2027-01-20', {}, newOrder, {
        ...pending,
        fullyPaidOn: d('2026-12-29'),
        materialsApprovedOn: d('2026-12-29'),
      }),
    );
    expect(decision.eligible).toBe(false);
    expect(decision.refusal?.code).toBe('BEYOND_CALENDAR');
    expect(decision.rules).toContain('R-TIME-3');
  });

  it("R-REF-ACTIVATION R-TIME-3 the reason a due date cannot be computed is the calendar's own message, so it reads in Chinese too", () => {
    const dates = { fullyPaidOn: d('2026-12-29'), materialsApprovedOn: d('2026-12-29') };
    const due = activationDueDate(PRC_CALENDAR, {
      paidOn: dates.fullyPaidOn,
      materialsApprovedOn: dates.materialsApprovedOn,
    });
    if (due.ok || due.refusal.text === undefined)
      throw new Error('expected a message-bearing refusal');
    const decision = decideWithMessages(
      eqqRequest('2027-01-20', {}, newOrder, { ...pending, ...dates }),
    );
    const check = decision.considered.find((c) => c.rule === 'R-REF-ACTIVATION');
    expect(check?.whyMessage).toEqual({
      key: 'refund.why.activationUncomputable',
      params: { reason: due.refusal.text },
    });
    const zh = renderMessage(check!.whyMessage!, 'zh-CN');
    expect(zh).toContain(renderMessage(due.refusal.text, 'zh-CN'));
    expect(zh).not.toContain(due.refusal.message);
  });

  it('R-REF-ACTIVATION uses the calendar it is given (a test calendar with no holidays)', () => {
    const plain = createCalendar({
      knownFrom: '2024-01-01',
      knownThrough: '2024-12-31',
      holidays: [],
      workdays: [],
    });
    // 5 working days after Fri 2024-09-27 with no holidays: 09-30 … 10-04 → overdue on 10-05.
    const decision = decideRefund(eqqRequest('2024-10-05', { calendar: plain }, newOrder, pending));
    expect(decision.rules).toContain('R-REF-ACTIVATION');
  });
});

describe('R-REF-ACTIVATION the rule that granted the full refund is recorded', () => {
  it('R-REF-ACTIVATION an overdue activation is recorded as applied, naming the due date', () => {
    const decision = decideRefund(
      request({
        asOf: '2024-02-01',
        order: { period: null },
        sub: { activatedOn: null, status: 'PENDING_ACTIVATION' },
      }),
    );
    expect(decision).toMatchObject({ eligible: true, amount: yuan(1200), fee: 0 });
    expect(considered(decision, 'R-REF-ACTIVATION')).toEqual({
      rule: 'R-REF-ACTIVATION',
      applied: true,
      why: 'not activated by 2024-01-05, 5 working days after 2023-12-28: refunded in full',
    });
  });
});

describe('R-REF-ACTIVATION a refusal leaves the later rules to decide, and R-REF-OTHERWISE gives its reason', () => {
  const pending = {
    activatedOn: null,
    status: 'PENDING_ACTIVATION' as const,
    fullyPaidOn: d('2024-09-27'),
    materialsApprovedOn: d('2024-09-26'),
  };
  const refusedFor = (input: Parameters<typeof decideRefund>[0], reason: string) => {
    const decision = decideRefund(input);
    expect(decision.eligible).toBe(false);
    expect(rulesConsidered(decision).slice(-5)).toEqual([
      'R-REF-DEFECT',
      'R-REF-UNUSED',
      'R-REF-OUTAGE',
      'R-REF-CANCEL',
      'R-REF-OTHERWISE',
    ]);
    expect(decision.explanation).toBe(`Not refundable (R-REF-OTHERWISE): ${reason}${NEXT}`);
    return decision;
  };

  it('R-REF-ACTIVATION R-OPEN-4 not yet overdue on the due date (2024-10-10)', () => {
    refusedFor(
      eqqRequest('2024-10-10', {}, { period: null }, pending),
      'not overdue: activation is due by 2024-10-10 (R-OPEN-4)',
    );
  });

  it("R-REF-ACTIVATION R-OPEN-4 overdue, but the delay came from the customer's materials", () => {
    refusedFor(
      eqqRequest('2024-10-11', {}, { period: null }, { ...pending, customerCausedDelay: true }),
      "overdue since 2024-10-10, but the delay came from the customer's materials",
    );
  });

  it("R-REF-ACTIVATION R-TIME-3 a due date beyond the calendar: refused with the calendar's reason, code BEYOND_CALENDAR", () => {
    const decision = decideRefund(
      eqqRequest(
        '2027-01-20',
        {},
        { period: null },
        {
          ...pending,
          fullyPaidOn: d('2026-12-29'),
          materialsApprovedOn: d('2026-12-29'),
        },
      ),
    );
    const reason = why(decision, 'R-REF-ACTIVATION') ?? '';
    expect(reason).toMatch(/^the activation due date cannot be computed: /);
    refusedFor(
      eqqRequest(
        '2027-01-20',
        {},
        { period: null },
        {
          ...pending,
          fullyPaidOn: d('2026-12-29'),
          materialsApprovedOn: d('2026-12-29'),
        },
      ),
      reason,
    );
    expect(decision.refusal?.code).toBe('BEYOND_CALENDAR');
  });
});
