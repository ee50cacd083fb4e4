import { mayEndAfterForceMajeure, noSuchMessage } from '@billing/domain';
import { Arg, Ctx, Directive, FieldResolver, Mutation, Resolver, Root } from 'type-graphql';
import type { Context } from '../../context.js';
import { ruleRefs, toLineItem } from '../../graphql/explain.type.js';
import { money } from '../../graphql/money.type.js';
import { fromGlobalId } from '../../graphql/node.js';
import { inCallerLanguage } from '../../locale.js';
import { UserErrorCode, userError, type UserError } from '../../graphql/user-error.js';
import { actorOf } from '../audit/audit.js';
import { requireOperator } from '../auth/auth.js';
import type { StoredResult } from '../idempotency/idempotency.js';
import { Order } from '../orders/order.type.js';
import { toOrder, toSubscription } from '../orders/orders.mapper.js';
import { Refund } from '../refunds/refund.type.js';
import { toRefund } from '../refunds/refunds.mapper.js';
import { Subscription } from '../subscriptions/subscription.type.js';
import type { SubscriptionEntity } from '../subscriptions/subscription.entity.js';
import { ForceMajeureService } from './force-majeure.service.js';
import {
  CorrectOrderInput,
  CorrectOrderPayload,
  RecordForceMajeureInput,
  SubscriptionOperationPayload,
  TerminateSubscriptionInput,
  TerminateSubscriptionPayload,
  ViolationInput,
} from './operations.inputs.js';
import {
  ForceMajeure,
  OrderCorrection,
  SubscriptionViolation,
  TerminationNotice,
  TerminationNoticeStatus,
  ViolationLevel,
  ViolationStepKind,
} from './operations.type.js';
import { OrderCorrectionService } from './order-correction.service.js';
import type { TerminationNoticeEntity } from './termination-notice.entity.js';
import { TerminationService } from './termination.service.js';
import { ViolationsService } from './violations.service.js';

const subscriptionNotFound = (): UserError[] => [
  userError(UserErrorCode.NOT_FOUND, noSuchMessage('subscription'), ['subscriptionId']),
];

/** The subscription an operator acts on (operators see every account). */
async function subscriptionOf(ctx: Context, globalId: string): Promise<SubscriptionEntity | null> {
  requireOperator(ctx);
  const ref = fromGlobalId(globalId, 'Subscription');
  return ref ? ctx.loaders.subscription.load(ref.id) : null;
}

async function subscriptionPayload(
  ctx: Context,
  result: StoredResult,
): Promise<SubscriptionOperationPayload> {
  const id = result.ids.subscription;
  if (id) ctx.loaders.subscription.clear(id);
  const sub = id ? await ctx.loaders.subscription.load(id) : null;
  return { subscription: sub ? toSubscription(sub) : null, userErrors: result.userErrors };
}

export function toTerminationNotice(entity: TerminationNoticeEntity): TerminationNotice {
  return Object.assign(new TerminationNotice(), {
    entity,
    reason: entity.reason,
    noticedOn: entity.noticedOn,
    effectiveOn: entity.effectiveOn,
    status: TerminationNoticeStatus[entity.status],
    effectedAt: entity.effectedAt,
    outcome: entity.outcome,
    rules: ruleRefs(entity.rules),
  });
}

/**
 * Operator actions of issue 4 (operators only): correcting a wrong order (R-REF-DUPLICATE),
 * violations and appeals (R-VIO-1), termination without cause (R-TERM-1) and force majeure
 * (R-FM-1). The services decide with the rules engine; these only guard and delegate.
 */
@Resolver()
export class OperationsResolver {
  @Directive('@operatorOnly')
  @Mutation(() => CorrectOrderPayload, {
    description:
      'Re-prices a paid NEW_SUBSCRIPTION or RENEWAL order the customer got wrong at its own order date, never above the original; an ORDER_ERROR refund then returns exactly the difference (operators; R-REF-DUPLICATE).',
  })
  async correctOrder(
    @Arg('input', () => CorrectOrderInput, {
      description: 'The paid order and what the customer meant to order.',
    })
    input: CorrectOrderInput,
    @Ctx() ctx: Context,
  ): Promise<CorrectOrderPayload> {
    requireOperator(ctx);
    const ref = fromGlobalId(input.orderId, 'Order');
    const order = ref ? await ctx.loaders.order.load(ref.id) : null;
    if (!order)
      return {
        order: null,
        userErrors: [userError(UserErrorCode.NOT_FOUND, noSuchMessage('order'), ['orderId'])],
      };
    const result = await new OrderCorrectionService(ctx.db, actorOf(ctx)).correct(order.accountId, {
      orderId: order.id,
      years: input.years ?? null,
      seats: input.seats ?? null,
      note: input.note,
      idempotencyKey: input.idempotencyKey,
    });
    ctx.loaders.order.clear(order.id);
    const fresh = result.ids.order ? await ctx.loaders.order.load(result.ids.order) : null;
    return { order: fresh ? toOrder(fresh) : null, userErrors: result.userErrors };
  }

  @Directive('@operatorOnly')
  @Mutation(() => SubscriptionOperationPayload, {
    description:
      'Records a violation: warning → suspension (no entitlements) → permanent ban (terminated), with its reason (operators; R-VIO-1, R-LIFE-5).',
  })
  async recordViolation(
    @Arg('input', () => ViolationInput, {
      description: 'The subscription and the reason for the step.',
    })
    input: ViolationInput,
    @Ctx() ctx: Context,
  ): Promise<SubscriptionOperationPayload> {
    const sub = await subscriptionOf(ctx, input.subscriptionId);
    if (!sub) return { subscription: null, userErrors: subscriptionNotFound() };
    const result = await new ViolationsService(ctx.db, actorOf(ctx)).recordViolation(
      sub.accountId,
      {
        subscriptionId: sub.id,
        reason: input.reason,
        idempotencyKey: input.idempotencyKey,
      },
    );
    return subscriptionPayload(ctx, result);
  }

  @Directive('@operatorOnly')
  @Mutation(() => SubscriptionOperationPayload, {
    description:
      'An upheld appeal: restores the state before the latest violation step still in force (operators; R-VIO-1).',
  })
  async upholdAppeal(
    @Arg('input', () => ViolationInput, {
      description: 'The subscription and the reason for the step.',
    })
    input: ViolationInput,
    @Ctx() ctx: Context,
  ): Promise<SubscriptionOperationPayload> {
    const sub = await subscriptionOf(ctx, input.subscriptionId);
    if (!sub) return { subscription: null, userErrors: subscriptionNotFound() };
    const result = await new ViolationsService(ctx.db, actorOf(ctx)).upholdAppeal(sub.accountId, {
      subscriptionId: sub.id,
      reason: input.reason,
      idempotencyKey: input.idempotencyKey,
    });
    return subscriptionPayload(ctx, result);
  }

  @Directive('@operatorOnly')
  @Mutation(() => TerminateSubscriptionPayload, {
    description:
      'The provider ends the agreement without cause on at least 10 natural days’ written notice; on the effective date the subscription is terminated and the unused part refunded pro rata without fee (operators; R-TERM-1).',
  })
  async terminateSubscription(
    @Arg('input', () => TerminateSubscriptionInput, {
      description: 'The subscription, the reason and the effective date.',
    })
    input: TerminateSubscriptionInput,
    @Ctx() ctx: Context,
  ): Promise<TerminateSubscriptionPayload> {
    const sub = await subscriptionOf(ctx, input.subscriptionId);
    if (!sub)
      return { subscription: null, terminationNotice: null, userErrors: subscriptionNotFound() };
    const result = await new TerminationService(ctx.db, actorOf(ctx)).schedule(sub.accountId, {
      subscriptionId: sub.id,
      reason: input.reason,
      effectiveOn: input.effectiveOn,
      idempotencyKey: input.idempotencyKey,
    });
    const { subscription, userErrors } = await subscriptionPayload(ctx, result);
    ctx.loaders.terminationNoticesBySubscription.clear(sub.id);
    const notices = result.ids.terminationNotice
      ? await ctx.loaders.terminationNoticesBySubscription.load(sub.id)
      : [];
    const notice = notices.find((n) => n.id === result.ids.terminationNotice);
    return {
      subscription,
      terminationNotice: notice ? toTerminationNotice(notice) : null,
      userErrors,
    };
  }

  @Directive('@operatorOnly')
  @Mutation(() => SubscriptionOperationPayload, {
    description:
      'Records force majeure: the service period is extended by its days; after 30 days in total either side may end the agreement (operators; R-FM-1).',
  })
  async recordForceMajeure(
    @Arg('input', () => RecordForceMajeureInput, {
      description: 'The subscription, how many days and why.',
    })
    input: RecordForceMajeureInput,
    @Ctx() ctx: Context,
  ): Promise<SubscriptionOperationPayload> {
    const sub = await subscriptionOf(ctx, input.subscriptionId);
    if (!sub) return { subscription: null, userErrors: subscriptionNotFound() };
    const result = await new ForceMajeureService(ctx.db, actorOf(ctx)).record(sub.accountId, {
      subscriptionId: sub.id,
      days: input.days,
      reason: input.reason,
      idempotencyKey: input.idempotencyKey,
    });
    return subscriptionPayload(ctx, result);
  }
}

@Resolver(() => Subscription)
export class SubscriptionOperationsFieldsResolver {
  @FieldResolver(() => String, {
    nullable: true,
    description:
      'The hotline-contract number asked for at opening, assigned at activation (R-NUM-2).',
  })
  hotlineContractNumber(@Root() sub: Subscription): string | null {
    return sub.entity.requestedNumber;
  }

  @FieldResolver(() => ViolationLevel, { description: 'The violation level in force (R-VIO-1).' })
  violationLevel(@Root() sub: Subscription): ViolationLevel {
    return ViolationLevel[sub.entity.violationLevel as ViolationLevel] ?? ViolationLevel.NONE;
  }

  @FieldResolver(() => [SubscriptionViolation], {
    description: 'Every violation step and upheld appeal, oldest first (R-VIO-1).',
  })
  async violations(
    @Root() sub: Subscription,
    @Ctx() ctx: Context,
  ): Promise<SubscriptionViolation[]> {
    return (await ctx.loaders.violationsBySubscription.load(sub.entity.id)).map((row) => ({
      kind: ViolationStepKind[row.kind],
      level: ViolationLevel[row.toLevel],
      fromLevel: ViolationLevel[row.fromLevel],
      reason: row.reason,
      on: row.recordedOn,
      rules: ruleRefs(row.rules),
    }));
  }

  @FieldResolver(() => ForceMajeure, {
    nullable: true,
    description: 'Force majeure recorded, if any (R-FM-1).',
  })
  async forceMajeure(@Root() sub: Subscription, @Ctx() ctx: Context): Promise<ForceMajeure | null> {
    const events = await ctx.loaders.forceMajeureBySubscription.load(sub.entity.id);
    if (events.length === 0) return null;
    const totalDays = events.reduce((sum, event) => sum + event.days, 0);
    const may = mayEndAfterForceMajeure(totalDays);
    return {
      totalDays,
      mayEnd: may.ok && may.mayEnd,
      explanation: may.ok ? may.reason : may.refusal.message,
      rules: ruleRefs(may.ok ? may.rules : may.refusal.rules),
      events: events.map((event) => ({
        days: event.days,
        reason: event.reason,
        recordedOn: event.recordedOn,
        periodEndBefore: event.periodEndBefore,
        periodEndAfter: event.periodEndAfter,
        explanation: event.explanation,
        rules: ruleRefs(event.rules),
      })),
    };
  }

  @FieldResolver(() => TerminationNotice, {
    nullable: true,
    description: 'The latest termination notice, if any (R-TERM-1).',
  })
  async terminationNotice(
    @Root() sub: Subscription,
    @Ctx() ctx: Context,
  ): Promise<TerminationNotice | null> {
    const notice = (await ctx.loaders.terminationNoticesBySubscription.load(sub.entity.id)).at(-1);
    return notice ? toTerminationNotice(notice) : null;
  }
}

@Resolver(() => TerminationNotice)
export class TerminationNoticeFieldsResolver {
  @FieldResolver(() => [Refund], {
    description: 'The refunds the termination approved (pro rata, without fee).',
  })
  async refunds(@Root() notice: TerminationNotice, @Ctx() ctx: Context): Promise<Refund[]> {
    const refunds = await ctx.loaders.refund.loadMany(notice.entity.refundIds);
    return refunds.flatMap((refund) =>
      refund && !(refund instanceof Error) ? [toRefund(refund)] : [],
    );
  }
}

@Resolver(() => Order)
export class OrderCorrectionFieldsResolver {
  @FieldResolver(() => OrderCorrection, {
    nullable: true,
    description: 'The correction of a wrong order, if any (R-REF-DUPLICATE).',
  })
  correction(@Root() order: Order): OrderCorrection | null {
    const entity = order.entity;
    const correction = entity.correction;
    if (!correction || entity.correctedTotal === null) return null;
    return {
      years: correction.years,
      seats: correction.seats,
      total: money(entity.correctedTotal),
      difference: money(entity.total - entity.correctedTotal),
      lines: correction.lines.map(toLineItem),
      explanation: inCallerLanguage(correction.explanation, correction.explanationMessage),
      rules: ruleRefs(correction.rules),
      note: correction.note,
      correctedAt: new Date(correction.correctedAt),
      correctedOn: correction.correctedOn,
      previousPeriodEnd: correction.previousPeriodEnd,
    };
  }
}
