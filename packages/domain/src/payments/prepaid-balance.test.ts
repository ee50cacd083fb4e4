import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { yuan } from '../money/money.js';
import { applyBalanceDebit, applyBalanceTopUp } from './prepaid-balance.js';

describe('R-PAY-4 prepaid balance', () => {
  it('R-PAY-4 a purchase the balance covers is paid from it', () => {
    expect(applyBalanceDebit(yuan(5000), yuan(3000))).toEqual({
      ok: true,
      balanceBefore: yuan(5000),
      balanceAfter: yuan(2000),
      rules: ['R-PAY-4'],
      reason: '¥3,000.00 paid from the balance: ¥5,000.00 → ¥2,000.00 (R-PAY-4)',
      reasonMessage: expect.objectContaining({ key: 'balance.debit' }),
    });
  });

  it('R-PAY-4 paying exactly the whole balance leaves 0', () => {
    const result = applyBalanceDebit(yuan(3000), yuan(3000));
    expect(result.ok && result.balanceAfter).toBe(0);
  });

  it('R-PAY-4 one fen more than the balance is refused with INSUFFICIENT_BALANCE; the balance never goes negative', () => {
    const result = applyBalanceDebit(yuan(3000), yuan(3000) + 1);
    expect(result).toEqual({
      ok: false,
      refusal: {
        code: 'INSUFFICIENT_BALANCE',
        message:
          'the balance of ¥3,000.00 does not cover ¥3,000.01 (¥0.01 short), and it can never go negative: top up the balance with topUpBalance first, or pay another way (R-PAY-4)',
        text: {
          key: 'refusal.balance',
          params: {
            balance: { fen: yuan(3000) },
            amount: { fen: yuan(3000) + 1 },
            short: { fen: 1 },
          },
        },
        rules: ['R-PAY-4'],
        field: ['amount'],
      },
    });
    const empty = applyBalanceDebit(0, 1);
    expect(!empty.ok && empty.refusal.code).toBe('INSUFFICIENT_BALANCE');
  });

  it('R-PAY-4 zero, negative or fractional amounts are INVALID_INPUT; a negative balance is INVALID_STATE', () => {
    for (const amount of [0, -100, 0.5]) {
      const debit = applyBalanceDebit(yuan(100), amount);
      expect(!debit.ok && debit.refusal.code).toBe('INVALID_INPUT');
      const topUp = applyBalanceTopUp(yuan(100), amount);
      expect(!topUp.ok && topUp.refusal.code).toBe('INVALID_INPUT');
    }
    const negative = applyBalanceDebit(-1, 1);
    expect(!negative.ok && negative.refusal.code).toBe('INVALID_STATE');
  });

  it('R-PAY-4 a top-up adds a positive amount to the balance', () => {
    expect(applyBalanceTopUp(yuan(100), 50_050)).toEqual({
      ok: true,
      balanceBefore: yuan(100),
      balanceAfter: 60_050,
      rules: ['R-PAY-4'],
      reason: 'balance topped up by ¥500.50: ¥100.00 → ¥600.50 (R-PAY-4)',
      reasonMessage: expect.objectContaining({ key: 'balance.topUp' }),
    });
  });

  it('R-PAY-4 property: any sequence of top-ups and debits keeps the balance ≥ 0 and refuses only what it cannot cover', () => {
    const op = fc.record({ topUp: fc.boolean(), amount: fc.integer({ min: 1, max: 1_000_000 }) });
    fc.assert(
      fc.property(fc.array(op, { maxLength: 30 }), (ops) => {
        let balance = 0;
        for (const { topUp, amount } of ops) {
          const result = topUp
            ? applyBalanceTopUp(balance, amount)
            : applyBalanceDebit(balance, amount);
          if (result.ok) {
            if (result.balanceAfter !== balance + (topUp ? amount : -amount)) return false;
            balance = result.balanceAfter;
          } else if (topUp || result.refusal.code !== 'INSUFFICIENT_BALANCE' || amount <= balance) {
            return false;
          }
          if (balance < 0) return false;
        }
        return true;
      }),
    );
  });
});
