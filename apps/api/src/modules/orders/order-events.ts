import type { BusinessDate } from '@billing/domain';
import { toGlobalId } from '../../graphql/node.js';
import { instant, moneyData, ref, type BillingEventInput } from '../events/events.js';
import type { OrderEntity } from './order.entity.js';

/** An order as `Order` returns it (scalar fields, money, and `{ id }` of what it points at). */
export function orderData(order: OrderEntity): Record<string, unknown> {
  return {
    id: toGlobalId('Order', order.id),
    account: ref('Account', order.accountId),
    subscription: ref('Subscription', order.subscriptionId),
    kind: order.kind,
    status: order.status,
    orderDate: order.orderDate,
    years: order.years ?? null,
    seats: order.seats ?? null,
    periodStart: order.periodStart ?? null,
    periodEnd: order.periodEnd ?? null,
    paidOn: order.paidOn ?? null,
    fulfilmentDueOn: order.fulfilmentDueOn ?? null,
    total: moneyData(order.total),
    paid: moneyData(order.paid),
    outstanding: moneyData(Math.max(0, order.total - order.paid)),
    refunded: moneyData(order.refunded),
    rules: order.rules.map((id) => ({ id })),
    createdAt: instant(order.createdAt),
  };
}

/** An order's event. */
export function orderEvent(
  type: 'order.created' | 'order.paid' | 'order.fulfilled' | 'order.cancelled',
  order: OrderEntity,
  businessDate: BusinessDate,
): BillingEventInput {
  return {
    type,
    accountId: order.accountId,
    businessDate,
    objectType: 'Order',
    objectId: order.id,
    data: orderData(order),
  };
}
