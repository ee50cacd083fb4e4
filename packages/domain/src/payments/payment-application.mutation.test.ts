import { describe, expect, it } from 'vitest';
import { yuan } from '../money/money.js';
import { applyPayment, applyPaymentOnPaid, detectDuplicatePayment } from './payment-application.js';
import { inEnglish } from '../test-support/refusal-english.js';

/** Refusals and edge cases of payment classification that a wrong rule would slip past (found by mutation testing). */

describe('R-PAY-2 invalid amounts are refused, naming the amount and the rules', () => {
  it('R-PAY-2 R-MONEY-1 an order total that is not a positive whole number of fen', () => {
    for (const total of [0, -100, 0.5, Number.NaN]) {
      expect(inEnglish(applyPayment(total, [], 100)), String(total)).toEqual({
        ok: false,
        refusal: {
          code: 'INVALID_INPUT',
          message: `the order total must be a positive whole number of fen, got ${total} (R-MONEY-1)`,
          rules: ['R-PAY-2', 'R-MONEY-1'],
          field: ['orderTotal'],
        },
      });
    }
  });

  it('R-PAY-2 R-MONEY-1 a prior payment that is not a positive whole number of fen, wherever it is in the list', () => {
    for (const prior of [0, -1, 1.5]) {
      expect(inEnglish(applyPayment(yuan(50), [yuan(10), prior], 100)), String(prior)).toEqual({
        ok: false,
        refusal: {
          code: 'INVALID_INPUT',
          message: `a prior payment must be a positive whole number of fen, got ${prior} (R-MONEY-1)`,
          rules: ['R-PAY-2', 'R-MONEY-1'],
          field: ['priorPayments'],
        },
      });
    }
  });

  it('R-PAY-2 R-MONEY-1 a payment that is not a positive whole number of fen', () => {
    for (const amount of [0, -1, 0.5]) {
      expect(inEnglish(applyPayment(yuan(50), [], amount)), String(amount)).toEqual({
        ok: false,
        refusal: {
          code: 'INVALID_INPUT',
          message: `a payment must be a positive whole number of fen, got ${amount} (R-MONEY-1)`,
          rules: ['R-PAY-2', 'R-MONEY-1'],
          field: ['amount'],
        },
      });
      expect(applyPaymentOnPaid(yuan(50), 0, amount).ok).toBe(false);
    }
  });

  it('R-PAY-2 R-MONEY-1 a paid sum that is negative or not whole; 0 is allowed', () => {
    for (const paidBefore of [-1, 0.5, Number.NaN]) {
      expect(inEnglish(applyPaymentOnPaid(yuan(50), paidBefore, 100)), String(paidBefore)).toEqual({
        ok: false,
        refusal: {
          code: 'INVALID_INPUT',
          message: `the amount paid before must be a whole number of fen, 0 or more, got ${paidBefore} (R-MONEY-1)`,
          rules: ['R-PAY-2', 'R-MONEY-1'],
          field: ['paidBefore'],
        },
      });
    }
    expect(applyPaymentOnPaid(yuan(50), 0, 100).ok).toBe(true);
  });

  it('R-PAY-2 R-MONEY-1 the order total is checked in the paid-sum form too', () => {
    const result = applyPaymentOnPaid(-5, 0, 100);
    expect(!result.ok && result.refusal.message).toBe(
      'the order total must be a positive whole number of fen, got -5 (R-MONEY-1)',
    );
  });
});

describe('R-PAY-3 duplicates after an overpaid order', () => {
  it('R-PAY-3 paid before is capped at the order total when earlier payments exceeded it', () => {
    const result = applyPayment(yuan(5000), [yuan(6000)], yuan(100));
    expect(result).toMatchObject({
      ok: true,
      classification: 'DUPLICATE',
      paidBefore: yuan(5000),
      paidAfter: yuan(5000),
      appliedAmount: 0,
      refundableAmount: yuan(100),
    });
  });

  it('R-PAY-3 detectDuplicatePayment: prior payments exactly at the total are a duplicate trigger', () => {
    expect(detectDuplicatePayment(yuan(5000), [yuan(5000)])).toBe(true);
    expect(detectDuplicatePayment(1, [1])).toBe(true);
  });
});

describe('R-PAY-2 one fen either side of the total', () => {
  it('R-PAY-2 one fen short is partial with 1 fen outstanding; exactly the total completes', () => {
    const short = applyPaymentOnPaid(yuan(50), yuan(20), yuan(30) - 1);
    expect(short.ok && [short.classification, short.outstanding, short.paidInFull]).toEqual([
      'PARTIAL',
      1,
      false,
    ]);
    const exact = applyPaymentOnPaid(yuan(50), yuan(20), yuan(30));
    expect(exact.ok && [exact.classification, exact.appliedAmount, exact.refundableAmount]).toEqual(
      ['COMPLETES_ORDER', yuan(30), 0],
    );
  });
});

describe('R-MONEY-1 sums beyond exact integers are never rounded', () => {
  it('R-MONEY-1 prior payments summing past the safe-integer range stop with an error naming the sum', () => {
    const big = Number.MAX_SAFE_INTEGER - 1;
    expect(() => applyPayment(yuan(50), [big, big], 1)).toThrow(
      'total of prior payments must be a whole number of fen',
    );
  });
});
