import { ArgsType, Field, ID, InputType, ObjectType } from 'type-graphql';
import { PageArgs } from '../../graphql/connection.js';
import { OrderSort, SubscriptionSort } from '../../graphql/list-sorts.js';
import { DecimalScalar } from '../../graphql/scalars.js';
import { UserError } from '../../graphql/user-error.js';
import { Payment, PaymentMethod } from '../payments/payment.type.js';
import { SubscriptionStatus } from '../subscriptions/subscription.type.js';
import { Order, OrderKind, OrderStatus } from './order.type.js';

@InputType({ description: 'A payment on an order (R-PAY-1, R-PAY-2, R-PAY-3, R-PAY-4).' })
export class PayOrderInput {
  @Field(() => ID, { description: 'The order’s global id.' })
  orderId!: string;

  @Field(() => PaymentMethod, {
    description: 'How it is paid; BALANCE debits the prepaid balance (R-PAY-4).',
  })
  method!: PaymentMethod;

  @Field(() => DecimalScalar, { description: 'The amount paid, e.g. "5000.00".' })
  amount!: number;

  @Field(() => String, {
    description:
      'A key of your choice, 1–255 printable ASCII characters (a UUID): a retry with the same key and the same input answers as the first call did and changes nothing more; the same key with another input is refused (IDEMPOTENCY_KEY_REUSED).',
  })
  idempotencyKey!: string;
}

@ObjectType({ description: 'The payment `payOrder` made and its order.' })
export class PayOrderPayload {
  @Field(() => Payment, {
    nullable: true,
    description:
      'The payment (a duplicate if the order was already paid, R-PAY-3). Always set when `userErrors` is empty.',
  })
  payment!: Payment | null;

  @Field(() => Order, {
    nullable: true,
    description:
      'The order as it is now (PAID once paid in full, R-PAY-2). Always set when `userErrors` is empty.',
  })
  order!: Order | null;

  @Field(() => [UserError], {
    description: 'Why the request was refused; empty when it succeeded.',
  })
  userErrors!: UserError[];
}

@InputType({ description: 'An order to cancel before anything is paid on it.' })
export class CancelOrderInput {
  @Field(() => ID, { description: 'The order’s global id.' })
  orderId!: string;
}

@ObjectType({ description: 'The order after `cancelOrder`.' })
export class CancelOrderPayload {
  @Field(() => Order, {
    nullable: true,
    description: 'The order as it is now (CANCELLED). Always set when `userErrors` is empty.',
  })
  order!: Order | null;

  @Field(() => [UserError], {
    description: 'Why the request was refused; empty when it succeeded.',
  })
  userErrors!: UserError[];
}

@ArgsType()
export class AccountSubscriptionsArgs extends PageArgs {
  @Field(() => SubscriptionStatus, {
    nullable: true,
    description: 'Only subscriptions in this status.',
  })
  status?: SubscriptionStatus | null;

  @Field(() => SubscriptionSort.values, {
    nullable: true,
    description: 'The order of the subscriptions (instead of orderBy); default OLDEST_FIRST.',
  })
  sort?: SubscriptionSort | null;

  @Field(() => String, {
    nullable: true,
    description:
      'Only subscriptions whose id (the UUID, or a whole global id), product or plan (code, English or Simplified Chinese name) or enterprise number contains this text; case-insensitive, at most 100 characters.',
  })
  search?: string | null;
}

@ArgsType()
export class AccountOrdersArgs extends PageArgs {
  @Field(() => OrderStatus, { nullable: true, description: 'Only orders in this status.' })
  status?: OrderStatus | null;

  @Field(() => OrderKind, { nullable: true, description: 'Only orders of this kind.' })
  kind?: OrderKind | null;

  @Field(() => String, {
    nullable: true,
    description:
      'Only orders whose explanation (as stored, in English) or id (the UUID, as the console shows it) contains this text; case-insensitive, at most 100 characters.',
  })
  search?: string | null;

  @Field(() => OrderSort.values, {
    nullable: true,
    description: 'The order of the orders (instead of orderBy); default OLDEST_FIRST.',
  })
  sort?: OrderSort | null;
}
