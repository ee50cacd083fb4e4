import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * API tokens get a lifecycle: a name, an optional expiry and the time they were last used
 * (written at most once a minute per token). `seq` orders them for the keyset-paged `apiTokens`
 * list (existing tokens numbered in creation order). `kind` tells the bootstrap operator token,
 * now stored hashed in this table and rotated with `rotateBootstrapToken`, from ordinary tokens.
 */
export class ApiTokenLifecycle1700000000982 implements MigrationInterface {
  name = 'ApiTokenLifecycle1700000000982';

  async up(db: QueryRunner): Promise<void> {
    await db.query(`
      ALTER TABLE api_tokens
        ADD COLUMN name text,
        ADD COLUMN expires_at timestamptz,
        ADD COLUMN last_used_at timestamptz,
        ADD COLUMN kind text NOT NULL DEFAULT 'API' CHECK (kind IN ('API', 'BOOTSTRAP')),
        ADD COLUMN seq bigint`);
    await db.query(`
      UPDATE api_tokens t SET
        name = initcap(replace(t.role, '_', ' ')) || ' token of ' || to_char(t.created_at AT TIME ZONE 'UTC', 'YYYY-MM-DD'),
        seq = o.n
      FROM (SELECT id, row_number() OVER (ORDER BY created_at, id) AS n FROM api_tokens) o
      WHERE o.id = t.id`);
    await db.query(`ALTER TABLE api_tokens ALTER COLUMN name SET NOT NULL`);
    await db.query(`ALTER TABLE api_tokens ADD CONSTRAINT api_tokens_name_length
      CHECK (char_length(name) BETWEEN 1 AND 100)`);
    const [first] = (await db.query(
      `SELECT coalesce(max(seq), 0) + 1 AS next FROM api_tokens`,
    )) as Array<{ next: string }>;
    const next = Number(first?.next ?? 1);
    await db.query(`ALTER TABLE api_tokens ALTER COLUMN seq SET NOT NULL`);
    await db.query(
      `ALTER TABLE api_tokens ALTER COLUMN seq ADD GENERATED ALWAYS AS IDENTITY (START WITH ${next})`,
    );
    await db.query(`ALTER TABLE api_tokens ADD CONSTRAINT api_tokens_seq_unique UNIQUE (seq)`);
    await db.query(
      `CREATE INDEX api_tokens_account_seq ON api_tokens (account_id, seq) WHERE account_id IS NOT NULL`,
    );
    await db.query(
      `CREATE INDEX api_tokens_current_bootstrap ON api_tokens (kind)
        WHERE kind = 'BOOTSTRAP' AND revoked_at IS NULL`,
    );
    await db.query(`ALTER TABLE api_tokens ADD CONSTRAINT api_tokens_bootstrap_is_operator
      CHECK (kind = 'API' OR role = 'OPERATOR')`);
  }

  async down(db: QueryRunner): Promise<void> {
    await db.query(`DELETE FROM api_tokens WHERE kind = 'BOOTSTRAP'`);
    await db.query(`DROP INDEX api_tokens_current_bootstrap`);
    await db.query(`DROP INDEX api_tokens_account_seq`);
    await db.query(`
      ALTER TABLE api_tokens
        DROP COLUMN seq,
        DROP COLUMN kind,
        DROP COLUMN last_used_at,
        DROP COLUMN expires_at,
        DROP COLUMN name`);
  }
}
