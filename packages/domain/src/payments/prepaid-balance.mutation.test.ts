import { describe, expect, it } from 'vitest';
import { yuan } from '../money/money.js';
import { applyBalanceDebit, applyBalanceTopUp } from './prepaid-balance.js';
import { inEnglish } from '../test-support/refusal-english.js';

/** Refusals of the prepaid balance that a wrong rule would slip past (found by mutation testing). */

describe('R-PAY-4 invalid balances and amounts are refused, naming the value and the rules', () => {
  it('R-PAY-4 R-MONEY-1 a balance below 0 or not whole is INVALID_STATE, for a debit and a top-up', () => {
    for (const balance of [-1, 0.5, Number.NaN]) {
      const expected = {
        ok: false,
        refusal: {
          code: 'INVALID_STATE',
          message: `a prepaid balance is a whole number of fen ≥ 0, got ${balance}: ask an operator to check the account's balance (R-PAY-4)`,
          rules: ['R-PAY-4', 'R-MONEY-1'],
          field: ['balance'],
        },
      };
      expect(inEnglish(applyBalanceDebit(balance, 1)), String(balance)).toEqual(expected);
      expect(inEnglish(applyBalanceTopUp(balance, 1)), String(balance)).toEqual(expected);
    }
  });

  it('R-PAY-4 a balance of 0 can be topped up', () => {
    const result = applyBalanceTopUp(0, yuan(10));
    expect(result.ok && result.balanceAfter).toBe(yuan(10));
  });

  it('R-PAY-4 R-MONEY-1 a payment from the balance that is not a positive whole number of fen', () => {
    for (const amount of [0, -100, 0.5]) {
      expect(inEnglish(applyBalanceDebit(yuan(100), amount)), String(amount)).toEqual({
        ok: false,
        refusal: {
          code: 'INVALID_INPUT',
          message: `a payment from the balance must be a positive whole number of fen, got ${amount} (R-PAY-4, R-MONEY-1)`,
          rules: ['R-PAY-4', 'R-MONEY-1'],
          field: ['amount'],
        },
      });
    }
  });

  it('R-PAY-4 R-MONEY-1 a top-up that is not a positive whole number of fen', () => {
    for (const amount of [0, -100, 0.5]) {
      expect(inEnglish(applyBalanceTopUp(yuan(100), amount)), String(amount)).toEqual({
        ok: false,
        refusal: {
          code: 'INVALID_INPUT',
          message: `a top-up must be a positive whole number of fen, got ${amount} (R-PAY-4, R-MONEY-1)`,
          rules: ['R-PAY-4', 'R-MONEY-1'],
          field: ['amount'],
        },
      });
    }
  });

  it('R-PAY-4 the shortfall is stated as the difference between the payment and the balance', () => {
    const result = applyBalanceDebit(yuan(100), yuan(250));
    expect(!result.ok && result.refusal.message).toContain(
      'the balance of ¥100.00 does not cover ¥250.00 (¥150.00 short)',
    );
  });
});

describe('R-MONEY-1 a balance beyond exact integers is never rounded', () => {
  it('R-MONEY-1 a top-up past the safe-integer range stops with an error naming the balance', () => {
    expect(() => applyBalanceTopUp(Number.MAX_SAFE_INTEGER - 1, 10)).toThrow(
      /^balance must be a whole number of fen/,
    );
  });
});
