import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * CSV exports read one date range (`GET /exports/{kind}.csv`): each exported table gets an index
 * on the date the range is taken on, in export order, so an export reads the rows of its range
 * and not the whole history.
 */
export class ExportDateIndexes1700000000984 implements MigrationInterface {
  name = 'ExportDateIndexes1700000000984';

  async up(db: QueryRunner): Promise<void> {
    await db.query(`CREATE INDEX orders_order_date ON orders (order_date, seq)`);
    await db.query(`CREATE INDEX payments_paid_on ON payments (paid_on, seq)`);
    await db.query(`CREATE INDEX refunds_requested_on ON refunds (requested_on, seq)`);
    await db.query(`CREATE INDEX invoices_requested_at ON invoices (requested_at, seq)`);
    await db.query(`CREATE INDEX journal_posted_at ON journal_entries (posted_at, seq)`);
  }

  async down(db: QueryRunner): Promise<void> {
    for (const index of [
      'orders_order_date',
      'payments_paid_on',
      'refunds_requested_on',
      'invoices_requested_at',
      'journal_posted_at',
    ])
      await db.query(`DROP INDEX ${index}`);
  }
}
