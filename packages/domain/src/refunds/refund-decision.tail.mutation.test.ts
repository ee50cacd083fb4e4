import { describe, expect, it } from 'vitest';
import { PRC_CALENDAR } from '../calendar/index.js';
import type { OrderKind, ProductCode } from '../core/codes.js';
import { yuan } from '../money/money.js';
import { startOfBusinessDate, type BusinessDate } from '../time/business-date.js';
import { decideInEnglish as decideRefund } from '../test-support/refund-english.js';
import type {
  RefundDecision,
  RefundInput,
  RefundOrderFacts,
  RefundSubscriptionFacts,
} from './refund-types.js';

/**
 * The last rules of section 8 (R-REF-ACTIVATION to R-REF-CANCEL) and the fee, cap and
 * explanation of `finish`: each test fails when one condition or message there is changed
 * (found by mutation testing of lines 601–900). Same fixture as refund-decision.guards.test.ts.
 */
const d = (text: string): BusinessDate => text as BusinessDate;
const HOUR = 3_600_000;
const USED = { domainVerified: true, adminCreated: true, memberAdded: true };

interface Case {
  asOf: string;
  kind?: OrderKind;
  product?: ProductCode;
  over?: Partial<Omit<RefundInput, 'order' | 'subscription'>>;
  order?: Partial<RefundOrderFacts>;
  sub?: Partial<RefundSubscriptionFacts>;
}

/** A ¥1,200.00 order of a subscription activated 2024-01-01: period [2024-01-01, 2025-01-01), 366 days. */
function request({ asOf, kind = 'NEW_SUBSCRIPTION', product = 'EXMAIL', over, order, sub }: Case) {
  return {
    asOf: d(asOf),
    reason: 'NO_REASON',
    evidence: [],
    calendar: PRC_CALENDAR,
    ...over,
    order: {
      kind,
      productCode: product,
      total: yuan(1200),
      paid: yuan(1200),
      alreadyRefunded: 0,
      duplicatePaid: 0,
      overpaid: 0,
      period: { start: d('2024-01-01'), end: d('2025-01-01') },
      ...order,
    },
    subscription: {
      status: 'ACTIVE',
      activatedOn: d('2024-01-01'),
      violation: false,
      fullyPaidOn: d('2023-12-28'),
      materialsApprovedOn: d('2023-12-28'),
      inUse: { domainVerified: false, adminCreated: false, memberAdded: false },
      ...sub,
    },
  } satisfies RefundInput;
}

function considered(decision: RefundDecision, rule: string) {
  const found = decision.considered.filter((check) => check.rule === rule);
  expect(found, `${rule} considered once`).toHaveLength(1);
  return found[0]!;
}

const NEXT =
  '. If you think another refund rule applies, ask an operator to review the order with your evidence';

describe('R-REF-ACTIVATION and R-REF-DEFECT record the rule that granted the full refund', () => {
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

  it('R-REF-DEFECT a login-blocking defect with evidence is recorded as applied, naming the activation', () => {
    const decision = decideRefund(
      request({
        asOf: '2024-01-20',
        product: 'QIDIAN',
        over: { reason: 'SERVICE_DEFECT', evidence: ['ticket #1'] },
      }),
    );
    expect(decision).toMatchObject({ eligible: true, amount: yuan(1200) });
    expect(considered(decision, 'R-REF-DEFECT')).toEqual({
      rule: 'R-REF-DEFECT',
      applied: true,
      why: 'a login-blocking defect with evidence within 30 natural days of activation on 2024-01-01',
    });
  });

  it('R-REF-UNUSED an upgrade order is recorded as not applying (only a new subscription)', () => {
    const decision = decideRefund(request({ asOf: '2024-03-01', kind: 'UPGRADE' }));
    expect(considered(decision, 'R-REF-UNUSED')).toEqual({
      rule: 'R-REF-UNUSED',
      applied: false,
      why: 'only a new subscription',
    });
  });
});

describe('R-REF-OUTAGE guards of the Exmail outage refund', () => {
  const outage = (hours: number | null) =>
    ({ reason: 'PLATFORM_OUTAGE', outageHours: hours }) satisfies Partial<RefundInput>;

  it('R-REF-OUTAGE an outage of exactly 72 hours is not more than 72: refused, saying so', () => {
    const decision = decideRefund(
      request({ asOf: '2024-07-01', over: outage(72), sub: { inUse: USED } }),
    );
    expect(decision.eligible).toBe(false);
    expect(decision.rules).not.toContain('R-REF-OUTAGE');
    const why = 'the outage lasted 72 hours, not more than 72 consecutive hours';
    expect(considered(decision, 'R-REF-OUTAGE')).toEqual({
      rule: 'R-REF-OUTAGE',
      applied: false,
      why,
    });
    expect(decision.explanation).toContain(`${why}. `);
    expect(decision.explanation).not.toContain('R-REF-OUTAGE');
  });

  it('R-REF-OUTAGE an outage claim without its length is refused, saying the length is not given', () => {
    const decision = decideRefund(
      request({ asOf: '2024-07-01', over: outage(null), sub: { inUse: USED } }),
    );
    expect(decision.eligible).toBe(false);
    expect(considered(decision, 'R-REF-OUTAGE')).toEqual({
      rule: 'R-REF-OUTAGE',
      applied: false,
      why: 'the outage length is not given',
    });
    expect(decision.explanation).toContain('the outage length is not given. ');
    expect(decision.explanation).not.toContain('R-REF-OUTAGE');
  });

  it('R-REF-OUTAGE on the period end day nothing is unused: refused, naming the end', () => {
    const decision = decideRefund(
      request({ asOf: '2025-01-01', over: outage(100), sub: { inUse: USED } }),
    );
    expect(decision.eligible).toBe(false);
    expect(decision.rules).not.toContain('R-REF-OUTAGE');
    expect(considered(decision, 'R-REF-OUTAGE')).toEqual({
      rule: 'R-REF-OUTAGE',
      applied: false,
      why: 'the term ended on 2025-01-01: nothing unused',
    });
    expect(decision.explanation).toContain('the term ended on 2025-01-01: nothing unused. ');
    expect(decision.explanation).not.toContain('R-REF-OUTAGE');
  });

  it('R-REF-OUTAGE before activation there is no service period to refund', () => {
    const decision = decideRefund(
      request({
        asOf: '2024-01-10',
        over: outage(100),
        order: { period: null },
        sub: {
          activatedOn: null,
          status: 'PENDING_ACTIVATION',
          fullyPaidOn: null,
          inUse: USED,
        },
      }),
    );
    expect(decision.eligible).toBe(false);
    expect(considered(decision, 'R-REF-OUTAGE')).toEqual({
      rule: 'R-REF-OUTAGE',
      applied: false,
      why: 'no service period to refund (not activated)',
    });
    expect(decision.explanation).toContain('no service period to refund (not activated). ');
    expect(decision.explanation).not.toContain('R-REF-OUTAGE');
  });

  it('R-REF-WINDOW R-REF-OUTAGE a Meeting outage claimed after 48 hours is recorded as late (R-REF-CANCEL may still refund)', () => {
    const decision = decideRefund(
      request({
        asOf: '2024-07-01',
        product: 'MEETING',
        over: {
          ...outage(100),
          eventAt: startOfBusinessDate(d('2024-06-20')),
          requestedAt: startOfBusinessDate(d('2024-07-01')) + 10 * HOUR,
        },
      }),
    );
    expect(considered(decision, 'R-REF-OUTAGE')).toEqual({
      rule: 'R-REF-OUTAGE',
      applied: false,
      why: 'the outage claim was not filed within the 48-hour window',
    });
    expect(decision.rules).not.toContain('R-REF-OUTAGE');
    expect(decision.rules).toContain('R-REF-CANCEL');
  });
});

describe('R-REF-OTHERWISE refusals when nothing is refunded', () => {
  it('R-REF-OTHERWISE a duplicate-payment request with no duplicate names what was missing, once', () => {
    const decision = decideRefund(
      request({ asOf: '2024-07-01', over: { reason: 'DUPLICATE_PAYMENT' } }),
    );
    const why =
      'no duplicate payment, overpayment or corrected wrong order to refund; a request with reason DUPLICATE_PAYMENT asks for nothing else';
    expect(decision.eligible).toBe(false);
    expect(decision.rules).toEqual(['R-REF-OTHERWISE']);
    expect(considered(decision, 'R-REF-OTHERWISE')).toEqual({
      rule: 'R-REF-OTHERWISE',
      applied: true,
      why,
    });
    expect(decision.explanation).toBe(`Not refundable (R-REF-OTHERWISE): ${why}${NEXT}`);
  });

  it('R-REF-OTHERWISE R-REF-CANCEL a pro-rata part that rounds to 0 fen leaves nothing to refund', () => {
    // ¥1.00 × 1/366 days = 0.27 fen, rounded half-up to 0 (R-MONEY-1).
    const decision = decideRefund(
      request({
        asOf: '2024-12-31',
        product: 'MEETING',
        order: { total: 100, paid: 100 },
      }),
    );
    expect(decision).toMatchObject({
      eligible: false,
      amount: 0,
      endsSubscription: false,
    });
    expect(decision.refusal?.code).toBe('NOT_REFUNDABLE');
    expect(considered(decision, 'R-REF-OTHERWISE')).toEqual({
      rule: 'R-REF-OTHERWISE',
      applied: true,
      why: 'nothing is left to refund',
    });
    expect(decision.explanation).toBe(
      `Not refundable (R-REF-OTHERWISE): nothing is left to refund${NEXT}`,
    );
  });
});

describe('R-REF-FEE the handling fee and its explanation', () => {
  it('R-REF-FEE the fee is on the pro-rata part only, named as its base when a duplicate is refunded too', () => {
    // Held for the service 1,200.00; unused 184 of 366 days: 1,200.00 × 184/366 = 603.28;
    // fee 1 % of 603.28 = 6.03; the 100.00 duplicate carries no fee.
    const decision = decideRefund(
      request({
        asOf: '2024-07-01',
        product: 'MEETING',
        order: { paid: yuan(1300), duplicatePaid: yuan(100) },
      }),
    );
    expect(decision).toMatchObject({
      eligible: true,
      amount: 70_328,
      fee: 603,
      payout: 69_725,
    });
    expect(decision.lines.at(-1)).toMatchObject({
      description: 'Handling fee 1% of ¥603.28 (R-REF-FEE, R-MONEY-1)',
      amount: -603,
    });
    expect(considered(decision, 'R-REF-FEE')).toEqual({
      rule: 'R-REF-FEE',
      applied: true,
      why: 'handling fee 1% of the pro-rata refund ¥603.28 = ¥6.03, rounded half-up',
    });
    expect(decision.explanation).toMatch(
      /^Refund ¥703\.28 − ¥6\.03 handling fee = ¥697\.25 to the customer \(R-REF-FEE\): /,
    );
  });

  it('R-REF-FEE a fee under half a fen rounds to nothing and is recorded as such', () => {
    // ¥0.80 × 184/366 = ¥0.40; 1 % of 40 fen = 0.4 fen, rounded half-up to 0.
    const decision = decideRefund(
      request({
        asOf: '2024-07-01',
        product: 'MEETING',
        order: { total: 80, paid: 80 },
      }),
    );
    expect(decision).toMatchObject({ eligible: true, amount: 40, fee: 0, payout: 40 });
    expect(considered(decision, 'R-REF-FEE')).toEqual({
      rule: 'R-REF-FEE',
      applied: false,
      why: 'the fee rounds to nothing',
    });
    expect(decision.explanation).toMatch(/^Refund ¥0\.40, no fee: /);
  });
});
