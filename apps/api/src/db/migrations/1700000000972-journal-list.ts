import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The whole journal as a keyset-paged list (`Query.journal`): a page by ledger or by customer
 * account reads an index range in `seq` order, never the rest of the journal. A transaction's
 * few lines are found through `journal_transaction`; the unfiltered list through `seq`'s own
 * unique index.
 */
export class JournalList1700000000972 implements MigrationInterface {
  name = 'JournalList1700000000972';

  async up(db: QueryRunner): Promise<void> {
    await db.query(`CREATE INDEX journal_ledger_seq ON journal_entries (ledger, seq)`);
    await db.query(
      `CREATE INDEX journal_account_seq ON journal_entries (account_id, seq) WHERE account_id IS NOT NULL`,
    );
  }

  async down(db: QueryRunner): Promise<void> {
    await db.query(`DROP INDEX journal_account_seq`);
    await db.query(`DROP INDEX journal_ledger_seq`);
  }
}
