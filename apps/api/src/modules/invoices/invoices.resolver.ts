import {
  Arg,
  Args,
  Ctx,
  Field,
  FieldResolver,
  ID,
  InputType,
  Mutation,
  ObjectType,
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
import { Payment } from '../payments/payment.type.js';
import { Invoice, InvoiceConnection, InvoiceType } from './invoice.type.js';
import { toInvoice } from './invoices.mapper.js';
import { InvoicesService } from './invoices.service.js';

@InputType()
class RequestInvoiceInput {
  @Field(() => ID, { description: 'The payment to invoice: one invoice per payment (R-INV-3).' })
  paymentId!: string;

  @Field(() => String, {
    description: 'Must equal the account’s verified enterprise name (R-INV-1).',
  })
  title!: string;

  @Field(() => InvoiceType)
  type!: InvoiceType;

  @Field(() => String)
  idempotencyKey!: string;
}

@ObjectType()
class RequestInvoicePayload {
  @Field(() => Invoice, { nullable: true })
  invoice!: Invoice | null;

  @Field(() => [UserError])
  userErrors!: UserError[];
}

@InputType()
class SetGeneralTaxpayerInput {
  @Field(() => ID)
  accountId!: string;

  @Field(() => Boolean, {
    description:
      'The account has shown its general-taxpayer certificate (special VAT invoices, R-INV-1).',
  })
  generalTaxpayer!: boolean;
}

@ObjectType()
class SetGeneralTaxpayerPayload {
  @Field(() => Account, { nullable: true })
  account!: Account | null;

  @Field(() => [UserError])
  userErrors!: UserError[];
}

@Resolver(() => Invoice)
export class InvoicesResolver {
  @Mutation(() => RequestInvoicePayload, {
    description:
      'Requests the invoice of a payment (account administrators and operators; R-INV-1..3).',
  })
  async requestInvoice(
    @Arg('input', () => RequestInvoiceInput) input: RequestInvoiceInput,
    @Ctx() ctx: Context,
  ): Promise<RequestInvoicePayload> {
    const viewer = requireViewer(ctx);
    const ref = fromGlobalId(input.paymentId, 'Payment');
    const payment = ref ? await ctx.loaders.payment.load(ref.id) : null;
    if (!payment || !canSeeAccount(viewer, payment.accountId)) {
      return {
        invoice: null,
        userErrors: [userError(UserErrorCode.NOT_FOUND, 'No such payment', ['paymentId'])],
      };
    }
    if (!canActForAccount(viewer, payment.accountId))
      throw forbidden('Only the account’s administrators and operators may request invoices');
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
    @Arg('input', () => SetGeneralTaxpayerInput) input: SetGeneralTaxpayerInput,
    @Ctx() ctx: Context,
  ): Promise<SetGeneralTaxpayerPayload> {
    requireOperator(ctx);
    const id = fromGlobalId(input.accountId, 'Account')?.id;
    if (!id || !(await ctx.loaders.account.load(id))) {
      return {
        account: null,
        userErrors: [userError(UserErrorCode.NOT_FOUND, 'No such account', ['accountId'])],
      };
    }
    const userErrors = await new InvoicesService(ctx.db, actorOf(ctx)).setGeneralTaxpayer(
      id,
      input.generalTaxpayer,
    );
    ctx.loaders.account.clear(id);
    return { account: toAccount((await ctx.loaders.account.load(id))!), userErrors };
  }

  @FieldResolver(() => Payment)
  async payment(@Root() invoice: Invoice, @Ctx() ctx: Context): Promise<Payment> {
    return toPayment((await ctx.loaders.payment.load(invoice.entity.paymentId))!);
  }

  @FieldResolver(() => Account)
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
    @Args(() => PageArgs) args: PageArgs,
    @Ctx() ctx: Context,
  ): Promise<InvoiceConnection> {
    return childConnection(ctx.loaders.accountInvoices, account.localId, args, toInvoice);
  }

  @FieldResolver(() => Boolean, {
    description: 'Holds the general-taxpayer certificate (special VAT invoices, R-INV-1).',
  })
  async generalTaxpayer(@Root() account: Account, @Ctx() ctx: Context): Promise<boolean> {
    return (await ctx.loaders.account.load(account.localId))?.generalTaxpayer ?? false;
  }
}
