import { describe, expect, it } from 'vitest';
import { yuan } from '../money/money.js';
import { decideInEnglish as decideRefund } from '../test-support/refund-english.js';
import { d, eqqRequest, why } from '../test-support/refund-requests.js';

/**
 * R-REF-NONREF, R-RENEW-4: renewals, value-added services and added seats are not refundable (`decideNonRefundableOrder`).
 * One clause of `decideServicePart` in refund-decision.ts, decided through `decideRefund`.
 */

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
