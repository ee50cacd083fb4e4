import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The lists' `sort` orders (`apps/api/src/graphql/list-sorts.ts`) page by keyset on
 * `(value, seq)`: each gets an index on exactly that key (top-level lists) or on
 * `(account_id, value, seq)` (an account's lists), so a sorted page is an index range scan
 * however long the table. Sorts by creation keep the existing `seq` indexes, the journal's by
 * posting time the `(posted_at, seq)` index of migration 984.
 */
const INDEXES: ReadonlyArray<readonly [name: string, table: string, key: string]> = [
  ['accounts_name_sort', 'accounts', '(lower(name), seq)'],
  ['orders_account_order_date_sort', 'orders', '(account_id, order_date, seq)'],
  ['orders_account_total_sort', 'orders', '(account_id, total, seq)'],
  ['orders_account_status_sort', 'orders', '(account_id, status, seq)'],
  [
    'subscriptions_account_period_end_sort',
    'subscriptions',
    "(account_id, (COALESCE(period_end, 'infinity'::date)), seq)",
  ],
  ['refunds_requested_at_sort', 'refunds', '(requested_at, seq)'],
  ['refunds_amount_sort', 'refunds', '(amount, seq)'],
  ['refunds_account_requested_at_sort', 'refunds', '(account_id, requested_at, seq)'],
  ['refunds_account_amount_sort', 'refunds', '(account_id, amount, seq)'],
  ['invoices_account_requested_at_sort', 'invoices', '(account_id, requested_at, seq)'],
  ['invoices_account_amount_sort', 'invoices', '(account_id, amount, seq)'],
  ['journal_amount_sort', 'journal_entries', '(amount, seq)'],
];

export class ListSortIndexes1700000000985 implements MigrationInterface {
  name = 'ListSortIndexes1700000000985';

  async up(db: QueryRunner): Promise<void> {
    for (const [name, table, key] of INDEXES)
      await db.query(`CREATE INDEX ${name} ON ${table} ${key}`);
  }

  async down(db: QueryRunner): Promise<void> {
    for (const [name] of [...INDEXES].reverse()) await db.query(`DROP INDEX ${name}`);
  }
}
