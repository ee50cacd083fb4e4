import { Args, ArgsType, Ctx, Field, FieldResolver, ID, Query, Resolver, Root } from 'type-graphql';
import type { Context } from '../../context.js';
import { ListOrder, PageArgs, connectionOf, keysetPage } from '../../graphql/connection.js';
import { childConnection } from '../../graphql/batch.js';
import { countRows, readPage } from '../../graphql/keyset.js';
import { fromGlobalId } from '../../graphql/node.js';
import { Account } from '../accounts/account.type.js';
import { requireOperator } from '../auth/auth.js';
import { AUDIT_SOURCE, auditFilter } from './audit.js';
import { AuditEntryConnection, toAuditEntry } from './audit.type.js';

@ArgsType()
class AuditLogArgs extends PageArgs {
  @Field(() => ID, {
    nullable: true,
    description: 'Only entries about this object (any global id).',
  })
  objectId?: string | null;

  @Field(() => ID, { nullable: true, description: 'Only entries of this account.' })
  accountId?: string | null;
}

/**
 * Decision: the audit trail is for operators only. It names the staff and tokens that acted and
 * carries internal state (provider references, before/after documents), so customers read
 * their account's history through its business objects (orders, refunds, subscription history).
 */
@Resolver()
export class AuditResolver {
  @Query(() => AuditEntryConnection, {
    description: 'The audit trail, newest first by default, by object and/or account (operators).',
  })
  async auditLog(
    @Args(() => AuditLogArgs) args: AuditLogArgs,
    @Ctx() ctx: Context,
  ): Promise<AuditEntryConnection> {
    requireOperator(ctx);
    const page = keysetPage(args, ListOrder.NEWEST_FIRST);
    const objectId = args.objectId ? fromGlobalId(args.objectId)?.id : null;
    const accountId = args.accountId ? fromGlobalId(args.accountId, 'Account')?.id : null;
    // An id that does not decode matches nothing (as an id that does not exist).
    if ((args.objectId && !objectId) || (args.accountId && !accountId))
      return connectionOf([], page, toAuditEntry, () => Promise.resolve(0));
    const filter = auditFilter({ objectId, accountId });
    return connectionOf(
      await readPage(ctx.db, AUDIT_SOURCE, filter, page),
      page,
      toAuditEntry,
      () => countRows(ctx.db, AUDIT_SOURCE.table, filter),
    );
  }
}

@Resolver(() => Account)
export class AccountAuditResolver {
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
