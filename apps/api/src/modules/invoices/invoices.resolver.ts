import {
  Arg,
  Args,
  Ctx,
  Directive,
  FieldResolver,
  Int,
  Mutation,
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
import { toPayment } from '../payments/payments.mapper.js';
import { rowFilter, searchPattern } from '../../graphql/list-sort.js';
import { InvoiceSort } from '../../graphql/list-sorts.js';
import { Payment } from '../payments/payment.type.js';
import { invoiceOverdue, msg, noSuchMessage } from '@billing/domain';
import { Invoice, InvoiceConnection, VoidedFapiao } from './invoice.type.js';
import {
  creditNotePath,
  documentPath,
  invoiceLocalId,
  toInvoice,
  toVoidedFapiao,
} from './invoices.mapper.js';
import { overdueInvoicesPage } from './overdue-invoices.js';
import { invoicesPage } from './invoice-list.js';
import { InvoicesService } from './invoices.service.js';
import {
  AccountInvoicesArgs,
  InvoicesArgs,
  InvoicePayload,
  IssueInvoiceInput,
  OverdueInvoicesArgs,
  RequestInvoiceInput,
  RequestInvoicePayload,
  SetGeneralTaxpayerInput,
  SetGeneralTaxpayerPayload,
  VoidInvoiceInput,
} from './invoices.inputs.js';

function noSuchInvoice(): InvoicePayload {
  return {
    invoice: null,
    userErrors: [userError(UserErrorCode.NOT_FOUND, noSuchMessage('invoice'), ['invoiceId'])],
  };
}

@Resolver(() => Invoice)
export class InvoicesResolver {
  @Directive('@operatorOnly')
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

  @Directive('@operatorOnly')
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

  @Directive('@operatorOnly')
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

  @Directive('@operatorOnly')
  @Query(() => InvoiceConnection, {
    description:
      'Every invoice, newest first by default: sorted, filtered by status and searched (operators; R-INV-2, R-INV-3).',
  })
  async invoices(
    @Args(() => InvoicesArgs) args: InvoicesArgs,
    @Ctx() ctx: Context,
  ): Promise<InvoiceConnection> {
    requireOperator(ctx);
    return invoicesPage(ctx.db, args);
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
      'Requests the invoice of a payment (account administrators and operators; R-INV-1, R-INV-2, R-INV-3).',
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

  @Directive('@operatorOnly')
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
