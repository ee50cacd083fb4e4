import { describe, expect, it } from 'vitest';
import { startOfBusinessDate } from '../time/business-date.js';
import { decideInEnglish as decideRefund } from '../test-support/refund-english.js';
import {
  d,
  HOUR,
  eqqRequest,
  meetingRequest,
  exmailRequest,
  at,
  why,
  request,
  considered,
  USED,
} from '../test-support/refund-requests.js';
import type { RefundInput } from './refund-types.js';

/**
 * R-REF-OUTAGE: an outage of more than 72 consecutive hours, the unused part pro rata; R-REF-WINDOW for a
 * Meeting claim (`decideOutageRefund`).
 * One clause of `decideServicePart` in refund-decision.ts, decided through `decideRefund`.
 */

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
