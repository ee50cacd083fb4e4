import { fenParam, msg, renderMessage, type Message } from '../explain/messages.js';
import { assertFen, type Fen } from '../money/money.js';
import type { BusinessDate } from '../time/business-date.js';

export interface OrderCorrectionTextInput {
  /** The kind of the order corrected. */
  readonly kind: 'NEW_SUBSCRIPTION' | 'RENEWAL';
  /** The rules' price of the order the customer meant: its reason, and its message where it has one. */
  readonly corrected: { readonly reason: string; readonly reasonMessage?: Message };
  /** What was ordered, and what the corrected order costs (at most that). */
  readonly ordered: Fen;
  readonly correctedTotal: Fen;
  /** Where the subscription's period moved to, and where it ended before; null when it did not move. */
  readonly periodMoved: { readonly end: BusinessDate; readonly was: BusinessDate | null } | null;
}

export interface OrderCorrectionText {
  /** The correction's explanation: the corrected price and the difference refundable as ORDER_ERROR. */
  readonly explanation: string;
  /** The explanation as a message; null when the corrected reason has none (it stays English). */
  readonly explanationMessage: Message | null;
  /** The subscription history line of the correction. */
  readonly eventReason: string;
  readonly eventReasonMessage: Message | null;
}

/**
 * R-REF-DUPLICATE: the texts of a corrected order — its explanation ("Corrected: <the corrected
 * price>; ¥10,000.00 less than ordered, refundable as ORDER_ERROR") and the line of the
 * subscription's history. The corrected price's reason is nested as its message, so both are
 * written in the reader's language; a reason without a message is kept as English text, and
 * then no message is returned (a Chinese sentence around an English reason would be neither).
 */
export function orderCorrectionText(input: OrderCorrectionTextInput): OrderCorrectionText {
  const { corrected, periodMoved } = input;
  const reason = corrected.reasonMessage ?? corrected.reason;
  const explanation = msg('correction.explanation', {
    reason,
    amount: fenParam(assertFen(input.ordered - input.correctedTotal, 'correction difference')),
  });
  const event = msg('correction.event', {
    kind: input.kind,
    reason,
    period:
      periodMoved === null
        ? msg('state.none')
        : msg('correction.periodMoved', { end: periodMoved.end, was: String(periodMoved.was) }),
  });
  const translatable = corrected.reasonMessage !== undefined;
  return {
    explanation: renderMessage(explanation, 'en'),
    explanationMessage: translatable ? explanation : null,
    eventReason: renderMessage(event, 'en'),
    eventReasonMessage: translatable ? event : null,
  };
}
