import type { DataSource } from 'typeorm';
import { byIdLoader, childList, smallListLoader } from '../../graphql/batch.js';
import { PaymentEntity } from './payment.entity.js';

/** Per-request loaders of the payments module. */
export function paymentLoaders(db: DataSource) {
  const payment = byIdLoader(db, PaymentEntity);
  return {
    payment,
    paymentsByOrder: smallListLoader(db, PaymentEntity, 'orderId'),
    /** `Account.payments`: keyset pages by `(account_id, seq)`. */
    accountPayments: childList(db, PaymentEntity, 'accountId', payment),
  };
}
