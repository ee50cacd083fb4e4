import { Field, ID, InputType, Int, ObjectType } from 'type-graphql';
import { UserError } from '../../graphql/user-error.js';
import { Order } from '../orders/order.type.js';
import { Subscription } from '../subscriptions/subscription.type.js';

@InputType({
  description: 'Seats to add to an active subscription (R-SEAT-1, R-SEAT-2, R-SEAT-3, R-SEAT-4).',
})
export class AddSeatsInput {
  @Field(() => ID, { description: 'The subscription’s global id.' })
  subscriptionId!: string;

  @Field(() => Int, {
    description: 'Seats to add; the new total must respect the plan maximum (R-SEAT-1, R-CAT-3).',
  })
  seats!: number;

  @Field(() => String, {
    description:
      'A key of your choice, 1–255 printable ASCII characters (a UUID): a retry with the same key and the same input answers as the first call did and changes nothing more; the same key with another input is refused (IDEMPOTENCY_KEY_REUSED).',
  })
  idempotencyKey!: string;
}

@ObjectType({ description: 'The order `addSeats` placed and its subscription.' })
export class AddSeatsPayload {
  @Field(() => Order, {
    nullable: true,
    description:
      'The ADD_SEATS order; the seats count once it is paid in full. Always set when `userErrors` is empty.',
  })
  order!: Order | null;

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

@InputType({ description: 'Seats to remove at once, with no refund (R-SEAT-5).' })
export class RemoveSeatsInput {
  @Field(() => ID, { description: 'The subscription’s global id.' })
  subscriptionId!: string;

  @Field(() => Int, {
    description: 'Seats to remove (停用工号): effective at once, never refunded (R-SEAT-5).',
  })
  seats!: number;

  @Field(() => String, {
    description:
      'A key of your choice, 1–255 printable ASCII characters (a UUID): a retry with the same key and the same input answers as the first call did and changes nothing more; the same key with another input is refused (IDEMPOTENCY_KEY_REUSED).',
  })
  idempotencyKey!: string;
}

@ObjectType({ description: 'The subscription after `removeSeats`.' })
export class RemoveSeatsPayload {
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

@InputType({ description: 'A renewal to order (R-RENEW-1, R-RENEW-2, R-RENEW-3).' })
export class RenewSubscriptionInput {
  @Field(() => ID, { description: 'The subscription’s global id.' })
  subscriptionId!: string;

  @Field(() => Int, {
    defaultValue: 1,
    description:
      'Years to add from the previous period end: EQQ exactly 1, others 1–3 (R-RENEW-2).',
  })
  years!: number;

  @Field(() => String, {
    description:
      'A key of your choice, 1–255 printable ASCII characters (a UUID): a retry with the same key and the same input answers as the first call did and changes nothing more; the same key with another input is refused (IDEMPOTENCY_KEY_REUSED).',
  })
  idempotencyKey!: string;
}

@ObjectType({ description: 'The order `renewSubscription` placed and its subscription.' })
export class RenewSubscriptionPayload {
  @Field(() => Order, {
    nullable: true,
    description:
      'The RENEWAL order; the period moves once it is paid in full. Always set when `userErrors` is empty.',
  })
  order!: Order | null;

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

@InputType({ description: 'A free-plan subscription to leave (R-CAT-2).' })
export class LeaveFreePlanInput {
  @Field(() => ID, { description: 'A subscription of a free plan (R-CAT-2).' })
  subscriptionId!: string;

  @Field(() => String, {
    description:
      'A key of your choice, 1–255 printable ASCII characters (a UUID): a retry with the same key and the same input answers as the first call did and changes nothing more; the same key with another input is refused (IDEMPOTENCY_KEY_REUSED).',
  })
  idempotencyKey!: string;
}

@ObjectType({ description: 'The subscription after `leaveFreePlan`.' })
export class LeaveFreePlanPayload {
  @Field(() => Subscription, {
    nullable: true,
    description: 'The subscription, TERMINATED from today. Always set when `userErrors` is empty.',
  })
  subscription!: Subscription | null;

  @Field(() => [UserError], {
    description: 'Why the request was refused; empty when it succeeded.',
  })
  userErrors!: UserError[];
}

@InputType({ description: 'An EQQ subscription to upgrade to Qidian (R-MIG-1, R-MIG-2).' })
export class UpgradeSubscriptionInput {
  @Field(() => ID, { description: 'The subscription’s global id.' })
  subscriptionId!: string;

  @Field(() => String, {
    description: 'The product of the upgrade path: QIDIAN for EQQ (R-MIG-1).',
  })
  toProductCode!: string;

  @Field(() => String, {
    description:
      'A key of your choice, 1–255 printable ASCII characters (a UUID): a retry with the same key and the same input answers as the first call did and changes nothing more; the same key with another input is refused (IDEMPOTENCY_KEY_REUSED).',
  })
  idempotencyKey!: string;
}

@ObjectType({ description: 'The subscription after `upgradeSubscription` and its UPGRADE order.' })
export class UpgradeSubscriptionPayload {
  @Field(() => Subscription, {
    nullable: true,
    description: 'The subscription, now of the new product. Always set when `userErrors` is empty.',
  })
  subscription!: Subscription | null;

  @Field(() => Order, {
    nullable: true,
    description:
      'The UPGRADE order (0 CNY) recording the move. Always set when `userErrors` is empty.',
  })
  order!: Order | null;

  @Field(() => [UserError], {
    description: 'Why the request was refused; empty when it succeeded.',
  })
  userErrors!: UserError[];
}

@InputType({ description: 'A new subscription to order (R-OPEN-1).' })
export class OpenSubscriptionInput {
  @Field(() => ID, { description: 'The account’s global id.' })
  accountId!: string;

  @Field(() => String, { description: 'EQQ, QIDIAN, EXMAIL, MEETING' })
  productCode!: string;

  @Field(() => String, {
    description: 'The plan (edition) of the product, e.g. "SEATS" (see `catalog`).',
  })
  planCode!: string;

  @Field(() => Int, {
    description: 'Seats to buy, within the plan’s minimum and maximum (R-CAT-3).',
  })
  seats!: number;

  @Field(() => Int, { description: '1 to 3 (R-OPEN-1).' })
  years!: number;

  @Field(() => String, {
    nullable: true,
    description:
      'EQQ only (R-NUM-2): the 10-digit 400/800 number of the customer’s hotline contract (separators allowed). Activation assigns it instead of a pool number, once the operator has seen the contract.',
  })
  hotlineContractNumber?: string | null;

  @Field(() => String, {
    description:
      'A key of your choice, 1–255 printable ASCII characters (a UUID): a retry with the same key and the same input answers as the first call did and changes nothing more; the same key with another input is refused (IDEMPOTENCY_KEY_REUSED).',
  })
  idempotencyKey!: string;
}

@ObjectType({ description: 'The order and the subscription `openSubscription` created.' })
export class OpenSubscriptionPayload {
  @Field(() => Order, {
    nullable: true,
    description:
      'The NEW_SUBSCRIPTION order to pay (`payOrder`). Always set when `userErrors` is empty.',
  })
  order!: Order | null;

  @Field(() => Subscription, {
    nullable: true,
    description:
      'The subscription, PENDING_ACTIVATION until paid and activated. Always set when `userErrors` is empty.',
  })
  subscription!: Subscription | null;

  @Field(() => [UserError], {
    description: 'Why the request was refused; empty when it succeeded.',
  })
  userErrors!: UserError[];
}

@InputType({ description: 'A paid subscription to activate (R-OPEN-2, R-OPEN-3).' })
export class ActivateSubscriptionInput {
  @Field(() => ID, { description: 'The subscription’s global id.' })
  subscriptionId!: string;
}

@ObjectType({ description: 'The subscription after `activateSubscription`.' })
export class SubscriptionPayload {
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
