import type { MigrationInterface, QueryRunner } from 'typeorm';

/** Idempotency keys may be up to 255 characters (printable ASCII, checked at the input boundary). */
export class IdempotencyKeyLength1700000000975 implements MigrationInterface {
  name = 'IdempotencyKeyLength1700000000975';

  async up(db: QueryRunner): Promise<void> {
    await db.query(`ALTER TABLE idempotency_keys DROP CONSTRAINT idempotency_keys_key_check`);
    await db.query(
      `ALTER TABLE idempotency_keys ADD CONSTRAINT idempotency_keys_key_check CHECK (length(key) BETWEEN 1 AND 255)`,
    );
  }

  async down(db: QueryRunner): Promise<void> {
    await db.query(`ALTER TABLE idempotency_keys DROP CONSTRAINT idempotency_keys_key_check`);
    await db.query(
      `ALTER TABLE idempotency_keys ADD CONSTRAINT idempotency_keys_key_check CHECK (length(key) BETWEEN 1 AND 200) NOT VALID`,
    );
  }
}
