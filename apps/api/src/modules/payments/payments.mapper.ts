import { money } from '../../graphql/money.type.js';
import { toGlobalId } from '../../graphql/node.js';
import type { PaymentEntity } from './payment.entity.js';
import { Payment, PaymentMethod, PaymentPurpose, PaymentStatus } from './payment.type.js';

export function toPayment(entity: PaymentEntity): Payment {
  return Object.assign(new Payment(), {
    id: toGlobalId('Payment', entity.id),
    entity,
    method: PaymentMethod[entity.method],
    purpose: PaymentPurpose[entity.purpose],
    amount: money(entity.amount),
    status: PaymentStatus[entity.status],
    paidAt: entity.paidAt,
    paidOn: entity.paidOn,
    duplicate: entity.duplicate,
    excess: money(entity.excess),
    refunded: money(entity.refunded),
    providerReference: entity.providerReference,
  });
}
