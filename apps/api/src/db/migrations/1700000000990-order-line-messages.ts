import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * An order line keeps its description as a message key and parameters next to its English text
 * (issue 12 part 3), so that the API writes it in the caller's language. Lines written before
 * have none and keep their English text.
 */
export class OrderLineMessages1700000000990 implements MigrationInterface {
  name = 'OrderLineMessages1700000000990';

  async up(db: QueryRunner): Promise<void> {
    await db.query(`ALTER TABLE order_lines ADD COLUMN message jsonb`);
  }

  async down(db: QueryRunner): Promise<void> {
    await db.query(`ALTER TABLE order_lines DROP COLUMN message`);
  }
}
