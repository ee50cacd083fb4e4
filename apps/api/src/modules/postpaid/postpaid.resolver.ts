import { msg, noSuchMessage } from '@billing/domain';
import {
  Arg,
  Args,
  Ctx,
  Directive,
  FieldResolver,
  ID,
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
import { canActForAccount, canSeeAccount, requireOperator, requireViewer } from '../auth/auth.js';
import { PageArgs } from '../../graphql/connection.js';
import { PostpaidBillEntity } from './postpaid-bill.entity.js';
import { toPostpaidBill } from './postpaid.mapper.js';
import { PostpaidService } from './postpaid.service.js';
import { PostpaidBill, PostpaidBillConnection } from './postpaid.type.js';
import {
  IssuePostpaidBillInput,
  PayPostpaidBillInput,
  PostpaidBillPayload,
} from './postpaid.inputs.js';

const billNotFound = (): PostpaidBillPayload => ({
  postpaidBill: null,
  userErrors: [userError(UserErrorCode.NOT_FOUND, noSuchMessage('postpaid bill'), ['billId'])],
});

@Resolver(() => PostpaidBill)
export class PostpaidResolver {
  @Query(() => PostpaidBill, {
    nullable: true,
    description: 'A postpaid bill; customers see only their own.',
  })
  async postpaidBill(
    @Arg('id', () => ID, { description: 'The bill’s global id.' }) id: string,
    @Ctx() ctx: Context,
  ): Promise<PostpaidBill | null> {
    const viewer = requireViewer(ctx);
    const ref = fromGlobalId(id, 'PostpaidBill');
    const bill = ref
      ? await ctx.db.getRepository(PostpaidBillEntity).findOneBy({ id: ref.id })
      : null;
    return bill && canSeeAccount(viewer, bill.accountId) ? toPostpaidBill(bill) : null;
  }

  @Directive('@operatorOnly')
  @Mutation(() => PostpaidBillPayload, {
    description:
      'Records the postpaid usage bill of an account for a month: issued on the 1st of the next month, due on the 15th (operators; R-PAY-5).',
  })
  async issuePostpaidBill(
    @Arg('input', () => IssuePostpaidBillInput, {
      description: 'The account, the month and its usage lines.',
    })
    input: IssuePostpaidBillInput,
    @Ctx() ctx: Context,
  ): Promise<PostpaidBillPayload> {
    requireOperator(ctx);
    const accountId = fromGlobalId(input.accountId, 'Account')?.id;
    const account = accountId ? await ctx.loaders.account.load(accountId) : null;
    if (!account)
      return {
        postpaidBill: null,
        userErrors: [userError(UserErrorCode.NOT_FOUND, noSuchMessage('account'), ['accountId'])],
      };
    const result = await new PostpaidService(ctx.db, actorOf(ctx), ctx.gateway).issue({
      accountId: account.id,
      month: input.month,
      lines: input.lines.map((line) => ({ description: line.description, amount: line.amount })),
      idempotencyKey: input.idempotencyKey,
    });
    return this.payload(ctx, result.ids.postpaidBill, result.userErrors);
  }

  @Mutation(() => PostpaidBillPayload, {
    description:
      'Pays a postpaid bill in full, late fee included, through the gateway or the prepaid balance (R-PAY-5, R-PAY-1, R-PAY-4).',
  })
  async payPostpaidBill(
    @Arg('input', () => PayPostpaidBillInput, {
      description: 'The bill, the payment method and its outstanding amount.',
    })
    input: PayPostpaidBillInput,
    @Ctx() ctx: Context,
  ): Promise<PostpaidBillPayload> {
    const viewer = requireViewer(ctx);
    const ref = fromGlobalId(input.billId, 'PostpaidBill');
    const bill = ref
      ? await ctx.db.getRepository(PostpaidBillEntity).findOneBy({ id: ref.id })
      : null;
    if (!bill || !canActForAccount(viewer, bill.accountId)) return billNotFound();
    if (input.amount <= 0) {
      return {
        postpaidBill: null,
        userErrors: [
          userError(UserErrorCode.INVALID_INPUT, msg('api.payment.amountPositive'), ['amount']),
        ],
      };
    }
    const result = await new PostpaidService(ctx.db, actorOf(ctx), ctx.gateway).pay(
      bill.accountId,
      {
        billId: bill.id,
        method: input.method,
        amount: input.amount,
        idempotencyKey: input.idempotencyKey,
      },
    );
    return this.payload(ctx, result.ids.postpaidBill, result.userErrors);
  }

  @FieldResolver(() => Account, { description: 'The account billed.' })
  async account(@Root() bill: PostpaidBill, @Ctx() ctx: Context): Promise<Account> {
    return toAccount((await ctx.loaders.account.load(bill.entity.accountId))!);
  }

  private async payload(
    ctx: Context,
    id: string | null | undefined,
    userErrors: UserError[],
  ): Promise<PostpaidBillPayload> {
    const bill = id ? await ctx.db.getRepository(PostpaidBillEntity).findOneBy({ id }) : null;
    return { postpaidBill: bill ? toPostpaidBill(bill) : null, userErrors };
  }
}

@Resolver(() => Account)
export class AccountPostpaidResolver {
  @FieldResolver(() => PostpaidBillConnection, {
    description: 'Postpaid usage bills, oldest first by default (R-PAY-5).',
  })
  async postpaidBills(
    @Root() account: Account,
    @Args(() => PageArgs) args: PageArgs,
    @Ctx() ctx: Context,
  ): Promise<PostpaidBillConnection> {
    return childConnection(ctx.loaders.accountPostpaidBills, account.localId, args, toPostpaidBill);
  }
}
