import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * A refund keeps why its review and its payout are due when they are as a message key and
 * parameters next to the English text, so that the API writes them in the caller's language.
 * (The decision's own texts travel inside its jsonb.) Rows written before have none and keep
 * their English text.
 */
export class RefundMessages1700000000995 implements MigrationInterface {
  name = 'RefundMessages1700000000995';

  async up(db: QueryRunner): Promise<void> {
    await db.query(`ALTER TABLE refunds ADD COLUMN review_due_reason_message jsonb`);
    await db.query(`ALTER TABLE refunds ADD COLUMN payout_due_reason_message jsonb`);
  }

  async down(db: QueryRunner): Promise<void> {
    await db.query(`ALTER TABLE refunds DROP COLUMN payout_due_reason_message`);
    await db.query(`ALTER TABLE refunds DROP COLUMN review_due_reason_message`);
  }
}
