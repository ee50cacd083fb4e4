import { describe, expect, it } from 'vitest';
import { yuan } from '../money/money.js';
import { decideInEnglish as decideRefund } from '../test-support/refund-english.js';
import { d, eqqRequest, why, request, considered } from '../test-support/refund-requests.js';
import type { RefundInput } from './refund-types.js';

/**
 * R-TERM-1: the provider ends the agreement without cause (`decideProviderTermination`).
 * One clause of `decideServicePart` in refund-decision.ts, decided through `decideRefund`.
 */

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
