import { Field, ID, InputType, ObjectType } from 'type-graphql';
import { DecimalScalar } from '../../graphql/scalars.js';
import { UserError } from '../../graphql/user-error.js';
import { PaymentMethod } from '../payments/payment.type.js';
import { PostpaidBill } from './postpaid.type.js';

@InputType({ description: 'One line of usage billed.' })
export class PostpaidUsageLineInput {
  @Field(() => String, { description: 'What was used, e.g. "SMS: 1,200 messages".' })
  description!: string;

  @Field(() => DecimalScalar, { description: 'The amount of the line, e.g. "60.00".' })
  amount!: number;
}

@InputType({ description: 'A month of postpaid usage to bill (R-PAY-5).' })
export class IssuePostpaidBillInput {
  @Field(() => ID, { description: 'The account’s global id.' })
  accountId!: string;

  @Field(() => String, { description: 'The natural month billed, YYYY-MM (R-PAY-5).' })
  month!: string;

  @Field(() => [PostpaidUsageLineInput], {
    description: 'The usage lines; the bill’s amount is their sum.',
  })
  lines!: PostpaidUsageLineInput[];

  @Field(() => String, {
    description:
      'A key of your choice, 1–255 printable ASCII characters (a UUID): a retry with the same key and the same input answers as the first call did and changes nothing more; the same key with another input is refused (IDEMPOTENCY_KEY_REUSED).',
  })
  idempotencyKey!: string;
}

@InputType({ description: 'A payment of a postpaid bill in full (R-PAY-5).' })
export class PayPostpaidBillInput {
  @Field(() => ID, { description: 'The postpaid bill’s global id.' })
  billId!: string;

  @Field(() => PaymentMethod, {
    description: 'How it is paid; BALANCE debits the prepaid balance (R-PAY-4).',
  })
  method!: PaymentMethod;

  @Field(() => DecimalScalar, {
    description: 'Exactly the bill’s outstanding amount (usage + late fee so far).',
  })
  amount!: number;

  @Field(() => String, {
    description:
      'A key of your choice, 1–255 printable ASCII characters (a UUID): a retry with the same key and the same input answers as the first call did and changes nothing more; the same key with another input is refused (IDEMPOTENCY_KEY_REUSED).',
  })
  idempotencyKey!: string;
}

@ObjectType({ description: 'The bill after `issuePostpaidBill` or `payPostpaidBill`.' })
export class PostpaidBillPayload {
  @Field(() => PostpaidBill, {
    nullable: true,
    description: 'The bill as it is now. Always set when `userErrors` is empty.',
  })
  postpaidBill!: PostpaidBill | null;

  @Field(() => [UserError], {
    description: 'Why the request was refused; empty when it succeeded.',
  })
  userErrors!: UserError[];
}
