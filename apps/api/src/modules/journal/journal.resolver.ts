import { msg, type Message } from '@billing/domain';
import type { GraphQLError } from 'graphql';
import { Args, Ctx, Directive, Query, Resolver } from 'type-graphql';
import type { Context } from '../../context.js';
import { ListOrder, connectionOf, keysetPage } from '../../graphql/connection.js';
import { ruleRefs } from '../../graphql/explain.type.js';
import { countRows, readPage } from '../../graphql/keyset.js';
import { JournalSort } from '../../graphql/list-sorts.js';
import { searchPattern } from '../../graphql/list-sort.js';
import { money } from '../../graphql/money.type.js';
import { fromGlobalId, isUuid, toGlobalId } from '../../graphql/node.js';
import { badUserInput } from '../../graphql/user-error.js';
import { inCallerLanguage } from '../../locale.js';
import { requireOperator } from '../auth/auth.js';
import { JOURNAL_SOURCE, journalFilter } from './journal-list.js';
import type { JournalRow } from './journal.loaders.js';
import { JournalEntry, JournalEntryConnection } from './journal.type.js';
import { JournalArgs } from './journal.inputs.js';

export function toJournalEntry(row: JournalRow): JournalEntry {
  return {
    id: row.id,
    transactionId: row.transaction_id,
    ledger: row.ledger,
    accountId: row.account_id ? toGlobalId('Account', row.account_id) : null,
    amount: money(Number(row.amount)),
    memo: inCallerLanguage(row.memo, row.memo_message),
    rules: ruleRefs(row.rules),
    sourceType: row.source_type,
    postedAt: row.posted_at,
  };
}

/** BAD_USER_INPUT naming the filter argument, in the caller's language. */
function badFilter(field: 'accountId' | 'transactionId', message: Message): GraphQLError {
  return badUserInput(message, [field]);
}

/**
 * Decision: the journal is for operators only, like the audit trail: it is the books of every
 * customer at once. Customers read their money through their orders, payments and balance.
 */
@Resolver()
export class JournalResolver {
  @Directive('@operatorOnly')
  @Query(() => JournalEntryConnection, {
    description:
      'The double-entry journal, newest first by default, by ledger, customer account and/or transaction (operators).',
  })
  async journal(
    @Args(() => JournalArgs) args: JournalArgs,
    @Ctx() ctx: Context,
  ): Promise<JournalEntryConnection> {
    requireOperator(ctx);
    const sorted = JournalSort.resolve(args, args.sort);
    const page = keysetPage(sorted.args, ListOrder.NEWEST_FIRST, sorted.sort);
    let accountId: string | null = null;
    if (args.accountId != null) {
      accountId = fromGlobalId(args.accountId, 'Account')?.id ?? null;
      if (!accountId) throw badFilter('accountId', msg('api.journal.accountId'));
    }
    if (args.transactionId != null && !isUuid(args.transactionId))
      throw badFilter('transactionId', msg('api.journal.transactionId'));
    const filter = journalFilter({
      ledger: args.ledger,
      accountId,
      transactionId: args.transactionId,
      testMode: args.testMode,
      search: searchPattern(args.search),
    });
    return connectionOf(
      await readPage(ctx.db, JOURNAL_SOURCE, filter, page),
      page,
      toJournalEntry,
      () => countRows(ctx.db, JOURNAL_SOURCE.table, filter),
    );
  }
}
