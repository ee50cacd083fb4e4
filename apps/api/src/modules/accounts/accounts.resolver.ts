import { noSuchMessage } from '@billing/domain';
import { Arg, Args, Ctx, Directive, ID, Mutation, Query, Resolver } from 'type-graphql';
import type { Context } from '../../context.js';
import { fromGlobalId } from '../../graphql/node.js';
import { UserErrorCode, userError } from '../../graphql/user-error.js';
import { actorOf } from '../audit/audit.js';
import { canSeeAccount, requireOperator, requireViewer } from '../auth/auth.js';
import { Account, AccountConnection } from './account.type.js';
import { AccountsArgs, CreateAccountInput, CreateAccountPayload } from './accounts.inputs.js';
import { AccountsService, toAccount } from './accounts.service.js';

@Resolver(() => Account)
export class AccountsResolver {
  @Query(() => Account, {
    nullable: true,
    description: 'An account; customers see only their own.',
  })
  async account(
    @Arg('id', () => ID, { description: 'The account’s global id.' }) id: string,
    @Ctx() ctx: Context,
  ): Promise<Account | null> {
    const viewer = requireViewer(ctx);
    const ref = fromGlobalId(id, 'Account');
    if (!ref || !canSeeAccount(viewer, ref.id)) return null;
    const entity = await ctx.loaders.account.load(ref.id);
    return entity ? toAccount(entity) : null;
  }

  @Directive('@operatorOnly')
  @Query(() => AccountConnection, { description: 'All accounts (operators).' })
  accounts(
    @Args(() => AccountsArgs) args: AccountsArgs,
    @Ctx() ctx: Context,
  ): Promise<AccountConnection> {
    requireOperator(ctx);
    return new AccountsService(ctx.db).page(args, (row) => ctx.loaders.account.prime(row.id, row));
  }

  @Directive('@operatorOnly')
  @Mutation(() => CreateAccountPayload, { description: 'Creates a customer account (operators).' })
  async createAccount(
    @Arg('input', () => CreateAccountInput, { description: 'The account to create.' })
    input: CreateAccountInput,
    @Ctx() ctx: Context,
  ): Promise<CreateAccountPayload> {
    requireOperator(ctx);
    const clockId = input.testClockId ? fromGlobalId(input.testClockId, 'TestClock')?.id : null;
    if (input.testClockId && !clockId) {
      return {
        account: null,
        userErrors: [
          userError(UserErrorCode.NOT_FOUND, noSuchMessage('test clock'), ['testClockId']),
        ],
      };
    }
    const { account, userErrors } = await new AccountsService(ctx.db, actorOf(ctx)).create(
      input.name,
      clockId ?? null,
    );
    return { account: account ? toAccount(account) : null, userErrors };
  }
}
