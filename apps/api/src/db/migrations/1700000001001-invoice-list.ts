import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The operators' list of every invoice (`invoices`) sorts by amount: a page by keyset on
 * `(amount, seq)` is an index range scan on this index however many invoices there are. By
 * creation it pages on the unique `seq`, by request time on `invoices_requested_at` (984).
 */
export class InvoiceList1700000001001 implements MigrationInterface {
  name = 'InvoiceList1700000001001';

  async up(db: QueryRunner): Promise<void> {
    await db.query(`CREATE INDEX invoices_amount_sort ON invoices (amount, seq)`);
  }

  async down(db: QueryRunner): Promise<void> {
    await db.query(`DROP INDEX invoices_amount_sort`);
  }
}
