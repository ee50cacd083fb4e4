import { noSuchMessage } from '@billing/domain';
import {
  Arg,
  Ctx,
  Field,
  FieldResolver,
  Int,
  Mutation,
  ObjectType,
  Resolver,
  Root,
} from 'type-graphql';
import type { Context } from '../../context.js';
import { Money, money } from '../../graphql/money.type.js';
import { fromGlobalId } from '../../graphql/node.js';
import { DateScalar } from '../../graphql/scalars.js';
import { UserError, UserErrorCode, userError } from '../../graphql/user-error.js';
import { actorOf } from '../audit/audit.js';
import { mayActOn, requireViewer } from '../auth/auth.js';
import type { StoredResult } from '../idempotency/idempotency.js';
import { toOrder, toSubscription } from '../orders/orders.mapper.js';
import { LeaveFreePlanService } from './leave-free-plan.service.js';
import { RenewalsService } from './renewals.service.js';
import { SeatsService } from './seats.service.js';
import { pendingOrders } from '../orders/subscription-as-of.js';
import type { SubscriptionEntity } from '../subscriptions/subscription.entity.js';
import { Subscription } from '../subscriptions/subscription.type.js';
import { UpgradeService } from './upgrade.service.js';
import {
  AddSeatsInput,
  AddSeatsPayload,
  LeaveFreePlanInput,
  LeaveFreePlanPayload,
  RemoveSeatsInput,
  RemoveSeatsPayload,
  RenewSubscriptionInput,
  RenewSubscriptionPayload,
  UpgradeSubscriptionInput,
  UpgradeSubscriptionPayload,
} from './subscriptions.inputs.js';

@ObjectType({ description: 'What an EQQ → Qidian upgrade recorded (R-MIG-1, R-MIG-2, R-MIG-4).' })
class SubscriptionMigration {
  @Field(() => String, { description: 'The product it was upgraded from, e.g. "EQQ".' })
  fromProductCode!: string;

  @Field(() => DateScalar, { description: 'The business date of the upgrade.' })
  upgradedOn!: string;

  @Field(() => Boolean, {
    description: 'Upgraded on or before the cut-off: original-price renewals (R-MIG-1).',
  })
  promotion!: boolean;

  @Field(() => Int, { description: 'E: seats renewed at the legacy price (R-MIG-2, R-MIG-4).' })
  legacySeats!: number;

  @Field(() => Money, { description: 'P: the legacy price per seat per year (R-MIG-2, R-MIG-4).' })
  legacyUnitPrice!: Money;
}

/** Made per request: the message is written in the caller's language. */
const notFound = (): UserError[] => [
  userError(UserErrorCode.NOT_FOUND, noSuchMessage('subscription'), ['subscriptionId']),
];

/** The subscription a viewer may change: operators, or the account's own administrators. */
async function subscriptionToChange(
  ctx: Context,
  globalId: string,
): Promise<SubscriptionEntity | null> {
  const viewer = requireViewer(ctx);
  const id = fromGlobalId(globalId, 'Subscription')?.id;
  const sub = id ? await ctx.loaders.subscription.load(id) : null;
  return sub && mayActOn(viewer, sub.accountId, 'change subscriptions') ? sub : null;
}

/** The order and subscription a change produced, read after it committed. */
async function produced(ctx: Context, result: StoredResult) {
  const orderId = result.ids.order ?? null;
  const subscriptionId = result.ids.subscription ?? null;
  if (subscriptionId) {
    ctx.loaders.subscription.clear(subscriptionId);
    ctx.loaders.decisiveOrdersBySubscription.clear(subscriptionId);
  }
  const [order, sub] = await Promise.all([
    orderId ? ctx.loaders.order.load(orderId) : null,
    subscriptionId ? ctx.loaders.subscription.load(subscriptionId) : null,
  ]);
  return {
    order: order ? toOrder(order) : null,
    subscription: sub ? toSubscription(sub) : null,
    userErrors: result.userErrors,
  };
}

@Resolver()
export class SubscriptionChangesResolver {
  @Mutation(() => AddSeatsPayload, {
    description:
      'Orders seats for an ACTIVE subscription, co-termed and priced by the month (R-SEAT-1, R-SEAT-2, R-SEAT-3, R-SEAT-4).',
  })
  async addSeats(
    @Arg('input', () => AddSeatsInput, {
      description: 'The subscription and how many seats to add.',
    })
    input: AddSeatsInput,
    @Ctx() ctx: Context,
  ): Promise<AddSeatsPayload> {
    const sub = await subscriptionToChange(ctx, input.subscriptionId);
    if (!sub) return { order: null, subscription: null, userErrors: notFound() };
    const result = await new SeatsService(ctx.db, actorOf(ctx)).addSeats(sub.accountId, {
      subscriptionId: sub.id,
      seats: input.seats,
      idempotencyKey: input.idempotencyKey,
    });
    return produced(ctx, result);
  }

  @Mutation(() => RemoveSeatsPayload, {
    description: 'Removes seats at once; nothing is refunded (R-SEAT-5, R-MIG-4).',
  })
  async removeSeats(
    @Arg('input', () => RemoveSeatsInput, {
      description: 'The subscription and how many seats to remove.',
    })
    input: RemoveSeatsInput,
    @Ctx() ctx: Context,
  ): Promise<RemoveSeatsPayload> {
    const sub = await subscriptionToChange(ctx, input.subscriptionId);
    if (!sub) return { subscription: null, userErrors: notFound() };
    const result = await new SeatsService(ctx.db, actorOf(ctx)).removeSeats(sub.accountId, {
      subscriptionId: sub.id,
      seats: input.seats,
      idempotencyKey: input.idempotencyKey,
    });
    const { subscription, userErrors } = await produced(ctx, result);
    return { subscription, userErrors };
  }

  @Mutation(() => RenewSubscriptionPayload, {
    description:
      'Orders a renewal from the previous period end (R-RENEW-1, R-RENEW-2, R-RENEW-3, R-LEGACY-1, R-MIG-3).',
  })
  async renewSubscription(
    @Arg('input', () => RenewSubscriptionInput, {
      description: 'The subscription and how many years to renew.',
    })
    input: RenewSubscriptionInput,
    @Ctx() ctx: Context,
  ): Promise<RenewSubscriptionPayload> {
    const sub = await subscriptionToChange(ctx, input.subscriptionId);
    if (!sub) return { order: null, subscription: null, userErrors: notFound() };
    const result = await new RenewalsService(ctx.db, actorOf(ctx)).renew(sub.accountId, {
      subscriptionId: sub.id,
      years: input.years,
      idempotencyKey: input.idempotencyKey,
    });
    return produced(ctx, result);
  }

  @Mutation(() => LeaveFreePlanPayload, {
    description:
      'Leaves a free plan (R-CAT-2: no time limit, so it ends only when left or terminated): terminated from today, nothing to refund; audited. Leaving it again changes nothing. A paid plan is refused: it ends at its period end, by a refund or by an operator (R-LIFE-5).',
  })
  async leaveFreePlan(
    @Arg('input', () => LeaveFreePlanInput, { description: 'The free-plan subscription to leave.' })
    input: LeaveFreePlanInput,
    @Ctx() ctx: Context,
  ): Promise<LeaveFreePlanPayload> {
    const sub = await subscriptionToChange(ctx, input.subscriptionId);
    if (!sub) return { subscription: null, userErrors: notFound() };
    const result = await new LeaveFreePlanService(ctx.db, actorOf(ctx)).leave(sub.accountId, {
      subscriptionId: sub.id,
      idempotencyKey: input.idempotencyKey,
    });
    const { subscription, userErrors } = await produced(ctx, result);
    return { subscription, userErrors };
  }

  @Mutation(() => UpgradeSubscriptionPayload, {
    description: 'Upgrades EQQ to Qidian, keeping seats and period end (R-MIG-1, R-MIG-2).',
  })
  async upgradeSubscription(
    @Arg('input', () => UpgradeSubscriptionInput, {
      description: 'The EQQ subscription and the product to upgrade to.',
    })
    input: UpgradeSubscriptionInput,
    @Ctx() ctx: Context,
  ): Promise<UpgradeSubscriptionPayload> {
    const sub = await subscriptionToChange(ctx, input.subscriptionId);
    if (!sub) return { subscription: null, order: null, userErrors: notFound() };
    const result = await new UpgradeService(ctx.db, actorOf(ctx)).upgrade(sub.accountId, {
      subscriptionId: sub.id,
      toProductCode: input.toProductCode,
      idempotencyKey: input.idempotencyKey,
    });
    return produced(ctx, result);
  }
}

@Resolver(() => Subscription)
export class SubscriptionChangeFieldsResolver {
  @FieldResolver(() => Int, {
    description:
      'Seats of add-seat orders awaiting payment: reserved against the plan maximum, counted once paid.',
  })
  async pendingSeats(@Root() sub: Subscription, @Ctx() ctx: Context): Promise<number> {
    return pendingOrders(await ctx.loaders.decisiveOrdersBySubscription.load(sub.entity.id))
      .addedSeats;
  }

  @FieldResolver(() => SubscriptionMigration, {
    nullable: true,
    description: 'The EQQ → Qidian upgrade, if any (R-MIG).',
  })
  migration(@Root() sub: Subscription): SubscriptionMigration | null {
    const migration = sub.entity.migration;
    if (!migration) return null;
    return {
      fromProductCode: migration.fromProductCode,
      upgradedOn: migration.upgradedOn,
      promotion: migration.promotion,
      legacySeats: migration.legacySeats,
      legacyUnitPrice: money(migration.legacyUnitPrice),
    };
  }
}
