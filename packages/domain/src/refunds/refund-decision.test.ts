import { describe, expect, it } from 'vitest';
import { createCalendar } from '../calendar/index.js';
import { decideInEnglish as decideRefund } from '../test-support/refund-english.js';
import type { RefundDecision } from './refund-types.js';
import { PRC_CALENDAR } from '../calendar/index.js';
import { yuan } from '../money/money.js';
import { startOfBusinessDate, type BusinessDate } from '../time/business-date.js';
import type { RefundInput, RefundOrderFacts, RefundSubscriptionFacts } from './refund-types.js';

const d = (text: string): BusinessDate => text as BusinessDate;

/** The spec's example: EQQ, 5 seats, paid ¥5,000.00, activated 2021-05-01 (section 8). */
function eqqRequest(
  asOf: string,
  over: Partial<Omit<RefundInput, 'order' | 'subscription'>> = {},
  order: Partial<RefundOrderFacts> = {},
  subscription: Partial<RefundSubscriptionFacts> = {},
): RefundInput {
  return {
    asOf: d(asOf),
    reason: 'NO_REASON',
    evidence: [],
    calendar: PRC_CALENDAR,
    ...over,
    order: {
      kind: 'NEW_SUBSCRIPTION',
      productCode: 'EQQ',
      total: yuan(5000),
      paid: yuan(5000),
      alreadyRefunded: 0,
      duplicatePaid: 0,
      overpaid: 0,
      period: { start: d('2021-05-01'), end: d('2022-05-01') },
      ...order,
    },
    subscription: {
      status: 'ACTIVE',
      activatedOn: d('2021-05-01'),
      violation: false,
      fullyPaidOn: d('2021-04-26'),
      materialsApprovedOn: d('2021-04-27'),
      ...subscription,
    },
  };
}

/** Meeting PRO annual, ¥300.00 (*demo*), activated 2024-03-15: period [2024-03-15, 2025-03-15), 365 days. */
function meetingRequest(
  asOf: string,
  over: Partial<Omit<RefundInput, 'order' | 'subscription'>> = {},
  order: Partial<RefundOrderFacts> = {},
  subscription: Partial<RefundSubscriptionFacts> = {},
): RefundInput {
  return eqqRequest(
    asOf,
    over,
    {
      productCode: 'MEETING',
      total: yuan(300),
      paid: yuan(300),
      period: { start: d('2024-03-15'), end: d('2025-03-15') },
      ...order,
    },
    {
      activatedOn: d('2024-03-15'),
      fullyPaidOn: d('2024-03-14'),
      materialsApprovedOn: d('2024-03-14'),
      ...subscription,
    },
  );
}

/** Exmail STANDARD, 10 mailboxes × ¥200.00 (*demo*), activated 2024-01-01: [2024-01-01, 2025-01-01), 366 days. */
function exmailRequest(
  asOf: string,
  over: Partial<Omit<RefundInput, 'order' | 'subscription'>> = {},
  order: Partial<RefundOrderFacts> = {},
  subscription: Partial<RefundSubscriptionFacts> = {},
): RefundInput {
  return eqqRequest(
    asOf,
    over,
    {
      productCode: 'EXMAIL',
      total: yuan(2000),
      paid: yuan(2000),
      period: { start: d('2024-01-01'), end: d('2025-01-01') },
      ...order,
    },
    {
      activatedOn: d('2024-01-01'),
      fullyPaidOn: d('2023-12-28'),
      materialsApprovedOn: d('2023-12-28'),
      ...subscription,
    },
  );
}

/** An instant `hours` after 00:00 of `date` in Asia/Shanghai (epoch ms). */
function at(date: string, hours: number): number {
  return startOfBusinessDate(d(date)) + hours * 3_600_000;
}

const rulesConsidered = (decision: RefundDecision) => decision.considered.map((c) => c.rule);
const appliedRules = (decision: RefundDecision) =>
  decision.considered.filter((c) => c.applied).map((c) => c.rule);
const why = (decision: RefundDecision, rule: string) =>
  decision.considered.find((c) => c.rule === rule)?.why;

describe('section 8 worked examples (EQQ, 5 seats, paid ¥5,000.00, activated 2021-05-01)', () => {
  it('R-REF-7DAY request 2021-05-06, no reason → full ¥5,000.00', () => {
    const decision = decideRefund(eqqRequest('2021-05-06'));
    expect(decision).toMatchObject({
      eligible: true,
      amount: 500_000,
      fee: 0,
      payout: 500_000,
      endsSubscription: true,
      refusal: null,
    });
    expect(decision.rules).toEqual(['R-REF-7DAY', 'R-TIME-4', 'R-REF-FEE']);
    expect(decision.explanation).toBe(
      'Refund ¥5,000.00, no fee: Full refund, requested 2021-05-06, within 7 natural days of activation on 2021-05-01 (R-REF-7DAY, R-TIME-4)',
    );
    expect(decision.lines).toEqual([
      {
        description:
          'Full refund, requested 2021-05-06, within 7 natural days of activation on 2021-05-01 (R-REF-7DAY, R-TIME-4)',
        quantity: 1,
        months: null,
        unitPrice: 500_000,
        amount: 500_000,
        rules: ['R-REF-7DAY', 'R-TIME-4'],
      },
    ]);
  });

  it('R-REF-OTHERWISE request 2021-05-20, no reason → refused: 7-day window closed, every rule considered with why', () => {
    const decision = decideRefund(eqqRequest('2021-05-20'));
    expect(decision).toMatchObject({
      eligible: false,
      amount: 0,
      fee: 0,
      payout: 0,
      lines: [],
      endsSubscription: false,
    });
    expect(decision.rules).toEqual(['R-REF-OTHERWISE']);
    expect(decision.refusal?.code).toBe('NOT_REFUNDABLE');
    expect(decision.explanation).toBe(
      'Not refundable (R-REF-OTHERWISE): the 7-day window closed on 2021-05-08, requested 2021-05-20; ' +
        'no login-blocking defect claimed (reason NO_REASON). ' +
        'If you think another refund rule applies, ask an operator to review the order with your evidence',
    );
    expect(decision.considered).toEqual([
      {
        rule: 'R-REF-VIOLATION',
        applied: false,
        why: 'not suspended or terminated for violations',
      },
      {
        rule: 'R-REF-DUPLICATE',
        applied: false,
        why: 'no duplicate payment, overpayment or corrected wrong order to refund',
      },
      { rule: 'R-TERM-1', applied: false, why: 'the provider is not ending the agreement' },
      {
        rule: 'R-REF-NONREF',
        applied: false,
        why: 'a new subscription is not a renewal, value-added service or added seats',
      },
      { rule: 'R-REF-PROMO', applied: false, why: 'not bought under a promotion' },
      { rule: 'R-REF-ACTIVATION', applied: false, why: 'activated on 2021-05-01' },
      {
        rule: 'R-REF-7DAY',
        applied: false,
        why: 'the 7-day window closed on 2021-05-08, requested 2021-05-20',
      },
      {
        rule: 'R-REF-DEFECT',
        applied: false,
        why: 'no login-blocking defect claimed (reason NO_REASON)',
      },
      { rule: 'R-REF-UNUSED', applied: false, why: 'Exmail only' },
      { rule: 'R-REF-OUTAGE', applied: false, why: 'Exmail and Meeting only' },
      { rule: 'R-REF-CANCEL', applied: false, why: 'Meeting only' },
      {
        rule: 'R-REF-OTHERWISE',
        applied: true,
        why: 'the 7-day window closed on 2021-05-08, requested 2021-05-20; no login-blocking defect claimed (reason NO_REASON)',
      },
    ]);
  });

  it('R-REF-DEFECT request 2021-05-20, login-blocking defect with evidence → full ¥5,000.00', () => {
    const decision = decideRefund(
      eqqRequest('2021-05-20', {
        reason: 'SERVICE_DEFECT',
        evidence: ['ticket-4711: login fails with error 500'],
      }),
    );
    expect(decision).toMatchObject({
      eligible: true,
      amount: 500_000,
      fee: 0,
      payout: 500_000,
      endsSubscription: true,
    });
    expect(decision.rules).toEqual(['R-REF-DEFECT', 'R-TIME-4', 'R-REF-FEE']);
    expect(why(decision, 'R-REF-7DAY')).toBe(
      'the 7-day window closed on 2021-05-08, requested 2021-05-20',
    );
    expect(decision.explanation).toBe(
      'Refund ¥5,000.00, no fee: Full refund, login-blocking defect with evidence within 30 natural days of activation on 2021-05-01 (R-REF-DEFECT, R-TIME-4)',
    );
  });

  it('R-REF-NONREF R-RENEW-4 any renewal order → refused', () => {
    for (const asOf of ['2022-04-20', '2022-05-03', '2022-09-01']) {
      const decision = decideRefund(
        eqqRequest(
          asOf,
          {},
          { kind: 'RENEWAL', period: { start: d('2022-05-01'), end: d('2023-05-01') } },
        ),
      );
      expect(decision).toMatchObject({
        eligible: false,
        amount: 0,
        rules: ['R-REF-NONREF', 'R-RENEW-4', 'R-REF-OTHERWISE'],
      });
      expect(decision.explanation).toBe(
        'Not refundable: a renewal cannot be cancelled or refunded once paid, except a duplicate payment or overpayment (R-REF-NONREF, R-RENEW-4). If you think another refund rule applies, ask an operator to review the order with your evidence',
      );
      expect(appliedRules(decision)).toEqual(['R-REF-NONREF', 'R-RENEW-4', 'R-REF-OTHERWISE']);
    }
  });

  it('R-REF-NONREF R-REF-DUPLICATE a duplicate payment of a renewal → the duplicate amount refunded', () => {
    const renewal = {
      kind: 'RENEWAL' as const,
      paid: yuan(10_000),
      duplicatePaid: yuan(5000),
      period: { start: d('2022-05-01'), end: d('2023-05-01') },
    };
    const asked = decideRefund(eqqRequest('2022-06-01', { reason: 'DUPLICATE_PAYMENT' }, renewal));
    expect(asked).toMatchObject({
      eligible: true,
      amount: 500_000,
      fee: 0,
      payout: 500_000,
      endsSubscription: false,
    });
    expect(asked.rules).toEqual(['R-REF-DUPLICATE', 'R-REF-FEE']);
    expect(asked.explanation).toBe(
      'Refund ¥5,000.00, no fee: Duplicate payment refunded in full (R-REF-DUPLICATE)',
    );
    // Asking to cancel the renewal itself still refunds the duplicate, and says why the rest is not.
    const cancel = decideRefund(eqqRequest('2022-06-01', { reason: 'NO_REASON' }, renewal));
    expect(cancel).toMatchObject({ eligible: true, amount: 500_000, endsSubscription: false });
    expect(cancel.rules).toEqual(['R-REF-DUPLICATE', 'R-REF-NONREF', 'R-RENEW-4', 'R-REF-FEE']);
    expect(cancel.explanation).toBe(
      'Refund ¥5,000.00, no fee: Duplicate payment refunded in full (R-REF-DUPLICATE); ' +
        'the rest is not refundable: a renewal cannot be cancelled or refunded once paid, except a duplicate payment or overpayment (R-REF-NONREF, R-RENEW-4)',
    );
  });
});

describe('R-REF-7DAY and R-REF-DEFECT windows (R-TIME-4: the N-th day is in, the next is out)', () => {
  it('R-REF-7DAY the 7th day after activation (2021-05-08) is in, the 8th (2021-05-09) is out', () => {
    expect(decideRefund(eqqRequest('2021-05-08')).amount).toBe(500_000);
    expect(decideRefund(eqqRequest('2021-05-01')).amount).toBe(500_000); // activation day itself
    const late = decideRefund(eqqRequest('2021-05-09'));
    expect(late.eligible).toBe(false);
    expect(why(late, 'R-REF-7DAY')).toBe(
      'the 7-day window closed on 2021-05-08, requested 2021-05-09',
    );
  });

  it('R-REF-7DAY across a month end in a leap year: activated 2024-01-31 → 2024-02-07 in, 2024-02-08 out', () => {
    const activated = { activatedOn: d('2024-01-31') };
    const period = { period: { start: d('2024-01-31'), end: d('2025-01-31') } };
    expect(decideRefund(eqqRequest('2024-02-07', {}, period, activated)).eligible).toBe(true);
    expect(decideRefund(eqqRequest('2024-02-08', {}, period, activated)).eligible).toBe(false);
  });

  it('R-REF-7DAY any stated reason that ends the service qualifies ("no reason needed")', () => {
    for (const reason of [
      'USER_CANCELLATION',
      'SERVICE_DEFECT',
      'NOT_ACTIVATED',
      'PLATFORM_OUTAGE',
      'ACCOUNT_ANOMALY',
    ] as const) {
      expect(decideRefund(eqqRequest('2021-05-03', { reason })).rules).toContain('R-REF-7DAY');
    }
  });

  it('R-REF-DEFECT the 30th day (2021-05-31) is in, the 31st (2021-06-01) is out', () => {
    const claim = { reason: 'SERVICE_DEFECT' as const, evidence: ['screenshot.png'] };
    expect(decideRefund(eqqRequest('2021-05-31', claim)).amount).toBe(500_000);
    const late = decideRefund(eqqRequest('2021-06-01', claim));
    expect(late.eligible).toBe(false);
    expect(why(late, 'R-REF-DEFECT')).toBe(
      'the 30-day defect window closed on 2021-05-31, requested 2021-06-01',
    );
  });

  it('R-REF-DEFECT 30 days across February: activated 2024-01-31 → 2024-03-01 in, 2024-03-02 out', () => {
    const claim = { reason: 'SERVICE_DEFECT' as const, evidence: ['ticket-1'] };
    const activated = { activatedOn: d('2024-01-31') };
    expect(decideRefund(eqqRequest('2024-03-01', claim, {}, activated)).eligible).toBe(true);
    expect(decideRefund(eqqRequest('2024-03-02', claim, {}, activated)).eligible).toBe(false);
  });

  it('R-REF-DEFECT needs evidence: none or only blank strings → refused', () => {
    for (const evidence of [[], ['  '], ['']]) {
      const decision = decideRefund(
        eqqRequest('2021-05-20', { reason: 'SERVICE_DEFECT', evidence }),
      );
      expect(decision.eligible).toBe(false);
      expect(why(decision, 'R-REF-DEFECT')).toBe(
        'a defect claim needs evidence, and none was given',
      );
    }
  });

  it("R-REF-DEFECT not when the cause is on the customer's side", () => {
    const decision = decideRefund(
      eqqRequest('2021-05-20', {
        reason: 'SERVICE_DEFECT',
        evidence: ['x'],
        customerSideCause: true,
      }),
    );
    expect(decision.eligible).toBe(false);
    expect(decision.explanation).toContain("the login problem was caused on the customer's side");
    expect(decision.explanation).not.toContain('R-REF-DEFECT');
  });

  it('R-REF-DEFECT an account anomaly that blocks login counts as a service fault', () => {
    expect(
      decideRefund(eqqRequest('2021-05-20', { reason: 'ACCOUNT_ANOMALY', evidence: ['x'] })).rules,
    ).toContain('R-REF-DEFECT');
  });
});

describe('R-REF-VIOLATION is checked first and overrides every rule', () => {
  it('R-REF-VIOLATION suspended for violations within 7 days, even with a duplicate payment → nothing', () => {
    const decision = decideRefund(
      eqqRequest(
        '2021-05-03',
        { reason: 'DUPLICATE_PAYMENT' },
        { paid: yuan(10_000), duplicatePaid: yuan(5000) },
        { status: 'SUSPENDED', violation: true },
      ),
    );
    expect(decision).toMatchObject({
      eligible: false,
      amount: 0,
      rules: ['R-REF-VIOLATION', 'R-REF-OTHERWISE'],
    });
    expect(decision.considered).toEqual([
      {
        rule: 'R-REF-VIOLATION',
        applied: true,
        why: 'the subscription was suspended for violations',
      },
      { rule: 'R-REF-OTHERWISE', applied: true, why: 'no refund of any kind after a violation' },
    ]);
    expect(decision.explanation).toBe(
      'Not refundable: the subscription was suspended or terminated for violations, which allows no refund of any kind; if the violation was recorded in error, appeal it first (R-REF-VIOLATION)',
    );
  });

  it('R-REF-VIOLATION a terminated subscription under provider termination still gets nothing', () => {
    const decision = decideRefund(
      eqqRequest(
        '2021-11-01',
        { providerTermination: true },
        {},
        { status: 'TERMINATED', violation: true },
      ),
    );
    expect(decision.eligible).toBe(false);
    expect(why(decision, 'R-REF-VIOLATION')).toBe('the subscription was terminated for violations');
  });
});

describe('R-REF-DUPLICATE duplicate payments, overpayments and wrong orders, at any time', () => {
  it('R-REF-DUPLICATE a duplicate payment months after activation is refunded in full; the subscription continues', () => {
    const decision = decideRefund(
      eqqRequest(
        '2021-12-01',
        { reason: 'DUPLICATE_PAYMENT' },
        { paid: yuan(10_000), duplicatePaid: yuan(5000) },
      ),
    );
    expect(decision).toMatchObject({
      eligible: true,
      amount: 500_000,
      fee: 0,
      payout: 500_000,
      endsSubscription: false,
    });
    expect(rulesConsidered(decision)).toEqual([
      'R-REF-VIOLATION',
      'R-REF-DUPLICATE',
      'R-REF-FEE',
      'R-REF-CAP',
    ]);
  });

  it('R-REF-DUPLICATE a duplicate-payment request inside the 7 days refunds only the duplicate (does not end the subscription)', () => {
    const decision = decideRefund(
      eqqRequest(
        '2021-05-03',
        { reason: 'DUPLICATE_PAYMENT' },
        { paid: yuan(10_000), duplicatePaid: yuan(5000) },
      ),
    );
    expect(decision).toMatchObject({
      amount: 500_000,
      endsSubscription: false,
      rules: ['R-REF-DUPLICATE', 'R-REF-FEE'],
    });
  });

  it('R-REF-DUPLICATE R-REF-7DAY a no-reason request in the 7 days with a duplicate refunds both lines', () => {
    const decision = decideRefund(
      eqqRequest('2021-05-03', {}, { paid: yuan(10_000), duplicatePaid: yuan(5000) }),
    );
    expect(decision).toMatchObject({
      eligible: true,
      amount: 1_000_000,
      fee: 0,
      payout: 1_000_000,
      endsSubscription: true,
    });
    expect(decision.lines.map((line) => [line.amount, line.rules])).toEqual([
      [500_000, ['R-REF-DUPLICATE']],
      [500_000, ['R-REF-7DAY', 'R-TIME-4']],
    ]);
    expect(decision.explanation).toBe(
      'Refund ¥10,000.00, no fee: Duplicate payment refunded in full (R-REF-DUPLICATE): ¥5,000.00; ' +
        'Full refund, requested 2021-05-03, within 7 natural days of activation on 2021-05-01 (R-REF-7DAY, R-TIME-4): ¥5,000.00',
    );
  });

  it('R-REF-DUPLICATE R-REF-OTHERWISE a no-reason request on day 20 with a duplicate: the duplicate back, the rest refused with why', () => {
    const decision = decideRefund(
      eqqRequest('2021-05-20', {}, { paid: yuan(10_000), duplicatePaid: yuan(5000) }),
    );
    expect(decision).toMatchObject({
      eligible: true,
      amount: 500_000,
      endsSubscription: false,
      rules: ['R-REF-DUPLICATE', 'R-REF-OTHERWISE', 'R-REF-FEE'],
    });
    expect(decision.explanation).toBe(
      'Refund ¥5,000.00, no fee: Duplicate payment refunded in full (R-REF-DUPLICATE); the rest is not refundable (R-REF-OTHERWISE): ' +
        'the 7-day window closed on 2021-05-08, requested 2021-05-20; no login-blocking defect claimed (reason NO_REASON)',
    );
  });

  it('R-REF-DUPLICATE an overpayment is refunded in full', () => {
    const decision = decideRefund(
      eqqRequest(
        '2021-08-01',
        { reason: 'DUPLICATE_PAYMENT' },
        { paid: yuan(5200), overpaid: yuan(200) },
      ),
    );
    expect(decision).toMatchObject({ eligible: true, amount: 20_000, payout: 20_000 });
    expect(decision.lines[0]?.description).toBe('Overpayment refunded in full (R-REF-DUPLICATE)');
  });

  it('R-REF-DUPLICATE wrong order (3 years instead of 1) is refunded by the difference once corrected, and only once', () => {
    const wrong = {
      total: yuan(15_000),
      paid: yuan(15_000),
      period: { start: d('2021-05-01'), end: d('2024-05-01') },
    };
    const notYet = decideRefund(eqqRequest('2021-06-01', { reason: 'ORDER_ERROR' }, wrong));
    expect(notYet.eligible).toBe(false);
    expect(notYet.explanation).toBe(
      'Not refundable (R-REF-OTHERWISE): the order has not been corrected yet: a wrong order is refunded by the difference once corrected; a request with reason ORDER_ERROR asks for nothing else. If you think another refund rule applies, ask an operator to review the order with your evidence',
    );
    const corrected = decideRefund(
      eqqRequest('2021-06-01', { reason: 'ORDER_ERROR' }, { ...wrong, correctedTotal: yuan(5000) }),
    );
    expect(corrected).toMatchObject({
      eligible: true,
      amount: 1_000_000,
      fee: 0,
      endsSubscription: false,
    });
    expect(corrected.explanation).toBe(
      'Refund ¥10,000.00, no fee: Wrong order corrected from ¥15,000.00 to ¥5,000.00: the difference refunded (R-REF-DUPLICATE)',
    );
    const again = decideRefund(
      eqqRequest(
        '2021-06-02',
        { reason: 'ORDER_ERROR' },
        { ...wrong, correctedTotal: yuan(5000), alreadyRefunded: yuan(10_000) },
      ),
    );
    expect(again.eligible).toBe(false);
  });

  it('R-REF-DUPLICATE a duplicate-payment request with no duplicate → refused, naming R-REF-OTHERWISE', () => {
    const decision = decideRefund(eqqRequest('2021-05-03', { reason: 'DUPLICATE_PAYMENT' }));
    expect(decision).toMatchObject({ eligible: false, rules: ['R-REF-OTHERWISE'] });
    expect(decision.explanation).toBe(
      'Not refundable (R-REF-OTHERWISE): no duplicate payment, overpayment or corrected wrong order to refund; a request with reason DUPLICATE_PAYMENT asks for nothing else. If you think another refund rule applies, ask an operator to review the order with your evidence',
    );
  });
});

describe('R-REF-NONREF value-added services and added seats', () => {
  it('R-REF-NONREF added seats are refused, even in their first week', () => {
    const decision = decideRefund(
      eqqRequest(
        '2021-10-12',
        {},
        {
          kind: 'ADD_SEATS',
          total: yuan(3990),
          paid: yuan(3990),
          period: { start: d('2021-10-10'), end: d('2022-05-01') },
        },
      ),
    );
    expect(decision).toMatchObject({ eligible: false, rules: ['R-REF-NONREF', 'R-REF-OTHERWISE'] });
    expect(why(decision, 'R-REF-NONREF')).toBe(
      'added seats cannot be cancelled or refunded once bought',
    );
  });

  it('R-REF-NONREF a value-added purchase (no subscription) is refused; its duplicate payment is refunded', () => {
    const vas = {
      kind: 'VALUE_ADDED' as const,
      productCode: 'VAS' as const,
      total: yuan(300),
      paid: yuan(300),
      period: null,
    };
    const refused = decideRefund({ ...eqqRequest('2021-06-01', {}, vas), subscription: null });
    expect(refused).toMatchObject({ eligible: false, rules: ['R-REF-NONREF', 'R-REF-OTHERWISE'] });
    expect(refused.explanation).toBe(
      'Not refundable: value-added services cannot be cancelled or refunded once bought, except a duplicate payment or overpayment (R-REF-NONREF). If you think another refund rule applies, ask an operator to review the order with your evidence',
    );
    const dup = decideRefund({
      ...eqqRequest(
        '2021-06-01',
        { reason: 'DUPLICATE_PAYMENT' },
        { ...vas, paid: yuan(600), duplicatePaid: yuan(300) },
      ),
      subscription: null,
    });
    expect(dup).toMatchObject({ eligible: true, amount: 30_000 });
  });
});

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

describe('R-REF-UNUSED (Exmail) paid but never put into use', () => {
  const unused = { inUse: { domainVerified: false, adminCreated: false, memberAdded: false } };

  it('R-REF-UNUSED Exmail on day 40, nothing set up → full refund, no fee', () => {
    const decision = decideRefund(exmailRequest('2024-02-10', {}, {}, unused));
    expect(decision).toMatchObject({
      eligible: true,
      amount: 200_000,
      fee: 0,
      payout: 200_000,
      rules: ['R-REF-UNUSED', 'R-REF-FEE'],
    });
  });

  it('R-REF-UNUSED one member added → in use, refused', () => {
    const decision = decideRefund(
      exmailRequest('2024-02-10', {}, {}, { inUse: { ...unused.inUse, memberAdded: true } }),
    );
    expect(decision.eligible).toBe(false);
    expect(why(decision, 'R-REF-UNUSED')).toBe('the service was put into use: a member was added');
  });

  it('R-REF-UNUSED Exmail only: an unused EQQ subscription after 7 days is refused', () => {
    const decision = decideRefund(eqqRequest('2021-06-10', {}, {}, unused));
    expect(decision.eligible).toBe(false);
    expect(why(decision, 'R-REF-UNUSED')).toBe('Exmail only');
  });
});

describe('R-REF-OUTAGE more than 72 consecutive hours: unused part pro rata by days, minus R-REF-FEE', () => {
  it('R-REF-OUTAGE R-REF-FEE Exmail ¥2,000.00, 2024 (366 days), ended 2024-07-01: 184/366 → ¥1,005.46 − 10.05 fee', () => {
    const decision = decideRefund(
      exmailRequest('2024-07-01', { reason: 'PLATFORM_OUTAGE', outageHours: 80 }),
    );
    // 200000 × 184 / 366 = 100546.45 → 100546 fen; fee 1% = 1005.46 → 1005 fen (half-up, R-MONEY-1).
    expect(decision).toMatchObject({
      eligible: true,
      amount: 100_546,
      fee: 1005,
      payout: 99_541,
      endsSubscription: true,
    });
    expect(decision.rules).toEqual(['R-REF-OUTAGE', 'R-MONEY-1', 'R-REF-FEE']);
    expect(decision.lines).toEqual([
      {
        description:
          'Outage of 80 hours, subscription ended: unused 184 of 366 days from 2024-07-01: ¥2,000.00 × 184/366 = ¥1,005.46',
        quantity: 1,
        months: null,
        unitPrice: 100_546,
        amount: 100_546,
        rules: ['R-REF-OUTAGE', 'R-MONEY-1'],
      },
      {
        description: 'Handling fee 1% of ¥1,005.46 (R-REF-FEE, R-MONEY-1)',
        quantity: 1,
        months: null,
        unitPrice: -1005,
        amount: -1005,
        rules: ['R-REF-FEE', 'R-MONEY-1'],
      },
    ]);
    expect(decision.explanation).toBe(
      'Refund ¥1,005.46 − ¥10.05 handling fee = ¥995.41 to the customer (R-REF-FEE): ' +
        'Outage of 80 hours, subscription ended: unused 184 of 366 days from 2024-07-01: ¥2,000.00 × 184/366 = ¥1,005.46',
    );
  });

  it('R-REF-OUTAGE exactly 72 hours is not "more than 72" → refused; 72.5 hours qualifies', () => {
    const exact = decideRefund(
      exmailRequest('2024-07-01', { reason: 'PLATFORM_OUTAGE', outageHours: 72 }),
    );
    expect(exact.eligible).toBe(false);
    expect(why(exact, 'R-REF-OUTAGE')).toBe(
      'the outage lasted 72 hours, not more than 72 consecutive hours',
    );
    expect(
      decideRefund(exmailRequest('2024-07-01', { reason: 'PLATFORM_OUTAGE', outageHours: 72.5 }))
        .eligible,
    ).toBe(true);
  });

  it('R-REF-OUTAGE not for EQQ', () => {
    const decision = decideRefund(
      eqqRequest('2021-09-01', { reason: 'PLATFORM_OUTAGE', outageHours: 100 }),
    );
    expect(decision.eligible).toBe(false);
    expect(why(decision, 'R-REF-OUTAGE')).toBe('Exmail and Meeting only');
  });

  it('R-REF-OUTAGE R-REF-WINDOW Meeting outage claim filed 47 hours after the event → pro rata minus fee', () => {
    const decision = decideRefund(
      meetingRequest('2024-09-15', {
        reason: 'PLATFORM_OUTAGE',
        outageHours: 96,
        eventAt: at('2024-09-13', 12),
        requestedAt: at('2024-09-15', 11),
      }),
    );
    expect(decision).toMatchObject({ eligible: true, amount: 14_877, fee: 149, payout: 14_728 });
    expect(decision.rules[0]).toBe('R-REF-OUTAGE');
    expect(why(decision, 'R-REF-WINDOW')).toBe('filed 47 hours after the event, within 48 hours');
  });
});

describe('R-REF-CANCEL (Meeting only) cancel during the term: unused part pro rata by days, minus R-REF-FEE', () => {
  it('R-REF-CANCEL R-REF-FEE Meeting ¥300.00 cancelled 2024-09-15: 181/365 → ¥148.77 − 1.49 fee = ¥147.28', () => {
    // 30000 × 181 / 365 = 14876.71 → 14877 fen; fee 148.77 → 149 fen.
    const decision = decideRefund(meetingRequest('2024-09-15', { reason: 'USER_CANCELLATION' }));
    expect(decision).toMatchObject({
      eligible: true,
      amount: 14_877,
      fee: 149,
      payout: 14_728,
      endsSubscription: true,
    });
    expect(decision.rules).toEqual(['R-REF-CANCEL', 'R-MONEY-1', 'R-REF-FEE']);
    expect(decision.explanation).toBe(
      'Refund ¥148.77 − ¥1.49 handling fee = ¥147.28 to the customer (R-REF-FEE): ' +
        'Cancelled during the term: unused 181 of 365 days from 2024-09-15: ¥300.00 × 181/365 = ¥148.77',
    );
  });

  it('R-REF-CANCEL on the last day of the term (2025-03-14) 1 day is unused; on the period end (2025-03-15) nothing', () => {
    expect(decideRefund(meetingRequest('2025-03-14')).payout).toBe(81); // 82 − fee 0.82 → 1
    const after = decideRefund(meetingRequest('2025-03-15', {}, {}, { status: 'GRACE' }));
    expect(after.eligible).toBe(false);
    expect(why(after, 'R-REF-CANCEL')).toBe('the term ended on 2025-03-15: nothing unused');
  });

  it('R-REF-7DAY R-REF-CANCEL Meeting inside 7 days is a full refund without fee, not pro rata', () => {
    expect(decideRefund(meetingRequest('2024-03-20'))).toMatchObject({
      amount: 30_000,
      fee: 0,
      rules: ['R-REF-7DAY', 'R-TIME-4', 'R-REF-FEE'],
    });
  });

  it('R-REF-CANCEL Meeting only: EQQ cannot be cancelled after 7 days', () => {
    expect(
      why(decideRefund(eqqRequest('2021-09-01', { reason: 'USER_CANCELLATION' })), 'R-REF-CANCEL'),
    ).toBe('Meeting only');
  });
});

describe('R-REF-WINDOW (Meeting) event-based claims within 48 hours of the event', () => {
  const defect = { reason: 'SERVICE_DEFECT' as const, evidence: ['ticket-9'] };

  it('R-REF-WINDOW exactly 48 hours after the event is in → R-REF-DEFECT full refund', () => {
    const decision = decideRefund(
      meetingRequest('2024-03-30', {
        ...defect,
        eventAt: at('2024-03-28', 9),
        requestedAt: at('2024-03-30', 9),
      }),
    );
    expect(decision).toMatchObject({
      amount: 30_000,
      fee: 0,
      rules: ['R-REF-DEFECT', 'R-TIME-4', 'R-REF-FEE'],
    });
  });

  it('R-REF-WINDOW 48 hours and 1 ms late → the defect claim fails; the Meeting cancellation (pro rata minus fee) applies', () => {
    const decision = decideRefund(
      meetingRequest('2024-03-30', {
        ...defect,
        eventAt: at('2024-03-28', 9) - 1,
        requestedAt: at('2024-03-30', 9),
      }),
    );
    expect(decision.considered.find((c) => c.rule === 'R-REF-WINDOW')).toEqual({
      rule: 'R-REF-WINDOW',
      applied: true,
      why: 'filed 48 hours after the event, more than 48 hours',
    });
    expect(decision.rules[0]).toBe('R-REF-CANCEL');
    expect(decision.fee).toBeGreaterThan(0);
  });

  it('R-REF-WINDOW no event time given → the event claim cannot be accepted', () => {
    const decision = decideRefund(meetingRequest('2024-03-30', defect));
    expect(appliedRules(decision)).toContain('R-REF-WINDOW');
    expect(decision.rules).not.toContain('R-REF-DEFECT');
  });

  it('R-REF-WINDOW does not apply to Exmail or EQQ claims', () => {
    const decision = decideRefund(eqqRequest('2021-05-20', defect));
    expect(rulesConsidered(decision)).not.toContain('R-REF-WINDOW');
    expect(decision.eligible).toBe(true);
  });
});

describe('R-REF-PROMO stricter promotion terms', () => {
  it('R-REF-PROMO a non-refundable promotion order is refused even within 7 days', () => {
    const decision = decideRefund(
      eqqRequest('2021-05-03', {}, { promotion: { code: 'DOUBLE11', refundable: false } }),
    );
    expect(decision).toMatchObject({ eligible: false, rules: ['R-REF-PROMO', 'R-REF-OTHERWISE'] });
    expect(decision.explanation).toBe(
      'Not refundable: bought under promotion DOUBLE11, whose terms allow no refund (R-REF-PROMO). If you think another refund rule applies, ask an operator to review the order with your evidence',
    );
  });

  it('R-REF-PROMO R-REF-ACTIVATION a service never activated is still refunded under a non-refundable promotion', () => {
    const decision = decideRefund(
      eqqRequest(
        '2024-10-11',
        {},
        { period: null, promotion: { code: 'DOUBLE11', refundable: false } },
        {
          activatedOn: null,
          status: 'PENDING_ACTIVATION',
          fullyPaidOn: d('2024-09-27'),
          materialsApprovedOn: d('2024-09-26'),
        },
      ),
    );
    expect(decision.rules[0]).toBe('R-REF-ACTIVATION');
  });

  it('R-REF-PROMO a refundable promotion changes nothing', () => {
    const decision = decideRefund(
      eqqRequest('2021-05-03', {}, { promotion: { code: 'SPRING', refundable: true } }),
    );
    expect(decision.rules[0]).toBe('R-REF-7DAY');
    expect(why(decision, 'R-REF-PROMO')).toBe(
      'promotion SPRING allows refunds: its terms are not stricter',
    );
  });
});

describe('R-REF-FEE and R-REF-CAP on the amount', () => {
  it('R-REF-FEE rounds half-up once: 1% of ¥10.50 = ¥0.105 → ¥0.11', () => {
    // Meeting activated 2024-04-01 (past its 7 days), a 2-day period with 1 day unused:
    // 2,100 fen × 1/2 = 1,050 fen; fee 1% = 10.5 fen → 11 fen.
    const later = decideRefund(
      meetingRequest(
        '2024-05-02',
        {},
        { total: 2100, paid: 2100, period: { start: d('2024-05-01'), end: d('2024-05-03') } },
        { activatedOn: d('2024-04-01') },
      ),
    );
    expect(later).toMatchObject({ amount: 1050, fee: 11, payout: 1039 });
  });

  it('R-REF-FEE the handling-fee rate is data (*demo* 1%): 2% when configured', () => {
    expect(
      decideRefund(meetingRequest('2024-09-15', { handlingFeeBasisPoints: 200 })),
    ).toMatchObject({ amount: 14_877, fee: 298, payout: 14_579 });
  });

  it('R-REF-CAP a pro-rata refund is capped by what is still refundable on the order', () => {
    const decision = decideRefund(meetingRequest('2024-09-15', {}, { alreadyRefunded: 20_000 }));
    // ¥148.77 unused, but only ¥100.00 of the ¥300.00 paid is left.
    expect(decision).toMatchObject({ eligible: true, amount: 10_000, fee: 100, payout: 9900 });
    expect(decision.rules).toEqual(['R-REF-CANCEL', 'R-MONEY-1', 'R-REF-CAP', 'R-REF-FEE']);
    expect(decision.considered.at(-1)).toEqual({
      rule: 'R-REF-CAP',
      applied: true,
      why: 'capped: ¥300.00 refunded in total of ¥300.00 paid',
    });
  });

  it('R-REF-CAP an order already refunded in full → refused', () => {
    const decision = decideRefund(eqqRequest('2021-05-03', {}, { alreadyRefunded: yuan(5000) }));
    expect(decision).toMatchObject({
      eligible: false,
      amount: 0,
      rules: ['R-REF-CAP', 'R-REF-OTHERWISE'],
    });
    expect(decision.explanation).toBe(
      'Not refundable: everything paid (¥5,000.00) has already been refunded, so there is nothing left to refund and no action is needed (R-REF-CAP)',
    );
  });

  it('R-REF-CAP inconsistent duplicate figures never refund more than was paid', () => {
    const decision = decideRefund(
      eqqRequest(
        '2021-05-03',
        { reason: 'DUPLICATE_PAYMENT' },
        { paid: yuan(5000), duplicatePaid: yuan(9000) },
      ),
    );
    expect(decision).toMatchObject({ amount: 500_000, payout: 500_000 });
    expect(decision.rules).toContain('R-REF-CAP');
  });
});

describe('R-TERM-1 provider termination without cause: unused part pro rata, without fee', () => {
  it('R-TERM-1 EQQ ended 2021-11-01: 181/365 of ¥5,000.00 = ¥2,479.45, no fee', () => {
    const decision = decideRefund(eqqRequest('2021-11-01', { providerTermination: true }));
    expect(decision).toMatchObject({
      eligible: true,
      amount: 247_945,
      fee: 0,
      payout: 247_945,
      endsSubscription: true,
    });
    expect(decision.rules).toEqual(['R-TERM-1', 'R-MONEY-1', 'R-REF-FEE']);
    expect(why(decision, 'R-REF-FEE')).toBe(
      'a termination without cause carries no fee (R-TERM-1)',
    );
  });

  it('R-TERM-1 R-REF-NONREF it overrides non-refundability: a renewal paid for a future year is refunded in full by days', () => {
    const decision = decideRefund(
      eqqRequest(
        '2022-03-01',
        { providerTermination: true },
        { kind: 'RENEWAL', period: { start: d('2022-05-01'), end: d('2023-05-01') } },
      ),
    );
    expect(decision).toMatchObject({ eligible: true, amount: 500_000, fee: 0 });
  });

  it('R-TERM-1 before activation → refunded in full', () => {
    const decision = decideRefund(
      eqqRequest(
        '2021-04-28',
        { providerTermination: true },
        { period: null },
        { activatedOn: null, status: 'PENDING_ACTIVATION' },
      ),
    );
    expect(decision).toMatchObject({ amount: 500_000, fee: 0, rules: ['R-TERM-1', 'R-REF-FEE'] });
  });

  it('R-TERM-1 not for a one-off value-added purchase (no term)', () => {
    const vas = {
      kind: 'VALUE_ADDED' as const,
      productCode: 'VAS' as const,
      total: yuan(300),
      paid: yuan(300),
      period: null,
    };
    const decision = decideRefund({
      ...eqqRequest('2021-06-01', { providerTermination: true }, vas),
      subscription: null,
    });
    expect(decision.eligible).toBe(false);
    expect(decision.rules).toContain('R-REF-NONREF');
  });
});

describe('R-REF-OTHERWISE clear refusals for what no rule allows, and for bad input', () => {
  it('R-REF-OTHERWISE an order with nothing paid', () => {
    const decision = decideRefund(eqqRequest('2021-05-03', {}, { paid: 0 }));
    expect(decision).toMatchObject({ eligible: false, amount: 0, rules: ['R-REF-OTHERWISE'] });
    expect(decision.explanation).toBe(
      'Not refundable: nothing was paid for this order, so there is nothing left to refund and no action is needed (R-REF-OTHERWISE)',
    );
  });

  it('R-REF-OTHERWISE an upgrade order (not a new subscription) is not refundable on request', () => {
    const decision = decideRefund(
      eqqRequest('2021-12-01', {}, { kind: 'UPGRADE', productCode: 'QIDIAN' }),
    );
    expect(decision.eligible).toBe(false);
    expect(why(decision, 'R-REF-7DAY')).toBe('only a new subscription');
  });

  it.each([
    ['negative paid', { paid: -1 }, ['order', 'paid']],
    ['fractional fen (R-MONEY-1)', { paid: 100.5 }, ['order', 'paid']],
    ['negative total', { total: -500 }, ['order', 'total']],
    ['refunded more than paid', { alreadyRefunded: yuan(6000) }, ['order', 'alreadyRefunded']],
    ['corrected above the original', { correctedTotal: yuan(6000) }, ['order', 'correctedTotal']],
    [
      'empty period',
      { period: { start: d('2021-05-01'), end: d('2021-05-01') } },
      ['order', 'period'],
    ],
  ])('R-REF-OTHERWISE INVALID_INPUT: %s', (_name, order, field) => {
    const decision = decideRefund(eqqRequest('2021-05-03', {}, order));
    expect(decision).toMatchObject({ eligible: false, amount: 0, fee: 0, payout: 0 });
    expect(decision.refusal?.code).toBe('INVALID_INPUT');
    expect(decision.refusal?.field).toEqual(field);
    expect(rulesConsidered(decision)).toEqual(['R-REF-OTHERWISE']);
  });

  it('R-REF-OTHERWISE INVALID_INPUT: a request dated before the activation, a request instant off asOf, a bad fee rate', () => {
    expect(decideRefund(eqqRequest('2021-04-30')).refusal?.field).toEqual(['asOf']);
    expect(
      decideRefund(eqqRequest('2021-05-03', { requestedAt: at('2021-05-04', 1) })).refusal?.field,
    ).toEqual(['requestedAt']);
    expect(
      decideRefund(eqqRequest('2021-05-03', { handlingFeeBasisPoints: 1.5 })).refusal?.code,
    ).toBe('INVALID_INPUT');
    expect(decideRefund(eqqRequest('2021-05-03', { outageHours: -3 })).refusal?.code).toBe(
      'INVALID_INPUT',
    );
  });
});
