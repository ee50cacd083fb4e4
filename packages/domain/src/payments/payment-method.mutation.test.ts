import { describe, expect, it } from 'vitest';
import { PAYMENT_METHODS } from '../core/codes.js';
import { checkPaymentRecord } from './payment-method.js';
import { inEnglish } from '../test-support/refusal-english.js';

/** Refusals of a payment record that a wrong rule would slip past (found by mutation testing). */
describe('R-PAY-1 a payment record is refused with its reason, rules and field', () => {
  it('R-PAY-1 an unknown method is refused, listing the known methods', () => {
    expect(
      inEnglish(checkPaymentRecord({ amount: 10_000, method: 'CASH', providerReference: 'r-1' })),
    ).toEqual({
      ok: false,
      refusal: {
        code: 'INVALID_INPUT',
        message: `unknown payment method "CASH"; expected one of ${PAYMENT_METHODS.join(', ')} (R-PAY-1)`,
        rules: ['R-PAY-1'],
        field: ['method'],
      },
    });
    const listed = checkPaymentRecord({ amount: 1, method: 'x', providerReference: 'r' });
    expect(!listed.ok && listed.refusal.message).toContain('BANK_CARD, ALIPAY, WECHAT_PAY');
  });

  it('R-PAY-1 R-MONEY-1 an amount that is not a positive whole number of fen is refused', () => {
    expect(
      inEnglish(checkPaymentRecord({ amount: 0, method: 'ALIPAY', providerReference: 'r-1' })),
    ).toEqual({
      ok: false,
      refusal: {
        code: 'INVALID_INPUT',
        message: 'a payment must be a positive whole number of fen, got 0 (R-PAY-1, R-MONEY-1)',
        rules: ['R-PAY-1', 'R-MONEY-1'],
        field: ['amount'],
      },
    });
  });

  it('R-PAY-1 a blank provider reference is refused', () => {
    expect(
      inEnglish(checkPaymentRecord({ amount: 10_000, method: 'ALIPAY', providerReference: '   ' })),
    ).toEqual({
      ok: false,
      refusal: {
        code: 'INVALID_INPUT',
        message: 'a payment must keep the provider’s reference (R-PAY-1)',
        rules: ['R-PAY-1'],
        field: ['providerReference'],
      },
    });
  });
});
