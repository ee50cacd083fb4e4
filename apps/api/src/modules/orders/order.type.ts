import { Field, ID, Int, ObjectType, registerEnumType } from 'type-graphql';
import { Connection } from '../../graphql/connection.js';
import { RuleRef } from '../../graphql/explain.type.js';
import { Node } from '../../graphql/node.js';
import { DateScalar, DateTimeScalar } from '../../graphql/scalars.js';
import type { OrderEntity } from './order.entity.js';

export enum OrderKind {
  NEW_SUBSCRIPTION = 'NEW_SUBSCRIPTION',
  ADD_SEATS = 'ADD_SEATS',
  RENEWAL = 'RENEWAL',
  VALUE_ADDED = 'VALUE_ADDED',
  UPGRADE = 'UPGRADE',
}
registerEnumType(OrderKind, { name: 'OrderKind' });

export enum OrderStatus {
  AWAITING_PAYMENT = 'AWAITING_PAYMENT',
  PAID = 'PAID',
  FULFILLED = 'FULFILLED',
  CANCELLED = 'CANCELLED',
  REFUNDED = 'REFUNDED',
  PARTIALLY_REFUNDED = 'PARTIALLY_REFUNDED',
}
registerEnumType(OrderStatus, { name: 'OrderStatus' });

@ObjectType({
  implements: Node,
  description: 'An order: what was bought, priced line by line with rule ids.',
})
export class Order extends Node {
  @Field(() => ID)
  declare id: string;

  entity!: OrderEntity;

  @Field(() => OrderKind)
  kind!: OrderKind;

  @Field(() => OrderStatus)
  status!: OrderStatus;

  @Field(() => DateScalar, { description: 'The business date the order was priced on (R-CAT-1).' })
  orderDate!: string;

  @Field(() => Int, { nullable: true })
  years!: number | null;

  @Field(() => Int, { nullable: true, description: 'Seats bought (added seats for ADD_SEATS).' })
  seats!: number | null;

  @Field(() => DateScalar, {
    nullable: true,
    description: 'Start of the period this order pays for.',
  })
  periodStart!: string | null;

  @Field(() => DateScalar, {
    nullable: true,
    description: 'Exclusive end of the period this order pays for.',
  })
  periodEnd!: string | null;

  @Field(() => DateScalar, { nullable: true, description: 'The day the order was paid in full.' })
  paidOn!: string | null;

  @Field(() => DateScalar, {
    nullable: true,
    description: 'The date fulfilment is due by: activation (R-OPEN-4) or renewal (R-RENEW-5).',
  })
  fulfilmentDueOn!: string | null;

  @Field(() => String, {
    description: 'One line a customer can read: why the total is what it is.',
  })
  explanation!: string;

  @Field(() => [RuleRef])
  rules!: RuleRef[];

  @Field(() => DateTimeScalar)
  createdAt!: Date;
}

export const OrderConnection = Connection(Order, 'Order');
export type OrderConnection = InstanceType<typeof OrderConnection>;
