import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { yuan } from '../money/money.js';
import { PAYMENT_METHODS } from '../core/codes.js';
import { applyPayment, applyPaymentOnPaid, detectDuplicatePayment } from './payment-application.js';
import { checkPaymentRecord, refundDestination } from './payment-method.js';

describe('R-PAY-2 / R-PAY-3 classifying a payment against its order', () => {
  it('R-PAY-2 a partial payment accumulates and leaves the rest outstanding; the order is not paid in full', () => {
    expect(applyPayment(yuan(5000), [], yuan(2000))).toEqual({
      ok: true,
      classification: 'PARTIAL',
      duplicate: false,
      paidBefore: 0,
      appliedAmount: yuan(2000),
      refundableAmount: 0,
      paidAfter: yuan(2000),
      outstanding: yuan(3000),
      paidInFull: false,
      rules: ['R-PAY-2'],
      reason:
        'partial payment of ¥2,000.00: ¥2,000.00 of ¥5,000.00 paid, ¥3,000.00 outstanding; the order is fulfilled only when paid in full (R-PAY-2)',
      reasonMessage: expect.objectContaining({ key: 'payment.partial' }),
    });
    const second = applyPayment(yuan(5000), [yuan(2000)], yuan(1000));
    expect(second.ok && [second.classification, second.paidAfter, second.outstanding]).toEqual([
      'PARTIAL',
      yuan(3000),
      yuan(2000),
    ]);
  });

  it('R-PAY-2 the payment that reaches the total exactly completes the order', () => {
    const result = applyPayment(yuan(5000), [yuan(2000), yuan(1000)], yuan(2000));
    expect(result).toMatchObject({
      ok: true,
      classification: 'COMPLETES_ORDER',
      paidBefore: yuan(3000),
      appliedAmount: yuan(2000),
      refundableAmount: 0,
      paidAfter: yuan(5000),
      outstanding: 0,
      paidInFull: true,
      duplicate: false,
      rules: ['R-PAY-2'],
    });
    expect(result.ok && result.reason).toBe(
      'payment of ¥2,000.00 completes the order: ¥5,000.00 of ¥5,000.00 paid (R-PAY-2)',
    );
  });

  it('R-PAY-2 an overpayment completes the order and its excess is refundable (R-REF-DUPLICATE)', () => {
    const result = applyPayment(yuan(5000), [yuan(3000)], yuan(4000));
    expect(result).toMatchObject({
      ok: true,
      classification: 'OVERPAYMENT',
      duplicate: false,
      appliedAmount: yuan(2000),
      refundableAmount: yuan(2000),
      paidAfter: yuan(5000),
      outstanding: 0,
      paidInFull: true,
      rules: ['R-PAY-2', 'R-REF-DUPLICATE'],
    });
    expect(result.ok && result.reason).toBe(
      'payment of ¥4,000.00 overpays the order (¥5,000.00) by ¥2,000.00: ¥2,000.00 applied, ¥2,000.00 refundable in full (R-PAY-2, R-REF-DUPLICATE)',
    );
    // By one fen, on a first payment.
    const byOneFen = applyPayment(yuan(5000), [], yuan(5000) + 1);
    expect(byOneFen.ok && [byOneFen.classification, byOneFen.refundableAmount]).toEqual([
      'OVERPAYMENT',
      1,
    ]);
  });

  it('R-PAY-3 a second successful payment on an order already paid in full is a duplicate, refundable in full', () => {
    const result = applyPayment(yuan(5000), [yuan(5000)], yuan(5000));
    expect(result).toEqual({
      ok: true,
      classification: 'DUPLICATE',
      duplicate: true,
      paidBefore: yuan(5000),
      appliedAmount: 0,
      refundableAmount: yuan(5000),
      paidAfter: yuan(5000),
      outstanding: 0,
      paidInFull: true,
      rules: ['R-PAY-3', 'R-REF-DUPLICATE'],
      reason:
        'payment of ¥5,000.00 is a duplicate: the order (¥5,000.00) was already paid in full; ¥5,000.00 refundable in full (R-PAY-3, R-REF-DUPLICATE)',
      reasonMessage: expect.objectContaining({ key: 'payment.duplicate' }),
    });
    // Paid in full by several partial payments, then any amount is a duplicate.
    const afterParts = applyPayment(yuan(5000), [yuan(2000), yuan(3000)], 1);
    expect(afterParts.ok && [afterParts.classification, afterParts.refundableAmount]).toEqual([
      'DUPLICATE',
      1,
    ]);
  });

  it('R-PAY-3 detectDuplicatePayment: true once prior payments cover the total, false one fen short', () => {
    expect(detectDuplicatePayment(yuan(5000), [])).toBe(false);
    expect(detectDuplicatePayment(yuan(5000), [yuan(5000) - 1])).toBe(false);
    expect(detectDuplicatePayment(yuan(5000), [yuan(2000), yuan(3000)])).toBe(true);
    expect(detectDuplicatePayment(yuan(5000), [yuan(6000)])).toBe(true);
  });

  it('R-PAY-2 zero, negative or fractional amounts and totals are INVALID_INPUT', () => {
    const cases: Array<[number, number[], number, string]> = [
      [0, [], 100, 'orderTotal'],
      [-100, [], 100, 'orderTotal'],
      [100, [0], 100, 'priorPayments'],
      [100, [], 0, 'amount'],
      [100, [], -1, 'amount'],
      [100, [], 0.5, 'amount'],
    ];
    for (const [total, prior, amount, field] of cases) {
      const result = applyPayment(total, prior, amount);
      expect(result.ok).toBe(false);
      if (!result.ok) {
        expect(result.refusal.code).toBe('INVALID_INPUT');
        expect(result.refusal.field).toEqual([field]);
      }
    }
  });

  it('R-PAY-2 R-PAY-3 property: applied + refundable = payment; paid never exceeds the total; paidInFull ⇔ nothing outstanding', () => {
    const fen = fc.integer({ min: 1, max: 10_000_000 });
    fc.assert(
      fc.property(fen, fc.array(fen, { maxLength: 5 }), fen, (total, prior, amount) => {
        const result = applyPayment(total, prior, amount);
        if (!result.ok) return false;
        const priorSum = prior.reduce((a, b) => a + b, 0);
        return (
          result.appliedAmount + result.refundableAmount === amount &&
          result.paidAfter <= total &&
          result.outstanding === total - result.paidAfter &&
          result.paidInFull === (result.outstanding === 0) &&
          result.duplicate === priorSum >= total &&
          (result.classification === 'PARTIAL') === priorSum + amount < total
        );
      }),
    );
  });
});

describe('R-PAY-2 / R-PAY-3 classifying a payment against the amount already paid', () => {
  it('R-PAY-2 R-PAY-3 applyPaymentOnPaid with nothing paid before is applyPayment with no prior payments', () => {
    expect(applyPaymentOnPaid(yuan(5000), 0, yuan(2000))).toEqual(
      applyPayment(yuan(5000), [], yuan(2000)),
    );
    // A one-element list of 0 is refused by applyPayment (no payment is 0 fen): the sum form
    // is what a caller holding the running total passes.
    expect(applyPayment(yuan(5000), [0], yuan(2000)).ok).toBe(false);
  });

  it('R-PAY-3 a payment on an order whose paid sum already reaches the total is a duplicate', () => {
    const result = applyPaymentOnPaid(yuan(5000), yuan(5000), yuan(100));
    expect(result.ok && [result.classification, result.duplicate, result.refundableAmount]).toEqual(
      ['DUPLICATE', true, yuan(100)],
    );
  });

  it('R-PAY-2 a negative or fractional paid sum, or an invalid amount, is INVALID_INPUT', () => {
    const cases: Array<[number, number, number, string]> = [
      [100, -1, 100, 'paidBefore'],
      [100, 0.5, 100, 'paidBefore'],
      [100, 0, 0, 'amount'],
      [0, 0, 100, 'orderTotal'],
    ];
    for (const [total, paidBefore, amount, field] of cases) {
      const result = applyPaymentOnPaid(total, paidBefore, amount);
      expect(result.ok).toBe(false);
      if (!result.ok) {
        expect(result.refusal.code).toBe('INVALID_INPUT');
        expect(result.refusal.field).toEqual([field]);
      }
    }
  });

  it('R-PAY-2 R-PAY-3 property: the same classification as applyPayment over payments summing to the paid amount', () => {
    const fen = fc.integer({ min: 1, max: 10_000_000 });
    fc.assert(
      fc.property(fen, fc.array(fen, { maxLength: 5 }), fen, (total, prior, amount) => {
        const paidBefore = prior.reduce((a, b) => a + b, 0);
        expect(applyPaymentOnPaid(total, paidBefore, amount)).toEqual(
          applyPayment(total, prior, amount),
        );
      }),
    );
  });
});

describe('R-PAY-1 payment methods', () => {
  it('R-PAY-1 a payment keeps its method and the provider reference', () => {
    expect(
      checkPaymentRecord({
        amount: yuan(3000),
        method: 'ALIPAY',
        providerReference: ' 2024092722001 ',
      }),
    ).toEqual({
      ok: true,
      payment: { amount: yuan(3000), method: 'ALIPAY', providerReference: '2024092722001' },
      rules: ['R-PAY-1'],
      reason: '¥3,000.00 paid by ALIPAY, reference 2024092722001 (R-PAY-1)',
    });
  });

  it('R-PAY-1 an unknown method, a missing reference or a non-positive amount is refused', () => {
    const unknown = checkPaymentRecord({ amount: 100, method: 'PAYPAL', providerReference: 'x' });
    expect(!unknown.ok && unknown.refusal.field).toEqual(['method']);
    const noRef = checkPaymentRecord({ amount: 100, method: 'BANK_CARD', providerReference: '  ' });
    expect(!noRef.ok && noRef.refusal.field).toEqual(['providerReference']);
    const zero = checkPaymentRecord({ amount: 0, method: 'BANK_CARD', providerReference: 'x' });
    expect(!zero.ok && zero.refusal.code).toBe('INVALID_INPUT');
  });

  it('R-PAY-1 R-REF-PAYOUT a refund goes back to the paying method, for every method', () => {
    for (const method of PAYMENT_METHODS) expect(refundDestination(method)).toBe(method);
    expect(refundDestination('WECHAT_PAY')).toBe('WECHAT_PAY');
    expect(refundDestination('BALANCE')).toBe('BALANCE');
  });
});
