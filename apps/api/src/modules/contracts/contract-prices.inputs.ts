import type { BusinessDate, Fen } from '@billing/domain';
import { Field, ID, InputType, ObjectType } from 'type-graphql';
import { DateScalar, DecimalScalar } from '../../graphql/scalars.js';
import { UserError } from '../../graphql/user-error.js';
import { Account } from '../accounts/account.type.js';
import { ContractPrice } from './contract-price.type.js';

@InputType({ description: 'A contract price to set or change from a date (R-CAT-2).' })
export class SetContractPriceInput {
  @Field(() => ID, { description: 'The account the price is agreed with.' })
  accountId!: string;

  @Field(() => String, { description: 'e.g. MEETING.' })
  productCode!: string;

  @Field(() => String, { description: 'A contract-priced (CUSTOM) plan, e.g. ENTERPRISE.' })
  planCode!: string;

  @Field(() => DecimalScalar, {
    description: 'Price per seat per year, from 0.01 to 1,000,000.00 CNY (R-CAT-2, R-MONEY-1).',
  })
  unitPrice!: Fen;

  @Field(() => DateScalar, {
    nullable: true,
    description:
      'First day of the new price, today or later; default today on the account’s clock. A later date changes the price from then on.',
  })
  effectiveFrom?: BusinessDate | null;

  @Field(() => String, {
    description:
      'A key of your choice, 1–255 printable ASCII characters (a UUID): a retry with the same key and the same input answers as the first call did and changes nothing more; the same key with another input is refused (IDEMPOTENCY_KEY_REUSED).',
  })
  idempotencyKey!: string;
}

@InputType({ description: 'A contract price to end from a date (R-CAT-2).' })
export class EndContractPriceInput {
  @Field(() => ID, { description: 'The account whose contract price ends.' })
  accountId!: string;

  @Field(() => String, { description: 'The product code, e.g. "MEETING".' })
  productCode!: string;

  @Field(() => String, { description: 'The contract-priced (CUSTOM) plan, e.g. "ENTERPRISE".' })
  planCode!: string;

  @Field(() => DateScalar, {
    nullable: true,
    description:
      'First day without a contract price (today or later; default today on the account’s clock).',
  })
  endsOn?: BusinessDate | null;

  @Field(() => String, {
    description:
      'A key of your choice, 1–255 printable ASCII characters (a UUID): a retry with the same key and the same input answers as the first call did and changes nothing more; the same key with another input is refused (IDEMPOTENCY_KEY_REUSED).',
  })
  idempotencyKey!: string;
}

@ObjectType({ description: 'The account after `setContractPrice`.' })
export class SetContractPricePayload {
  @Field(() => Account, {
    nullable: true,
    description:
      'The account (its `contractPrices` list every price). Always set when `userErrors` is empty.',
  })
  account!: Account | null;

  @Field(() => ContractPrice, { nullable: true, description: 'The price set.' })
  contractPrice!: ContractPrice | null;

  @Field(() => [UserError], {
    description: 'Why the request was refused; empty when it succeeded.',
  })
  userErrors!: UserError[];
}

@ObjectType({ description: 'The account after `endContractPrice`.' })
export class EndContractPricePayload {
  @Field(() => Account, {
    nullable: true,
    description:
      'The account (its `contractPrices` show the end date). Always set when `userErrors` is empty.',
  })
  account!: Account | null;

  @Field(() => [UserError], {
    description: 'Why the request was refused; empty when it succeeded.',
  })
  userErrors!: UserError[];
}
