import { Field, ObjectType, registerEnumType } from 'type-graphql';
import { RuleRef } from '../../graphql/explain.type.js';
import { DateScalar, DateTimeScalar } from '../../graphql/scalars.js';

export enum ReminderKind {
  WINDOW_OPENS = 'WINDOW_OPENS',
  SEVEN_DAYS_BEFORE_END = 'SEVEN_DAYS_BEFORE_END',
}
registerEnumType(ReminderKind, {
  name: 'ReminderKind',
  description: 'R-LIFE-4: when the renewal window opens, and 7 days before the period end.',
  valuesConfig: {
    WINDOW_OPENS: {
      description: 'The renewal window opened: 1 month before the period end (R-RENEW-1).',
    },
    SEVEN_DAYS_BEFORE_END: { description: '7 days before the period end.' },
  },
});

@ObjectType({ description: 'A renewal reminder sent to the customer (R-LIFE-4).' })
export class Reminder {
  @Field(() => ReminderKind, { description: 'Which reminder it is.' })
  kind!: ReminderKind;

  @Field(() => DateScalar, { description: 'The day the rules make it due.' })
  dueOn!: string;

  @Field(() => DateScalar, { description: 'The (exclusive) end of the period it reminds about.' })
  periodEnd!: string;

  @Field(() => DateTimeScalar, { description: 'When it was sent (the account’s clock).' })
  sentAt!: Date;

  @Field(() => String, { description: 'The text sent to the customer.' })
  message!: string;

  @Field(() => [RuleRef], { description: 'The rules that decided it, with their summaries.' })
  rules!: RuleRef[];
}
