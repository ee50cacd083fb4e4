import { Field, ID, InputType, ObjectType } from 'type-graphql';
import { UserError } from '../../graphql/user-error.js';
import { Subscription } from '../subscriptions/subscription.type.js';

@InputType({
  description:
    'What the product service reports as used; true marks it, false or absent leaves it.',
})
export class RecordServiceUsageInput {
  @Field(() => ID, { description: 'The subscription’s global id.' })
  subscriptionId!: string;

  @Field(() => Boolean, {
    nullable: true,
    description: 'true: the mail domain was verified (never undone).',
  })
  domainVerified?: boolean | null;

  @Field(() => Boolean, {
    nullable: true,
    description: 'true: an administrator mailbox was created (never undone).',
  })
  adminCreated?: boolean | null;

  @Field(() => Boolean, {
    nullable: true,
    description: 'true: a member mailbox was added (never undone).',
  })
  memberAdded?: boolean | null;
}

@ObjectType({ description: 'The subscription after `recordServiceUsage`.' })
export class RecordServiceUsagePayload {
  @Field(() => Subscription, {
    nullable: true,
    description:
      'The subscription, with its `serviceUsage`. Always set when `userErrors` is empty.',
  })
  subscription!: Subscription | null;

  @Field(() => [UserError], {
    description: 'Why the request was refused; empty when it succeeded.',
  })
  userErrors!: UserError[];
}
