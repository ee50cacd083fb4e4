import type { DataSource } from 'typeorm';
import { byIdLoader, childList, smallListLoader } from '../../graphql/batch.js';
import { RefundEntity } from './refund.entity.js';

/** Per-request loaders of the refunds module. */
export function refundLoaders(db: DataSource) {
  const refund = byIdLoader(db, RefundEntity);
  return {
    refund,
    refundsByOrder: smallListLoader(db, RefundEntity, 'orderId'),
    /** `Account.refunds`: keyset pages by `(account_id, seq)`. */
    accountRefunds: childList(db, RefundEntity, 'accountId', refund),
  };
}
