import { msg } from '../explain/messages.js';
import { formatCny, type Fen } from '../money/money.js';
import type { RuleId } from '../explain/rules.js';
import { refuse, type Outcome } from '../explain/results.js';
import { PAYMENT_METHODS, type PaymentMethod } from '../core/codes.js';

/** R-PAY-1: a payment keeps its method and the provider's reference (card, Alipay, … or ledger entry). */
export interface PaymentRecord {
  readonly amount: Fen;
  readonly method: PaymentMethod;
  readonly providerReference: string;
}

export function isPaymentMethod(value: string): value is PaymentMethod {
  return (PAYMENT_METHODS as readonly string[]).includes(value);
}

/**
 * R-PAY-1: validates a payment as received from a gateway or the balance ledger: a known
 * method, a positive whole amount of fen and a non-empty provider reference.
 */
export function checkPaymentRecord(input: {
  readonly amount: Fen;
  readonly method: string;
  readonly providerReference: string;
}): Outcome<{ payment: PaymentRecord; rules: RuleId[]; reason: string }> {
  if (!isPaymentMethod(input.method)) {
    return refuse(
      'INVALID_INPUT',
      msg('payment.method', { method: input.method, known: PAYMENT_METHODS.join(', ') }),
      ['R-PAY-1'],
      ['method'],
    );
  }
  if (!Number.isSafeInteger(input.amount) || input.amount <= 0) {
    return refuse(
      'INVALID_INPUT',
      msg('payment.amountMethod', { got: input.amount }),
      ['R-PAY-1', 'R-MONEY-1'],
      ['amount'],
    );
  }
  const providerReference = input.providerReference.trim();
  if (providerReference === '') {
    return refuse('INVALID_INPUT', msg('payment.reference'), ['R-PAY-1'], ['providerReference']);
  }
  return {
    ok: true,
    payment: { amount: input.amount, method: input.method, providerReference },
    rules: ['R-PAY-1'],
    reason: `${formatCny(input.amount)} paid by ${input.method}, reference ${providerReference} (R-PAY-1)`,
  };
}

/**
 * R-PAY-1 / R-REF-PAYOUT: a refund goes back to the method that paid — card to the same card,
 * Alipay to Alipay, WeChat Pay to WeChat Pay, wallet or balance to itself.
 */
export function refundDestination(method: PaymentMethod): PaymentMethod {
  return method;
}
