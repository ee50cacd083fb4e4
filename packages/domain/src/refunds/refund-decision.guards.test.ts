import { describe, expect, it } from 'vitest';
import { yuan } from '../money/money.js';
import { startOfBusinessDate } from '../time/business-date.js';
import { decideInEnglish as decideRefund } from '../test-support/refund-english.js';
import { d, HOUR, request, considered } from '../test-support/refund-requests.js';
import type { RefundInput } from './refund-types.js';

/**
 * The guards of section 8 that a wrong rule would slip past: each test here fails when one
 * condition of a rule is weakened, inverted or dropped (found by mutation testing). The guards of
 * the service part's clauses are in the clause's own file (refund-decision.<clause>.test.ts).
 */

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
