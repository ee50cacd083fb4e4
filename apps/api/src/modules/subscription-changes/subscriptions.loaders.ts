import DataLoader from 'dataloader';
import type { DataSource } from 'typeorm';
import { byIdLoader, childList, groupBy, smallListLoader } from '../../graphql/batch.js';
import { OrderEntity } from '../orders/order.entity.js';
import { decisiveOrders } from '../orders/subscription-as-of.js';
import { SubscriptionEventEntity } from '../subscriptions/subscription-event.entity.js';
import { SubscriptionEntity } from '../subscriptions/subscription.entity.js';

/** Per-request loaders of the subscriptions module. */
export function subscriptionLoaders(db: DataSource, order: DataLoader<string, OrderEntity | null>) {
  const subscription = byIdLoader(db, SubscriptionEntity);
  return {
    subscription,
    /** Every subscription of an account (`Account.subscriptions`). */
    subscriptionsByAccount: smallListLoader(db, SubscriptionEntity, 'accountId'),
    /** `Account.subscriptionsConnection`: keyset pages by `(account_id, seq)`. */
    accountSubscriptions: childList(db, SubscriptionEntity, 'accountId', subscription),
    /** Every transition of a subscription: only the deprecated `Subscription.history` reads it. */
    eventsBySubscription: smallListLoader(db, SubscriptionEventEntity, 'subscriptionId'),
    /** `Subscription.historyConnection`: keyset pages by `(subscription_id, seq)`. */
    subscriptionEvents: childList(db, SubscriptionEventEntity, 'subscriptionId'),
    /**
     * The orders that decide a subscription's state (its opening order, and orders awaiting
     * payment): a bounded read, whatever the length of its history.
     */
    decisiveOrdersBySubscription: new DataLoader<string, OrderEntity[]>(async (ids) => {
      const rows = await decisiveOrders(db, ids);
      for (const row of rows) order.prime(row.id, row);
      return groupBy(rows, ids, (row) => row.subscriptionId);
    }),
  };
}
