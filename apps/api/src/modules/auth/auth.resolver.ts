import { noSuch } from '@billing/domain';
import {
  Arg,
  Ctx,
  Field,
  ID,
  InputType,
  Mutation,
  ObjectType,
  Query,
  Resolver,
  registerEnumType,
} from 'type-graphql';
import type { Context } from '../../context.js';
import { fromGlobalId } from '../../graphql/node.js';
import { UserError, UserErrorCode, userError } from '../../graphql/user-error.js';
import { Account } from '../accounts/account.type.js';
import { toAccount } from '../accounts/accounts.service.js';
import { ApiTokenEntity } from './api-token.entity.js';
import { hashToken, newToken, requireOperator, requireViewer } from './auth.js';

export enum Role {
  OPERATOR = 'OPERATOR',
  CUSTOMER_ADMIN = 'CUSTOMER_ADMIN',
  CUSTOMER_MEMBER = 'CUSTOMER_MEMBER',
}
registerEnumType(Role, { name: 'Role' });

@ObjectType({ description: 'Who is calling.' })
class ViewerType {
  @Field(() => Role)
  role!: Role;

  @Field(() => Account, { nullable: true, description: 'The account of a customer token.' })
  account!: Account | null;
}

@InputType()
class CreateApiTokenInput {
  @Field(() => ID, {
    nullable: true,
    description: 'Required for customer roles; omitted for operators.',
  })
  accountId?: string | null;

  @Field(() => Role)
  role!: Role;
}

@ObjectType()
class CreateApiTokenPayload {
  @Field(() => String, { nullable: true, description: 'The bearer token, shown only this once.' })
  token!: string | null;

  @Field(() => Role, { nullable: true })
  role!: Role | null;

  @Field(() => Account, { nullable: true })
  account!: Account | null;

  @Field(() => [UserError])
  userErrors!: UserError[];
}

@Resolver()
export class AuthResolver {
  @Query(() => ViewerType, { description: 'Who am I: role and account.' })
  async viewer(@Ctx() ctx: Context): Promise<ViewerType> {
    const viewer = requireViewer(ctx);
    const account = viewer.accountId ? await ctx.loaders.account.load(viewer.accountId) : null;
    return { role: Role[viewer.role], account: account ? toAccount(account) : null };
  }

  @Mutation(() => CreateApiTokenPayload, {
    description: 'Issues an API token (operators); the token is returned once.',
  })
  async createApiToken(
    @Arg('input', () => CreateApiTokenInput) input: CreateApiTokenInput,
    @Ctx() ctx: Context,
  ): Promise<CreateApiTokenPayload> {
    requireOperator(ctx);
    const refuseInput = (message: string, field: string[]) => ({
      token: null,
      role: null,
      account: null,
      userErrors: [userError(UserErrorCode.INVALID_INPUT, message, field)],
    });
    let account = null;
    if (input.role === Role.OPERATOR) {
      if (input.accountId)
        return refuseInput(
          'Operator tokens belong to no account: leave accountId out for an operator token',
          ['accountId'],
        );
    } else {
      const ref = input.accountId ? fromGlobalId(input.accountId, 'Account') : null;
      account = ref ? await ctx.loaders.account.load(ref.id) : null;
      if (!account) {
        return {
          ...refuseInput(noSuch('account'), ['accountId']),
          userErrors: [userError(UserErrorCode.NOT_FOUND, noSuch('account'), ['accountId'])],
        };
      }
    }
    const token = newToken();
    const repo = ctx.db.getRepository(ApiTokenEntity);
    await repo.save(
      repo.create({
        tokenHash: hashToken(token),
        role: input.role,
        accountId: account?.id ?? null,
      }),
    );
    return {
      token,
      role: input.role,
      account: account ? toAccount(account) : null,
      userErrors: [],
    };
  }
}
