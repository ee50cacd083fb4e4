import {
  PRC_CALENDAR,
  activationDueDate,
  renewalFulfilmentDueDate,
  type BusinessDate,
  type PricedSubscription,
} from '@billing/domain';
import type { EntityManager } from 'typeorm';
import { AccountEntity } from '../accounts/account.entity.js';
import type { Now } from '../clock/clock.js';
import { applyPricedState } from '../subscriptions/subscription-facts.js';
import { recordTransition } from '../subscriptions/subscription-events.js';
import { SubscriptionEntity } from '../subscriptions/subscription.entity.js';
import { OrderEntity } from './order.entity.js';

/**
 * What an order becomes once paid in full (R-PAY-2). A new subscription waits for activation
 * (R-OPEN-2) with its due date (R-OPEN-4); added seats, renewals and upgrades are fulfilled at
 * once by storing the pricing state the rules engine priced them with, and a renewal's due
 * date is recorded (R-RENEW-5).
 */
export async function onPaidInFull(tx: EntityManager, order: OrderEntity, now: Now): Promise<void> {
  order.status = 'PAID';
  order.paidOn = now.today;
  if (order.kind === 'NEW_SUBSCRIPTION') {
    const account = await tx.getRepository(AccountEntity).findOneByOrFail({ id: order.accountId });
    order.fulfilmentDueOn = activationDue(now.today, account.verifiedOn);
    return;
  }
  if (order.kind === 'RENEWAL') {
    const due = renewalFulfilmentDueDate(PRC_CALENDAR, now.today);
    order.fulfilmentDueOn = due.ok ? due.date : null;
  }
  if (!order.subscriptionId) {
    order.status = 'FULFILLED';
    order.fulfilledOn = now.today;
    return;
  }
  const sub = await tx.getRepository(SubscriptionEntity).findOneByOrFail({ id: order.subscriptionId });
  const next = (order.pricing as { subscription?: PricedSubscription }).subscription;
  if (next) applyPricedState(sub, next);
  if (order.kind === 'RENEWAL' && order.periodEnd) {
    // R-RENEW-2: the new period continues from the previous period end, whenever paid.
    const wasInGrace = sub.periodEnd !== null && sub.periodEnd <= now.today;
    sub.periodEnd = order.periodEnd;
    if (sub.status !== 'ACTIVE') {
      await recordTransition(tx, {
        subscriptionId: sub.id,
        occurredAt: now.instant,
        effectiveOn: now.today,
        from: sub.status,
        to: 'ACTIVE',
        cause: 'RENEWED',
        rules: ['R-RENEW-2', 'R-LIFE-2'],
        reason: `Renewed${wasInGrace ? ' in grace' : ''}: the period continues to ${order.periodEnd} (R-RENEW-2)`,
      });
      sub.status = 'ACTIVE';
    }
  }
  await tx.getRepository(SubscriptionEntity).save(sub);
  order.status = 'FULFILLED';
  order.fulfilledOn = now.today;
}

/** R-OPEN-4: 5 working days after the later of full payment and approved materials. */
export function activationDue(paidOn: BusinessDate | null, materialsApprovedOn: BusinessDate | null): BusinessDate | null {
  const due = activationDueDate(PRC_CALENDAR, { paidOn, materialsApprovedOn });
  return due.ok ? due.date : null;
}
