import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * An order line keeps its description, an order its explanation and a subscription event its
 * reason, as a message key and
 * parameters next to the English text, so that the API writes them in the
 * caller's language. Rows written before have none and keep their English text.
 */
export class OrderLineMessages1700000000990 implements MigrationInterface {
  name = 'OrderLineMessages1700000000990';

  async up(db: QueryRunner): Promise<void> {
    await db.query(`ALTER TABLE order_lines ADD COLUMN message jsonb`);
    await db.query(`ALTER TABLE subscription_events ADD COLUMN reason_message jsonb`);
    await db.query(`ALTER TABLE orders ADD COLUMN explanation_message jsonb`);
  }

  async down(db: QueryRunner): Promise<void> {
    await db.query(`ALTER TABLE orders DROP COLUMN explanation_message`);
    await db.query(`ALTER TABLE subscription_events DROP COLUMN reason_message`);
    await db.query(`ALTER TABLE order_lines DROP COLUMN message`);
  }
}
