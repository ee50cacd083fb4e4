import { subscriptionState, type SubscriptionLifecycleState } from '@billing/domain';
import type { Context } from '../../context.js';
import { toLifecycleSubscription } from './subscription-facts.js';
import type { SubscriptionEntity } from './subscription.entity.js';

const memo = new WeakMap<SubscriptionEntity, Promise<SubscriptionLifecycleState>>();

/**
 * The subscription's state today (its account's clock), decided by the lifecycle rules from
 * its dates and events: a stored status is never trusted over the dates (R-LIFE-1..5).
 */
export function lifecycleOf(
  sub: SubscriptionEntity,
  ctx: Context,
): Promise<SubscriptionLifecycleState> {
  let state = memo.get(sub);
  if (!state) {
    state = (async () => {
      const [now, catalog, account, orders] = await Promise.all([
        ctx.loaders.now.load(sub.accountId),
        ctx.loaders.catalog(),
        ctx.loaders.account.load(sub.accountId),
        ctx.loaders.decisiveOrdersBySubscription.load(sub.id),
      ]);
      const opening = orders.find((order) => order.kind === 'NEW_SUBSCRIPTION');
      return subscriptionState(
        toLifecycleSubscription(sub, catalog, {
          paidInFull: !!opening && opening.paid >= opening.total,
          materialsApproved: account?.verificationStatus === 'APPROVED',
        }),
        now.today,
      );
    })();
    memo.set(sub, state);
  }
  return state;
}
