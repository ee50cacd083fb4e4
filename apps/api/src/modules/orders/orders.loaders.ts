import type { DataSource } from 'typeorm';
import { byIdLoader, childList, smallListLoader } from '../../graphql/batch.js';
import { OrderLineEntity } from './order-line.entity.js';
import { OrderEntity } from './order.entity.js';

/** Per-request loaders of the orders module. */
export function orderLoaders(db: DataSource) {
  const order = byIdLoader(db, OrderEntity);
  return {
    order,
    /** `Account.orders`: keyset pages by `(account_id, seq)`. */
    accountOrders: childList(db, OrderEntity, 'accountId', order),
    /** `Subscription.ordersConnection`: keyset pages by `(subscription_id, seq)`. */
    subscriptionOrders: childList(db, OrderEntity, 'subscriptionId', order),
    /** Every order of a subscription: only the deprecated `Subscription.orders` list reads it. */
    ordersBySubscription: smallListLoader(db, OrderEntity, 'subscriptionId'),
    linesByOrder: smallListLoader(db, OrderLineEntity, 'orderId', 'position'),
  };
}
