import { ArgsType, Field, ID, InputType, ObjectType } from 'type-graphql';
import { UserError } from '../../graphql/user-error.js';
import { Account } from '../accounts/account.type.js';
import { PageArgs } from '../../graphql/connection.js';
import { InvoiceSort } from '../../graphql/list-sorts.js';
import { DateScalar } from '../../graphql/scalars.js';
import { Invoice, InvoiceStatus, InvoiceType } from './invoice.type.js';

@InputType({ description: 'The invoice of one payment to request (R-INV-1, R-INV-2, R-INV-3).' })
export class RequestInvoiceInput {
  @Field(() => ID, { description: 'The payment to invoice: one invoice per payment (R-INV-3).' })
  paymentId!: string;

  @Field(() => String, {
    description: 'Must equal the account’s verified enterprise name (R-INV-1).',
  })
  title!: string;

  @Field(() => InvoiceType, {
    description: 'GENERAL, or SPECIAL_VAT for a general taxpayer (R-INV-1).',
  })
  type!: InvoiceType;

  @Field(() => String, {
    description:
      'A key of your choice, 1–255 printable ASCII characters (a UUID): a retry with the same key and the same input answers as the first call did and changes nothing more; the same key with another input is refused (IDEMPOTENCY_KEY_REUSED).',
  })
  idempotencyKey!: string;
}

@ObjectType({ description: 'The invoice `requestInvoice` requested.' })
export class RequestInvoicePayload {
  @Field(() => Invoice, {
    nullable: true,
    description: 'The requested invoice. Always set when `userErrors` is empty.',
  })
  invoice!: Invoice | null;

  @Field(() => [UserError], {
    description: 'Why the request was refused; empty when it succeeded.',
  })
  userErrors!: UserError[];
}

@InputType({ description: 'Whether an account holds the general-taxpayer certificate.' })
export class SetGeneralTaxpayerInput {
  @Field(() => ID, { description: 'The account concerned.' })
  accountId!: string;

  @Field(() => Boolean, {
    description:
      'The account has shown its general-taxpayer certificate (special VAT invoices, R-INV-1).',
  })
  generalTaxpayer!: boolean;
}

@ObjectType({ description: 'The account after `setGeneralTaxpayer`.' })
export class SetGeneralTaxpayerPayload {
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

@InputType({ description: 'A requested invoice to issue with its fapiao (R-INV-2, R-INV-3).' })
export class IssueInvoiceInput {
  @Field(() => ID, { description: 'A requested invoice.' })
  invoiceId!: string;

  @Field(() => String, {
    description:
      'The fapiao number (发票号码): 8 digits (paper or classic e-fapiao) or 20 digits (fully digital fapiao); spaces and full-width digits are folded. Used once, voided or not.',
  })
  number!: string;

  @Field(() => DateScalar, {
    description:
      'The business date printed on the fapiao: not before the request, not after today on the account’s clock.',
  })
  issuedOn!: string;

  @Field(() => String, {
    description:
      'A key of your choice, 1–255 printable ASCII characters (a UUID): a retry with the same key and the same input answers as the first call did and changes nothing more; the same key with another input is refused (IDEMPOTENCY_KEY_REUSED).',
  })
  idempotencyKey!: string;
}

@InputType({ description: 'An issued fapiao to void (作废) (R-INV-3).' })
export class VoidInvoiceInput {
  @Field(() => ID, { description: 'An issued invoice.' })
  invoiceId!: string;

  @Field(() => String, { description: 'Why the fapiao is voided (作废), 1–500 characters.' })
  reason!: string;

  @Field(() => String, {
    description:
      'A key of your choice, 1–255 printable ASCII characters (a UUID): a retry with the same key and the same input answers as the first call did and changes nothing more; the same key with another input is refused (IDEMPOTENCY_KEY_REUSED).',
  })
  idempotencyKey!: string;
}

@ObjectType({ description: 'The invoice after `issueInvoice` or `voidInvoice`.' })
export class InvoicePayload {
  @Field(() => Invoice, {
    nullable: true,
    description: 'The invoice as it is now. Always set when `userErrors` is empty.',
  })
  invoice!: Invoice | null;

  @Field(() => [UserError], {
    description: 'Why the request was refused; empty when it succeeded.',
  })
  userErrors!: UserError[];
}

@ArgsType()
export class OverdueInvoicesArgs extends PageArgs {
  @Field(() => Boolean, {
    nullable: true,
    description:
      'true: only invoices of test-clock accounts; false: only those of live accounts; omitted: both (as before this argument existed). The console passes its Test mode switch.',
  })
  testMode?: boolean | null;
}

@ArgsType()
export class AccountInvoicesArgs extends PageArgs {
  @Field(() => InvoiceStatus, { nullable: true, description: 'Only invoices in this status.' })
  status?: InvoiceStatus | null;

  @Field(() => String, {
    nullable: true,
    description:
      'Only invoices whose title contains this text (case-insensitive, at most 100 characters).',
  })
  search?: string | null;

  @Field(() => InvoiceSort.values, {
    nullable: true,
    description: 'The order of the invoices (instead of orderBy); default OLDEST_FIRST.',
  })
  sort?: InvoiceSort | null;
}

@ArgsType()
export class InvoicesArgs extends PageArgs {
  @Field(() => InvoiceStatus, { nullable: true, description: 'Only invoices in this status.' })
  status?: InvoiceStatus | null;

  @Field(() => String, {
    nullable: true,
    description:
      'Only invoices whose title, fapiao number, id (the UUID) or account name contains this text (case-insensitive, at most 100 characters).',
  })
  search?: string | null;

  @Field(() => InvoiceSort.values, {
    nullable: true,
    description: 'The order of the invoices (instead of orderBy); default NEWEST_FIRST.',
  })
  sort?: InvoiceSort | null;

  @Field(() => Boolean, {
    nullable: true,
    description:
      'true: only invoices of test-clock accounts; false: only those of live accounts; omitted: both. The console passes its Test mode switch.',
  })
  testMode?: boolean | null;
}
