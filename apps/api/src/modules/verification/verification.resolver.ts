import { noSuchMessage } from '@billing/domain';
import { Arg, Ctx, Directive, FieldResolver, Mutation, Resolver, Root } from 'type-graphql';
import type { Context } from '../../context.js';
import { fromGlobalId } from '../../graphql/node.js';
import { UserError, UserErrorCode, userError } from '../../graphql/user-error.js';
import { actorOf } from '../audit/audit.js';
import { mayActOn, requireOperator, requireViewer } from '../auth/auth.js';
import { Account } from '../accounts/account.type.js';
import { toAccount } from '../accounts/accounts.service.js';
import { VerificationService } from './verification.service.js';
import {
  AccountPayload,
  ApproveVerificationInput,
  RejectVerificationInput,
  SubmitVerificationInput,
} from '../accounts/accounts.inputs.js';

async function payload(
  ctx: Context,
  result: { accountId: string; userErrors: UserError[] },
): Promise<AccountPayload> {
  const account = await ctx.loaders.account.clear(result.accountId).load(result.accountId);
  return { account: account ? toAccount(account) : null, userErrors: result.userErrors };
}

const notFound = (): AccountPayload => ({
  account: null,
  userErrors: [userError(UserErrorCode.NOT_FOUND, noSuchMessage('account'), ['accountId'])],
});

@Resolver(() => Account)
export class VerificationResolver {
  @Mutation(() => AccountPayload, {
    description: 'Submits qualification materials for review (R-OPEN-2).',
  })
  async submitVerification(
    @Arg('input', () => SubmitVerificationInput, { description: 'The materials.' })
    input: SubmitVerificationInput,
    @Ctx() ctx: Context,
  ): Promise<AccountPayload> {
    const viewer = requireViewer(ctx);
    const id = fromGlobalId(input.accountId, 'Account')?.id;
    if (!id || !mayActOn(viewer, id, 'submit materials') || !(await ctx.loaders.account.load(id)))
      return notFound();
    return payload(
      ctx,
      await new VerificationService(ctx.db, actorOf(ctx)).submit(
        id,
        input.verifiedName,
        input.documents,
      ),
    );
  }

  @Directive('@operatorOnly')
  @Mutation(() => AccountPayload, { description: 'Approves the materials (operators).' })
  async approveVerification(
    @Arg('input', () => ApproveVerificationInput, { description: 'The account to approve.' })
    input: ApproveVerificationInput,
    @Ctx() ctx: Context,
  ): Promise<AccountPayload> {
    requireOperator(ctx);
    const id = fromGlobalId(input.accountId, 'Account')?.id;
    if (!id || !(await ctx.loaders.account.load(id))) return notFound();
    return payload(
      ctx,
      await new VerificationService(ctx.db, actorOf(ctx)).review(id, 'APPROVED', null),
    );
  }

  @Directive('@operatorOnly')
  @Mutation(() => AccountPayload, {
    description: 'Rejects the materials with a reason (operators).',
  })
  async rejectVerification(
    @Arg('input', () => RejectVerificationInput, { description: 'The account and why.' })
    input: RejectVerificationInput,
    @Ctx() ctx: Context,
  ): Promise<AccountPayload> {
    requireOperator(ctx);
    const id = fromGlobalId(input.accountId, 'Account')?.id;
    if (!id || !(await ctx.loaders.account.load(id))) return notFound();
    return payload(
      ctx,
      await new VerificationService(ctx.db, actorOf(ctx)).review(id, 'REJECTED', input.reason),
    );
  }

  @FieldResolver(() => [String], { description: 'Submitted qualification materials.' })
  async verificationDocuments(@Root() account: Account, @Ctx() ctx: Context): Promise<string[]> {
    return (await ctx.loaders.account.load(account.localId))?.verificationDocuments ?? [];
  }

  @FieldResolver(() => String, {
    nullable: true,
    description: 'The reviewer’s note (why materials were rejected).',
  })
  async verificationNote(@Root() account: Account, @Ctx() ctx: Context): Promise<string | null> {
    return (await ctx.loaders.account.load(account.localId))?.verificationNote ?? null;
  }
}
