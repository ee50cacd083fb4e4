import { assertFen, formatCny, type Fen } from '../money/money.js';
import type { RuleId } from '../explain/rules.js';
import { refuse, type Outcome } from '../explain/results.js';
import { fenParam, msg, type Message } from '../explain/messages.js';

export interface BalanceChange {
  readonly balanceBefore: Fen;
  readonly balanceAfter: Fen;
  readonly rules: RuleId[];
  readonly reason: string;
  /** `reason` as a message, to be written in the caller's language. */
  readonly reasonMessage: Message;
}

function checkBalanceAndAmount(balance: Fen, amount: Fen, what: string) {
  if (!Number.isSafeInteger(balance) || balance < 0) {
    return refuse(
      'INVALID_STATE',
      msg('balance.invalid', { got: balance }),
      ['R-PAY-4', 'R-MONEY-1'],
      ['balance'],
    );
  }
  if (!Number.isSafeInteger(amount) || amount <= 0) {
    return refuse(
      'INVALID_INPUT',
      msg('balance.amount', { use: what === 'top-up' ? 'topUp' : 'debit', got: amount }),
      ['R-PAY-4', 'R-MONEY-1'],
      ['amount'],
    );
  }
  return null;
}

/**
 * R-PAY-4: pays `amount` from the prepaid balance. Refused with INSUFFICIENT_BALANCE when the
 * balance is short: the balance never goes negative and a purchase is never part-paid from it.
 */
export function applyBalanceDebit(balance: Fen, amount: Fen): Outcome<BalanceChange> {
  const invalid = checkBalanceAndAmount(balance, amount, 'payment from the balance');
  if (invalid) return invalid;
  if (amount > balance) {
    return refuse(
      'INSUFFICIENT_BALANCE',
      msg('refusal.balance', {
        balance: fenParam(balance),
        amount: fenParam(amount),
        short: fenParam(amount - balance),
      }),
      ['R-PAY-4'],
      ['amount'],
    );
  }
  const balanceAfter = balance - amount;
  return {
    ok: true,
    balanceBefore: balance,
    balanceAfter,
    rules: ['R-PAY-4'],
    reason: `${formatCny(amount)} paid from the balance: ${formatCny(balance)} → ${formatCny(balanceAfter)} (R-PAY-4)`,
    reasonMessage: msg('balance.debit', {
      amount: fenParam(amount),
      before: fenParam(balance),
      after: fenParam(balanceAfter),
    }),
  };
}

/** R-PAY-4: tops the prepaid balance up by a positive amount. */
export function applyBalanceTopUp(balance: Fen, amount: Fen): Outcome<BalanceChange> {
  const invalid = checkBalanceAndAmount(balance, amount, 'top-up');
  if (invalid) return invalid;
  const balanceAfter = assertFen(balance + amount, 'balance');
  return {
    ok: true,
    balanceBefore: balance,
    balanceAfter,
    rules: ['R-PAY-4'],
    reason: `balance topped up by ${formatCny(amount)}: ${formatCny(balance)} → ${formatCny(balanceAfter)} (R-PAY-4)`,
    reasonMessage: msg('balance.topUp', {
      amount: fenParam(amount),
      before: fenParam(balance),
      after: fenParam(balanceAfter),
    }),
  };
}
