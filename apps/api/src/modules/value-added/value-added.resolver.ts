import { noSuchMessage } from '@billing/domain';
import { Arg, Ctx, Field, ID, InputType, Int, Mutation, ObjectType, Resolver } from 'type-graphql';
import type { Context } from '../../context.js';
import { fromGlobalId } from '../../graphql/node.js';
import { UserError, UserErrorCode, userError } from '../../graphql/user-error.js';
import { actorOf } from '../audit/audit.js';
import { mayActOn, requireViewer } from '../auth/auth.js';
import { Order } from '../orders/order.type.js';
import { toOrder } from '../orders/orders.mapper.js';
import { ValueAddedService } from './value-added.service.js';

@InputType({ description: 'A value-added service to buy (R-CAT-2).' })
class BuyValueAddedInput {
  @Field(() => ID, { description: 'The account’s global id.' })
  accountId!: string;

  @Field(() => String, {
    description: 'The value-added item (product VAS): CUSTOMER_LIBRARY, MASS_MESSAGES, SMS, BOT.',
  })
  planCode!: string;

  @Field(() => Int, {
    defaultValue: 1,
    description: 'Units of the item (its catalog unit, e.g. 1,000 SMS), 1 to 1,000.',
  })
  quantity!: number;

  @Field(() => String, {
    description:
      'A key of your choice, 1–255 printable ASCII characters (a UUID): a retry with the same key and the same input answers as the first call did and changes nothing more; the same key with another input is refused (IDEMPOTENCY_KEY_REUSED).',
  })
  idempotencyKey!: string;
}

@ObjectType({ description: 'The order `buyValueAdded` placed.' })
class BuyValueAddedPayload {
  @Field(() => Order, {
    nullable: true,
    description:
      'The VALUE_ADDED order, awaiting payment; non-refundable once paid (R-REF-NONREF). Always set when `userErrors` is empty.',
  })
  order!: Order | null;

  @Field(() => [UserError], {
    description: 'Why the request was refused; empty when it succeeded.',
  })
  userErrors!: UserError[];
}

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
