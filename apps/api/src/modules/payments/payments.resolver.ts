import { msg, noSuchMessage } from '@billing/domain';
import { Arg, Ctx, Field, ID, InputType, Mutation, ObjectType, Resolver } from 'type-graphql';
import type { Context } from '../../context.js';
import { fromGlobalId } from '../../graphql/node.js';
import { DecimalScalar } from '../../graphql/scalars.js';
import { UserError, UserErrorCode, userError } from '../../graphql/user-error.js';
import { Account } from '../accounts/account.type.js';
import { toAccount } from '../accounts/accounts.service.js';
import { actorOf } from '../audit/audit.js';
import { canActForAccount, canSeeAccount, forbidden, requireViewer } from '../auth/auth.js';
import { toPayment } from '../orders/orders.mapper.js';
import { Payment, PaymentMethod } from './payment.type.js';
import { TopUpService } from './top-up.service.js';

@InputType({ description: 'Money added to an account’s prepaid balance (R-PAY-4).' })
class TopUpBalanceInput {
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
class TopUpBalancePayload {
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

@Resolver()
export class PaymentsResolver {
  @Mutation(() => TopUpBalancePayload, {
    description: 'Tops up the prepaid balance through the payment gateway (R-PAY-4).',
  })
  async topUpBalance(
    @Arg('input', () => TopUpBalanceInput, {
      description: 'The account, the payment method and the amount.',
    })
    input: TopUpBalanceInput,
    @Ctx() ctx: Context,
  ): Promise<TopUpBalancePayload> {
    const viewer = requireViewer(ctx);
    const id = fromGlobalId(input.accountId, 'Account')?.id;
    if (!id || !canSeeAccount(viewer, id) || !(await ctx.loaders.account.load(id))) {
      return {
        account: null,
        payment: null,
        userErrors: [userError(UserErrorCode.NOT_FOUND, noSuchMessage('account'), ['accountId'])],
      };
    }
    if (!canActForAccount(viewer, id))
      throw forbidden(msg('api.forbidden.accountAdmins', { action: 'top up its balance' }));
    const result = await new TopUpService(ctx.db, actorOf(ctx), ctx.gateway).topUp({
      accountId: id,
      method: input.method,
      amount: input.amount,
      idempotencyKey: input.idempotencyKey,
    });
    ctx.loaders.account.clear(id);
    const payment = result.ids.payment ? await ctx.loaders.payment.load(result.ids.payment) : null;
    return {
      account: result.ids.account ? toAccount((await ctx.loaders.account.load(id))!) : null,
      payment: payment ? toPayment(payment) : null,
      userErrors: result.userErrors,
    };
  }
}
