import type { BusinessDate, Fen } from '@billing/domain';
import { toGlobalId } from '../../graphql/node.js';
import { instant, moneyData, ref } from '../events/events.js';
import type { PaymentEntity } from './payment.entity.js';

/** A payment as `Payment` returns it. */
export function paymentData(payment: {
  id: string;
  accountId: string;
  orderId: string | null;
  purpose: PaymentEntity['purpose'];
  method: PaymentEntity['method'];
  amount: Fen;
  status: PaymentEntity['status'];
  paidAt: Date;
  paidOn: BusinessDate;
  duplicate: boolean;
  excess: Fen;
  refunded: Fen;
  providerReference: string | null;
}): Record<string, unknown> {
  return {
    id: toGlobalId('Payment', payment.id),
    account: ref('Account', payment.accountId),
    order: ref('Order', payment.orderId),
    method: payment.method,
    purpose: payment.purpose,
    amount: moneyData(payment.amount),
    status: payment.status,
    paidAt: instant(payment.paidAt),
    paidOn: payment.paidOn,
    duplicate: payment.duplicate,
    excess: moneyData(payment.excess),
    refunded: moneyData(payment.refunded),
    providerReference: payment.providerReference ?? null,
  };
}
