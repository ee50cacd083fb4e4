import {
  PRC_CALENDAR,
  activationDueDate,
  boughtState,
  renewalFulfilmentDueDate,
  type BusinessDate,
} from '@billing/domain';
import type { EntityManager } from 'typeorm';
import { AccountEntity } from '../accounts/account.entity.js';
import type { Now } from '../clock/clock.js';
import { subscriptionEvent, type BillingEventInput } from '../events/events.js';
import { orderEvent } from './order-events.js';
import { applyPricedState, toPricedSubscription } from '../subscriptions/subscription-facts.js';
import { recordTransition } from '../subscriptions/subscription-events.js';
import { SubscriptionEntity } from '../subscriptions/subscription.entity.js';
import { OrderEntity } from './order.entity.js';

/**
 * What an order becomes once paid in full (R-PAY-2). A new subscription waits for activation
 * (R-OPEN-2) with its due date (R-OPEN-4); added seats, renewals and upgrades are fulfilled at
 * once by storing the pricing state the rules engine priced them with, and a renewal's due
 * date is recorded (R-RENEW-5). Changes `order` in memory (the caller stores it) and stores the
 * subscription. A caller that already holds the account's locked row or the subscription, read
 * in this transaction, passes them in `known` so they are not read again.
 *
 * Returns the billing events of the fulfilment, for the caller to record in its transaction
 * after its own (`order.paid`): `order.fulfilled`, and `subscription.renewed` for a renewal or
 * `subscription.seats_changed` when the seats held changed. Their subscription snapshot is read
 * when they are inserted, after the subscription stored here.
 */
export async function onPaidInFull(
  tx: EntityManager,
  order: OrderEntity,
  now: Now,
  known: {
    account?: { readonly verifiedOn: BusinessDate | null } | null;
    subscription?: SubscriptionEntity | null;
  } = {},
): Promise<BillingEventInput[]> {
  order.status = 'PAID';
  order.paidOn = now.today;
  if (order.kind === 'NEW_SUBSCRIPTION') {
    const account =
      known.account ??
      (await tx.getRepository(AccountEntity).findOneByOrFail({ id: order.accountId }));
    order.fulfilmentDueOn = activationDue(now.today, account.verifiedOn);
    // Fulfilled at activation (`activateSubscription`).
    return [];
  }
  if (order.kind === 'RENEWAL') {
    const due = renewalFulfilmentDueDate(PRC_CALENDAR, now.today);
    order.fulfilmentDueOn = due.ok ? due.date : null;
  }
  if (!order.subscriptionId) {
    order.status = 'FULFILLED';
    order.fulfilledOn = now.today;
    return [orderEvent('order.fulfilled', order, now.today)];
  }
  const sub =
    known.subscription?.id === order.subscriptionId
      ? known.subscription
      : await tx.getRepository(SubscriptionEntity).findOneByOrFail({ id: order.subscriptionId });
  // Read before the new state moves the period end (R-LIFE-2: grace from the period end).
  const wasInGrace = sub.periodEnd !== null && sub.periodEnd <= now.today;
  const seatsBefore = sub.seats;
  const next = order.pricing.subscription;
  if (next) applyPricedState(sub, boughtState(order, toPricedSubscription(sub), next));
  if (order.kind === 'RENEWAL' && order.periodEnd) {
    // R-RENEW-2: the new period continues from the previous period end, whenever paid; the
    // subscription's period becomes the renewed one, [previous end, new end). Its first start
    // stays readable as `activatedOn`.
    sub.periodStart = order.periodStart ?? sub.periodEnd;
    sub.periodEnd = order.periodEnd;
    const from = sub.status !== 'ACTIVE' ? sub.status : wasInGrace ? 'GRACE' : 'ACTIVE';
    // Every renewal is in the history with its new period, also when the status stays ACTIVE.
    await recordTransition(tx, {
      subscriptionId: sub.id,
      occurredAt: now.instant,
      effectiveOn: now.today,
      from,
      to: 'ACTIVE',
      cause: 'RENEWED',
      rules: from === 'ACTIVE' ? ['R-RENEW-2'] : ['R-RENEW-2', 'R-LIFE-2'],
      reason: `Renewed${wasInGrace ? ' in grace' : ''}: new period [${sub.periodStart}, ${order.periodEnd}), continuing from the previous period end (R-RENEW-2)`,
    });
    sub.status = 'ACTIVE';
  }
  // Every column fulfilment may change, written at once: `save` would read the row back first
  // to find the changed ones.
  await tx.getRepository(SubscriptionEntity).update(
    { id: sub.id },
    {
      status: sub.status,
      productCode: sub.productCode,
      planCode: sub.planCode,
      seats: sub.seats,
      periodStart: sub.periodStart,
      periodEnd: sub.periodEnd,
      legacyFirstRenewalUsed: sub.legacyFirstRenewalUsed,
      legacyAddSeatsUsed: sub.legacyAddSeatsUsed,
      lastPurchaseBookId: sub.lastPurchaseBookId,
      lastPurchaseTierMin: sub.lastPurchaseTierMin,
      lastPurchaseAnnualUnitPrice: sub.lastPurchaseAnnualUnitPrice,
      migration: sub.migration,
      legacySeats: sub.legacySeats,
      customUnitPrice: sub.customUnitPrice,
    },
  );
  order.status = 'FULFILLED';
  order.fulfilledOn = now.today;
  return [
    orderEvent('order.fulfilled', order, now.today),
    ...(order.kind === 'RENEWAL' && order.periodEnd
      ? [subscriptionEvent('subscription.renewed', sub, now.today)]
      : []),
    ...(sub.seats !== seatsBefore
      ? [subscriptionEvent('subscription.seats_changed', sub, now.today)]
      : []),
  ];
}

/** R-OPEN-4: 5 working days after the later of full payment and approved materials. */
export function activationDue(
  paidOn: BusinessDate | null,
  materialsApprovedOn: BusinessDate | null,
): BusinessDate | null {
  const due = activationDueDate(PRC_CALENDAR, { paidOn, materialsApprovedOn });
  return due.ok ? due.date : null;
}
