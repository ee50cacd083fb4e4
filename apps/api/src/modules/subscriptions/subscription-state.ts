import { inCallerLanguage } from '../../locale.js';
import { subscriptionState, type SubscriptionLifecycleState } from '@billing/domain';
import type { Context } from '../../context.js';
import { toLifecycleSubscription } from './subscription-facts.js';
import type { SubscriptionEntity } from './subscription.entity.js';

/** A subscription's state without the wording of its reason, which `lifecycleReasonOf` gives. */
export type LifecycleFacts = Omit<SubscriptionLifecycleState, 'reason'>;

const memo = new WeakMap<SubscriptionEntity, Promise<SubscriptionLifecycleState>>();

/**
 * Payment and approved materials decide nothing but the wording of a pending subscription's
 * reason (R-OPEN-2; the domain's property test holds it so). The state is computed without
 * them, so a status, its dates and entitlements read no orders, whatever the history's length.
 */
const FACTS_READ_FOR_THE_REASON_ONLY = { paidInFull: false, materialsApproved: false };

/**
 * The subscription's state today (its account's clock), decided by the lifecycle rules from
 * its dates and events: a stored status is never trusted over the dates (R-LIFE-1, R-LIFE-2,
 * R-LIFE-3, R-LIFE-4, R-LIFE-5).
 */
export function lifecycleOf(sub: SubscriptionEntity, ctx: Context): Promise<LifecycleFacts> {
  return stateOf(sub, ctx);
}

/** The state with the reason worded as if unpaid and unapproved: `lifecycleReasonOf` rewords it. */
function stateOf(sub: SubscriptionEntity, ctx: Context): Promise<SubscriptionLifecycleState> {
  let state = memo.get(sub);
  if (!state) {
    state = (async () => {
      const [now, catalog] = await Promise.all([
        ctx.loaders.now.load(sub.accountId),
        ctx.loaders.catalog(),
      ]);
      return subscriptionState(
        toLifecycleSubscription(sub, catalog, FACTS_READ_FOR_THE_REASON_ONLY),
        now.today,
      );
    })();
    memo.set(sub, state);
  }
  return state;
}

/**
 * Why the subscription is in its state, with rule ids. Only a pending subscription's reason
 * reads its opening order and the account's materials (R-OPEN-2): a bounded read.
 */
export async function lifecycleReasonOf(sub: SubscriptionEntity, ctx: Context): Promise<string> {
  const state = await stateOf(sub, ctx);
  if (state.status !== 'PENDING_ACTIVATION')
    return inCallerLanguage(state.reason, state.reasonMessage);
  const [now, catalog, account, orders] = await Promise.all([
    ctx.loaders.now.load(sub.accountId),
    ctx.loaders.catalog(),
    ctx.loaders.account.load(sub.accountId),
    ctx.loaders.decisiveOrdersBySubscription.load(sub.id),
  ]);
  const opening = orders.find((order) => order.kind === 'NEW_SUBSCRIPTION');
  const pending = subscriptionState(
    toLifecycleSubscription(sub, catalog, {
      paidInFull: !!opening && opening.paid >= opening.total,
      materialsApproved: account?.verificationStatus === 'APPROVED',
    }),
    now.today,
  );
  return inCallerLanguage(pending.reason, pending.reasonMessage);
}
