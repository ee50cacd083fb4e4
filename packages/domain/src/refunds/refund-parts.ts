import type { PaymentMethod } from '../core/codes.js';
import type { Fen } from '../money/money.js';

/** A successful payment of the order, as far as splitting a refund over payments needs it. */
export interface RefundablePayment {
  readonly id: string;
  readonly method: PaymentMethod;
  readonly providerReference: string | null;
  readonly amount: Fen;
  /** Already refunded from this payment. */
  readonly refunded: Fen;
  /** Paid again on an order already paid in full (R-PAY-3): all of it is excess. */
  readonly duplicate: boolean;
  /** What this payment paid beyond the order's total (an overpayment). */
  readonly excess: Fen;
}

/** The share of a refund one payment gives back. */
export interface RefundShare {
  readonly paymentId: string;
  readonly method: PaymentMethod;
  readonly providerReference: string | null;
  /** Gross amount taken from the payment. */
  readonly amount: Fen;
  /** The part of `amount` that was excess credit (duplicates, overpayments). */
  readonly excess: Fen;
  /** What goes back to the payment's method: `amount` less its share of the fee. */
  readonly payout: Fen;
}

/**
 * Splits a refund's gross `amount` over the order's successful payments, so each part goes back
 * to the payment it came from (R-REF-PAYOUT). The engine grants excess money first (duplicate
 * payments, then overpayments, R-REF-DUPLICATE) and the service after; the parts follow the same
 * order: duplicate payments, then the excess of overpaying payments, then what is left of each
 * payment in the order they were made. The handling fee (R-REF-FEE, only ever charged on a
 * pro-rata service refund) is kept from the service shares, last part first.
 * Returns null when the payments cannot cover the amount (R-REF-CAP would be broken).
 */
export function refundParts(
  payments: readonly RefundablePayment[],
  amount: Fen,
  fee: Fen,
): RefundShare[] | null {
  const open = new Map(payments.map((p) => [p.id, p.amount - p.refunded]));
  const taken = new Map<string, { amount: Fen; excess: Fen }>();
  let remaining = amount;
  const take = (payment: RefundablePayment, limit: Fen, isExcess: boolean) => {
    const n = Math.min(remaining, limit, open.get(payment.id) ?? 0);
    if (n <= 0) return;
    open.set(payment.id, (open.get(payment.id) ?? 0) - n);
    remaining -= n;
    const share = taken.get(payment.id) ?? { amount: 0, excess: 0 };
    share.amount += n;
    if (isExcess) share.excess += n;
    taken.set(payment.id, share);
  };
  for (const p of payments) if (p.duplicate) take(p, p.amount, true);
  for (const p of payments)
    if (!p.duplicate && p.excess > p.refunded) take(p, p.excess - p.refunded, true);
  for (const p of payments) take(p, p.amount, false);
  if (remaining > 0) return null;

  const parts = payments
    .filter((p) => taken.has(p.id))
    .map((p) => {
      const share = taken.get(p.id)!;
      return {
        paymentId: p.id,
        method: p.method,
        providerReference: p.providerReference,
        amount: share.amount,
        excess: share.excess,
        payout: share.amount,
      };
    });
  let feeLeft = fee;
  for (let i = parts.length - 1; i >= 0 && feeLeft > 0; i--) {
    const part = parts[i]!;
    const cut = Math.min(feeLeft, part.amount - part.excess);
    part.payout -= cut;
    feeLeft -= cut;
  }
  for (let i = parts.length - 1; i >= 0 && feeLeft > 0; i--) {
    const part = parts[i]!;
    const cut = Math.min(feeLeft, part.payout);
    part.payout -= cut;
    feeLeft -= cut;
  }
  return parts;
}

/** The method most of the refund goes back to (the `method` shown for the refund). */
export function principalMethod(
  parts: readonly { readonly amount: Fen; readonly method: PaymentMethod }[],
): PaymentMethod | null {
  let best: { readonly amount: Fen; readonly method: PaymentMethod } | null = null;
  for (const part of parts) if (!best || part.amount > best.amount) best = part;
  return best?.method ?? null;
}
