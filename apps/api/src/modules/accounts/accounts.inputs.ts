import { PageArgs } from '../../graphql/connection.js';
import { AccountSort } from '../../graphql/list-sorts.js';
import { ArgsType, Field, ID, InputType, ObjectType } from 'type-graphql';
import { Account, AccountStatus, VerificationStatus } from './account.type.js';
import { UserError } from '../../graphql/user-error.js';

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

@ObjectType({ description: 'The account `createAccount` created.' })
export class CreateAccountPayload {
  @Field(() => Account, {
    nullable: true,
    description: 'The new account. Always set when `userErrors` is empty.',
  })
  account!: Account | null;

  @Field(() => [UserError], {
    description: 'Why the request was refused; empty when it succeeded.',
  })
  userErrors!: UserError[];
}

@InputType({ description: 'Qualification materials for review (R-OPEN-2).' })
export class SubmitVerificationInput {
  @Field(() => ID, { description: 'The account the materials are for.' })
  accountId!: string;

  @Field(() => String, { description: 'The enterprise name as on the business licence.' })
  verifiedName!: string;

  @Field(() => [String], {
    description: 'References to the business licence, legal representative ID and contact.',
  })
  documents!: string[];
}

@InputType({ description: 'Approves an account’s pending materials (R-OPEN-2).' })
export class ApproveVerificationInput {
  @Field(() => ID, { description: 'The account whose materials are approved.' })
  accountId!: string;
}

@InputType({ description: 'Rejects an account’s pending materials (R-OPEN-2).' })
export class RejectVerificationInput {
  @Field(() => ID, { description: 'The account whose materials are rejected.' })
  accountId!: string;

  @Field(() => String, {
    description: 'Why, for the customer: shown as `Account.verificationNote`.',
  })
  reason!: string;
}

@ObjectType({ description: 'The account after a verification step.' })
export class AccountPayload {
  @Field(() => Account, {
    nullable: true,
    description: 'The account as it is now. Always set when `userErrors` is empty.',
  })
  account!: Account | null;

  @Field(() => [UserError], {
    description: 'Why the request was refused; empty when it succeeded.',
  })
  userErrors!: UserError[];
}
