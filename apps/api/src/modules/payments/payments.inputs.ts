import { Field, ID, InputType, ObjectType } from 'type-graphql';
import { DecimalScalar } from '../../graphql/scalars.js';
import { UserError } from '../../graphql/user-error.js';
import { Account } from '../accounts/account.type.js';
import { Payment, PaymentMethod } from './payment.type.js';

@InputType({ description: 'Money added to an account’s prepaid balance (R-PAY-4).' })
export class TopUpBalanceInput {
  @Field(() => ID, { description: 'The account’s global id.' })
  accountId!: string;

  @Field(() => PaymentMethod, { description: 'Any method but BALANCE.' })
  method!: PaymentMethod;

  @Field(() => DecimalScalar, { description: 'The amount added to the balance, e.g. "3000.00".' })
  amount!: number;

  @Field(() => String, {
    description:
      'A key of your choice, 1–255 printable ASCII characters (a UUID): a retry with the same key and the same input answers as the first call did and changes nothing more; the same key with another input is refused (IDEMPOTENCY_KEY_REUSED).',
  })
  idempotencyKey!: string;
}

@ObjectType({ description: 'The balance after `topUpBalance` and the payment that filled it.' })
export class TopUpBalancePayload {
  @Field(() => Account, {
    nullable: true,
    description: 'The account with its new balance. Always set when `userErrors` is empty.',
  })
  account!: Account | null;

  @Field(() => Payment, {
    nullable: true,
    description: 'The TOP_UP payment. Always set when `userErrors` is empty.',
  })
  payment!: Payment | null;

  @Field(() => [UserError], {
    description: 'Why the request was refused; empty when it succeeded.',
  })
  userErrors!: UserError[];
}
