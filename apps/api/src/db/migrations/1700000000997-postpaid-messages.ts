import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * A postpaid bill keeps its explanation as a message key and parameters next to the English
 * text, so that the API writes it in the caller's language (its late-fee assessment, a jsonb
 * document, carries its own reason's message). Rows written before have none and keep their
 * English text. A nullable column without a default: adding it rewrites no rows.
 */
export class PostpaidMessages1700000000997 implements MigrationInterface {
  name = 'PostpaidMessages1700000000997';

  async up(db: QueryRunner): Promise<void> {
    await db.query(`ALTER TABLE postpaid_bills ADD COLUMN explanation_message jsonb`);
  }

  async down(db: QueryRunner): Promise<void> {
    await db.query(`ALTER TABLE postpaid_bills DROP COLUMN explanation_message`);
  }
}
