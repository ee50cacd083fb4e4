import {
  Arg,
  Args,
  ArgsType,
  Ctx,
  Field,
  FieldResolver,
  ID,
  InputType,
  Int,
  Mutation,
  ObjectType,
  Query,
  Resolver,
  Root,
} from 'type-graphql';
import type { Context } from '../../context.js';
import { childConnection } from '../../graphql/batch.js';
import { fromGlobalId } from '../../graphql/node.js';
import { UserError, UserErrorCode, userError } from '../../graphql/user-error.js';
import { Account } from '../accounts/account.type.js';
import { toAccount } from '../accounts/accounts.service.js';
import { actorOf } from '../audit/audit.js';
import {
  canActForAccount,
  canSeeAccount,
  forbidden,
  requireOperator,
  requireViewer,
} from '../auth/auth.js';
import { toPayment } from '../orders/orders.mapper.js';
import { PageArgs } from '../../graphql/connection.js';
import { rowFilter, searchPattern } from '../../graphql/list-sort.js';
import { InvoiceSort } from '../../graphql/list-sorts.js';
import { Payment } from '../payments/payment.type.js';
import { invoiceOverdue, msg, noSuchMessage } from '@billing/domain';
import { DateScalar } from '../../graphql/scalars.js';
import {
  Invoice,
  InvoiceConnection,
  InvoiceStatus,
  InvoiceType,
  VoidedFapiao,
} from './invoice.type.js';
import {
  creditNotePath,
  documentPath,
  invoiceLocalId,
  toInvoice,
  toVoidedFapiao,
} from './invoices.mapper.js';
import { overdueInvoicesPage } from './overdue-invoices.js';
import { InvoicesService } from './invoices.service.js';

@InputType({ description: 'The invoice of one payment to request (R-INV-1..3).' })
class RequestInvoiceInput {
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
class RequestInvoicePayload {
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
class SetGeneralTaxpayerInput {
  @Field(() => ID, { description: 'The account concerned.' })
  accountId!: string;

  @Field(() => Boolean, {
    description:
      'The account has shown its general-taxpayer certificate (special VAT invoices, R-INV-1).',
  })
  generalTaxpayer!: boolean;
}

@ObjectType({ description: 'The account after `setGeneralTaxpayer`.' })
class SetGeneralTaxpayerPayload {
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
class IssueInvoiceInput {
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
class VoidInvoiceInput {
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
class InvoicePayload {
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

function noSuchInvoice(): InvoicePayload {
  return {
    invoice: null,
    userErrors: [userError(UserErrorCode.NOT_FOUND, noSuchMessage('invoice'), ['invoiceId'])],
  };
}

@ArgsType()
class OverdueInvoicesArgs extends PageArgs {
  @Field(() => Boolean, {
    nullable: true,
    description:
      'true: only invoices of test-clock accounts; false: only those of live accounts; omitted: both (as before this argument existed). The console passes its Test mode switch.',
  })
  testMode?: boolean | null;
}

@Resolver(() => Invoice)
export class InvoicesResolver {
  @Mutation(() => InvoicePayload, {
    description:
      'Issues a requested invoice with its fapiao number and date (operators; R-INV-2, R-INV-3). Also re-issues a voided one.',
  })
  async issueInvoice(
    @Arg('input', () => IssueInvoiceInput, {
      description: 'The requested invoice, its fapiao number and date.',
    })
    input: IssueInvoiceInput,
    @Ctx() ctx: Context,
  ): Promise<InvoicePayload> {
    requireOperator(ctx);
    const id = invoiceLocalId(input.invoiceId);
    const found = id ? await ctx.loaders.invoice.load(id) : null;
    if (!found) return noSuchInvoice();
    const result = await new InvoicesService(ctx.db, actorOf(ctx)).issue(found.accountId, {
      invoiceId: found.id,
      number: input.number,
      issuedOn: input.issuedOn,
      idempotencyKey: input.idempotencyKey,
    });
    return this.payload(ctx, found.id, result.userErrors);
  }

  @Mutation(() => InvoicePayload, {
    description:
      'Voids (作废) an issued fapiao with a reason: the number is kept in voidedFapiaos and the invoice is requested again, to be re-issued (operators; R-INV-3).',
  })
  async voidInvoice(
    @Arg('input', () => VoidInvoiceInput, {
      description: 'The issued invoice and why its fapiao is voided.',
    })
    input: VoidInvoiceInput,
    @Ctx() ctx: Context,
  ): Promise<InvoicePayload> {
    requireOperator(ctx);
    const id = invoiceLocalId(input.invoiceId);
    const found = id ? await ctx.loaders.invoice.load(id) : null;
    if (!found) return noSuchInvoice();
    const result = await new InvoicesService(ctx.db, actorOf(ctx)).void(found.accountId, {
      invoiceId: found.id,
      reason: input.reason,
      idempotencyKey: input.idempotencyKey,
    });
    return this.payload(ctx, found.id, result.userErrors);
  }

  private async payload(
    ctx: Context,
    id: string,
    userErrors: UserError[],
  ): Promise<InvoicePayload> {
    ctx.loaders.invoice.clear(id);
    ctx.loaders.invoiceVoids.clear(id);
    const invoice = await ctx.loaders.invoice.load(id);
    return { invoice: invoice ? toInvoice(invoice) : null, userErrors };
  }

  @Query(() => InvoiceConnection, {
    description:
      'Requested invoices past their due date on their account’s clock, oldest request first (operators; R-INV-2).',
  })
  async overdueInvoices(
    @Args(() => OverdueInvoicesArgs) args: OverdueInvoicesArgs,
    @Ctx() ctx: Context,
  ): Promise<InvoiceConnection> {
    requireOperator(ctx);
    return overdueInvoicesPage(ctx.db, args);
  }

  @FieldResolver(() => [VoidedFapiao], {
    description: 'The fapiaos of this invoice that were voided, oldest first (R-INV-3).',
  })
  async voidedFapiaos(@Root() invoice: Invoice, @Ctx() ctx: Context): Promise<VoidedFapiao[]> {
    return (await ctx.loaders.invoiceVoids.load(invoice.entity.id)).map(toVoidedFapiao);
  }

  @FieldResolver(() => Int, {
    description:
      'Natural days past dueOn while the invoice is still requested, on the account’s clock; 0 otherwise (R-INV-2).',
  })
  async daysOverdue(@Root() invoice: Invoice, @Ctx() ctx: Context): Promise<number> {
    if (invoice.entity.status !== 'REQUESTED') return 0;
    const now = await ctx.loaders.now.load(invoice.entity.accountId);
    return invoiceOverdue(invoice.entity.dueOn, now.today).daysOverdue;
  }

  @FieldResolver(() => String, {
    nullable: true,
    description:
      'Path of the fapiao PDF while issued (GET with the same Bearer token; customers only their own account’s).',
  })
  documentUrl(@Root() invoice: Invoice): string | null {
    return documentPath(invoice.entity);
  }

  @FieldResolver(() => String, {
    nullable: true,
    description:
      'Path of the red-letter credit note PDF once refunds credited the issued fapiao (R-INV-3).',
  })
  creditNoteUrl(@Root() invoice: Invoice): string | null {
    return creditNotePath(invoice.entity);
  }

  @Mutation(() => RequestInvoicePayload, {
    description:
      'Requests the invoice of a payment (account administrators and operators; R-INV-1..3).',
  })
  async requestInvoice(
    @Arg('input', () => RequestInvoiceInput, {
      description: 'The payment, the invoice title and type.',
    })
    input: RequestInvoiceInput,
    @Ctx() ctx: Context,
  ): Promise<RequestInvoicePayload> {
    const viewer = requireViewer(ctx);
    const ref = fromGlobalId(input.paymentId, 'Payment');
    const payment = ref ? await ctx.loaders.payment.load(ref.id) : null;
    if (!payment || !canSeeAccount(viewer, payment.accountId)) {
      return {
        invoice: null,
        userErrors: [userError(UserErrorCode.NOT_FOUND, noSuchMessage('payment'), ['paymentId'])],
      };
    }
    if (!canActForAccount(viewer, payment.accountId))
      throw forbidden(msg('api.forbidden.accountAdmins', { action: 'request invoices' }));
    const result = await new InvoicesService(ctx.db, actorOf(ctx)).request(payment.accountId, {
      paymentId: payment.id,
      title: input.title,
      type: input.type,
      idempotencyKey: input.idempotencyKey,
    });
    ctx.loaders.invoiceByPayment.clear(payment.id);
    const invoice = result.ids.invoice ? await ctx.loaders.invoiceByPayment.load(payment.id) : null;
    return { invoice: invoice ? toInvoice(invoice) : null, userErrors: result.userErrors };
  }

  @Mutation(() => SetGeneralTaxpayerPayload, {
    description: 'Records the general-taxpayer certificate of an account (operators; R-INV-1).',
  })
  async setGeneralTaxpayer(
    @Arg('input', () => SetGeneralTaxpayerInput, {
      description: 'The account and whether it holds the certificate.',
    })
    input: SetGeneralTaxpayerInput,
    @Ctx() ctx: Context,
  ): Promise<SetGeneralTaxpayerPayload> {
    requireOperator(ctx);
    const id = fromGlobalId(input.accountId, 'Account')?.id;
    if (!id || !(await ctx.loaders.account.load(id))) {
      return {
        account: null,
        userErrors: [userError(UserErrorCode.NOT_FOUND, noSuchMessage('account'), ['accountId'])],
      };
    }
    const userErrors = await new InvoicesService(ctx.db, actorOf(ctx)).setGeneralTaxpayer(
      id,
      input.generalTaxpayer,
    );
    ctx.loaders.account.clear(id);
    return { account: toAccount((await ctx.loaders.account.load(id))!), userErrors };
  }

  @FieldResolver(() => Payment, { description: 'The payment it invoices (R-INV-3).' })
  async payment(@Root() invoice: Invoice, @Ctx() ctx: Context): Promise<Payment> {
    return toPayment((await ctx.loaders.payment.load(invoice.entity.paymentId))!);
  }

  @FieldResolver(() => Account, { description: 'The account it is issued to.' })
  async account(@Root() invoice: Invoice, @Ctx() ctx: Context): Promise<Account> {
    return toAccount((await ctx.loaders.account.load(invoice.entity.accountId))!);
  }
}

@Resolver(() => Payment)
export class PaymentInvoiceResolver {
  @FieldResolver(() => Invoice, {
    nullable: true,
    description: 'The invoice of this payment, if one was requested (R-INV-3: at most one).',
  })
  async invoice(@Root() payment: Payment, @Ctx() ctx: Context): Promise<Invoice | null> {
    const invoice = await ctx.loaders.invoiceByPayment.load(payment.entity.id);
    return invoice ? toInvoice(invoice) : null;
  }
}

@ArgsType()
class AccountInvoicesArgs extends PageArgs {
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

@Resolver(() => Account)
export class AccountInvoicesResolver {
  @FieldResolver(() => InvoiceConnection, {
    description: 'The account’s invoices, oldest first by default.',
  })
  async invoices(
    @Root() account: Account,
    @Args(() => AccountInvoicesArgs) args: AccountInvoicesArgs,
    @Ctx() ctx: Context,
  ): Promise<InvoiceConnection> {
    const sorted = InvoiceSort.resolve(args, args.sort);
    const filter = rowFilter([
      { column: 'status', value: args.status },
      { column: 'title', value: searchPattern(args.search), match: 'contains' },
    ]);
    return childConnection(
      ctx.loaders.accountInvoices,
      account.localId,
      sorted.args,
      toInvoice,
      undefined,
      { sort: sorted.sort, filter },
    );
  }

  @FieldResolver(() => Boolean, {
    description: 'Holds the general-taxpayer certificate (special VAT invoices, R-INV-1).',
  })
  async generalTaxpayer(@Root() account: Account, @Ctx() ctx: Context): Promise<boolean> {
    return (await ctx.loaders.account.load(account.localId))?.generalTaxpayer ?? false;
  }
}
