import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * A journal line keeps its memo, an invoice its explanation and due-date reason, and an API
 * token the name the product gave it, as a message key and parameters next to the English
 * text, so that the API writes them in the caller's language. Rows written before have none
 * and keep their English text. Nullable columns without a default: adding them rewrites no rows.
 */
export class LedgerMessages1700000000996 implements MigrationInterface {
  name = 'LedgerMessages1700000000996';

  async up(db: QueryRunner): Promise<void> {
    await db.query(`ALTER TABLE journal_entries ADD COLUMN memo_message jsonb`);
    await db.query(
      `ALTER TABLE invoices ADD COLUMN explanation_message jsonb, ADD COLUMN due_reason_message jsonb`,
    );
    await db.query(`ALTER TABLE api_tokens ADD COLUMN name_message jsonb`);
  }

  async down(db: QueryRunner): Promise<void> {
    await db.query(`ALTER TABLE api_tokens DROP COLUMN name_message`);
    await db.query(
      `ALTER TABLE invoices DROP COLUMN due_reason_message, DROP COLUMN explanation_message`,
    );
    await db.query(`ALTER TABLE journal_entries DROP COLUMN memo_message`);
  }
}
