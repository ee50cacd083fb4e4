import { assertFen, formatCny, type Fen } from '../money/money.js';
import type { RuleId } from '../explain/rules.js';
import { fenParam, msg, type Message } from '../explain/messages.js';
import { refuse, type Outcome } from '../explain/results.js';

/**
 * How a successful payment counts against its order (R-PAY-2, R-PAY-3):
 * - `PARTIAL`: accumulates, the order is still not paid in full;
 * - `COMPLETES_ORDER`: brings the total paid exactly to the order total;
 * - `OVERPAYMENT`: completes the order and exceeds it; the excess is refundable (R-REF-DUPLICATE);
 * - `DUPLICATE`: the order was already paid in full; the whole payment is refundable.
 */
export type PaymentClassification = 'PARTIAL' | 'COMPLETES_ORDER' | 'OVERPAYMENT' | 'DUPLICATE';

export interface PaymentApplication {
  readonly classification: PaymentClassification;
  /** R-PAY-3: flagged on the payment; the API's `Payment.duplicate`. */
  readonly duplicate: boolean;
  /** Paid toward the order before this payment (capped at the total). */
  readonly paidBefore: Fen;
  /** The part of this payment that counts toward the order. */
  readonly appliedAmount: Fen;
  /** The part of this payment to refund in full (overpayment excess or the whole duplicate). */
  readonly refundableAmount: Fen;
  /** Paid toward the order after this payment (never above the total). */
  readonly paidAfter: Fen;
  readonly outstanding: Fen;
  /** R-PAY-2: the order may be fulfilled only when true. */
  readonly paidInFull: boolean;
  readonly rules: RuleId[];
  readonly reason: string;
  /** `reason` as a message, to be written in the caller's language. */
  readonly reasonMessage: Message;
}

function checkAmounts(orderTotal: Fen, priorPayments: readonly Fen[], amount?: Fen) {
  if (!Number.isSafeInteger(orderTotal) || orderTotal <= 0) {
    return refuse(
      'INVALID_INPUT',
      msg('payment.orderTotal', { got: orderTotal }),
      ['R-PAY-2', 'R-MONEY-1'],
      ['orderTotal'],
    );
  }
  for (const prior of priorPayments) {
    if (!Number.isSafeInteger(prior) || prior <= 0) {
      return refuse(
        'INVALID_INPUT',
        msg('payment.prior', { got: prior }),
        ['R-PAY-2', 'R-MONEY-1'],
        ['priorPayments'],
      );
    }
  }
  if (amount !== undefined && (!Number.isSafeInteger(amount) || amount <= 0)) {
    return refuse(
      'INVALID_INPUT',
      msg('payment.amount', { got: amount }),
      ['R-PAY-2', 'R-MONEY-1'],
      ['amount'],
    );
  }
  return null;
}

function sumPrior(priorPayments: readonly Fen[]): Fen {
  let total = 0;
  for (const prior of priorPayments) total += prior;
  return assertFen(total, 'total of prior payments');
}

/**
 * R-PAY-3: whether any further successful payment on this order would be a duplicate, i.e. the
 * prior successful payments already cover the order total.
 */
export function detectDuplicatePayment(orderTotal: Fen, priorPayments: readonly Fen[]): boolean {
  return sumPrior(priorPayments) >= orderTotal;
}

/**
 * R-PAY-2 / R-PAY-3: classifies a new successful payment of `amount` on an order of
 * `orderTotal`, given the amounts of its prior successful payments.
 * Example: order 5,000 CNY, prior [3,000 CNY], new 4,000 CNY → OVERPAYMENT, 2,000 applied,
 * 2,000 refundable, paid in full.
 */
export function applyPayment(
  orderTotal: Fen,
  priorPayments: readonly Fen[],
  amount: Fen,
): Outcome<PaymentApplication> {
  const invalid = checkAmounts(orderTotal, priorPayments, amount);
  if (invalid) return invalid;
  return applyPaymentOnPaid(orderTotal, sumPrior(priorPayments), amount);
}

/**
 * R-PAY-2 / R-PAY-3: `applyPayment` given what the prior successful payments sum to (an
 * order's running `paid` total) rather than the payments themselves: only their sum decides
 * the classification, so a caller that keeps the sum need not read every payment again.
 * `paidBefore` is 0 before any payment; a negative or fractional sum is refused.
 * Example: order 5,000 CNY, 3,000 CNY paid before, new 4,000 CNY → OVERPAYMENT, 2,000
 * applied, 2,000 refundable, paid in full (the same as `applyPayment` with [3,000 CNY]).
 */
export function applyPaymentOnPaid(
  orderTotal: Fen,
  paidBefore: Fen,
  amount: Fen,
): Outcome<PaymentApplication> {
  const invalid = checkAmounts(orderTotal, [], amount);
  if (invalid) return invalid;
  if (!Number.isSafeInteger(paidBefore) || paidBefore < 0) {
    return refuse(
      'INVALID_INPUT',
      msg('payment.paidBefore', { got: paidBefore }),
      ['R-PAY-2', 'R-MONEY-1'],
      ['paidBefore'],
    );
  }
  const priorTotal = paidBefore;
  const total = formatCny(orderTotal);
  const paid = formatCny(amount);
  if (priorTotal >= orderTotal) {
    return {
      ok: true,
      classification: 'DUPLICATE',
      duplicate: true,
      paidBefore: orderTotal,
      appliedAmount: 0,
      refundableAmount: amount,
      paidAfter: orderTotal,
      outstanding: 0,
      paidInFull: true,
      rules: ['R-PAY-3', 'R-REF-DUPLICATE'],
      reason: `payment of ${paid} is a duplicate: the order (${total}) was already paid in full; ${paid} refundable in full (R-PAY-3, R-REF-DUPLICATE)`,
      reasonMessage: msg('payment.duplicate', {
        paid: fenParam(amount),
        total: fenParam(orderTotal),
      }),
    };
  }
  const reached = assertFen(priorTotal + amount);
  if (reached < orderTotal) {
    const outstanding = orderTotal - reached;
    return {
      ok: true,
      classification: 'PARTIAL',
      duplicate: false,
      paidBefore: priorTotal,
      appliedAmount: amount,
      refundableAmount: 0,
      paidAfter: reached,
      outstanding,
      paidInFull: false,
      rules: ['R-PAY-2'],
      reason: `partial payment of ${paid}: ${formatCny(reached)} of ${total} paid, ${formatCny(outstanding)} outstanding; the order is fulfilled only when paid in full (R-PAY-2)`,
      reasonMessage: msg('payment.partial', {
        paid: fenParam(amount),
        reached: fenParam(reached),
        total: fenParam(orderTotal),
        outstanding: fenParam(outstanding),
      }),
    };
  }
  const applied = orderTotal - priorTotal;
  if (reached === orderTotal) {
    return {
      ok: true,
      classification: 'COMPLETES_ORDER',
      duplicate: false,
      paidBefore: priorTotal,
      appliedAmount: applied,
      refundableAmount: 0,
      paidAfter: orderTotal,
      outstanding: 0,
      paidInFull: true,
      rules: ['R-PAY-2'],
      reason: `payment of ${paid} completes the order: ${total} of ${total} paid (R-PAY-2)`,
      reasonMessage: msg('payment.completes', {
        paid: fenParam(amount),
        total: fenParam(orderTotal),
      }),
    };
  }
  const excess = reached - orderTotal;
  return {
    ok: true,
    classification: 'OVERPAYMENT',
    duplicate: false,
    paidBefore: priorTotal,
    appliedAmount: applied,
    refundableAmount: excess,
    paidAfter: orderTotal,
    outstanding: 0,
    paidInFull: true,
    rules: ['R-PAY-2', 'R-REF-DUPLICATE'],
    reason: `payment of ${paid} overpays the order (${total}) by ${formatCny(excess)}: ${formatCny(applied)} applied, ${formatCny(excess)} refundable in full (R-PAY-2, R-REF-DUPLICATE)`,
    reasonMessage: msg('payment.overpays', {
      paid: fenParam(amount),
      total: fenParam(orderTotal),
      excess: fenParam(excess),
      applied: fenParam(applied),
    }),
  };
}
