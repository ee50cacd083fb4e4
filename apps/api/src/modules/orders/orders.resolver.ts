import { noSuch } from '@billing/domain';
import {
  Arg,
  Args,
  Ctx,
  Field,
  FieldResolver,
  ID,
  InputType,
  Mutation,
  ObjectType,
  Query,
  Resolver,
  Root,
} from 'type-graphql';
import type { Context } from '../../context.js';
import { childConnection } from '../../graphql/batch.js';
import { PageArgs } from '../../graphql/connection.js';
import { LineItem } from '../../graphql/explain.type.js';
import { ruleRefs } from '../../graphql/explain.type.js';
import { Money, money } from '../../graphql/money.type.js';
import { fromGlobalId } from '../../graphql/node.js';
import { DecimalScalar } from '../../graphql/scalars.js';
import { UserError, UserErrorCode, userError } from '../../graphql/user-error.js';
import { Account } from '../accounts/account.type.js';
import { toAccount } from '../accounts/accounts.service.js';
import { actorOf } from '../audit/audit.js';
import { canSeeAccount, mayActOn, requireViewer } from '../auth/auth.js';
import { PaymentEntity } from '../payments/payment.entity.js';
import { Payment, PaymentConnection, PaymentMethod } from '../payments/payment.type.js';
import { Subscription, SubscriptionConnection } from '../subscriptions/subscription.type.js';
import { Order, OrderConnection } from './order.type.js';
import { toOrder, toPayment, toSubscription } from './orders.mapper.js';
import { OrdersService } from './orders.service.js';

@InputType()
class PayOrderInput {
  @Field(() => ID)
  orderId!: string;

  @Field(() => PaymentMethod)
  method!: PaymentMethod;

  @Field(() => DecimalScalar, { description: 'The amount paid, e.g. "5000.00".' })
  amount!: number;

  @Field(() => String)
  idempotencyKey!: string;
}

@ObjectType()
class PayOrderPayload {
  @Field(() => Payment, { nullable: true })
  payment!: Payment | null;

  @Field(() => Order, { nullable: true })
  order!: Order | null;

  @Field(() => [UserError])
  userErrors!: UserError[];
}

@InputType()
class CancelOrderInput {
  @Field(() => ID)
  orderId!: string;
}

@ObjectType()
class CancelOrderPayload {
  @Field(() => Order, { nullable: true })
  order!: Order | null;

  @Field(() => [UserError])
  userErrors!: UserError[];
}

@Resolver(() => Order)
export class OrdersResolver {
  @Mutation(() => CancelOrderPayload, {
    description:
      'Cancels an order nothing has been paid on (its reserved seats are released; an unpaid opening ends its subscription).',
  })
  async cancelOrder(
    @Arg('input', () => CancelOrderInput) input: CancelOrderInput,
    @Ctx() ctx: Context,
  ): Promise<CancelOrderPayload> {
    const viewer = requireViewer(ctx);
    const ref = fromGlobalId(input.orderId, 'Order');
    const order = ref ? await ctx.loaders.order.load(ref.id) : null;
    if (!order || !mayActOn(viewer, order.accountId, 'cancel orders')) {
      return {
        order: null,
        userErrors: [userError(UserErrorCode.NOT_FOUND, noSuch('order'), ['orderId'])],
      };
    }
    const result = await new OrdersService(ctx.db, actorOf(ctx), ctx.gateway).cancel(
      order.accountId,
      order.id,
    );
    ctx.loaders.order.clear(order.id);
    const fresh = await ctx.loaders.order.load(order.id);
    return { order: fresh ? toOrder(fresh) : null, userErrors: result.userErrors };
  }

  @Query(() => Order, { nullable: true })
  async order(@Arg('id', () => ID) id: string, @Ctx() ctx: Context): Promise<Order | null> {
    const viewer = requireViewer(ctx);
    const ref = fromGlobalId(id, 'Order');
    const order = ref ? await ctx.loaders.order.load(ref.id) : null;
    return order && canSeeAccount(viewer, order.accountId) ? toOrder(order) : null;
  }

  @Mutation(() => PayOrderPayload, {
    description: 'Pays an order through the payment gateway or the prepaid balance (R-PAY-1..4).',
  })
  async payOrder(
    @Arg('input', () => PayOrderInput) input: PayOrderInput,
    @Ctx() ctx: Context,
  ): Promise<PayOrderPayload> {
    const viewer = requireViewer(ctx);
    const ref = fromGlobalId(input.orderId, 'Order');
    const order = ref ? await ctx.loaders.order.load(ref.id) : null;
    if (!order || !mayActOn(viewer, order.accountId, 'pay orders')) {
      return {
        payment: null,
        order: null,
        userErrors: [userError(UserErrorCode.NOT_FOUND, noSuch('order'), ['orderId'])],
      };
    }
    if (input.amount <= 0) {
      return {
        payment: null,
        order: null,
        userErrors: [
          userError(UserErrorCode.INVALID_INPUT, 'The amount must be above 0.00', ['amount']),
        ],
      };
    }
    const result = await new OrdersService(ctx.db, actorOf(ctx), ctx.gateway).pay(order.accountId, {
      orderId: order.id,
      method: input.method,
      amount: input.amount,
      idempotencyKey: input.idempotencyKey,
    });
    ctx.loaders.order.clear(order.id);
    const [payment, fresh] = await Promise.all([
      result.ids.payment
        ? ctx.db.getRepository(PaymentEntity).findOneBy({ id: result.ids.payment })
        : null,
      ctx.loaders.order.load(order.id),
    ]);
    return {
      payment: payment ? toPayment(payment) : null,
      order: fresh && result.ids.order ? toOrder(fresh) : null,
      userErrors: result.userErrors,
    };
  }

  @FieldResolver(() => Account)
  async account(@Root() order: Order, @Ctx() ctx: Context): Promise<Account> {
    return toAccount((await ctx.loaders.account.load(order.entity.accountId))!);
  }

  @FieldResolver(() => Subscription, { nullable: true })
  async subscription(@Root() order: Order, @Ctx() ctx: Context): Promise<Subscription | null> {
    const sub = order.entity.subscriptionId
      ? await ctx.loaders.subscription.load(order.entity.subscriptionId)
      : null;
    return sub ? toSubscription(sub) : null;
  }

  @FieldResolver(() => Money)
  total(@Root() order: Order): Money {
    return money(order.entity.total);
  }

  @FieldResolver(() => Money, {
    description: 'Paid so far (successful payments, duplicates included).',
  })
  paid(@Root() order: Order): Money {
    return money(order.entity.paid);
  }

  @FieldResolver(() => Money, {
    description: 'Still to pay before the order can be fulfilled (R-PAY-2).',
  })
  outstanding(@Root() order: Order): Money {
    return money(Math.max(0, order.entity.total - order.entity.paid));
  }

  @FieldResolver(() => Money, { description: 'Refunded so far (R-REF-CAP: never above paid).' })
  refunded(@Root() order: Order): Money {
    return money(order.entity.refunded);
  }

  @FieldResolver(() => [LineItem])
  async lines(@Root() order: Order, @Ctx() ctx: Context): Promise<LineItem[]> {
    const lines = await ctx.loaders.linesByOrder.load(order.entity.id);
    return lines.map((line) => ({
      description: line.description,
      quantity: line.quantity,
      months: line.months,
      unitPrice: money(line.unitPrice),
      amount: money(line.amount),
      rules: ruleRefs(line.rules),
    }));
  }

  @FieldResolver(() => [Payment])
  async payments(@Root() order: Order, @Ctx() ctx: Context): Promise<Payment[]> {
    return (await ctx.loaders.paymentsByOrder.load(order.entity.id)).map(toPayment);
  }
}

@Resolver(() => Account)
export class AccountBillingResolver {
  @FieldResolver(() => [Subscription], {
    description: 'Every subscription of the account, oldest first (see subscriptionsConnection).',
  })
  async subscriptions(@Root() account: Account, @Ctx() ctx: Context): Promise<Subscription[]> {
    return (await ctx.loaders.subscriptionsByAccount.load(account.localId)).map(toSubscription);
  }

  @FieldResolver(() => SubscriptionConnection, {
    description: 'The account’s subscriptions a page at a time, oldest first by default.',
  })
  subscriptionsConnection(
    @Root() account: Account,
    @Args(() => PageArgs) args: PageArgs,
    @Ctx() ctx: Context,
  ): Promise<SubscriptionConnection> {
    return childConnection(ctx.loaders.accountSubscriptions, account.localId, args, toSubscription);
  }

  @FieldResolver(() => OrderConnection, {
    description: 'The account’s orders, oldest first by default.',
  })
  orders(
    @Root() account: Account,
    @Args(() => PageArgs) args: PageArgs,
    @Ctx() ctx: Context,
  ): Promise<OrderConnection> {
    return childConnection(ctx.loaders.accountOrders, account.localId, args, toOrder);
  }

  @FieldResolver(() => PaymentConnection, {
    description: 'The account’s payments, oldest first by default.',
  })
  payments(
    @Root() account: Account,
    @Args(() => PageArgs) args: PageArgs,
    @Ctx() ctx: Context,
  ): Promise<PaymentConnection> {
    return childConnection(ctx.loaders.accountPayments, account.localId, args, toPayment);
  }
}
