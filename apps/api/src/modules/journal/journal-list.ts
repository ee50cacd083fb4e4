import { parentFilter, type ListFilter, type RowSource } from '../../graphql/keyset.js';
import type { JournalRow } from './journal.loaders.js';

const JOURNAL_COLUMNS = [
  'id',
  'seq',
  'transaction_id',
  'ledger',
  'account_id',
  'amount',
  'memo',
  'memo_message',
  'rules',
  'source_type',
  'source_id',
  'posted_at',
];

/** The whole journal as a keyset-paged list (rows are read as they are stored). */
export const JOURNAL_SOURCE: RowSource<JournalRow> = {
  table: 'journal_entries',
  columns: JOURNAL_COLUMNS.map((column) => `t.${column}`).join(', '),
  hydrate: (raw) => raw as unknown as JournalRow,
};

/**
 * The conditions of the journal's filters: lines of a ledger, of a customer account, of a
 * transaction, or any combination (each has an index: `(ledger, seq)`, `(account_id, seq)`,
 * `(transaction_id)`).
 */
export function journalFilter(filter: {
  ledger?: string | null;
  accountId?: string | null;
  transactionId?: string | null;
  /** true: lines of test-clock accounts' postings; false: the rest. */
  testMode?: boolean | null;
  /** An ILIKE pattern (`searchPattern`): the memo or the line's account name. */
  search?: string | null;
}): ListFilter {
  const where: string[] = [];
  const params: unknown[] = [];
  if (filter.ledger != null) where.push(`t.ledger = $${params.push(filter.ledger)}`);
  const parent = filter.accountId
    ? parentFilter(where, params, 't.account_id', filter.accountId, '::uuid')
    : undefined;
  if (filter.transactionId)
    where.push(`t.transaction_id = $${params.push(filter.transactionId)}::uuid`);
  if (filter.testMode != null) {
    // A line of no account (cash with a provider) is on the clock of its posting's accounts.
    const onTestClock = `EXISTS (SELECT 1 FROM journal_entries pj JOIN accounts a ON a.id = pj.account_id
      WHERE pj.transaction_id = t.transaction_id AND a.test_clock_id IS NOT NULL)`;
    where.push(filter.testMode ? onTestClock : `NOT ${onTestClock}`);
  }
  if (filter.search) {
    const ref = `$${params.push(filter.search)}`;
    where.push(
      `(t.memo ILIKE ${ref} OR t.account_id IN (SELECT a.id FROM accounts a WHERE a.name ILIKE ${ref}))`,
    );
  }
  return { where, params, parent };
}
