import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Request counts of the rate limits (per API token, per client address), shared by every API
 * process on the database. The columns are the ones rate-limiter-flexible's PostgreSQL store
 * reads and writes: `key` (the limit's prefix and the token's hash or the address), `points`
 * (requests counted in the window) and `expire` (when the window ends, epoch milliseconds). The
 * table is created here, never by the library at run time, so the service role needs no CREATE
 * right. UNLOGGED: counts of the last minute are not worth a WAL write per request, and a crash
 * that empties the table only restarts the windows.
 */
export class RateLimits1700000000983 implements MigrationInterface {
  name = 'RateLimits1700000000983';

  async up(db: QueryRunner): Promise<void> {
    await db.query(`
      CREATE UNLOGGED TABLE rate_limits (
        key varchar(255) PRIMARY KEY,
        points integer NOT NULL DEFAULT 0,
        expire bigint
      )`);
    // The library deletes windows that ended over an hour ago, every five minutes.
    await db.query(`CREATE INDEX rate_limits_expire ON rate_limits (expire)`);
  }

  async down(db: QueryRunner): Promise<void> {
    await db.query(`DROP TABLE rate_limits`);
  }
}
