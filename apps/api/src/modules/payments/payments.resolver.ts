import { msg, noSuchMessage } from '@billing/domain';
import { Arg, Ctx, Mutation, Resolver } from 'type-graphql';
import type { Context } from '../../context.js';
import { fromGlobalId } from '../../graphql/node.js';
import { UserErrorCode, userError } from '../../graphql/user-error.js';
import { toAccount } from '../accounts/accounts.service.js';
import { actorOf } from '../audit/audit.js';
import { canActForAccount, canSeeAccount, forbidden, requireViewer } from '../auth/auth.js';
import { toPayment } from './payments.mapper.js';
import { TopUpService } from './top-up.service.js';
import { TopUpBalanceInput, TopUpBalancePayload } from './payments.inputs.js';

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
