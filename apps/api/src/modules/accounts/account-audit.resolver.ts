import { Args, Ctx, Directive, FieldResolver, Resolver, Root } from 'type-graphql';
import type { Context } from '../../context.js';
import { childConnection } from '../../graphql/batch.js';
import { ListOrder, PageArgs } from '../../graphql/connection.js';
import { AuditEntry, AuditEntryConnection, toAuditEntry } from '../audit/audit.type.js';
import { requireOperator } from '../auth/auth.js';
import { Account } from './account.type.js';
import { toAccount } from './accounts.service.js';

/** An account's audit trail (`Account.auditLog`): the audit module records it and knows no account. */
@Resolver(() => Account)
export class AccountAuditResolver {
  @Directive('@operatorOnly')
  @FieldResolver(() => AuditEntryConnection, {
    nullable: true,
    description:
      'The account’s audit trail, newest first by default (operators only: null with a FORBIDDEN error for customers).',
  })
  async auditLog(
    @Root() account: Account,
    @Args(() => PageArgs) args: PageArgs,
    @Ctx() ctx: Context,
  ): Promise<AuditEntryConnection> {
    requireOperator(ctx);
    return childConnection(
      ctx.loaders.accountAudit,
      account.localId,
      args,
      toAuditEntry,
      ListOrder.NEWEST_FIRST,
    );
  }
}

/** The account of the customer token behind an audit entry (`AuditEntry.actorAccount`). */
@Resolver(() => AuditEntry)
export class AuditEntryAccountResolver {
  @FieldResolver(() => Account, {
    nullable: true,
    description:
      'The account of the customer token that acted (null for operators and the system).',
  })
  async actorAccount(@Root() entry: AuditEntry, @Ctx() ctx: Context): Promise<Account | null> {
    if (!entry.localActorTokenId) return null;
    const token = await ctx.loaders.auditActor.load(entry.localActorTokenId);
    if (!token?.account_id) return null;
    const account = await ctx.loaders.account.load(token.account_id);
    return account ? toAccount(account) : null;
  }
}
