// A throw-away database for one test run (or one benchmark) on an existing PostgreSQL
// (DATABASE_URL's server): created at the start, dropped at the end. Shared by the API's and
// the SDK's test set-ups and the API's benchmarks.
import { randomBytes } from 'node:crypto';
import { setTimeout as sleep } from 'node:timers/promises';
import pg from 'pg';

/**
 * Creates `<prefix>_<random>` (`billing_test_…` unless told) on the server of `serverUrl` and
 * returns its URL and a drop function. A role without the right to create databases gets one
 * sentence saying so.
 */
export async function createTestDatabase(serverUrl, prefix = 'billing_test') {
  const name = `${prefix}_${randomBytes(4).toString('hex')}`;
  const server = new URL(serverUrl);
  const role = decodeURIComponent(server.username) || 'the default role';
  const admin = new pg.Client({ connectionString: serverUrl });
  await admin.connect();
  try {
    await admin.query(`CREATE DATABASE ${name}`);
  } catch (error) {
    if (error && error.code === '42501')
      throw new Error(
        `The tests create a throw-away database on DATABASE_URL's server, and the role "${role}" may not create databases: grant it with ALTER ROLE "${role}" CREATEDB, or unset DATABASE_URL to test on the embedded PostgreSQL.`,
      );
    throw error;
  } finally {
    await admin.end();
  }
  const url = new URL(serverUrl);
  url.pathname = `/${name}`;
  return { url: url.toString(), drop: () => dropDatabase(serverUrl, name) };
}

/**
 * Drops `name`, ending the sessions still connected to it. `WITH (FORCE)` refuses a role
 * without superuser rights while an autovacuum worker is in the database (PostgreSQL 15 and 16
 * let only a superuser signal one: "must be a member of the role whose process is being
 * terminated"). Then the role ends its own sessions and drops without FORCE, which stops the
 * autovacuum worker itself; a session that comes back in between is retried.
 */
async function dropDatabase(serverUrl, name) {
  const cleanup = new pg.Client({ connectionString: serverUrl });
  await cleanup.connect();
  try {
    for (let attempt = 1; ; attempt += 1) {
      try {
        await cleanup.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
        return;
      } catch (error) {
        if (!error || error.code !== '42501') throw error;
      }
      await cleanup.query(
        `SELECT pg_terminate_backend(pid) FROM pg_stat_activity
          WHERE datname = $1 AND usename = current_user AND pid <> pg_backend_pid()`,
        [name],
      );
      try {
        await cleanup.query(`DROP DATABASE IF EXISTS ${name}`);
        return;
      } catch (error) {
        // 55006: still in use (a session came back, or the autovacuum worker outlived the wait).
        if (!error || error.code !== '55006' || attempt >= 5) throw error;
      }
      await sleep(200 * attempt);
    }
  } finally {
    await cleanup.end();
  }
}
