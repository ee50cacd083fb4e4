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
registerEnumType(SubscriptionStatus, {
  name: 'SubscriptionStatus',
  description:
    'Where a subscription stands in its lifecycle (R-LIFE-1, R-LIFE-2, R-LIFE-3, R-LIFE-4, R-LIFE-5, R-LIFE-6).',
  valuesConfig: {
    PENDING_ACTIVATION: {
      description:
        'Opened, waiting for full payment, approved materials and activation (R-OPEN-2, R-OPEN-4).',
    },
    ACTIVE: { description: 'In service: today is before the period end (R-LIFE-1).' },
    GRACE: {
      description:
        'The month after the period end: renewable, but no new sessions and no added seats (R-LIFE-2).',
    },
    RECYCLED: {
      description:
        'Grace ended unrenewed: the number went back to the pool and the service data was deleted (R-LIFE-3).',
    },
    SUSPENDED: {
      description:
        'Suspended for a violation or by force majeure: no entitlements (R-VIO-1, R-LIFE-5).',
    },
    TERMINATED: {
      description:
        'Ended for good: refunded, terminated by an operator, left (a free plan) or replaced (R-LIFE-5).',
    },
  },
});

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
  @Field(() => DateTimeScalar, { description: 'When it was recorded.' })
  occurredAt!: Date;

  @Field(() => DateScalar, {
    description: 'The business date it takes effect (e.g. the period end for PERIOD_ENDED).',
  })
  effectiveOn!: string;

  @Field(() => SubscriptionStatus, {
    nullable: true,
    description: 'The status before; null for the opening.',
  })
  fromStatus!: SubscriptionStatus | null;

  @Field(() => SubscriptionStatus, {
    description: 'The status after (the same as before for a change such as RENEWED).',
  })
  toStatus!: SubscriptionStatus;

  @Field(() => String, {
    description:
      'What caused it, a stable code: OPENED, ACTIVATED, RENEWED, PERIOD_ENDED, GRACE_ENDED, REFUNDED, UPGRADED, FORCE_MAJEURE, MOVED_TO_PAID_PLAN…',
  })
  cause!: string;

  @Field(() => String, { description: 'Why, in plain words, with the rule ids.' })
  reason!: string;

  @Field(() => [RuleRef], { description: 'The rules that decided it, with their summaries.' })
  rules!: RuleRef[];
}

@ObjectType({ description: 'The next change that happens by the passing of time alone.' })
export class NextTransition {
  @Field(() => SubscriptionStatus, { description: 'The status it will move to.' })
  to!: SubscriptionStatus;

  @Field(() => DateScalar, {
    description: 'The business date it happens unless something changes first (a renewal…).',
  })
  on!: string;

  @Field(() => String, { description: 'Why, in plain words, with the rule ids.' })
  reason!: string;

  @Field(() => [RuleRef], { description: 'The rules that decided it, with their summaries.' })
  rules!: RuleRef[];
}

@ObjectType({ implements: Node, description: 'A subscription of an account to a product plan.' })
export class Subscription extends Node {
  @Field(() => ID, { description: 'The subscription’s global id.' })
  declare id: string;

  /** The stored row; every other field resolves from it. */
  entity!: SubscriptionEntity;

  @Field(() => Int, {
    description: 'Seats in service now, added seats included (R-SEAT-1, R-SEAT-2).',
  })
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

  @Field(() => DateScalar, { description: 'The business date it was opened (ordered).' })
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
