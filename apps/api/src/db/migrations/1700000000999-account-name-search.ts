import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Searching accounts by a part of their name (`accounts(search:)`, and the journal, refund queue
 * and audit trail searches, which look the matching accounts up once, `account_id IN (SELECT …)`)
 * reads the matching accounts through trigram indexes instead of every account: `pg_trgm` splits each name into three-character
 * pieces, and an `ILIKE '%…%'` of three characters or more is answered from them.
 *
 * `pg_trgm` ships with PostgreSQL and is a trusted extension: the owner of the database may
 * create it without superuser rights. Where the API's role may not (it does not own the
 * database and nobody created the extension for it), the migration says so and leaves the
 * indexes out: searches then stay correct and read every account, as before. Creating the
 * extension later (`CREATE EXTENSION pg_trgm;` as its owner) and running this migration's SQL
 * adds them.
 */
export class AccountNameSearch1700000000999 implements MigrationInterface {
  name = 'AccountNameSearch1700000000999';

  async up(db: QueryRunner): Promise<void> {
    await db.query(`
      DO $$
      BEGIN
        CREATE EXTENSION IF NOT EXISTS pg_trgm;
      EXCEPTION WHEN insufficient_privilege OR feature_not_supported OR undefined_file THEN
        RAISE WARNING 'pg_trgm could not be created (%): account name searches read every account until it is', SQLERRM;
      END $$`);
    const [available] = (await db.query(
      `SELECT EXISTS (SELECT 1 FROM pg_extension WHERE extname = 'pg_trgm') AS ok`,
    )) as Array<{ ok: boolean }>;
    if (!available?.ok) return;
    await db.query(
      `CREATE INDEX IF NOT EXISTS accounts_name_trgm ON accounts USING gin (name gin_trgm_ops)`,
    );
    await db.query(
      `CREATE INDEX IF NOT EXISTS accounts_verified_name_trgm ON accounts USING gin (verified_name gin_trgm_ops)`,
    );
  }

  async down(db: QueryRunner): Promise<void> {
    await db.query(`DROP INDEX IF EXISTS accounts_verified_name_trgm`);
    await db.query(`DROP INDEX IF EXISTS accounts_name_trgm`);
    // The extension stays: other objects may use it by now.
  }
}
