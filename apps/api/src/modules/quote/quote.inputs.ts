import type { BusinessDate } from '@billing/domain';
import { Field, ID, InputType, Int } from 'type-graphql';
import { DateScalar } from '../../graphql/scalars.js';
import { QuoteAction } from './quote.type.js';

@InputType({
  description: 'A price preview request; which fields are needed depends on the action.',
})
export class QuoteInput {
  @Field(() => QuoteAction, { description: 'What to price; it decides which other fields apply.' })
  action!: QuoteAction;

  @Field(() => ID, { nullable: true, description: 'ADD_SEATS and RENEWAL: the subscription.' })
  subscriptionId?: string | null;

  @Field(() => ID, {
    nullable: true,
    description:
      'NEW_SUBSCRIPTION and VALUE_ADDED: the account whose clock dates the quote and whose contract prices apply (customers: their own by default).',
  })
  accountId?: string | null;

  @Field(() => String, {
    nullable: true,
    description: 'NEW_SUBSCRIPTION: EQQ, QIDIAN, EXMAIL, MEETING.',
  })
  productCode?: string | null;

  @Field(() => String, {
    nullable: true,
    description:
      'NEW_SUBSCRIPTION: the plan (edition); VALUE_ADDED: the item (CUSTOMER_LIBRARY, MASS_MESSAGES, SMS, BOT).',
  })
  planCode?: string | null;

  @Field(() => Int, {
    nullable: true,
    description: 'NEW_SUBSCRIPTION: seats; ADD_SEATS: seats to add.',
  })
  seats?: number | null;

  @Field(() => Int, { nullable: true, description: 'NEW_SUBSCRIPTION and RENEWAL: years.' })
  years?: number | null;

  @Field(() => Int, {
    nullable: true,
    description: 'VALUE_ADDED: units of the item, 1 to 1,000 (default 1).',
  })
  quantity?: number | null;

  @Field(() => DateScalar, {
    nullable: true,
    description:
      'The date to price on; default: today on the account’s clock (real today without an account).',
  })
  asOf?: BusinessDate | null;
}
