import { toGlobalId } from '../../graphql/node.js';
import { isOpenEnded } from '../subscriptions/subscription-facts.js';
import { Subscription } from '../subscriptions/subscription.type.js';
import type { SubscriptionEntity } from '../subscriptions/subscription.entity.js';
import type { OrderEntity } from './order.entity.js';
import { Order } from './order.type.js';

export function toOrder(entity: OrderEntity): Order {
  return Object.assign(new Order(), { id: toGlobalId('Order', entity.id), entity });
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
