import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Every change to a token that decides whether it signs in (revoked, expiry, role, account,
 * its hash, or the row deleted) is announced on the channel `billing_api_tokens` with the
 * token's hash, from the committing transaction, whoever makes it: the API or a person in SQL.
 * Each API process listens and forgets that token's cached sign-in
 * (`modules/auth/sign-in-cache.ts`). Moving `last_used_at` announces nothing.
 */
export class ApiTokenChanges1700000000994 implements MigrationInterface {
  name = 'ApiTokenChanges1700000000994';

  async up(db: QueryRunner): Promise<void> {
    await db.query(`
      CREATE FUNCTION billing_api_token_changed() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        PERFORM pg_notify('billing_api_tokens', OLD.token_hash);
        IF TG_OP = 'UPDATE' AND NEW.token_hash IS DISTINCT FROM OLD.token_hash THEN
          PERFORM pg_notify('billing_api_tokens', NEW.token_hash);
        END IF;
        RETURN NULL;
      END $$`);
    await db.query(`
      CREATE TRIGGER api_tokens_changed
        AFTER UPDATE OF revoked_at, expires_at, role, account_id, token_hash OR DELETE ON api_tokens
        FOR EACH ROW EXECUTE FUNCTION billing_api_token_changed()`);
  }

  async down(db: QueryRunner): Promise<void> {
    await db.query(`DROP TRIGGER api_tokens_changed ON api_tokens`);
    await db.query(`DROP FUNCTION billing_api_token_changed()`);
  }
}
