import type { GraphQLResolveInfo } from 'graphql';
import { inCallerLanguage } from '../../locale.js';
import {
  catalogName,
  findPlan,
  findProduct,
  maxRenewalYears,
  noSuchMessage,
  upgradeOffer,
} from '@billing/domain';
import {
  Arg,
  Args,
  Ctx,
  Directive,
  Field,
  FieldResolver,
  ID,
  Info,
  Int,
  Mutation,
  ObjectType,
  Query,
  Resolver,
  Root,
} from 'type-graphql';
import type { Context } from '../../context.js';
import { childConnection } from '../../graphql/batch.js';
import { PageArgs } from '../../graphql/connection.js';
import { RuleRef, ruleRefs } from '../../graphql/explain.type.js';
import { fromGlobalId } from '../../graphql/node.js';
import { DateScalar } from '../../graphql/scalars.js';
import { UserErrorCode, userError } from '../../graphql/user-error.js';
import { Account } from '../accounts/account.type.js';
import { toAccount } from '../accounts/accounts.service.js';
import { actorOf } from '../audit/audit.js';
import { canSeeAccount, mayActOn, requireOperator, requireViewer } from '../auth/auth.js';
import { Order, OrderConnection } from '../orders/order.type.js';
import { toOrder, toSubscription } from '../orders/orders.mapper.js';
import { orderPropertiesFor } from '../orders/orders.selection.js';
import {
  Entitlements,
  NextTransition,
  Subscription,
  SubscriptionEvent,
  SubscriptionEventConnection,
  SubscriptionStatus,
} from '../subscriptions/subscription.type.js';
import type { SubscriptionEventEntity } from '../subscriptions/subscription-event.entity.js';
import { SubscriptionEntity } from '../subscriptions/subscription.entity.js';
import { lifecycleOf, lifecycleReasonOf } from '../subscriptions/subscription-state.js';
import { SubscriptionsService } from './subscriptions.service.js';
import {
  ActivateSubscriptionInput,
  OpenSubscriptionInput,
  OpenSubscriptionPayload,
  SubscriptionPayload,
} from './subscriptions.inputs.js';

@ObjectType({ description: 'A product as a subscription refers to it.' })
class SubscriptionProduct {
  @Field(() => String, { description: 'The product code, e.g. "EQQ".' })
  code!: string;

  @Field(() => String, { description: 'The product’s display name.' })
  name!: string;

  @Field(() => Int, { description: 'Most years one renewal may buy (R-RENEW-2: EQQ 1, others 3).' })
  maxRenewalYears!: number;

  @Field(() => DateScalar, {
    nullable: true,
    description: 'No renewal or new purchase on or after this date (R-CAT-4); null unless sunset.',
  })
  renewalsEndOn!: string | null;

  @Field(() => DateScalar, {
    nullable: true,
    description:
      'Every subscription of the product ends on this date (R-CAT-4); null unless sunset.',
  })
  serviceEndsOn!: string | null;
}

@ObjectType({ description: 'The upgrade a subscription is offered today (R-MIG-1).' })
class UpgradeOffer {
  @Field(() => String, { description: 'The product to upgrade to, e.g. "QIDIAN".' })
  toProductCode!: string;

  @Field(() => String, { description: 'Its plan, e.g. "SEATS".' })
  toPlanCode!: string;

  @Field(() => Boolean, {
    description:
      'Upgraded today, it joins the original-price renewal promotion (R-MIG-1, R-MIG-2, R-MIG-3).',
  })
  promotion!: boolean;

  @Field(() => DateScalar, {
    description: 'The last day an upgrade joins the promotion (R-MIG-1).',
  })
  promotionUpgradeBy!: string;

  @Field(() => [RuleRef], { description: 'The rules behind the offer.' })
  rules!: RuleRef[];
}

@ObjectType({ description: 'A plan as a subscription refers to it.' })
class SubscriptionPlan {
  @Field(() => String, { description: 'The plan code within its product, e.g. "SEATS".' })
  code!: string;

  @Field(() => String, { description: 'The plan’s display name.' })
  name!: string;
}

async function loadSubscription(ctx: Context, id: string | null | undefined) {
  return id ? ctx.loaders.subscription.load(id) : null;
}

@Resolver(() => Subscription)
export class SubscriptionsResolver {
  @Query(() => Subscription, {
    nullable: true,
    description:
      'A subscription by id; null when there is none the caller may see (customers: their own).',
  })
  async subscription(
    @Arg('id', () => ID, { description: 'The subscription’s global id.' }) id: string,
    @Ctx() ctx: Context,
  ): Promise<Subscription | null> {
    const viewer = requireViewer(ctx);
    const sub = await loadSubscription(ctx, fromGlobalId(id, 'Subscription')?.id);
    return sub && canSeeAccount(viewer, sub.accountId) ? toSubscription(sub) : null;
  }

  @Mutation(() => OpenSubscriptionPayload, {
    description: 'Orders a new subscription (R-OPEN-1); it waits for payment and activation.',
  })
  async openSubscription(
    @Arg('input', () => OpenSubscriptionInput, {
      description: 'The account, product, plan, seats and years to order.',
    })
    input: OpenSubscriptionInput,
    @Ctx() ctx: Context,
  ): Promise<OpenSubscriptionPayload> {
    const viewer = requireViewer(ctx);
    const accountId = fromGlobalId(input.accountId, 'Account')?.id;
    const account =
      accountId && mayActOn(viewer, accountId, 'buy')
        ? await ctx.loaders.account.load(accountId)
        : null;
    if (!account)
      return {
        order: null,
        subscription: null,
        userErrors: [userError(UserErrorCode.NOT_FOUND, noSuchMessage('account'), ['accountId'])],
      };
    const result = await new SubscriptionsService(ctx.db, actorOf(ctx)).openSubscription({
      ...input,
      accountId: account.id,
    });
    const [order, sub] = await Promise.all([
      result.ids.order ? ctx.loaders.order.load(result.ids.order) : null,
      loadSubscription(ctx, result.ids.subscription),
    ]);
    return {
      order: order ? toOrder(order) : null,
      subscription: sub ? toSubscription(sub) : null,
      userErrors: result.userErrors,
    };
  }

  @Directive('@operatorOnly')
  @Mutation(() => SubscriptionPayload, {
    description:
      'Activates a paid subscription with approved materials (operators; R-OPEN-2, R-OPEN-3).',
  })
  async activateSubscription(
    @Arg('input', () => ActivateSubscriptionInput, {
      description: 'The paid subscription to activate.',
    })
    input: ActivateSubscriptionInput,
    @Ctx() ctx: Context,
  ): Promise<SubscriptionPayload> {
    requireOperator(ctx);
    const id = fromGlobalId(input.subscriptionId, 'Subscription')?.id;
    if (!id)
      return {
        subscription: null,
        userErrors: [
          userError(UserErrorCode.NOT_FOUND, noSuchMessage('subscription'), ['subscriptionId']),
        ],
      };
    const result = await new SubscriptionsService(ctx.db, actorOf(ctx)).activate(id);
    const sub = result.subscriptionId
      ? await ctx.db.getRepository(SubscriptionEntity).findOneBy({ id: result.subscriptionId })
      : null;
    return { subscription: sub ? toSubscription(sub) : null, userErrors: result.userErrors };
  }

  @FieldResolver(() => Account, { description: 'The account it belongs to.' })
  async account(@Root() sub: Subscription, @Ctx() ctx: Context): Promise<Account> {
    return toAccount((await ctx.loaders.account.load(sub.entity.accountId))!);
  }

  @FieldResolver(() => SubscriptionProduct, { description: 'The product subscribed to.' })
  async product(@Root() sub: Subscription, @Ctx() ctx: Context): Promise<SubscriptionProduct> {
    const product = findProduct(await ctx.loaders.catalog(), sub.entity.productCode);
    return {
      code: sub.entity.productCode,
      name: product
        ? catalogName({ product: product.code, name: product.name }, ctx.locale)
        : sub.entity.productCode,
      maxRenewalYears: product ? maxRenewalYears(product) : 1,
      renewalsEndOn: product?.sunset?.renewalsEndOn ?? null,
      serviceEndsOn: product?.sunset?.serviceEndsOn ?? null,
    };
  }

  @FieldResolver(() => SubscriptionPlan, { description: 'The plan (edition) subscribed to.' })
  async plan(@Root() sub: Subscription, @Ctx() ctx: Context): Promise<SubscriptionPlan> {
    const product = findProduct(await ctx.loaders.catalog(), sub.entity.productCode);
    const plan = product ? findPlan(product, sub.entity.planCode) : undefined;
    return {
      code: sub.entity.planCode,
      name: plan
        ? catalogName(
            { product: sub.entity.productCode, plan: plan.code, name: plan.name },
            ctx.locale,
          )
        : sub.entity.planCode,
    };
  }

  @FieldResolver(() => SubscriptionStatus, {
    description: 'The state today (the account’s clock), from the lifecycle rules.',
  })
  async status(@Root() sub: Subscription, @Ctx() ctx: Context): Promise<SubscriptionStatus> {
    return SubscriptionStatus[(await lifecycleOf(sub.entity, ctx)).status];
  }

  @FieldResolver(() => String, {
    description: 'Why the subscription is in its state, with rule ids.',
  })
  async statusReason(@Root() sub: Subscription, @Ctx() ctx: Context): Promise<string> {
    return lifecycleReasonOf(sub.entity, ctx);
  }

  @FieldResolver(() => DateScalar, {
    nullable: true,
    description: 'The last day of service: currentPeriodEnd − 1 day (R-TIME-1).',
  })
  async expiresOn(@Root() sub: Subscription, @Ctx() ctx: Context): Promise<string | null> {
    return (await lifecycleOf(sub.entity, ctx)).expiresOn;
  }

  @FieldResolver(() => DateScalar, {
    nullable: true,
    description: 'The first day a renewal is allowed (R-RENEW-1).',
  })
  async renewalOpensOn(@Root() sub: Subscription, @Ctx() ctx: Context): Promise<string | null> {
    return (await lifecycleOf(sub.entity, ctx)).renewalOpensOn;
  }

  @FieldResolver(() => DateScalar, {
    nullable: true,
    description: 'The last day of grace; recycling happens the day after (R-LIFE-2, R-LIFE-3).',
  })
  async graceEndsOn(@Root() sub: Subscription, @Ctx() ctx: Context): Promise<string | null> {
    return (await lifecycleOf(sub.entity, ctx)).graceEndsOn;
  }

  @FieldResolver(() => Int, {
    nullable: true,
    description: 'Days of the paid period left, counting today.',
  })
  async daysLeft(@Root() sub: Subscription, @Ctx() ctx: Context): Promise<number | null> {
    return (await lifecycleOf(sub.entity, ctx)).daysLeft;
  }

  @FieldResolver(() => UpgradeOffer, {
    nullable: true,
    description:
      'The upgrade open today on the account’s clock (EQQ → Qidian, R-MIG-1): null when none is, e.g. from the service end (R-CAT-4) or once recycled.',
  })
  async upgradeOffer(@Root() sub: Subscription, @Ctx() ctx: Context): Promise<UpgradeOffer | null> {
    const [catalog, now, state] = await Promise.all([
      ctx.loaders.catalog(),
      ctx.loaders.now.load(sub.entity.accountId),
      lifecycleOf(sub.entity, ctx),
    ]);
    const product = findProduct(catalog, sub.entity.productCode);
    const offer = product ? upgradeOffer(product, state.status, now.today) : null;
    return offer && { ...offer, rules: ruleRefs(offer.rules) };
  }

  @FieldResolver(() => Entitlements, {
    description: 'What it allows today on the account’s clock (R-LIFE-2, R-LIFE-5).',
  })
  async entitlements(@Root() sub: Subscription, @Ctx() ctx: Context): Promise<Entitlements> {
    return (await lifecycleOf(sub.entity, ctx)).entitlements;
  }

  @FieldResolver(() => NextTransition, {
    nullable: true,
    description:
      'The next status change the passing of time alone brings (grace, recycling…); null when none is due.',
  })
  async nextTransition(
    @Root() sub: Subscription,
    @Ctx() ctx: Context,
  ): Promise<NextTransition | null> {
    const next = (await lifecycleOf(sub.entity, ctx)).nextTransition;
    return next
      ? {
          to: SubscriptionStatus[next.to],
          on: next.on,
          reason: inCallerLanguage(next.reason, next.reasonMessage),
          rules: ruleRefs(next.rules),
        }
      : null;
  }

  @FieldResolver(() => [SubscriptionEvent], {
    description: 'Every recorded transition (R-LIFE-6), oldest first.',
    deprecationReason: 'Reads the whole history: use historyConnection, which pages it.',
  })
  async history(@Root() sub: Subscription, @Ctx() ctx: Context): Promise<SubscriptionEvent[]> {
    return (await ctx.loaders.eventsBySubscription.load(sub.entity.id)).map(toSubscriptionEvent);
  }

  @FieldResolver(() => SubscriptionEventConnection, {
    description: 'The recorded transitions (R-LIFE-6) a page at a time, oldest first by default.',
  })
  historyConnection(
    @Root() sub: Subscription,
    @Args(() => PageArgs) args: PageArgs,
    @Ctx() ctx: Context,
  ): Promise<SubscriptionEventConnection> {
    return childConnection(
      ctx.loaders.subscriptionEvents,
      sub.entity.id,
      args,
      toSubscriptionEvent,
    );
  }

  @FieldResolver(() => [Order], {
    description: 'Every order of the subscription, oldest first.',
    deprecationReason:
      'Reads every order of the subscription: use ordersConnection, which pages them.',
  })
  async orders(@Root() sub: Subscription, @Ctx() ctx: Context): Promise<Order[]> {
    return (await ctx.loaders.ordersBySubscription.load(sub.entity.id)).map(toOrder);
  }

  @FieldResolver(() => OrderConnection, {
    description: 'The subscription’s orders a page at a time, oldest first by default.',
  })
  ordersConnection(
    @Root() sub: Subscription,
    @Args(() => PageArgs) args: PageArgs,
    @Ctx() ctx: Context,
    @Info() info: GraphQLResolveInfo,
  ): Promise<OrderConnection> {
    return childConnection(
      ctx.loaders.subscriptionOrders,
      sub.entity.id,
      args,
      toOrder,
      undefined,
      {
        reading: orderPropertiesFor(info),
      },
    );
  }
}

function toSubscriptionEvent(event: SubscriptionEventEntity): SubscriptionEvent {
  return {
    occurredAt: event.occurredAt,
    effectiveOn: event.effectiveOn,
    fromStatus: event.fromStatus
      ? SubscriptionStatus[event.fromStatus as SubscriptionStatus]
      : null,
    toStatus: SubscriptionStatus[event.toStatus as SubscriptionStatus],
    cause: event.cause,
    reason: inCallerLanguage(event.reason, event.reasonMessage),
    rules: ruleRefs(event.rules),
  };
}
