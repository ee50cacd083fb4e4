import { noSuchMessage } from '@billing/domain';
import type { ExmailUsage } from '@billing/domain';
import { Arg, Ctx, Field, FieldResolver, Mutation, ObjectType, Resolver, Root } from 'type-graphql';
import type { Context } from '../../context.js';
import { withAccountLock } from '../../db/transaction.js';
import { fromGlobalId } from '../../graphql/node.js';
import { UserErrorCode, userError } from '../../graphql/user-error.js';
import { actorOf, recordAudit } from '../audit/audit.js';
import { requireOperator } from '../auth/auth.js';
import { nowForAccount } from '../clock/clock.js';
import { toSubscription } from '../orders/orders.mapper.js';
import { SubscriptionEntity } from '../subscriptions/subscription.entity.js';
import { Subscription } from '../subscriptions/subscription.type.js';
import { RecordServiceUsageInput, RecordServiceUsagePayload } from './usage.inputs.js';

/** What the mailbox service reports about an Exmail subscription being put into use (R-REF-UNUSED). */
@ObjectType({
  description:
    'Whether an Exmail subscription was put into use, as the mailbox service reports it (R-REF-UNUSED).',
})
export class ServiceUsage {
  @Field(() => Boolean, { description: 'The mail domain was verified.' })
  domainVerified!: boolean;

  @Field(() => Boolean, { description: 'An administrator mailbox was created.' })
  adminCreated!: boolean;

  @Field(() => Boolean, { description: 'A member mailbox was added.' })
  memberAdded!: boolean;

  @Field(() => Boolean, { description: 'Any of the three happened: the service was put into use.' })
  inUse!: boolean;
}

/** The usage stored in the subscription's service data (deleted with it on recycling, R-LIFE-3). */
export function usageOf(sub: SubscriptionEntity): ExmailUsage {
  const usage = (sub.serviceData as { usage?: Partial<ExmailUsage> }).usage ?? {};
  return {
    domainVerified: !!usage.domainVerified,
    adminCreated: !!usage.adminCreated,
    memberAdded: !!usage.memberAdded,
  };
}

@Resolver(() => Subscription)
export class ServiceUsageResolver {
  @Mutation(() => RecordServiceUsagePayload, {
    description:
      'Records that a subscription was put into use (domain verified, administrator created, member added), as the product service reports it (operators and integrations). Once in use, an Exmail subscription is no longer refundable as unused (R-REF-UNUSED). Usage is never undone.',
  })
  async recordServiceUsage(
    @Arg('input', () => RecordServiceUsageInput, {
      description: 'The subscription and what was put into use.',
    })
    input: RecordServiceUsageInput,
    @Ctx() ctx: Context,
  ): Promise<RecordServiceUsagePayload> {
    requireOperator(ctx);
    const ref = fromGlobalId(input.subscriptionId, 'Subscription');
    const found = ref ? await ctx.loaders.subscription.load(ref.id) : null;
    if (!found)
      return {
        subscription: null,
        userErrors: [
          userError(UserErrorCode.NOT_FOUND, noSuchMessage('subscription'), ['subscriptionId']),
        ],
      };
    const saved = await withAccountLock(ctx.db, found.accountId, async (tx) => {
      const sub = await tx.getRepository(SubscriptionEntity).findOneByOrFail({ id: found.id });
      const before = usageOf(sub);
      const after: ExmailUsage = {
        domainVerified: before.domainVerified || !!input.domainVerified,
        adminCreated: before.adminCreated || !!input.adminCreated,
        memberAdded: before.memberAdded || !!input.memberAdded,
      };
      sub.serviceData = { ...sub.serviceData, usage: after };
      await tx.getRepository(SubscriptionEntity).save(sub);
      const now = await nowForAccount(tx, sub.accountId);
      await recordAudit(tx, actorOf(ctx), {
        action: 'recordServiceUsage',
        objectType: 'Subscription',
        objectId: sub.id,
        accountId: sub.accountId,
        before,
        after,
        at: now.instant,
      });
      return sub;
    });
    return { subscription: toSubscription(saved), userErrors: [] };
  }

  @FieldResolver(() => ServiceUsage, {
    description: 'Whether the service was put into use (R-REF-UNUSED).',
  })
  serviceUsage(@Root() sub: Subscription): ServiceUsage {
    const usage = usageOf(sub.entity);
    return { ...usage, inUse: usage.domainVerified || usage.adminCreated || usage.memberAdded };
  }
}
