import { Field, Int, ObjectType, registerEnumType } from 'type-graphql';
import { LineItem, RuleRef } from '../../graphql/explain.type.js';
import { Money } from '../../graphql/money.type.js';
import { DateScalar, DateTimeScalar } from '../../graphql/scalars.js';
import type { TerminationNoticeEntity } from './termination-notice.entity.js';

// --- R-REF-DUPLICATE: a wrong order corrected ---

@ObjectType({
  description:
    'A wrong order re-priced at its own order date (R-REF-DUPLICATE); Order.total and Order.lines keep the original.',
})
export class OrderCorrection {
  @Field(() => Int, { nullable: true, description: 'The years the customer meant.' })
  years!: number | null;

  @Field(() => Int, { nullable: true, description: 'The seats the customer meant.' })
  seats!: number | null;

  @Field(() => Money, { description: 'The corrected price (never above the original total).' })
  total!: Money;

  @Field(() => Money, {
    description: 'Original total − corrected total: what an ORDER_ERROR refund returns.',
  })
  difference!: Money;

  @Field(() => [LineItem], { description: 'The corrected order priced line by line.' })
  lines!: LineItem[];

  @Field(() => String, {
    description: 'Why, in plain words, naming the rule ids that decided it.',
  })
  explanation!: string;

  @Field(() => [RuleRef], { description: 'The rules that decided it, with their summaries.' })
  rules!: RuleRef[];

  @Field(() => String, { description: 'The operator’s note: what the customer meant to order.' })
  note!: string;

  @Field(() => DateTimeScalar, { description: 'When it was corrected.' })
  correctedAt!: Date;

  @Field(() => DateScalar, { description: 'The business date it was corrected on.' })
  correctedOn!: string;

  @Field(() => DateScalar, {
    nullable: true,
    description:
      'The exclusive end of the order’s period before the correction (null if not yet activated).',
  })
  previousPeriodEnd!: string | null;
}

// --- R-VIO-1: violations and appeals ---

export enum ViolationLevel {
  NONE = 'NONE',
  WARNING = 'WARNING',
  SUSPENDED = 'SUSPENDED',
  BANNED = 'BANNED',
}
registerEnumType(ViolationLevel, {
  name: 'ViolationLevel',
  description: 'R-VIO-1: warning → suspension → permanent ban.',
  valuesConfig: {
    NONE: { description: 'No violation on record (or every one was appealed away).' },
    WARNING: { description: 'A first violation: a warning; the service goes on.' },
    SUSPENDED: { description: 'A second violation: the service is suspended (R-VIO-1).' },
    BANNED: { description: 'A third violation: banned for good, unless an appeal is upheld.' },
  },
});

export enum ViolationStepKind {
  ESCALATION = 'ESCALATION',
  APPEAL_UPHELD = 'APPEAL_UPHELD',
}
registerEnumType(ViolationStepKind, {
  name: 'ViolationStepKind',
  description: 'How a violation step moved the level (R-VIO-1).',
  valuesConfig: {
    ESCALATION: { description: 'A violation recorded: one level up.' },
    APPEAL_UPHELD: { description: 'An appeal upheld: one level back down.' },
  },
});

@ObjectType({ description: 'One recorded step of R-VIO-1, with its reason.' })
export class SubscriptionViolation {
  @Field(() => ViolationStepKind, { description: 'A violation or an upheld appeal.' })
  kind!: ViolationStepKind;

  @Field(() => ViolationLevel, { description: 'The level this step left the subscription at.' })
  level!: ViolationLevel;

  @Field(() => ViolationLevel, { description: 'The level before this step.' })
  fromLevel!: ViolationLevel;

  @Field(() => String, { description: 'The operator’s reason for the step.' })
  reason!: string;

  @Field(() => DateScalar, { description: 'The business date of the step.' })
  on!: string;

  @Field(() => [RuleRef], { description: 'The rules that decided it, with their summaries.' })
  rules!: RuleRef[];
}

// --- R-TERM-1: termination without cause ---

export enum TerminationNoticeStatus {
  SCHEDULED = 'SCHEDULED',
  EFFECTIVE = 'EFFECTIVE',
  LAPSED = 'LAPSED',
}
registerEnumType(TerminationNoticeStatus, {
  name: 'TerminationNoticeStatus',
  description:
    'SCHEDULED until the effective date; EFFECTIVE once the subscription was terminated and refunded; LAPSED if it had already ended.',
  valuesConfig: {
    SCHEDULED: { description: 'Waiting for its effective date.' },
    EFFECTIVE: {
      description:
        'Carried out: the subscription was terminated and the unused part refunded without fee (R-TERM-1).',
    },
    LAPSED: { description: 'The subscription had already ended by the effective date.' },
  },
});

@ObjectType({
  description: 'The provider’s written notice ending the agreement without cause (R-TERM-1).',
})
export class TerminationNotice {
  entity!: TerminationNoticeEntity;

  @Field(() => String, { description: 'The reason given in the notice.' })
  reason!: string;

  @Field(() => DateScalar, { description: 'The business date the notice was given.' })
  noticedOn!: string;

  @Field(() => DateScalar, { description: 'At least 10 natural days after the notice.' })
  effectiveOn!: string;

  @Field(() => TerminationNoticeStatus, { description: 'Scheduled, effective or lapsed.' })
  status!: TerminationNoticeStatus;

  @Field(() => DateTimeScalar, {
    nullable: true,
    description: 'When it was carried out; null while scheduled.',
  })
  effectedAt!: Date | null;

  @Field(() => String, {
    nullable: true,
    description: 'What happened on the effective date, with the refund explanations.',
  })
  outcome!: string | null;

  @Field(() => [RuleRef], { description: 'The rules that decided it, with their summaries.' })
  rules!: RuleRef[];
}

// --- R-FM-1: force majeure ---

@ObjectType({ description: 'One stretch of force majeure and the period end it moved (R-FM-1).' })
export class ForceMajeureEvent {
  @Field(() => Int, { description: 'Days of suspension: the period end moved by as many.' })
  days!: number;

  @Field(() => String, { description: 'What happened, as recorded.' })
  reason!: string;

  @Field(() => DateScalar, { description: 'The business date it was recorded on.' })
  recordedOn!: string;

  @Field(() => DateScalar, { description: 'Exclusive period end before the extension.' })
  periodEndBefore!: string;

  @Field(() => DateScalar, { description: 'Exclusive period end after the extension.' })
  periodEndAfter!: string;

  @Field(() => String, {
    description: 'Why, in plain words, naming the rule ids that decided it.',
  })
  explanation!: string;

  @Field(() => [RuleRef], { description: 'The rules that decided it, with their summaries.' })
  rules!: RuleRef[];
}

@ObjectType({ description: 'Force majeure recorded for a subscription (R-FM-1).' })
export class ForceMajeure {
  @Field(() => Int, {
    description: 'Days of force majeure recorded in total; the period end moved by as many.',
  })
  totalDays!: number;

  @Field(() => Boolean, {
    description: 'Either side may now end the agreement (30 days or more, R-FM-1).',
  })
  mayEnd!: boolean;

  @Field(() => String, {
    description: 'Why, in plain words, naming the rule ids that decided it.',
  })
  explanation!: string;

  @Field(() => [RuleRef], { description: 'The rules that decided it, with their summaries.' })
  rules!: RuleRef[];

  @Field(() => [ForceMajeureEvent], { description: 'Each stretch recorded, oldest first.' })
  events!: ForceMajeureEvent[];
}
