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
 * The guards of section 8 that a wrong rule would slip past: each test here fails when one
 * condition of a rule is weakened, inverted or dropped (found by mutation testing).
 */
const d = (text: string): BusinessDate => text as BusinessDate;
const HOUR = 3_600_000;

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

describe('R-REF-UNUSED guards', () => {
  it('R-REF-UNUSED an Exmail never put into use is refunded in full and the subscription ends (R-LIFE-6)', () => {
    const decision = decideRefund(request({ asOf: '2024-03-01' }));
    expect(decision).toMatchObject({ eligible: true, amount: yuan(1200), fee: 0 });
    expect(decision.rules).toContain('R-REF-UNUSED');
    expect(decision.endsSubscription).toBe(true);
    expect(considered(decision, 'R-REF-UNUSED')).toEqual({
      rule: 'R-REF-UNUSED',
      applied: true,
      why: 'no domain verified, no administrator created, no member added',
    });
  });

  it.each([
    ['domainVerified', 'a domain was verified'],
    ['adminCreated', 'an administrator was created'],
    ['memberAdded', 'a member was added'],
  ] as const)(
    'R-REF-UNUSED any one sign of use is enough to refuse "never used": %s alone',
    (flag, used) => {
      const inUse = {
        domainVerified: false,
        adminCreated: false,
        memberAdded: false,
        [flag]: true,
      };
      const decision = decideRefund(request({ asOf: '2024-03-01', sub: { inUse } }));
      expect(decision.eligible).toBe(false);
      expect(decision.endsSubscription).toBe(false);
      expect(decision.rules).not.toContain('R-REF-UNUSED');
      expect(considered(decision, 'R-REF-UNUSED')).toEqual({
        rule: 'R-REF-UNUSED',
        applied: false,
        why: `the service was put into use: ${used}`,
      });
    },
  );

  it('R-REF-UNUSED applies to a new subscription only: an unused upgrade order is not refunded as "never used"', () => {
    const decision = decideRefund(request({ asOf: '2024-03-01', kind: 'UPGRADE' }));
    expect(decision.eligible).toBe(false);
    expect(decision.rules).not.toContain('R-REF-UNUSED');
    expect(considered(decision, 'R-REF-UNUSED').why).toBe('only a new subscription');
  });
});

describe('R-REF-DEFECT and R-REF-7DAY guards', () => {
  const defect = {
    reason: 'SERVICE_DEFECT',
    evidence: ['ticket #1'],
  } satisfies Partial<RefundInput>;

  it('R-REF-DEFECT a new subscription with a login-blocking defect and evidence within 30 days: full refund, subscription ends', () => {
    const decision = decideRefund(request({ asOf: '2024-01-20', product: 'QIDIAN', over: defect }));
    expect(decision).toMatchObject({ eligible: true, amount: yuan(1200), endsSubscription: true });
    expect(decision.rules).toContain('R-REF-DEFECT');
  });

  it('R-REF-DEFECT R-REF-7DAY an upgrade order gets neither full refund, whatever the defect and the date', () => {
    const decision = decideRefund(
      request({ asOf: '2024-01-05', product: 'QIDIAN', kind: 'UPGRADE', over: defect }),
    );
    expect(decision.rules).not.toContain('R-REF-DEFECT');
    expect(decision.rules).not.toContain('R-REF-7DAY');
    expect(decision.amount).toBe(0);
    expect(decision.endsSubscription).toBe(false);
    expect(considered(decision, 'R-REF-DEFECT').why).toBe('only a new subscription');
    expect(considered(decision, 'R-REF-7DAY').why).toBe('only a new subscription');
  });

  it('R-REF-DEFECT a defect claim without evidence, or caused on the customer side, is not a full refund', () => {
    const noEvidence = decideRefund(
      request({ asOf: '2024-01-20', product: 'QIDIAN', over: { ...defect, evidence: ['  '] } }),
    );
    expect(noEvidence.rules).not.toContain('R-REF-DEFECT');
    expect(considered(noEvidence, 'R-REF-DEFECT').why).toBe(
      'a defect claim needs evidence, and none was given',
    );
    const customerSide = decideRefund(
      request({
        asOf: '2024-01-20',
        product: 'QIDIAN',
        over: { ...defect, customerSideCause: true },
      }),
    );
    expect(customerSide.rules).not.toContain('R-REF-DEFECT');
  });
});

describe('R-TERM-1 guards', () => {
  const terminating = { providerTermination: true } satisfies Partial<RefundInput>;

  it('R-TERM-1 the unused part pro rata without fee, and the subscription ends', () => {
    // 2024-07-01 to 2025-01-01: 184 of 366 days unused; 1,200 × 184 / 366 = 603.28.
    const decision = decideRefund(request({ asOf: '2024-07-01', over: terminating }));
    expect(decision).toMatchObject({
      eligible: true,
      amount: 60_328,
      fee: 0,
      payout: 60_328,
      endsSubscription: true,
    });
    expect(decision.rules).toContain('R-TERM-1');
  });

  it('R-TERM-1 before activation a new subscription is refunded in full and ends', () => {
    const decision = decideRefund(
      request({
        asOf: '2024-01-01',
        over: terminating,
        order: { period: null },
        sub: { activatedOn: null, status: 'PENDING_ACTIVATION' },
      }),
    );
    expect(decision).toMatchObject({
      eligible: true,
      amount: yuan(1200),
      fee: 0,
      endsSubscription: true,
    });
    expect(considered(decision, 'R-TERM-1').applied).toBe(true);
  });

  it('R-TERM-1 the full refund "before activation" needs both a new subscription and no activation', () => {
    // Activated, but the order's period is unknown: nothing to compute, no full refund.
    const activated = decideRefund(
      request({ asOf: '2024-07-01', over: terminating, order: { period: null } }),
    );
    expect(activated.rules).not.toContain('R-TERM-1');
    expect(considered(activated, 'R-TERM-1')).toEqual({
      rule: 'R-TERM-1',
      applied: false,
      why: "the order's service period is not given, so the unused part cannot be computed",
    });
    // An added-seats order while the subscription is pending is not a new subscription.
    const notNew = decideRefund(
      request({
        asOf: '2024-01-01',
        kind: 'ADD_SEATS',
        over: terminating,
        order: { period: null },
        sub: { activatedOn: null, status: 'PENDING_ACTIVATION' },
      }),
    );
    expect(notNew.rules).not.toContain('R-TERM-1');
    expect(considered(notNew, 'R-TERM-1').applied).toBe(false);
  });
});

describe('R-REF-OUTAGE guards', () => {
  it('R-REF-OUTAGE only a claimed platform outage is refunded pro rata: 100 outage hours under another reason are not', () => {
    const claimed = decideRefund(
      request({
        asOf: '2024-07-01',
        over: { reason: 'PLATFORM_OUTAGE', outageHours: 100 },
        sub: { inUse: { domainVerified: true, adminCreated: true, memberAdded: true } },
      }),
    );
    expect(claimed.rules).toContain('R-REF-OUTAGE');
    const other = decideRefund(
      request({
        asOf: '2024-07-01',
        over: { reason: 'NO_REASON', outageHours: 100 },
        sub: { inUse: { domainVerified: true, adminCreated: true, memberAdded: true } },
      }),
    );
    expect(other.rules).not.toContain('R-REF-OUTAGE');
    expect(other.eligible).toBe(false);
    expect(considered(other, 'R-REF-OUTAGE')).toEqual({
      rule: 'R-REF-OUTAGE',
      applied: false,
      why: 'no platform outage claimed (reason NO_REASON)',
    });
  });
});

describe('R-REF-FEE R-REF-CAP the handling fee is refused outside 0–100 %', () => {
  const cancel = (bp: number) =>
    decideRefund(
      request({
        asOf: '2024-07-01',
        product: 'MEETING',
        over: { reason: 'USER_CANCELLATION', handlingFeeBasisPoints: bp },
      }),
    );

  it.each([-1, 10_001, 1.5, Number.NaN])(
    'R-REF-FEE %s basis points is an invalid request: nothing is refunded',
    (bp) => {
      const decision = cancel(bp);
      expect(decision).toMatchObject({ eligible: false, amount: 0, fee: 0, payout: 0 });
      expect(decision.refusal).toMatchObject({
        code: 'INVALID_INPUT',
        field: ['handlingFeeBasisPoints'],
      });
    },
  );

  it('R-REF-FEE R-REF-CAP the bounds themselves are allowed: 0 keeps nothing, 10,000 keeps everything and pays out 0', () => {
    const free = cancel(0);
    expect(free.eligible).toBe(true);
    expect(free.fee).toBe(0);
    expect(free.payout).toBe(free.amount);
    const all = cancel(10_000);
    expect(all.amount).toBeGreaterThan(0);
    expect(all.fee).toBe(all.amount);
    expect(all.payout).toBe(0);
  });
});

describe('R-REF-WINDOW the request and event instants are checked', () => {
  const onAsOf = startOfBusinessDate(d('2024-07-01'));
  const claim = (over: Partial<RefundInput>) =>
    decideRefund(
      request({
        asOf: '2024-07-01',
        product: 'MEETING',
        over: { reason: 'PLATFORM_OUTAGE', outageHours: 80, ...over },
      }),
    );

  it('R-REF-WINDOW requestedAt must fall on asOf (Asia/Shanghai)', () => {
    for (const requestedAt of [onAsOf - 1, onAsOf + 24 * HOUR, Number.NaN]) {
      const decision = claim({ requestedAt, eventAt: onAsOf - 10 * HOUR });
      expect(decision.refusal).toMatchObject({ code: 'INVALID_INPUT', field: ['requestedAt'] });
      expect(decision.amount).toBe(0);
    }
    expect(claim({ requestedAt: onAsOf, eventAt: onAsOf - 10 * HOUR }).refusal ?? null).toBeNull();
    const lastInstant = claim({ requestedAt: onAsOf + 24 * HOUR - 1, eventAt: onAsOf - 10 * HOUR });
    expect(lastInstant.refusal ?? null).toBeNull();
  });

  it('R-REF-WINDOW an event after the request, or not an instant, is refused', () => {
    const after = claim({ requestedAt: onAsOf + HOUR, eventAt: onAsOf + 2 * HOUR });
    expect(after.refusal).toMatchObject({ code: 'INVALID_INPUT', field: ['eventAt'] });
    const endless = claim({ requestedAt: onAsOf + HOUR, eventAt: Number.POSITIVE_INFINITY });
    expect(endless.refusal).toMatchObject({ code: 'INVALID_INPUT', field: ['eventAt'] });
  });

  it('R-REF-WINDOW 48 hours is in time, 48 hours and one millisecond is late', () => {
    const requestedAt = onAsOf + 12 * HOUR;
    const inTime = claim({ requestedAt, eventAt: requestedAt - 48 * HOUR });
    expect(inTime.rules).toContain('R-REF-OUTAGE');
    expect(considered(inTime, 'R-REF-WINDOW').applied).toBe(false);
    const late = claim({ requestedAt, eventAt: requestedAt - 48 * HOUR - 1 });
    expect(late.rules).not.toContain('R-REF-OUTAGE');
    expect(considered(late, 'R-REF-WINDOW')).toEqual({
      rule: 'R-REF-WINDOW',
      applied: true,
      why: 'filed 48 hours after the event, more than 48 hours',
    });
  });
});

describe('R-REF-DUPLICATE what the explanation shows as applied', () => {
  it('R-REF-DUPLICATE a duplicate payment is refunded in full and shown as applied; the service part is not asked for', () => {
    const decision = decideRefund(
      request({
        asOf: '2024-07-01',
        over: { reason: 'DUPLICATE_PAYMENT' },
        order: { paid: yuan(2400), duplicatePaid: yuan(1200) },
      }),
    );
    expect(decision).toMatchObject({ eligible: true, amount: yuan(1200), fee: 0 });
    expect(decision.endsSubscription).toBe(false);
    expect(decision.considered.map(({ rule, applied }) => [rule, applied])).toEqual([
      ['R-REF-VIOLATION', false],
      ['R-REF-DUPLICATE', true],
      ['R-REF-FEE', false],
      ['R-REF-CAP', false],
    ]);
  });

  it('R-REF-DUPLICATE a duplicate claim with nothing duplicated is shown as not applying, and why', () => {
    const decision = decideRefund(
      request({ asOf: '2024-07-01', over: { reason: 'DUPLICATE_PAYMENT' } }),
    );
    expect(decision.eligible).toBe(false);
    expect(considered(decision, 'R-REF-DUPLICATE')).toEqual({
      rule: 'R-REF-DUPLICATE',
      applied: false,
      why: 'no duplicate payment, overpayment or corrected wrong order to refund',
    });
  });
});
