import { describe, expect, it } from 'vitest';
import { yuan } from '../money/money.js';
import { decideInEnglish as decideRefund } from '../test-support/refund-english.js';
import { request, considered, NEXT } from '../test-support/refund-requests.js';

/**
 * The fee, cap and explanation of `finish`: each test fails when one condition or message there
 * is changed (found by mutation testing). The clauses of the service part are tested in their
 * own files (refund-decision.<clause>.test.ts).
 */

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
