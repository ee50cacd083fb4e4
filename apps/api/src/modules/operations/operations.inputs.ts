import type { BusinessDate } from '@billing/domain';
import { Field, ID, InputType, Int, ObjectType } from 'type-graphql';
import { DateScalar } from '../../graphql/scalars.js';
import { UserError } from '../../graphql/user-error.js';
import { Order } from '../orders/order.type.js';
import { Subscription } from '../subscriptions/subscription.type.js';
import { TerminationNotice } from './operations.type.js';

@InputType()
export class CorrectOrderInput {
  @Field(() => ID, { description: 'A paid NEW_SUBSCRIPTION or RENEWAL order.' })
  orderId!: string;

  @Field(() => Int, {
    nullable: true,
    description: 'The years the customer meant (default: the order’s).',
  })
  years?: number | null;

  @Field(() => Int, {
    nullable: true,
    description: 'The seats the customer meant (default: the order’s; a renewal keeps its seats).',
  })
  seats?: number | null;

  @Field(() => String, { description: 'What the customer meant to order, and how it was shown.' })
  note!: string;

  @Field(() => String)
  idempotencyKey!: string;
}

@ObjectType()
export class CorrectOrderPayload {
  @Field(() => Order, { nullable: true })
  order!: Order | null;

  @Field(() => [UserError])
  userErrors!: UserError[];
}

@InputType()
export class ViolationInput {
  @Field(() => ID)
  subscriptionId!: string;

  @Field(() => String, { description: 'Recorded with the step (R-VIO-1); the customer reads it.' })
  reason!: string;

  @Field(() => String)
  idempotencyKey!: string;
}

@ObjectType()
export class SubscriptionOperationPayload {
  @Field(() => Subscription, { nullable: true })
  subscription!: Subscription | null;

  @Field(() => [UserError])
  userErrors!: UserError[];
}

@InputType()
export class TerminateSubscriptionInput {
  @Field(() => ID)
  subscriptionId!: string;

  @Field(() => String, { description: 'The reason stated in the written notice.' })
  reason!: string;

  @Field(() => DateScalar, {
    description: 'The day the agreement ends: at least 10 natural days after today (R-TERM-1).',
  })
  effectiveOn!: BusinessDate;

  @Field(() => String)
  idempotencyKey!: string;
}

@ObjectType()
export class TerminateSubscriptionPayload {
  @Field(() => Subscription, { nullable: true })
  subscription!: Subscription | null;

  @Field(() => TerminationNotice, { nullable: true })
  terminationNotice!: TerminationNotice | null;

  @Field(() => [UserError])
  userErrors!: UserError[];
}

@InputType()
export class RecordForceMajeureInput {
  @Field(() => ID)
  subscriptionId!: string;

  @Field(() => Int, {
    description: 'Natural days the force majeure suspended the service (1 or more).',
  })
  days!: number;

  @Field(() => String)
  reason!: string;

  @Field(() => String)
  idempotencyKey!: string;
}
