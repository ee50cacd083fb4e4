import { describe, expect, it } from 'vitest';
import { decideInEnglish as decideRefund } from '../test-support/refund-english.js';
import { eqqRequest, meetingRequest, NEXT, why } from '../test-support/refund-requests.js';

/**
 * R-REF-CANCEL: a Meeting cancelled during its term, the unused part pro rata (`decideCancellation`).
 * One clause of `decideServicePart` in refund-decision.ts, decided through `decideRefund`.
 */

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

describe('R-REF-CANCEL not applying leaves the refusal to R-REF-OTHERWISE, with its reason', () => {
  it('R-REF-CANCEL R-REF-OTHERWISE on the period end (2025-03-15) the refusal says the term ended', () => {
    const decision = decideRefund(meetingRequest('2025-03-15', {}, {}, { status: 'GRACE' }));
    expect(decision.rules).toEqual(['R-REF-OTHERWISE']);
    expect(decision.explanation).toBe(
      `Not refundable (R-REF-OTHERWISE): the 7-day window closed on 2024-03-22, requested 2025-03-15; no login-blocking defect claimed (reason NO_REASON); the term ended on 2025-03-15: nothing unused${NEXT}`,
    );
  });
});
