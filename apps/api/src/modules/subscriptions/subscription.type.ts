import { Connection } from '../../graphql/connection.js';
import { Field, ID, Int, ObjectType, registerEnumType } from 'type-graphql';
import { Node } from '../../graphql/node.js';
import { RuleRef } from '../../graphql/explain.type.js';
import { DateScalar, DateTimeScalar } from '../../graphql/scalars.js';
import type { SubscriptionEntity } from './subscription.entity.js';

export enum SubscriptionStatus {
  PENDING_ACTIVATION = 'PENDING_ACTIVATION',
  ACTIVE = 'ACTIVE',
  GRACE = 'GRACE',
  RECYCLED = 'RECYCLED',
  SUSPENDED = 'SUSPENDED',
  TERMINATED = 'TERMINATED',
}
registerEnumType(SubscriptionStatus, { name: 'SubscriptionStatus' });

@ObjectType({ description: 'What the subscription allows today (R-LIFE-2, R-LIFE-5).' })
export class Entitlements {
  @Field(() => Boolean, { description: 'May start new sessions (false in grace, R-LIFE-2).' })
  initiateSessions!: boolean;

  @Field(() => Boolean, { description: 'The service works at all.' })
  service!: boolean;

  @Field(() => Boolean, { description: 'Seats may be added (R-SEAT-1).' })
  addSeats!: boolean;

  @Field(() => Boolean, { description: 'A renewal is allowed now (R-RENEW-1).' })
  renew!: boolean;
}

@ObjectType({ description: 'A recorded transition (R-LIFE-6).' })
export class SubscriptionEvent {
  @Field(() => DateTimeScalar)
  occurredAt!: Date;

  @Field(() => DateScalar)
  effectiveOn!: string;

  @Field(() => SubscriptionStatus, { nullable: true })
  fromStatus!: SubscriptionStatus | null;

  @Field(() => SubscriptionStatus)
  toStatus!: SubscriptionStatus;

  @Field(() => String)
  cause!: string;

  @Field(() => String)
  reason!: string;

  @Field(() => [RuleRef])
  rules!: RuleRef[];
}

@ObjectType({ description: 'The next change that happens by the passing of time alone.' })
export class NextTransition {
  @Field(() => SubscriptionStatus)
  to!: SubscriptionStatus;

  @Field(() => DateScalar)
  on!: string;

  @Field(() => String)
  reason!: string;

  @Field(() => [RuleRef])
  rules!: RuleRef[];
}

@ObjectType({ implements: Node, description: 'A subscription of an account to a product plan.' })
export class Subscription extends Node {
  @Field(() => ID)
  declare id: string;

  /** The stored row; every other field resolves from it. */
  entity!: SubscriptionEntity;

  @Field(() => Int)
  seats!: number;

  @Field(() => Int, {
    description: 'Seats renewed at the legacy price under the promotion (R-MIG-2, E).',
  })
  legacySeats!: number;

  @Field(() => String, {
    nullable: true,
    description: 'The 10-digit 400/800 enterprise number (R-NUM).',
  })
  enterpriseNumber!: string | null;

  @Field(() => DateScalar)
  openedOn!: string;

  @Field(() => DateScalar, {
    nullable: true,
    description:
      'Day of activation: the first day of the first period (service since); kept across renewals (R-OPEN-3).',
  })
  activatedOn!: string | null;

  @Field(() => DateScalar, {
    nullable: true,
    description:
      'First day of the current paid period: the activation day, then, after each renewal, the previous period end (R-RENEW-2).',
  })
  currentPeriodStart!: string | null;

  @Field(() => DateScalar, {
    nullable: true,
    description:
      'Exclusive end of the paid period (R-TIME-1); null before activation, and for a free plan, which has no period end (see openEnded, R-CAT-2).',
  })
  currentPeriodEnd!: string | null;

  @Field(() => Boolean, {
    description:
      'Activated with no period end: a free plan has no time limit (R-CAT-2). No renewal, grace, recycling or reminders; it ends only when the customer leaves it or an operator terminates it.',
  })
  openEnded!: boolean;
}

export const SubscriptionConnection = Connection(Subscription, 'Subscription');
export type SubscriptionConnection = InstanceType<typeof SubscriptionConnection>;

export const SubscriptionEventConnection = Connection(SubscriptionEvent, 'SubscriptionEvent');
export type SubscriptionEventConnection = InstanceType<typeof SubscriptionEventConnection>;
