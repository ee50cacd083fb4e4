import { inCallerLanguage } from '../../locale.js';
import { toGlobalId } from '../../graphql/node.js';
import { isOpenEnded } from '../subscriptions/subscription-facts.js';
import { ruleRefs } from '../../graphql/explain.type.js';
import { Subscription } from '../subscriptions/subscription.type.js';
import type { SubscriptionEntity } from '../subscriptions/subscription.entity.js';
import type { OrderEntity } from './order.entity.js';
import { Order, OrderKind, OrderStatus } from './order.type.js';

export function toOrder(entity: OrderEntity): Order {
  return Object.assign(new Order(), {
    id: toGlobalId('Order', entity.id),
    entity,
    kind: OrderKind[entity.kind],
    status: OrderStatus[entity.status],
    orderDate: entity.orderDate,
    years: entity.years,
    seats: entity.seats,
    periodStart: entity.periodStart,
    periodEnd: entity.periodEnd,
    paidOn: entity.paidOn,
    fulfilmentDueOn: entity.fulfilmentDueOn,
    explanation: inCallerLanguage(entity.explanation, entity.explanationMessage),
    rules: ruleRefs(entity.rules),
    createdAt: entity.createdAt,
  });
}

export function toSubscription(entity: SubscriptionEntity): Subscription {
  return Object.assign(new Subscription(), {
    id: toGlobalId('Subscription', entity.id),
    entity,
    seats: entity.seats,
    legacySeats: entity.legacySeats,
    enterpriseNumber: entity.enterpriseNumber,
    openedOn: entity.openedOn,
    activatedOn: entity.activatedOn,
    currentPeriodStart: entity.periodStart,
    currentPeriodEnd: entity.periodEnd,
    openEnded: isOpenEnded(entity),
  });
}
