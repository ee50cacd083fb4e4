import { describe, expect, it } from 'vitest';
import { PRC_CALENDAR } from '../calendar/index.js';
import { yuan } from '../money/money.js';
import { startOfBusinessDate, type BusinessDate } from '../time/business-date.js';
import { decideInEnglish as decideRefund } from '../test-support/refund-english.js';
import type {
  RefundDecision,
  RefundInput,
  RefundOrderFacts,
  RefundSubscriptionFacts,
} from './refund-types.js';

/*
 * The explanation of a refund decision is part of the product: the `considered` list says, rule
 * by rule in the spec's order, whether it applied and why. These tests read every entry.
 */
const d = (text: string): BusinessDate => text as BusinessDate;
const HOUR = 3_600_000;
const jan20 = startOfBusinessDate(d('2024-01-20'));

/** A ¥1,200.00 Exmail order of a subscription activated 2024-01-01, decided 2024-07-01. */
function req(
  over: Partial<RefundInput> = {},
  order: Partial<RefundOrderFacts> = {},
  sub: Partial<RefundSubscriptionFacts> = {},
): RefundInput {
  return {
    asOf: d('2024-07-01'),
    reason: 'NO_REASON',
    evidence: [],
    calendar: PRC_CALENDAR,
    ...over,
    order: {
      kind: 'NEW_SUBSCRIPTION',
      productCode: 'EXMAIL',
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
  };
}

function summary(r: RefundDecision) {
  return {
    eligible: r.eligible,
    amount: r.amount,
    fee: r.fee,
    payout: r.payout,
    endsSubscription: r.endsSubscription,
    rules: r.rules,
    considered: r.considered,
    explanation: r.explanation,
  };
}

describe('R-REF-OTHERWISE the considered list explains every decision', () => {
  it('R-REF-UNUSED an Exmail never put into use on day 182: full refund, no fee, every rule before it shown as not applying', () => {
    expect(summary(decideRefund(req()))).toEqual({
      eligible: true,
      amount: 120000,
      fee: 0,
      payout: 120000,
      endsSubscription: true,
      rules: ['R-REF-UNUSED', 'R-REF-FEE'],
      considered: [
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
        {
          rule: 'R-TERM-1',
          applied: false,
          why: 'the provider is not ending the agreement',
        },
        {
          rule: 'R-REF-NONREF',
          applied: false,
          why: 'a new subscription is not a renewal, value-added service or added seats',
        },
        {
          rule: 'R-REF-PROMO',
          applied: false,
          why: 'not bought under a promotion',
        },
        {
          rule: 'R-REF-ACTIVATION',
          applied: false,
          why: 'activated on 2024-01-01',
        },
        {
          rule: 'R-REF-7DAY',
          applied: false,
          why: 'the 7-day window closed on 2024-01-08, requested 2024-07-01',
        },
        {
          rule: 'R-REF-DEFECT',
          applied: false,
          why: 'no login-blocking defect claimed (reason NO_REASON)',
        },
        {
          rule: 'R-REF-UNUSED',
          applied: true,
          why: 'no domain verified, no administrator created, no member added',
        },
        {
          rule: 'R-REF-FEE',
          applied: false,
          why: 'full and duplicate refunds carry no fee',
        },
        {
          rule: 'R-REF-CAP',
          applied: false,
          why: '¥1,200.00 refunded in total of ¥1,200.00 paid',
        },
      ],
      explanation:
        'Refund ¥1,200.00, no fee: Full refund, Exmail never put into use: no domain verified, administrator created or member added (R-REF-UNUSED)',
    });
  });

  it('R-REF-NONREF R-RENEW-4 a paid Meeting renewal: refused by R-REF-NONREF and R-RENEW-4, the later rules not considered', () => {
    expect(summary(decideRefund(req({}, { kind: 'RENEWAL', productCode: 'MEETING' })))).toEqual({
      eligible: false,
      amount: 0,
      fee: 0,
      payout: 0,
      endsSubscription: false,
      rules: ['R-REF-NONREF', 'R-RENEW-4', 'R-REF-OTHERWISE'],
      considered: [
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
        {
          rule: 'R-TERM-1',
          applied: false,
          why: 'the provider is not ending the agreement',
        },
        {
          rule: 'R-REF-NONREF',
          applied: true,
          why: 'a renewal cannot be cancelled or refunded once paid',
        },
        {
          rule: 'R-RENEW-4',
          applied: true,
          why: 'a paid renewal cannot be cancelled or refunded',
        },
        {
          rule: 'R-REF-OTHERWISE',
          applied: true,
          why: 'no rule allows a refund',
        },
      ],
      explanation:
        'Not refundable: a renewal cannot be cancelled or refunded once paid, except a duplicate payment or overpayment (R-REF-NONREF, R-RENEW-4). If you think another refund rule applies, ask an operator to review the order with your evidence',
    });
  });

  it('R-REF-NONREF added Meeting seats: refused by R-REF-NONREF alone', () => {
    expect(summary(decideRefund(req({}, { kind: 'ADD_SEATS', productCode: 'MEETING' })))).toEqual({
      eligible: false,
      amount: 0,
      fee: 0,
      payout: 0,
      endsSubscription: false,
      rules: ['R-REF-NONREF', 'R-REF-OTHERWISE'],
      considered: [
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
        {
          rule: 'R-TERM-1',
          applied: false,
          why: 'the provider is not ending the agreement',
        },
        {
          rule: 'R-REF-NONREF',
          applied: true,
          why: 'added seats cannot be cancelled or refunded once bought',
        },
        {
          rule: 'R-REF-OTHERWISE',
          applied: true,
          why: 'no rule allows a refund',
        },
      ],
      explanation:
        'Not refundable: added seats cannot be cancelled or refunded once bought, except a duplicate payment or overpayment (R-REF-NONREF). If you think another refund rule applies, ask an operator to review the order with your evidence',
    });
  });

  it('R-REF-CANCEL R-REF-FEE a Meeting cancelled mid-term: pro rata 184/366 minus the 1 % fee', () => {
    expect(
      summary(decideRefund(req({ reason: 'USER_CANCELLATION' }, { productCode: 'MEETING' }))),
    ).toEqual({
      eligible: true,
      amount: 60328,
      fee: 603,
      payout: 59725,
      endsSubscription: true,
      rules: ['R-REF-CANCEL', 'R-MONEY-1', 'R-REF-FEE'],
      considered: [
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
        {
          rule: 'R-TERM-1',
          applied: false,
          why: 'the provider is not ending the agreement',
        },
        {
          rule: 'R-REF-NONREF',
          applied: false,
          why: 'a new subscription is not a renewal, value-added service or added seats',
        },
        {
          rule: 'R-REF-PROMO',
          applied: false,
          why: 'not bought under a promotion',
        },
        {
          rule: 'R-REF-ACTIVATION',
          applied: false,
          why: 'activated on 2024-01-01',
        },
        {
          rule: 'R-REF-7DAY',
          applied: false,
          why: 'the 7-day window closed on 2024-01-08, requested 2024-07-01',
        },
        {
          rule: 'R-REF-DEFECT',
          applied: false,
          why: 'no login-blocking defect claimed (reason USER_CANCELLATION)',
        },
        {
          rule: 'R-REF-UNUSED',
          applied: false,
          why: 'Exmail only',
        },
        {
          rule: 'R-REF-OUTAGE',
          applied: false,
          why: 'no platform outage claimed (reason USER_CANCELLATION)',
        },
        {
          rule: 'R-REF-CANCEL',
          applied: true,
          why: 'cancelled during the term [2024-01-01, 2025-01-01)',
        },
        {
          rule: 'R-REF-FEE',
          applied: true,
          why: 'handling fee 1% of the pro-rata refund ¥603.28 = ¥6.03, rounded half-up',
        },
        {
          rule: 'R-REF-CAP',
          applied: false,
          why: '¥603.28 refunded in total of ¥1,200.00 paid',
        },
      ],
      explanation:
        'Refund ¥603.28 − ¥6.03 handling fee = ¥597.25 to the customer (R-REF-FEE): Cancelled during the term: unused 184 of 366 days from 2024-07-01: ¥1,200.00 × 184/366 = ¥603.28',
    });
  });

  it('R-TERM-1 the provider ends an EQQ subscription without cause: pro rata, no fee, R-TERM-1 named as why there is no fee', () => {
    expect(
      summary(decideRefund(req({ providerTermination: true }, { productCode: 'EQQ' }))),
    ).toEqual({
      eligible: true,
      amount: 60328,
      fee: 0,
      payout: 60328,
      endsSubscription: true,
      rules: ['R-TERM-1', 'R-MONEY-1', 'R-REF-FEE'],
      considered: [
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
        {
          rule: 'R-TERM-1',
          applied: true,
          why: 'the provider ends the agreement without cause on 2024-07-01: the unused part is refunded pro rata without fee',
        },
        {
          rule: 'R-REF-FEE',
          applied: false,
          why: 'a termination without cause carries no fee (R-TERM-1)',
        },
        {
          rule: 'R-REF-CAP',
          applied: false,
          why: '¥603.28 refunded in total of ¥1,200.00 paid',
        },
      ],
      explanation:
        'Refund ¥603.28, no fee: Provider termination without cause, no fee: unused 184 of 366 days from 2024-07-01: ¥1,200.00 × 184/366 = ¥603.28',
    });
  });

  it('R-REF-OTHERWISE an EQQ upgrade order: no rule allows a refund, each rule says why it does not apply', () => {
    expect(summary(decideRefund(req({}, { kind: 'UPGRADE', productCode: 'EQQ' })))).toEqual({
      eligible: false,
      amount: 0,
      fee: 0,
      payout: 0,
      endsSubscription: false,
      rules: ['R-REF-OTHERWISE'],
      considered: [
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
        {
          rule: 'R-TERM-1',
          applied: false,
          why: 'the provider is not ending the agreement',
        },
        {
          rule: 'R-REF-NONREF',
          applied: false,
          why: 'an upgrade is not a renewal, value-added service or added seats',
        },
        {
          rule: 'R-REF-PROMO',
          applied: false,
          why: 'not bought under a promotion',
        },
        {
          rule: 'R-REF-ACTIVATION',
          applied: false,
          why: 'only a new subscription awaiting activation',
        },
        {
          rule: 'R-REF-7DAY',
          applied: false,
          why: 'only a new subscription',
        },
        {
          rule: 'R-REF-DEFECT',
          applied: false,
          why: 'only a new subscription',
        },
        {
          rule: 'R-REF-UNUSED',
          applied: false,
          why: 'Exmail only',
        },
        {
          rule: 'R-REF-OUTAGE',
          applied: false,
          why: 'Exmail and Meeting only',
        },
        {
          rule: 'R-REF-CANCEL',
          applied: false,
          why: 'Meeting only',
        },
        {
          rule: 'R-REF-OTHERWISE',
          applied: true,
          why: 'no rule allows a refund of this order',
        },
      ],
      explanation:
        'Not refundable (R-REF-OTHERWISE): no rule allows a refund of this order. If you think another refund rule applies, ask an operator to review the order with your evidence',
    });
  });

  it('R-REF-PROMO a Meeting bought under a non-refundable promotion: refused after R-REF-ACTIVATION, the later rules not considered', () => {
    expect(
      summary(
        decideRefund(
          req({}, { productCode: 'MEETING', promotion: { code: 'P1', refundable: false } }),
        ),
      ),
    ).toEqual({
      eligible: false,
      amount: 0,
      fee: 0,
      payout: 0,
      endsSubscription: false,
      rules: ['R-REF-PROMO', 'R-REF-OTHERWISE'],
      considered: [
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
        {
          rule: 'R-TERM-1',
          applied: false,
          why: 'the provider is not ending the agreement',
        },
        {
          rule: 'R-REF-NONREF',
          applied: false,
          why: 'a new subscription is not a renewal, value-added service or added seats',
        },
        {
          rule: 'R-REF-PROMO',
          applied: true,
          why: 'bought under promotion P1, whose terms allow no refund',
        },
        {
          rule: 'R-REF-ACTIVATION',
          applied: false,
          why: 'activated on 2024-01-01',
        },
        {
          rule: 'R-REF-OTHERWISE',
          applied: true,
          why: 'no rule allows a refund',
        },
      ],
      explanation:
        'Not refundable: bought under promotion P1, whose terms allow no refund (R-REF-PROMO). If you think another refund rule applies, ask an operator to review the order with your evidence',
    });
  });
});

describe('R-REF-OTHERWISE each rule says why it did or did not apply', () => {
  it('R-REF-WINDOW R-REF-DEFECT R-REF-CANCEL a Meeting defect claim filed 60 hours after the event misses the window; the cancellation pro rata minus fee applies', () => {
    expect(
      summary(
        decideRefund(
          req(
            {
              asOf: d('2024-01-20'),
              reason: 'SERVICE_DEFECT',
              evidence: ['screenshot'],
              requestedAt: jan20 + 10 * HOUR,
              eventAt: jan20 - 50 * HOUR,
            },
            { productCode: 'MEETING' },
          ),
        ),
      ),
    ).toEqual({
      eligible: true,
      amount: 113770,
      fee: 1138,
      payout: 112632,
      endsSubscription: true,
      rules: ['R-REF-CANCEL', 'R-MONEY-1', 'R-REF-FEE'],
      considered: [
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
        {
          rule: 'R-TERM-1',
          applied: false,
          why: 'the provider is not ending the agreement',
        },
        {
          rule: 'R-REF-NONREF',
          applied: false,
          why: 'a new subscription is not a renewal, value-added service or added seats',
        },
        {
          rule: 'R-REF-PROMO',
          applied: false,
          why: 'not bought under a promotion',
        },
        {
          rule: 'R-REF-ACTIVATION',
          applied: false,
          why: 'activated on 2024-01-01',
        },
        {
          rule: 'R-REF-7DAY',
          applied: false,
          why: 'the 7-day window closed on 2024-01-08, requested 2024-01-20',
        },
        {
          rule: 'R-REF-WINDOW',
          applied: true,
          why: 'filed 60 hours after the event, more than 48 hours',
        },
        {
          rule: 'R-REF-DEFECT',
          applied: false,
          why: 'the defect claim was not filed within the 48-hour window',
        },
        {
          rule: 'R-REF-UNUSED',
          applied: false,
          why: 'Exmail only',
        },
        {
          rule: 'R-REF-OUTAGE',
          applied: false,
          why: 'no platform outage claimed (reason SERVICE_DEFECT)',
        },
        {
          rule: 'R-REF-CANCEL',
          applied: true,
          why: 'cancelled during the term [2024-01-01, 2025-01-01)',
        },
        {
          rule: 'R-REF-FEE',
          applied: true,
          why: 'handling fee 1% of the pro-rata refund ¥1,137.70 = ¥11.38, rounded half-up',
        },
        {
          rule: 'R-REF-CAP',
          applied: false,
          why: '¥1,137.70 refunded in total of ¥1,200.00 paid',
        },
      ],
      explanation:
        'Refund ¥1,137.70 − ¥11.38 handling fee = ¥1,126.32 to the customer (R-REF-FEE): Cancelled during the term: unused 347 of 366 days from 2024-01-20: ¥1,200.00 × 347/366 = ¥1,137.70',
    });
  });

  it('R-REF-OUTAGE R-REF-UNUSED an Exmail outage of exactly 72 hours with an administrator created: refused, each reason in the explanation', () => {
    expect(
      summary(
        decideRefund(
          req(
            { reason: 'PLATFORM_OUTAGE', outageHours: 72 },
            {},
            { inUse: { domainVerified: false, adminCreated: true, memberAdded: false } },
          ),
        ),
      ),
    ).toEqual({
      eligible: false,
      amount: 0,
      fee: 0,
      payout: 0,
      endsSubscription: false,
      rules: ['R-REF-OTHERWISE'],
      considered: [
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
        {
          rule: 'R-TERM-1',
          applied: false,
          why: 'the provider is not ending the agreement',
        },
        {
          rule: 'R-REF-NONREF',
          applied: false,
          why: 'a new subscription is not a renewal, value-added service or added seats',
        },
        {
          rule: 'R-REF-PROMO',
          applied: false,
          why: 'not bought under a promotion',
        },
        {
          rule: 'R-REF-ACTIVATION',
          applied: false,
          why: 'activated on 2024-01-01',
        },
        {
          rule: 'R-REF-7DAY',
          applied: false,
          why: 'the 7-day window closed on 2024-01-08, requested 2024-07-01',
        },
        {
          rule: 'R-REF-DEFECT',
          applied: false,
          why: 'no login-blocking defect claimed (reason PLATFORM_OUTAGE)',
        },
        {
          rule: 'R-REF-UNUSED',
          applied: false,
          why: 'the service was put into use: an administrator was created',
        },
        {
          rule: 'R-REF-OUTAGE',
          applied: false,
          why: 'the outage lasted 72 hours, not more than 72 consecutive hours',
        },
        {
          rule: 'R-REF-CANCEL',
          applied: false,
          why: 'Meeting only',
        },
        {
          rule: 'R-REF-OTHERWISE',
          applied: true,
          why: 'the 7-day window closed on 2024-01-08, requested 2024-07-01; no login-blocking defect claimed (reason PLATFORM_OUTAGE); the service was put into use: an administrator was created; the outage lasted 72 hours, not more than 72 consecutive hours',
        },
      ],
      explanation:
        'Not refundable (R-REF-OTHERWISE): the 7-day window closed on 2024-01-08, requested 2024-07-01; no login-blocking defect claimed (reason PLATFORM_OUTAGE); the service was put into use: an administrator was created; the outage lasted 72 hours, not more than 72 consecutive hours. If you think another refund rule applies, ask an operator to review the order with your evidence',
    });
  });

  it('R-REF-OUTAGE R-REF-FEE an Exmail outage of 100 hours with a member added: pro rata minus the 1 % fee, the subscription ends', () => {
    expect(
      summary(
        decideRefund(
          req(
            { reason: 'PLATFORM_OUTAGE', outageHours: 100 },
            {},
            { inUse: { domainVerified: false, adminCreated: false, memberAdded: true } },
          ),
        ),
      ),
    ).toEqual({
      eligible: true,
      amount: 60328,
      fee: 603,
      payout: 59725,
      endsSubscription: true,
      rules: ['R-REF-OUTAGE', 'R-MONEY-1', 'R-REF-FEE'],
      considered: [
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
        {
          rule: 'R-TERM-1',
          applied: false,
          why: 'the provider is not ending the agreement',
        },
        {
          rule: 'R-REF-NONREF',
          applied: false,
          why: 'a new subscription is not a renewal, value-added service or added seats',
        },
        {
          rule: 'R-REF-PROMO',
          applied: false,
          why: 'not bought under a promotion',
        },
        {
          rule: 'R-REF-ACTIVATION',
          applied: false,
          why: 'activated on 2024-01-01',
        },
        {
          rule: 'R-REF-7DAY',
          applied: false,
          why: 'the 7-day window closed on 2024-01-08, requested 2024-07-01',
        },
        {
          rule: 'R-REF-DEFECT',
          applied: false,
          why: 'no login-blocking defect claimed (reason PLATFORM_OUTAGE)',
        },
        {
          rule: 'R-REF-UNUSED',
          applied: false,
          why: 'the service was put into use: a member was added',
        },
        {
          rule: 'R-REF-OUTAGE',
          applied: true,
          why: 'an outage of 100 consecutive hours, more than 72',
        },
        {
          rule: 'R-REF-FEE',
          applied: true,
          why: 'handling fee 1% of the pro-rata refund ¥603.28 = ¥6.03, rounded half-up',
        },
        {
          rule: 'R-REF-CAP',
          applied: false,
          why: '¥603.28 refunded in total of ¥1,200.00 paid',
        },
      ],
      explanation:
        'Refund ¥603.28 − ¥6.03 handling fee = ¥597.25 to the customer (R-REF-FEE): Outage of 100 hours, subscription ended: unused 184 of 366 days from 2024-07-01: ¥1,200.00 × 184/366 = ¥603.28',
    });
  });

  it('R-REF-ACTIVATION R-OPEN-4 not activated and not paid in full: the activation clock has not started', () => {
    expect(
      summary(
        decideRefund(
          req(
            { asOf: d('2024-01-10') },
            { productCode: 'MEETING', period: null },
            { activatedOn: null, fullyPaidOn: null },
          ),
        ),
      ),
    ).toEqual({
      eligible: false,
      amount: 0,
      fee: 0,
      payout: 0,
      endsSubscription: false,
      rules: ['R-REF-OTHERWISE'],
      considered: [
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
        {
          rule: 'R-TERM-1',
          applied: false,
          why: 'the provider is not ending the agreement',
        },
        {
          rule: 'R-REF-NONREF',
          applied: false,
          why: 'a new subscription is not a renewal, value-added service or added seats',
        },
        {
          rule: 'R-REF-PROMO',
          applied: false,
          why: 'not bought under a promotion',
        },
        {
          rule: 'R-REF-ACTIVATION',
          applied: false,
          why: 'not activated, but the 5-working-day activation clock has not started: not paid in full (R-OPEN-4)',
        },
        {
          rule: 'R-REF-7DAY',
          applied: false,
          why: 'not activated yet',
        },
        {
          rule: 'R-REF-DEFECT',
          applied: false,
          why: 'not activated yet',
        },
        {
          rule: 'R-REF-UNUSED',
          applied: false,
          why: 'Exmail only',
        },
        {
          rule: 'R-REF-OUTAGE',
          applied: false,
          why: 'no platform outage claimed (reason NO_REASON)',
        },
        {
          rule: 'R-REF-CANCEL',
          applied: false,
          why: 'not activated yet: there is no term to cancel',
        },
        {
          rule: 'R-REF-OTHERWISE',
          applied: true,
          why: 'not activated, but the 5-working-day activation clock has not started: not paid in full (R-OPEN-4); not activated yet: there is no term to cancel',
        },
      ],
      explanation:
        'Not refundable (R-REF-OTHERWISE): not activated, but the 5-working-day activation clock has not started: not paid in full (R-OPEN-4); not activated yet: there is no term to cancel. If you think another refund rule applies, ask an operator to review the order with your evidence',
    });
  });

  it('R-REF-ACTIVATION R-OPEN-4 not activated and materials not approved: the activation clock has not started', () => {
    expect(
      summary(
        decideRefund(
          req(
            { asOf: d('2024-01-10') },
            { productCode: 'MEETING', period: null },
            { activatedOn: null, materialsApprovedOn: null },
          ),
        ),
      ),
    ).toEqual({
      eligible: false,
      amount: 0,
      fee: 0,
      payout: 0,
      endsSubscription: false,
      rules: ['R-REF-OTHERWISE'],
      considered: [
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
        {
          rule: 'R-TERM-1',
          applied: false,
          why: 'the provider is not ending the agreement',
        },
        {
          rule: 'R-REF-NONREF',
          applied: false,
          why: 'a new subscription is not a renewal, value-added service or added seats',
        },
        {
          rule: 'R-REF-PROMO',
          applied: false,
          why: 'not bought under a promotion',
        },
        {
          rule: 'R-REF-ACTIVATION',
          applied: false,
          why: 'not activated, but the 5-working-day activation clock has not started: materials not approved (R-OPEN-4)',
        },
        {
          rule: 'R-REF-7DAY',
          applied: false,
          why: 'not activated yet',
        },
        {
          rule: 'R-REF-DEFECT',
          applied: false,
          why: 'not activated yet',
        },
        {
          rule: 'R-REF-UNUSED',
          applied: false,
          why: 'Exmail only',
        },
        {
          rule: 'R-REF-OUTAGE',
          applied: false,
          why: 'no platform outage claimed (reason NO_REASON)',
        },
        {
          rule: 'R-REF-CANCEL',
          applied: false,
          why: 'not activated yet: there is no term to cancel',
        },
        {
          rule: 'R-REF-OTHERWISE',
          applied: true,
          why: 'not activated, but the 5-working-day activation clock has not started: materials not approved (R-OPEN-4); not activated yet: there is no term to cancel',
        },
      ],
      explanation:
        'Not refundable (R-REF-OTHERWISE): not activated, but the 5-working-day activation clock has not started: materials not approved (R-OPEN-4); not activated yet: there is no term to cancel. If you think another refund rule applies, ask an operator to review the order with your evidence',
    });
  });

  it('R-REF-UNUSED an Exmail whose use is not known is not refunded as never used', () => {
    expect(summary(decideRefund(req({}, {}, { inUse: undefined })))).toEqual({
      eligible: false,
      amount: 0,
      fee: 0,
      payout: 0,
      endsSubscription: false,
      rules: ['R-REF-OTHERWISE'],
      considered: [
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
        {
          rule: 'R-TERM-1',
          applied: false,
          why: 'the provider is not ending the agreement',
        },
        {
          rule: 'R-REF-NONREF',
          applied: false,
          why: 'a new subscription is not a renewal, value-added service or added seats',
        },
        {
          rule: 'R-REF-PROMO',
          applied: false,
          why: 'not bought under a promotion',
        },
        {
          rule: 'R-REF-ACTIVATION',
          applied: false,
          why: 'activated on 2024-01-01',
        },
        {
          rule: 'R-REF-7DAY',
          applied: false,
          why: 'the 7-day window closed on 2024-01-08, requested 2024-07-01',
        },
        {
          rule: 'R-REF-DEFECT',
          applied: false,
          why: 'no login-blocking defect claimed (reason NO_REASON)',
        },
        {
          rule: 'R-REF-UNUSED',
          applied: false,
          why: 'whether the mailboxes were put into use is not known',
        },
        {
          rule: 'R-REF-OUTAGE',
          applied: false,
          why: 'no platform outage claimed (reason NO_REASON)',
        },
        {
          rule: 'R-REF-CANCEL',
          applied: false,
          why: 'Meeting only',
        },
        {
          rule: 'R-REF-OTHERWISE',
          applied: true,
          why: 'the 7-day window closed on 2024-01-08, requested 2024-07-01; no login-blocking defect claimed (reason NO_REASON); whether the mailboxes were put into use is not known',
        },
      ],
      explanation:
        'Not refundable (R-REF-OTHERWISE): the 7-day window closed on 2024-01-08, requested 2024-07-01; no login-blocking defect claimed (reason NO_REASON); whether the mailboxes were put into use is not known. If you think another refund rule applies, ask an operator to review the order with your evidence',
    });
  });

  it('R-REF-7DAY R-TIME-4 an EQQ refund asked on the 7th day after activation: full refund, no fee, the subscription ends', () => {
    expect(summary(decideRefund(req({ asOf: d('2024-01-08') }, { productCode: 'EQQ' })))).toEqual({
      eligible: true,
      amount: 120000,
      fee: 0,
      payout: 120000,
      endsSubscription: true,
      rules: ['R-REF-7DAY', 'R-TIME-4', 'R-REF-FEE'],
      considered: [
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
        {
          rule: 'R-TERM-1',
          applied: false,
          why: 'the provider is not ending the agreement',
        },
        {
          rule: 'R-REF-NONREF',
          applied: false,
          why: 'a new subscription is not a renewal, value-added service or added seats',
        },
        {
          rule: 'R-REF-PROMO',
          applied: false,
          why: 'not bought under a promotion',
        },
        {
          rule: 'R-REF-ACTIVATION',
          applied: false,
          why: 'activated on 2024-01-01',
        },
        {
          rule: 'R-REF-7DAY',
          applied: true,
          why: 'requested 2024-01-08, within 7 natural days of activation on 2024-01-01',
        },
        {
          rule: 'R-REF-FEE',
          applied: false,
          why: 'full and duplicate refunds carry no fee',
        },
        {
          rule: 'R-REF-CAP',
          applied: false,
          why: '¥1,200.00 refunded in total of ¥1,200.00 paid',
        },
      ],
      explanation:
        'Refund ¥1,200.00, no fee: Full refund, requested 2024-01-08, within 7 natural days of activation on 2024-01-01 (R-REF-7DAY, R-TIME-4)',
    });
  });
});

describe('R-REF-CAP R-REF-WINDOW R-TERM-1 lines and words a wrong rule would change', () => {
  it('R-REF-CAP a duplicate payment above what is still refundable is capped, and the line says so', () => {
    const decision = decideRefund(
      req(
        { reason: 'DUPLICATE_PAYMENT' },
        { alreadyRefunded: yuan(1000), duplicatePaid: yuan(300), overpaid: yuan(50) },
      ),
    );
    expect(decision.amount).toBe(yuan(200));
    expect(decision.lines).toEqual([
      {
        description:
          'Duplicate payment refunded in full (R-REF-DUPLICATE), capped at ¥200.00 still refundable (R-REF-CAP)',
        quantity: 1,
        months: null,
        unitPrice: yuan(200),
        amount: yuan(200),
        rules: ['R-REF-DUPLICATE', 'R-REF-CAP'],
      },
    ]);
    expect(decision.considered.at(-1)).toEqual({
      rule: 'R-REF-CAP',
      applied: true,
      why: 'capped: ¥1,200.00 refunded in total of ¥1,200.00 paid',
    });
  });

  it('R-REF-OTHERWISE absent instants and lengths given as null are accepted like absent ones', () => {
    const decision = decideRefund(
      req({ requestedAt: null, eventAt: null, outageHours: null }, { correctedTotal: null }),
    );
    expect(decision.refusal).toBeNull();
    expect(decision.amount).toBe(yuan(1200));
  });

  it('R-REF-DEFECT evidence that is not text does not count, and does not break the decision', () => {
    const decision = decideRefund(
      req(
        {
          asOf: d('2024-01-20'),
          reason: 'SERVICE_DEFECT',
          evidence: [42 as unknown as string, '  '],
        },
        { productCode: 'EQQ' },
      ),
    );
    expect(decision.considered.find((c) => c.rule === 'R-REF-DEFECT')?.why).toBe(
      'a defect claim needs evidence, and none was given',
    );
  });

  it('R-REF-WINDOW one hour after the event is written "1 hour"', () => {
    const decision = decideRefund(
      req(
        {
          asOf: d('2024-01-20'),
          reason: 'SERVICE_DEFECT',
          evidence: ['screenshot'],
          requestedAt: jan20 + 10 * HOUR,
          eventAt: jan20 + 9 * HOUR,
        },
        { productCode: 'MEETING' },
      ),
    );
    expect(decision.considered.find((c) => c.rule === 'R-REF-WINDOW')).toEqual({
      rule: 'R-REF-WINDOW',
      applied: false,
      why: 'filed 1 hour after the event, within 48 hours',
    });
  });

  it('R-REF-WINDOW a Meeting defect claim without the event time cannot be shown in time, and the refusal lists every reason in order', () => {
    const decision = decideRefund(
      req(
        { asOf: d('2024-01-20'), reason: 'SERVICE_DEFECT', evidence: ['screenshot'] },
        { productCode: 'MEETING', period: null },
      ),
    );
    expect(decision.considered.find((c) => c.rule === 'R-REF-WINDOW')).toEqual({
      rule: 'R-REF-WINDOW',
      applied: true,
      why: 'the time of the event is not given, so the claim cannot be shown to be within 48 hours',
    });
    expect(decision.explanation).toBe(
      'Not refundable (R-REF-OTHERWISE): the 7-day window closed on 2024-01-08, requested 2024-01-20; ' +
        'the time of the event is not given, so the claim cannot be shown to be within 48 hours (R-REF-WINDOW); ' +
        'not activated yet: there is no term to cancel. ' +
        'If you think another refund rule applies, ask an operator to review the order with your evidence',
    );
  });

  it('R-REF-WINDOW an event time given as null is "not given", not the epoch', () => {
    const decision = decideRefund(
      req(
        {
          asOf: d('2024-01-20'),
          reason: 'SERVICE_DEFECT',
          evidence: ['screenshot'],
          eventAt: null,
        },
        { productCode: 'MEETING' },
      ),
    );
    expect(decision.considered.find((c) => c.rule === 'R-REF-WINDOW')?.why).toBe(
      'the time of the event is not given, so the claim cannot be shown to be within 48 hours',
    );
  });

  it('R-REF-DEFECT R-REF-7DAY a defect claimed after both windows closed: both closing dates in the refusal, in order', () => {
    const decision = decideRefund(
      req(
        {
          asOf: d('2024-01-05'),
          reason: 'SERVICE_DEFECT',
          evidence: ['screenshot'],
          eventAt: startOfBusinessDate(d('2024-01-01')),
        },
        { kind: 'NEW_SUBSCRIPTION', productCode: 'MEETING', period: null },
        { activatedOn: d('2023-12-01') },
      ),
    );
    expect(decision.explanation).toBe(
      'Not refundable (R-REF-OTHERWISE): the 7-day window closed on 2023-12-08, requested 2024-01-05; ' +
        'the 30-day defect window closed on 2023-12-31, requested 2024-01-05; ' +
        'not activated yet: there is no term to cancel. ' +
        'If you think another refund rule applies, ask an operator to review the order with your evidence',
    );
  });

  it('R-TERM-1 a renewal year not yet started is refunded by days from its start, not from the termination day', () => {
    const decision = decideRefund(
      req(
        { asOf: d('2024-07-01'), providerTermination: true },
        {
          kind: 'RENEWAL',
          productCode: 'EQQ',
          period: { start: d('2025-01-01'), end: d('2026-01-01') },
        },
      ),
    );
    expect(decision.amount).toBe(yuan(1200));
    expect(decision.lines[0]?.description).toBe(
      'Provider termination without cause, no fee: unused 365 of 365 days from 2025-01-01: ¥1,200.00 × 365/365 = ¥1,200.00',
    );
    expect(decision.endsSubscription).toBe(true);
  });

  it('R-TERM-1 R-REF-DUPLICATE after the term ended nothing is unused: only the duplicate is refunded and the subscription does not end', () => {
    const decision = decideRefund(
      req(
        { asOf: d('2025-02-01'), providerTermination: true },
        { productCode: 'EQQ', paid: yuan(1300), duplicatePaid: yuan(100) },
      ),
    );
    expect(decision.amount).toBe(yuan(100));
    expect(decision.lines.map((line) => line.description)).toEqual([
      'Duplicate payment refunded in full (R-REF-DUPLICATE)',
    ]);
    expect(decision.endsSubscription).toBe(false);
  });
});

describe('R-REF-DUPLICATE R-TERM-1 R-REF-ACTIVATION how the parts of a refund are split', () => {
  const why = (decision: RefundDecision, rule: string) =>
    decision.considered.find((c) => c.rule === rule);
  const descriptions = (decision: RefundDecision) => decision.lines.map((l) => l.description);

  it('R-REF-VIOLATION R-REF-CAP refusals before any rule carry the NOT_REFUNDABLE code', () => {
    expect(decideRefund(req({}, {}, { violation: true })).refusal?.code).toBe('NOT_REFUNDABLE');
    const refunded = decideRefund(req({}, { alreadyRefunded: yuan(1200) }));
    expect(refunded.refusal?.code).toBe('NOT_REFUNDABLE');
    expect(refunded.considered).toEqual([
      {
        rule: 'R-REF-VIOLATION',
        applied: false,
        why: 'not suspended or terminated for violations',
      },
      {
        rule: 'R-REF-CAP',
        applied: true,
        why: 'everything paid (¥1,200.00) has already been refunded',
      },
      {
        rule: 'R-REF-OTHERWISE',
        applied: true,
        why: 'everything paid (¥1,200.00) has already been refunded',
      },
    ]);
    const free = decideRefund(req({}, { total: 0, paid: 0 }));
    expect(free.considered.map((c) => c.rule)).toEqual(['R-REF-VIOLATION', 'R-REF-OTHERWISE']);
  });

  it('R-REF-DUPLICATE R-REF-7DAY duplicate and overpayment are refunded beside the full service refund, none capped', () => {
    const decision = decideRefund(
      req(
        { asOf: d('2024-01-05') },
        { paid: yuan(1400), duplicatePaid: yuan(100), overpaid: yuan(100) },
      ),
    );
    expect(decision.amount).toBe(yuan(1400));
    expect(descriptions(decision)).toEqual([
      'Duplicate payment refunded in full (R-REF-DUPLICATE)',
      'Overpayment refunded in full (R-REF-DUPLICATE)',
      'Full refund, requested 2024-01-05, within 7 natural days of activation on 2024-01-01 (R-REF-7DAY, R-TIME-4)',
    ]);
    expect(decision.lines.map((l) => l.amount)).toEqual([yuan(100), yuan(100), yuan(1200)]);
  });

  it('R-REF-DUPLICATE an overpayment alone is shown as applied, with its amount', () => {
    const decision = decideRefund(
      req({ reason: 'DUPLICATE_PAYMENT' }, { paid: yuan(1250), overpaid: yuan(50) }),
    );
    expect(why(decision, 'R-REF-DUPLICATE')).toEqual({
      rule: 'R-REF-DUPLICATE',
      applied: true,
      why: '¥50.00 of duplicate payment, overpayment or wrong-order difference is refunded in full',
    });
  });

  it('R-REF-DUPLICATE a corrected order: the difference is applied, and the 7-day refund returns only the corrected price', () => {
    const decision = decideRefund(req({ asOf: d('2024-01-05') }, { correctedTotal: yuan(1000) }));
    expect(why(decision, 'R-REF-DUPLICATE')?.why).toBe(
      '¥200.00 of duplicate payment, overpayment or wrong-order difference is refunded in full',
    );
    expect(descriptions(decision)).toEqual([
      'Wrong order corrected from ¥1,200.00 to ¥1,000.00: the difference refunded (R-REF-DUPLICATE)',
      'Full refund, requested 2024-01-05, within 7 natural days of activation on 2024-01-01 (R-REF-7DAY, R-TIME-4)',
    ]);
    expect(decision.lines.map((l) => l.amount)).toEqual([yuan(200), yuan(1000)]);
  });

  it('R-REF-DUPLICATE a corrected total above what is still held leaves no difference and is not capped', () => {
    const decision = decideRefund(
      req({ asOf: d('2024-01-05') }, { alreadyRefunded: yuan(1000), correctedTotal: yuan(500) }),
    );
    expect(decision.amount).toBe(yuan(200));
    expect(descriptions(decision)).toEqual([
      'Full refund, requested 2024-01-05, within 7 natural days of activation on 2024-01-01 (R-REF-7DAY, R-TIME-4)',
    ]);
  });

  it('R-REF-DUPLICATE an order-error claim on an order corrected to its own total has nothing to refund, and says so', () => {
    const decision = decideRefund(req({ reason: 'ORDER_ERROR' }, { correctedTotal: yuan(1200) }));
    expect(why(decision, 'R-REF-DUPLICATE')?.why).toBe(
      'no duplicate payment, overpayment or corrected wrong order to refund',
    );
  });

  it('R-TERM-1 a provider termination is decided even when the customer asked only about a duplicate payment', () => {
    const decision = decideRefund(
      req({ reason: 'DUPLICATE_PAYMENT', providerTermination: true }, { productCode: 'EQQ' }),
    );
    expect(decision.amount).toBe(60_328); // ¥1,200.00 × 184/366, no fee
    expect(why(decision, 'R-TERM-1')?.applied).toBe(true);
    expect(decision.endsSubscription).toBe(true);
  });

  it('R-TERM-1 a one-off value-added purchase has no term: no pro-rata refund, whatever its product', () => {
    for (const [kind, productCode] of [
      ['VALUE_ADDED', 'VAS'],
      ['VALUE_ADDED', 'MEETING'],
      ['NEW_SUBSCRIPTION', 'VAS'],
    ] as const) {
      const decision = decideRefund(req({ providerTermination: true }, { kind, productCode }));
      expect(why(decision, 'R-TERM-1'), `${kind} ${productCode}`).toEqual({
        rule: 'R-TERM-1',
        applied: false,
        why: 'a one-off value-added purchase has no term left to refund',
      });
      expect(decision.amount).toBe(0);
    }
  });

  it('R-TERM-1 before activation the full refund line names the rule', () => {
    const decision = decideRefund(
      req({ providerTermination: true }, { period: null }, { activatedOn: null }),
    );
    expect(descriptions(decision)).toEqual([
      'Provider termination without cause before activation: refunded in full, no fee (R-TERM-1)',
    ]);
  });

  it('R-REF-PROMO a refundable promotion is shown as not applying', () => {
    const decision = decideRefund(req({}, { promotion: { code: 'SPRING', refundable: true } }));
    expect(why(decision, 'R-REF-PROMO')).toEqual({
      rule: 'R-REF-PROMO',
      applied: false,
      why: 'promotion SPRING allows refunds: its terms are not stricter',
    });
  });

  it('R-REF-ACTIVATION R-TIME-3 a due date beyond the calendar is recorded as why the rule could not be decided', () => {
    const decision = decideRefund(
      req(
        { asOf: d('2027-01-10') },
        { productCode: 'EQQ', period: null },
        { activatedOn: null, fullyPaidOn: d('2026-12-30'), materialsApprovedOn: d('2026-12-30') },
      ),
    );
    expect(why(decision, 'R-REF-ACTIVATION')?.applied).toBe(false);
    expect(why(decision, 'R-REF-ACTIVATION')?.why).toMatch(
      /^the activation due date cannot be computed: .*2026-12-31/,
    );
    expect(decision.refusal?.code).toBe('BEYOND_CALENDAR');
  });
});
