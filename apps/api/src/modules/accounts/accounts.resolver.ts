import { noSuch } from '@billing/domain';
import { Arg, Args, Ctx, Field, ID, Mutation, ObjectType, Query, Resolver } from 'type-graphql';
import type { Context } from '../../context.js';
import { fromGlobalId } from '../../graphql/node.js';
import { UserError, UserErrorCode, userError } from '../../graphql/user-error.js';
import { canSeeAccount, requireOperator, requireViewer } from '../auth/auth.js';
import { Account, AccountConnection } from './account.type.js';
import { AccountsArgs, CreateAccountInput } from './accounts.inputs.js';
import { AccountsService, toAccount } from './accounts.service.js';

@ObjectType()
class CreateAccountPayload {
  @Field(() => Account, { nullable: true })
  account!: Account | null;

  @Field(() => [UserError])
  userErrors!: UserError[];
}

@Resolver(() => Account)
export class AccountsResolver {
  @Query(() => Account, {
    nullable: true,
    description: 'An account; customers see only their own.',
  })
  async account(@Arg('id', () => ID) id: string, @Ctx() ctx: Context): Promise<Account | null> {
    const viewer = requireViewer(ctx);
    const ref = fromGlobalId(id, 'Account');
    if (!ref || !canSeeAccount(viewer, ref.id)) return null;
    const entity = await ctx.loaders.account.load(ref.id);
    return entity ? toAccount(entity) : null;
  }

  @Query(() => AccountConnection, { description: 'All accounts (operators).' })
  accounts(
    @Args(() => AccountsArgs) args: AccountsArgs,
    @Ctx() ctx: Context,
  ): Promise<AccountConnection> {
    requireOperator(ctx);
    return new AccountsService(ctx.db).page(args, (row) => ctx.loaders.account.prime(row.id, row));
  }

  @Mutation(() => CreateAccountPayload, { description: 'Creates a customer account (operators).' })
  async createAccount(
    @Arg('input', () => CreateAccountInput) input: CreateAccountInput,
    @Ctx() ctx: Context,
  ): Promise<CreateAccountPayload> {
    requireOperator(ctx);
    const clockId = input.testClockId ? fromGlobalId(input.testClockId, 'TestClock')?.id : null;
    if (input.testClockId && !clockId) {
      return {
        account: null,
        userErrors: [userError(UserErrorCode.NOT_FOUND, noSuch('test clock'), ['testClockId'])],
      };
    }
    const { account, userErrors } = await new AccountsService(ctx.db).create(
      input.name,
      clockId ?? null,
    );
    return { account: account ? toAccount(account) : null, userErrors };
  }
}
