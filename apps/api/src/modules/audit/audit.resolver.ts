import { GraphQLError } from 'graphql';
import {
  Args,
  ArgsType,
  Ctx,
  Field,
  FieldResolver,
  ID,
  Int,
  Query,
  Resolver,
  Root,
} from 'type-graphql';
import type { Context } from '../../context.js';
import { MAX_PAGE_SIZE, decodeCursor, encodeCursor } from '../../graphql/connection.js';
import { fromGlobalId } from '../../graphql/node.js';
import { Account } from '../accounts/account.type.js';
import { requireOperator } from '../auth/auth.js';
import { PageArgs } from '../orders/orders.resolver.js';
import { auditPage, type AuditRow } from './audit.js';
import { AuditEntryConnection, toAuditEntry } from './audit.type.js';

@ArgsType()
class AuditLogArgs {
  @Field(() => ID, {
    nullable: true,
    description: 'Only entries about this object (any global id).',
  })
  objectId?: string | null;

  @Field(() => ID, { nullable: true, description: 'Only entries of this account.' })
  accountId?: string | null;

  @Field(() => Int, { nullable: true, description: 'Page size, 1–100 (default 20).' })
  first?: number | null;

  @Field(() => String, { nullable: true })
  after?: string | null;
}

export function pageOf(args: { first?: number | null; after?: string | null }): {
  first: number;
  beforeSeq: string | null;
} {
  const first = args.first ?? 20;
  if (!Number.isInteger(first) || first < 1 || first > MAX_PAGE_SIZE) {
    throw new GraphQLError(`first must be between 1 and ${MAX_PAGE_SIZE}`, {
      extensions: { code: 'BAD_USER_INPUT' },
    });
  }
  const beforeSeq = args.after ? decodeCursor(args.after) : null;
  if (args.after && !beforeSeq)
    throw new GraphQLError('after is not a cursor of this list', {
      extensions: { code: 'BAD_USER_INPUT' },
    });
  return { first, beforeSeq };
}

export function auditConnection(
  page: { rows: AuditRow[]; totalCount: number },
  first: number,
): AuditEntryConnection {
  const edges = page.rows
    .slice(0, first)
    .map((row) => ({ node: toAuditEntry(row), cursor: encodeCursor(row.seq) }));
  return {
    edges,
    totalCount: page.totalCount,
    pageInfo: { hasNextPage: page.rows.length > first, endCursor: edges.at(-1)?.cursor ?? null },
  };
}

const EMPTY = { rows: [], totalCount: 0 };

/**
 * Decision: the audit trail is for operators only. It names the staff and tokens that acted and
 * carries internal state (provider references, before/after documents), so customers read
 * their account's history through its business objects (orders, refunds, subscription history).
 */
@Resolver()
export class AuditResolver {
  @Query(() => AuditEntryConnection, {
    description: 'The audit trail, newest first, by object and/or account (operators).',
  })
  async auditLog(
    @Args(() => AuditLogArgs) args: AuditLogArgs,
    @Ctx() ctx: Context,
  ): Promise<AuditEntryConnection> {
    requireOperator(ctx);
    const page = pageOf(args);
    const objectId = args.objectId ? fromGlobalId(args.objectId)?.id : null;
    const accountId = args.accountId ? fromGlobalId(args.accountId, 'Account')?.id : null;
    // An id that does not decode matches nothing (as an id that does not exist).
    if ((args.objectId && !objectId) || (args.accountId && !accountId))
      return auditConnection(EMPTY, page.first);
    return auditConnection(await auditPage(ctx.db, { objectId, accountId }, page), page.first);
  }
}

@Resolver(() => Account)
export class AccountAuditResolver {
  @FieldResolver(() => AuditEntryConnection, {
    nullable: true,
    description:
      'The account’s audit trail, newest first (operators only: null with a FORBIDDEN error for customers).',
  })
  async auditLog(
    @Root() account: Account,
    @Args(() => PageArgs) args: PageArgs,
    @Ctx() ctx: Context,
  ): Promise<AuditEntryConnection> {
    requireOperator(ctx);
    const page = pageOf(args);
    return auditConnection(
      await ctx.loaders.auditPages.load({ accountId: account.localId, ...page }),
      page.first,
    );
  }
}
