import { ArgsType, Field, ID } from 'type-graphql';
import { PageArgs } from '../../graphql/connection.js';
import { JournalSort } from '../../graphql/list-sorts.js';

@ArgsType()
export class JournalArgs extends PageArgs {
  @Field(() => String, {
    nullable: true,
    description: 'Only lines of this ledger (as `JournalEntry.ledger` names it, e.g. "revenue").',
  })
  ledger?: string | null;

  @Field(() => ID, { nullable: true, description: 'Only lines of this customer account.' })
  accountId?: string | null;

  @Field(() => String, {
    nullable: true,
    description: 'Only the lines of this posting (`JournalEntry.transactionId`).',
  })
  transactionId?: string | null;

  @Field(() => JournalSort.values, {
    nullable: true,
    description: 'The order of the lines (instead of orderBy); default NEWEST_FIRST.',
  })
  sort?: JournalSort | null;

  @Field(() => Boolean, {
    nullable: true,
    description:
      'true: only the postings of test-clock accounts (their cash lines too); false: only the others; omitted: all (as before this argument existed). The console passes its Test mode switch, so live and simulated money never mix on one page.',
  })
  testMode?: boolean | null;

  @Field(() => String, {
    nullable: true,
    description:
      'Only lines whose memo or account name contains this text (case-insensitive, at most 100 characters).',
  })
  search?: string | null;
}
