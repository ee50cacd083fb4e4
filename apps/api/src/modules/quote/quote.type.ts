import { Field, ObjectType, registerEnumType } from 'type-graphql';
import { LineItem, RuleRef } from '../../graphql/explain.type.js';
import { Money } from '../../graphql/money.type.js';
import { DateScalar } from '../../graphql/scalars.js';
import { UserError } from '../../graphql/user-error.js';

export enum QuoteAction {
  NEW_SUBSCRIPTION = 'NEW_SUBSCRIPTION',
  ADD_SEATS = 'ADD_SEATS',
  RENEWAL = 'RENEWAL',
  VALUE_ADDED = 'VALUE_ADDED',
}
registerEnumType(QuoteAction, {
  name: 'QuoteAction',
  description: 'What a quote prices.',
  valuesConfig: {
    NEW_SUBSCRIPTION: {
      description: 'A new subscription: seats × tier unit price × years (R-OPEN-1).',
    },
    ADD_SEATS: {
      description:
        'Seats added to a subscription for the rest of its period, by the month at the tier of the new total (R-SEAT-3, R-SEAT-4).',
    },
    RENEWAL: {
      description: 'A renewal from the current period end (R-RENEW-2, R-RENEW-3).',
    },
    VALUE_ADDED: { description: 'Units of a one-off value-added item (R-CAT-2).' },
  },
});

@ObjectType({
  description:
    'A price preview with no side effect. A quote the rules refuse has total null and the refusal in userErrors.',
})
export class Quote {
  @Field(() => QuoteAction, { description: 'What was priced.' })
  action!: QuoteAction;

  @Field(() => DateScalar, { description: 'The date it was priced on.' })
  asOf!: string;

  @Field(() => Money, {
    nullable: true,
    description: 'What it would cost: the sum of the lines. Null when the rules refuse it.',
  })
  total!: Money | null;

  @Field(() => [LineItem], {
    description: 'The priced lines with their explanations and rule ids; empty when refused.',
  })
  lines!: LineItem[];

  @Field(() => DateScalar, {
    nullable: true,
    description:
      'Start of the period priced (a new subscription: as if activated on asOf, R-OPEN-3).',
  })
  periodStart!: string | null;

  @Field(() => DateScalar, {
    nullable: true,
    description:
      'Exclusive end of the period priced; null when refused, and for a free plan, which has no period end (see openEnded, R-CAT-2).',
  })
  periodEnd!: string | null;

  @Field(() => Boolean, {
    description:
      'The period priced has no end: a free plan has no time limit (R-CAT-2), so it is never renewed.',
  })
  openEnded!: boolean;

  @Field(() => DateScalar, {
    nullable: true,
    description:
      'The product’s service end, when the period priced runs past it (R-CAT-4): the service stops on this date, before periodEnd. Null when the period ends by then, or the product is not sunset.',
  })
  serviceEndsOn!: string | null;

  @Field(() => String, {
    description:
      'One line a customer can read: the price and the rules behind it, or why it is refused.',
  })
  explanation!: string;

  @Field(() => [RuleRef], { description: 'The rules that decided it, with their summaries.' })
  rules!: RuleRef[];

  @Field(() => [UserError], {
    description: 'Why the rules refuse it (then total is null); empty when it is priced.',
  })
  userErrors!: UserError[];
}
