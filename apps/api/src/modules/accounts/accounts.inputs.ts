import { PageArgs } from '../../graphql/connection.js';
import { AccountSort } from '../../graphql/list-sorts.js';
import { ArgsType, Field, ID, InputType } from 'type-graphql';
import { AccountStatus, VerificationStatus } from './account.type.js';

@InputType({ description: 'A new customer account.' })
export class CreateAccountInput {
  @Field(() => String, { description: 'The customer’s name, 1–200 characters.' })
  name!: string;

  @Field(() => ID, {
    nullable: true,
    description: 'Attach the account to a test clock: it lives at the clock’s time.',
  })
  testClockId?: string | null;
}

@InputType({ description: 'Narrows `accounts`; every criterion given must match.' })
export class AccountFilter {
  @Field(() => String, {
    nullable: true,
    description:
      'Matches the name or verified name anywhere (case-insensitive, at most 100 characters).',
  })
  search?: string | null;

  @Field(() => AccountStatus, { nullable: true, description: 'Accounts in this status.' })
  status?: AccountStatus | null;

  @Field(() => VerificationStatus, {
    nullable: true,
    description: 'E.g. PENDING: the verification review queue (R-OPEN-2).',
  })
  verificationStatus?: VerificationStatus | null;

  @Field(() => ID, { nullable: true, description: 'Accounts living at this test clock.' })
  testClockId?: string | null;

  @Field(() => Boolean, {
    nullable: true,
    description:
      'true: only accounts living at a test clock; false: only live accounts (real time); omitted: both.',
  })
  testMode?: boolean | null;
}

@ArgsType()
export class AccountsArgs extends PageArgs {
  @Field(() => AccountFilter, { nullable: true, description: 'Default: every account.' })
  filter?: AccountFilter | null;

  @Field(() => AccountSort.values, {
    nullable: true,
    description: 'The order of the accounts (instead of orderBy); default OLDEST_FIRST.',
  })
  sort?: AccountSort | null;
}
