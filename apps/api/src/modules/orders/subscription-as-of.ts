import {
  checkSeatLimits,
  findPlan,
  findProduct,
  msg,
  renderMessage,
  subscriptionState,
  type BusinessDate,
  type Catalog,
  type LifecycleSubscription,
  type PricedSubscription,
  type Refusal,
  type SubscriptionLifecycleState,
} from '@billing/domain';
import { DataSource, type EntityManager } from 'typeorm';
import { selectRows, type Queryable } from '../../db/queryable.js';
import { entitySource } from '../../graphql/keyset.js';
import { AccountEntity } from '../accounts/account.entity.js';
import { OrderEntity } from './order.entity.js';
import {
  toLifecycleSubscription,
  toPricedSubscription,
} from '../subscriptions/subscription-facts.js';
import type { SubscriptionEntity } from '../subscriptions/subscription.entity.js';

/** Orders of a subscription placed but not yet paid in full: they weigh on the next purchase. */
export interface PendingOrders {
  /** Seats of ADD_SEATS orders awaiting payment: reserved against `maxSeats` (R-SEAT-1, R-CAT-3). */
  readonly addedSeats: number;
  /** An add-seat order awaiting payment was priced with the one R-LEGACY-2 purchase. */
  readonly legacyAddSeatsReserved: boolean;
  /** A RENEWAL order awaiting payment (one at a time: each pays for the same next period). */
  readonly renewalOrderId: string | null;
}

/** A stored subscription as the rules see it on one date. */
export interface SubscriptionAsOf {
  readonly lifecycle: LifecycleSubscription;
  readonly state: SubscriptionLifecycleState;
  /**
   * The pricing view: the status is the lifecycle's on that date (a stored status is never
   * trusted over the dates), and an R-LEGACY-2 right reserved by a pending order counts as used.
   */
  readonly priced: PricedSubscription;
  readonly pending: PendingOrders;
}

/**
 * The only orders a subscription's state depends on: its opening order (paid in full or not)
 * and its orders awaiting payment (reserved seats, a pending renewal). A partial index keeps
 * this a bounded read however many orders the subscription has had.
 */
export async function decisiveOrders(
  db: Queryable,
  subscriptionIds: readonly string[],
): Promise<OrderEntity[]> {
  // Hand-written: read on every page that shows a subscription's status.
  const orders = entitySource(db instanceof DataSource ? db : db.connection, OrderEntity);
  const rows = await selectRows(
    db,
    `SELECT ${orders.columns} FROM ${orders.table} t
      WHERE t.subscription_id = ANY($1::uuid[])
        AND (t.kind = 'NEW_SUBSCRIPTION' OR t.status = 'AWAITING_PAYMENT')
      ORDER BY t.seq`,
    [[...subscriptionIds]],
  );
  return rows.map((raw) => orders.hydrate(raw));
}

export function pendingOrders(orders: readonly OrderEntity[]): PendingOrders {
  const awaiting = orders.filter((order) => order.status === 'AWAITING_PAYMENT');
  const addSeats = awaiting.filter((order) => order.kind === 'ADD_SEATS');
  return {
    addedSeats: addSeats.reduce((sum, order) => sum + (order.seats ?? 0), 0),
    legacyAddSeatsReserved: addSeats.some((order) => order.rules.includes('R-LEGACY-2')),
    renewalOrderId: awaiting.find((order) => order.kind === 'RENEWAL')?.id ?? null,
  };
}

export function subscriptionAsOf(
  sub: SubscriptionEntity,
  facts: {
    catalog: Catalog;
    orders: readonly OrderEntity[];
    materialsApproved: boolean;
    date: BusinessDate;
  },
): SubscriptionAsOf {
  const opening = facts.orders.find((order) => order.kind === 'NEW_SUBSCRIPTION');
  const lifecycle = toLifecycleSubscription(sub, facts.catalog, {
    paidInFull: !!opening && opening.paid >= opening.total,
    materialsApproved: facts.materialsApproved,
  });
  const state = subscriptionState(lifecycle, facts.date);
  const pending = pendingOrders(facts.orders);
  const stored = toPricedSubscription(sub);
  const priced: PricedSubscription = {
    ...stored,
    status: state.status,
    legacy: pending.legacyAddSeatsReserved
      ? { ...stored.legacy, addSeatPurchaseUsed: true }
      : stored.legacy,
  };
  return { lifecycle, state, priced, pending };
}

/** Reads what `subscriptionAsOf` needs inside the caller's transaction (under the account lock). */
export async function readSubscriptionAsOf(
  tx: EntityManager,
  sub: SubscriptionEntity,
  catalog: Catalog,
  date: BusinessDate,
  /** The account's verification, when the caller already holds its row (read in `tx`). */
  known: { readonly verificationStatus: AccountEntity['verificationStatus'] } | null = null,
): Promise<SubscriptionAsOf> {
  const [orders, account] = [
    await decisiveOrders(tx, [sub.id]),
    known ?? (await tx.getRepository(AccountEntity).findOneByOrFail({ id: sub.accountId })),
  ];
  return subscriptionAsOf(sub, {
    catalog,
    orders,
    materialsApproved: account.verificationStatus === 'APPROVED',
    date,
  });
}

/**
 * Decision (R-SEAT-1, R-CAT-3 under concurrency): seats of add-seat orders awaiting payment are
 * reserved, so the seats held + the seats ordered + this request must respect `maxSeats`; no
 * set of orders that can all be paid ever passes the limit. The domain prices the request on
 * the seats held (a pending order may never be paid) and decides the limit (`checkSeatLimits`).
 */
export function reservedSeatsRefusal(
  catalog: Catalog,
  current: SubscriptionAsOf,
  newTotalSeats: number,
): Refusal | null {
  const reserved = current.pending.addedSeats;
  if (reserved === 0) return null;
  const product = findProduct(catalog, current.priced.productCode);
  const plan = product ? findPlan(product, current.priced.planCode) : undefined;
  if (!plan) return null;
  const limit = checkSeatLimits(plan, newTotalSeats + reserved);
  if (limit.ok) return null;
  // The plan's limit, written after the seats reserved, in the caller's language too.
  const text = msg('api.seats.reserved', {
    reserved,
    total: newTotalSeats,
    limit: limit.refusal.text ?? limit.refusal.message,
  });
  return {
    ...limit.refusal,
    rules: ['R-SEAT-1', ...limit.refusal.rules],
    message: renderMessage(text, 'en'),
    text,
  };
}

/** One renewal order at a time: two would both pay for the same next period (R-RENEW-2). */
export function pendingRenewalRefusal(current: SubscriptionAsOf): Refusal | null {
  if (!current.pending.renewalOrderId) return null;
  return {
    code: 'INVALID_STATE',
    message:
      'A renewal order for this subscription is already awaiting payment: pay it, it renews from the previous period end (R-RENEW-2)',
    text: msg('api.renewal.pending'),
    rules: ['R-RENEW-2'],
  };
}
