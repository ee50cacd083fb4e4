import { Field, ID, ObjectType } from 'type-graphql';
import { Connection } from '../../graphql/connection.js';
import { RuleRef } from '../../graphql/explain.type.js';
import { Money } from '../../graphql/money.type.js';
import { DateTimeScalar } from '../../graphql/scalars.js';

@ObjectType({
  description: 'One line of the double-entry journal: debits positive, credits negative.',
})
export class JournalEntry {
  @Field(() => ID, { description: 'The journal line’s id.' })
  id!: string;

  @Field(() => String, {
    description: 'The posting all lines of one event share; its lines sum to zero.',
  })
  transactionId!: string;

  @Field(() => String, {
    description:
      'cash:<METHOD>, revenue, customer_credit, customer_balance, refunds_payable, fee_income, receivable, late_fee_income',
  })
  ledger!: string;

  @Field(() => ID, {
    nullable: true,
    description:
      'The global id of the customer account the line belongs to (null for lines of no customer account, e.g. cash held with a provider).',
  })
  accountId?: string | null;

  @Field(() => Money, { description: 'Signed: a debit is positive, a credit negative.' })
  amount!: Money;

  @Field(() => String, { description: 'What the line records, in plain words.' })
  memo!: string;

  @Field(() => [RuleRef], { description: 'The rules that decided it, with their summaries.' })
  rules!: RuleRef[];

  @Field(() => String, { description: 'What posted it: Payment, Refund, …' })
  sourceType!: string;

  @Field(() => DateTimeScalar, { description: 'When it was posted.' })
  postedAt!: Date;
}

export const JournalEntryConnection = Connection(JournalEntry, 'JournalEntry');
export type JournalEntryConnection = InstanceType<typeof JournalEntryConnection>;
