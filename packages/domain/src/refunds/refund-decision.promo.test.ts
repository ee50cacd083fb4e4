import { describe, expect, it } from 'vitest';
import { decideInEnglish as decideRefund } from '../test-support/refund-english.js';
import { d, eqqRequest, why } from '../test-support/refund-requests.js';

/**
 * R-REF-PROMO: a promotion whose terms allow no refund (`blockingPromotion`, `refuseUnderPromotion`).
 * One clause of `decideServicePart` in refund-decision.ts, decided through `decideRefund`.
 */

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
