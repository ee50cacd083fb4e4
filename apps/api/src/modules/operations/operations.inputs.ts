import type { BusinessDate } from '@billing/domain';
import { Field, ID, InputType, Int, ObjectType } from 'type-graphql';
import { DateScalar } from '../../graphql/scalars.js';
import { UserError } from '../../graphql/user-error.js';
import { Order } from '../orders/order.type.js';
import { Subscription } from '../subscriptions/subscription.type.js';
import { TerminationNotice } from './operations.type.js';

@InputType({
  description: 'What the customer meant to order, to re-price a wrong order (R-REF-DUPLICATE).',
})
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

  @Field(() => String, {
    description:
      'A key of your choice, 1–255 printable ASCII characters (a UUID): a retry with the same key and the same input answers as the first call did and changes nothing more; the same key with another input is refused (IDEMPOTENCY_KEY_REUSED).',
  })
  idempotencyKey!: string;
}

@ObjectType({ description: 'The order after `correctOrder`.' })
export class CorrectOrderPayload {
  @Field(() => Order, {
    nullable: true,
    description: 'The order, with its `correction`. Always set when `userErrors` is empty.',
  })
  order!: Order | null;

  @Field(() => [UserError], {
    description: 'Why the request was refused; empty when it succeeded.',
  })
  userErrors!: UserError[];
}

@InputType({ description: 'A violation step or an upheld appeal for a subscription (R-VIO-1).' })
export class ViolationInput {
  @Field(() => ID, { description: 'The subscription’s global id.' })
  subscriptionId!: string;

  @Field(() => String, { description: 'Recorded with the step (R-VIO-1); the customer reads it.' })
  reason!: string;

  @Field(() => String, {
    description:
      'A key of your choice, 1–255 printable ASCII characters (a UUID): a retry with the same key and the same input answers as the first call did and changes nothing more; the same key with another input is refused (IDEMPOTENCY_KEY_REUSED).',
  })
  idempotencyKey!: string;
}

@ObjectType({ description: 'The subscription after an operator’s action on it.' })
export class SubscriptionOperationPayload {
  @Field(() => Subscription, {
    nullable: true,
    description: 'The subscription as it is now. Always set when `userErrors` is empty.',
  })
  subscription!: Subscription | null;

  @Field(() => [UserError], {
    description: 'Why the request was refused; empty when it succeeded.',
  })
  userErrors!: UserError[];
}

@InputType({ description: 'A written notice ending a subscription without cause (R-TERM-1).' })
export class TerminateSubscriptionInput {
  @Field(() => ID, { description: 'The subscription’s global id.' })
  subscriptionId!: string;

  @Field(() => String, { description: 'The reason stated in the written notice.' })
  reason!: string;

  @Field(() => DateScalar, {
    description: 'The day the agreement ends: at least 10 natural days after today (R-TERM-1).',
  })
  effectiveOn!: BusinessDate;

  @Field(() => String, {
    description:
      'A key of your choice, 1–255 printable ASCII characters (a UUID): a retry with the same key and the same input answers as the first call did and changes nothing more; the same key with another input is refused (IDEMPOTENCY_KEY_REUSED).',
  })
  idempotencyKey!: string;
}

@ObjectType({ description: 'The subscription and the notice `terminateSubscription` scheduled.' })
export class TerminateSubscriptionPayload {
  @Field(() => Subscription, {
    nullable: true,
    description:
      'The subscription (in service until the effective date). Always set when `userErrors` is empty.',
  })
  subscription!: Subscription | null;

  @Field(() => TerminationNotice, {
    nullable: true,
    description: 'The scheduled notice. Always set when `userErrors` is empty.',
  })
  terminationNotice!: TerminationNotice | null;

  @Field(() => [UserError], {
    description: 'Why the request was refused; empty when it succeeded.',
  })
  userErrors!: UserError[];
}

@InputType({ description: 'Force majeure that suspended a subscription’s service (R-FM-1).' })
export class RecordForceMajeureInput {
  @Field(() => ID, { description: 'The subscription’s global id.' })
  subscriptionId!: string;

  @Field(() => Int, {
    description: 'Natural days the force majeure suspended the service (1 or more).',
  })
  days!: number;

  @Field(() => String, { description: 'What happened, recorded with the extension.' })
  reason!: string;

  @Field(() => String, {
    description:
      'A key of your choice, 1–255 printable ASCII characters (a UUID): a retry with the same key and the same input answers as the first call did and changes nothing more; the same key with another input is refused (IDEMPOTENCY_KEY_REUSED).',
  })
  idempotencyKey!: string;
}
