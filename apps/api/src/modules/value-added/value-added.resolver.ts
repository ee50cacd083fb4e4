import { noSuchMessage } from '@billing/domain';
import { Arg, Ctx, Mutation, Resolver } from 'type-graphql';
import type { Context } from '../../context.js';
import { fromGlobalId } from '../../graphql/node.js';
import { UserErrorCode, userError } from '../../graphql/user-error.js';
import { actorOf } from '../audit/audit.js';
import { mayActOn, requireViewer } from '../auth/auth.js';
import { toOrder } from '../orders/orders.mapper.js';
import { ValueAddedService } from './value-added.service.js';
import { BuyValueAddedInput, BuyValueAddedPayload } from './value-added.inputs.js';

@Resolver()
export class ValueAddedResolver {
  @Mutation(() => BuyValueAddedPayload, {
    description:
      'Orders a value-added service (one-off, quantity × the catalog’s one-off price; R-CAT-2), non-refundable once paid (R-REF-NONREF). Operators buy on behalf of any account.',
  })
  async buyValueAdded(
    @Arg('input', () => BuyValueAddedInput, {
      description: 'The account, the value-added item and how many units.',
    })
    input: BuyValueAddedInput,
    @Ctx() ctx: Context,
  ): Promise<BuyValueAddedPayload> {
    const viewer = requireViewer(ctx);
    const accountId = fromGlobalId(input.accountId, 'Account')?.id;
    const account =
      accountId && mayActOn(viewer, accountId, 'buy')
        ? await ctx.loaders.account.load(accountId)
        : null;
    if (!account)
      return {
        order: null,
        userErrors: [userError(UserErrorCode.NOT_FOUND, noSuchMessage('account'), ['accountId'])],
      };
    const result = await new ValueAddedService(ctx.db, actorOf(ctx)).buy({
      accountId: account.id,
      planCode: input.planCode,
      quantity: input.quantity,
      idempotencyKey: input.idempotencyKey,
    });
    const order = result.ids.order ? await ctx.loaders.order.load(result.ids.order) : null;
    return { order: order ? toOrder(order) : null, userErrors: result.userErrors };
  }
}
