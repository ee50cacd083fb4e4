import { msg, noSuchMessage } from '@billing/domain';
import type { GraphQLResolveInfo } from 'graphql';
import {
  Arg,
  Args,
  Ctx,
  FieldResolver,
  ID,
  Info,
  Mutation,
  Query,
  Resolver,
  Root,
} from 'type-graphql';
import type { Context } from '../../context.js';
import { childConnection } from '../../graphql/batch.js';
import { PageArgs } from '../../graphql/connection.js';
import { allFilters, rowFilter, searchPattern } from '../../graphql/list-sort.js';
import { subscriptionSearch } from '../subscriptions/subscription-search.js';
import { OrderSort, SubscriptionSort } from '../../graphql/list-sorts.js';
import { LineItem } from '../../graphql/explain.type.js';
import { toLineItem } from '../../graphql/explain.type.js';
import { Money, money } from '../../graphql/money.type.js';
import { fromGlobalId } from '../../graphql/node.js';
import { UserErrorCode, userError } from '../../graphql/user-error.js';
import { Account } from '../accounts/account.type.js';
import { toAccount } from '../accounts/accounts.service.js';
import { actorOf } from '../audit/audit.js';
import { canSeeAccount, mayActOn, requireViewer } from '../auth/auth.js';
import { Payment, PaymentConnection } from '../payments/payment.type.js';
import { Subscription, SubscriptionConnection } from '../subscriptions/subscription.type.js';
import { Order, OrderConnection } from './order.type.js';
import { toPayment } from '../payments/payments.mapper.js';
import { toOrder, toSubscription } from './orders.mapper.js';
import { OrdersService } from './orders.service.js';
import { orderPropertiesFor } from './orders.selection.js';
import {
  AccountOrdersArgs,
  AccountSubscriptionsArgs,
  CancelOrderInput,
  CancelOrderPayload,
  PayOrderInput,
  PayOrderPayload,
} from './orders.inputs.js';

@Resolver(() => Order)
export class OrdersResolver {
  @Mutation(() => CancelOrderPayload, {
    description:
      'Cancels an order nothing has been paid on (its reserved seats are released; an unpaid opening ends its subscription).',
  })
  async cancelOrder(
    @Arg('input', () => CancelOrderInput, { description: 'The unpaid order to cancel.' })
    input: CancelOrderInput,
    @Ctx() ctx: Context,
  ): Promise<CancelOrderPayload> {
    const viewer = requireViewer(ctx);
    const ref = fromGlobalId(input.orderId, 'Order');
    const order = ref ? await ctx.loaders.order.load(ref.id) : null;
    if (!order || !mayActOn(viewer, order.accountId, 'cancel orders')) {
      return {
        order: null,
        userErrors: [userError(UserErrorCode.NOT_FOUND, noSuchMessage('order'), ['orderId'])],
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

  @Query(() => Order, {
    nullable: true,
    description:
      'An order by id; null when there is none the caller may see (customers: their own).',
  })
  async order(
    @Arg('id', () => ID, { description: 'The order’s global id.' }) id: string,
    @Ctx() ctx: Context,
  ): Promise<Order | null> {
    const viewer = requireViewer(ctx);
    const ref = fromGlobalId(id, 'Order');
    const order = ref ? await ctx.loaders.order.load(ref.id) : null;
    return order && canSeeAccount(viewer, order.accountId) ? toOrder(order) : null;
  }

  @Mutation(() => PayOrderPayload, {
    description:
      'Pays an order through the payment gateway or the prepaid balance (R-PAY-1, R-PAY-2, R-PAY-3, R-PAY-4).',
  })
  async payOrder(
    @Arg('input', () => PayOrderInput, {
      description: 'The order, the payment method and the amount.',
    })
    input: PayOrderInput,
    @Ctx() ctx: Context,
  ): Promise<PayOrderPayload> {
    const viewer = requireViewer(ctx);
    const ref = fromGlobalId(input.orderId, 'Order');
    const notFound = userError(UserErrorCode.NOT_FOUND, noSuchMessage('order'), ['orderId']);
    if (!ref) return { payment: null, order: null, userErrors: [notFound] };
    // The order's account is found and locked in the payment's first statement; who may pay and
    // the amount are checked there, before the idempotency key is used.
    const { result, written } = await new OrdersService(ctx.db, actorOf(ctx), ctx.gateway).pay(
      {
        orderId: ref.id,
        method: input.method,
        amount: input.amount,
        idempotencyKey: input.idempotencyKey,
      },
      (account) => {
        if (!account || !mayActOn(viewer, account.id, 'pay orders'))
          return { ids: {}, userErrors: [notFound] };
        if (input.amount <= 0)
          return {
            ids: {},
            userErrors: [
              userError(UserErrorCode.INVALID_INPUT, msg('api.payment.amountPositive'), ['amount']),
            ],
          };
        return null;
      },
    );
    // The order as the payment left it, and the payment: from what it wrote, or, for a replayed
    // key, read again.
    ctx.loaders.order.clear(ref.id);
    if (written) {
      ctx.loaders.order.prime(ref.id, written.order);
      ctx.loaders.payment.prime(written.payment.id, written.payment);
    }
    const [payment, fresh] = await Promise.all([
      result.ids.payment ? ctx.loaders.payment.load(result.ids.payment) : null,
      result.ids.order ? ctx.loaders.order.load(result.ids.order) : null,
    ]);
    return {
      payment: payment ? toPayment(payment) : null,
      order: fresh ? toOrder(fresh) : null,
      userErrors: result.userErrors,
    };
  }

  @FieldResolver(() => Account, { description: 'The account that placed the order.' })
  async account(@Root() order: Order, @Ctx() ctx: Context): Promise<Account> {
    return toAccount((await ctx.loaders.account.load(order.entity.accountId))!);
  }

  @FieldResolver(() => Subscription, {
    nullable: true,
    description: 'The subscription the order is for; null for a value-added order.',
  })
  async subscription(@Root() order: Order, @Ctx() ctx: Context): Promise<Subscription | null> {
    const sub = order.entity.subscriptionId
      ? await ctx.loaders.subscription.load(order.entity.subscriptionId)
      : null;
    return sub ? toSubscription(sub) : null;
  }

  @FieldResolver(() => Money, {
    description: 'The sum of the lines, each rounded once (R-MONEY-1): what the order costs.',
  })
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

  @FieldResolver(() => [LineItem], {
    description: 'The priced lines, each with its explanation and rule ids.',
  })
  async lines(@Root() order: Order, @Ctx() ctx: Context): Promise<LineItem[]> {
    const lines = await ctx.loaders.linesByOrder.load(order.entity.id);
    return lines.map((line) =>
      toLineItem({
        description: line.description,
        ...(line.message === null ? {} : { message: line.message }),
        quantity: line.quantity,
        months: line.months,
        unitPrice: line.unitPrice,
        amount: line.amount,
        rules: line.rules,
      }),
    );
  }

  @FieldResolver(() => [Payment], {
    description: 'Payments on the order, oldest first, duplicates included (R-PAY-3).',
  })
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
    @Args(() => AccountSubscriptionsArgs) args: AccountSubscriptionsArgs,
    @Ctx() ctx: Context,
  ): Promise<SubscriptionConnection> {
    const sorted = SubscriptionSort.resolve(args, args.sort);
    return childConnection(
      ctx.loaders.accountSubscriptions,
      account.localId,
      sorted.args,
      toSubscription,
      undefined,
      {
        sort: sorted.sort,
        filter: allFilters(
          rowFilter([{ column: 'status', value: args.status }]),
          subscriptionSearch(args.search),
        ),
      },
    );
  }

  @FieldResolver(() => OrderConnection, {
    description: 'The account’s orders, oldest first by default.',
  })
  orders(
    @Root() account: Account,
    @Args(() => AccountOrdersArgs) args: AccountOrdersArgs,
    @Ctx() ctx: Context,
    @Info() info: GraphQLResolveInfo,
  ): Promise<OrderConnection> {
    const sorted = OrderSort.resolve(args, args.sort);
    const filter = rowFilter([
      { column: 'status', value: args.status },
      { column: 'kind', value: args.kind },
      { column: ['explanation', 'id::text'], value: searchPattern(args.search), match: 'contains' },
    ]);
    return childConnection(
      ctx.loaders.accountOrders,
      account.localId,
      sorted.args,
      toOrder,
      undefined,
      { sort: sorted.sort, filter, reading: orderPropertiesFor(info) },
    );
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
