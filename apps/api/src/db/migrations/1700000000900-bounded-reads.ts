import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Reads that cost what they answer: a subscription's state depends only on its opening order
 * and its orders awaiting payment, found through this partial index however long its history.
 */
export class BoundedReads1700000000900 implements MigrationInterface {
  name = 'BoundedReads1700000000900';

  async up(db: QueryRunner): Promise<void> {
    await db.query(
      `CREATE INDEX orders_decisive ON orders (subscription_id, seq)
        WHERE kind = 'NEW_SUBSCRIPTION' OR status = 'AWAITING_PAYMENT'`,
    );
  }

  async down(db: QueryRunner): Promise<void> {
    await db.query(`DROP INDEX orders_decisive`);
  }
}
