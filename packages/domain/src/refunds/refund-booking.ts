import type { OrderStatus } from '../core/codes.js';
import type { Fen } from '../money/money.js';

/** What one payment gives back of an approved refund, and how much of that was excess credit. */
export interface RefundBookingPart {
  readonly amount: Fen;
  /** Money paid beyond the order's total (a duplicate or overpayment, R-PAY-3) in `amount`. */
  readonly excess: Fen;
}

/** A line of the refund's journal entry: revenue and credit given back, payable, fee kept. */
export interface RefundJournalLine {
  readonly ledger: 'revenue' | 'customer_credit' | 'refunds_payable' | 'fee_income';
  readonly amount: Fen;
}

/** What an approved refund does to its order and to the books. */
export interface RefundBooking {
  /** The order's refunded total after this refund. */
  readonly orderRefunded: Fen;
  /** The order's status after it. */
  readonly orderStatus: OrderStatus;
  /** The journal entry: its lines sum to zero. */
  readonly journal: readonly RefundJournalLine[];
}

/**
 * Books an approved refund on its order and in the journal, whoever approved it:
 * - R-REF-CAP: the amount comes off what was paid (the order's refunded total never passes its
 *   paid total: the database holds that as a last line of defence);
 * - the order is REFUNDED once everything paid is back, PARTIALLY_REFUNDED when the refund gives
 *   back some of the order's price; a refund of excess credit only (R-PAY-3: a duplicate or an
 *   overpayment) leaves the order as it was;
 * - the journal moves revenue (and excess credit) to refunds payable and keeps the handling fee
 *   as income (R-REF-FEE); the payout is what the customer receives (R-REF-PAYOUT).
 */
export function refundBooking(
  order: { readonly paid: Fen; readonly refunded: Fen; readonly status: OrderStatus },
  refund: { readonly amount: Fen; readonly fee: Fen; readonly payout: Fen },
  parts: readonly RefundBookingPart[],
): RefundBooking {
  const orderRefunded = order.refunded + refund.amount;
  const orderStatus =
    orderRefunded >= order.paid
      ? 'REFUNDED'
      : parts.some((part) => part.amount > part.excess)
        ? 'PARTIALLY_REFUNDED'
        : order.status;
  const excess = parts.reduce((sum, part) => sum + part.excess, 0);
  return {
    orderRefunded,
    orderStatus,
    journal: [
      { ledger: 'revenue', amount: refund.amount - excess },
      { ledger: 'customer_credit', amount: excess },
      { ledger: 'refunds_payable', amount: credit(refund.payout) },
      { ledger: 'fee_income', amount: credit(refund.fee) },
    ],
  };
}

/** An amount on the credit side (negative): 0 stays 0, never -0. */
function credit(fen: Fen): Fen {
  return fen === 0 ? 0 : -fen;
}
