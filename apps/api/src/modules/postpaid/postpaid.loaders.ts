import type { DataSource } from 'typeorm';
import { childList } from '../../graphql/batch.js';
import { PostpaidBillEntity } from './postpaid-bill.entity.js';

/** Per-request loaders of the postpaid module. */
export function postpaidLoaders(db: DataSource) {
  return {
    /** `Account.postpaidBills`: keyset pages by `(account_id, seq)`. */
    accountPostpaidBills: childList(db, PostpaidBillEntity, 'accountId'),
  };
}
