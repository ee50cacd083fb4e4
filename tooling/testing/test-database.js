// A throw-away database for one test run on an existing PostgreSQL (DATABASE_URL's server):
// created at the start, dropped at the end. Shared by the API's and the SDK's test set-ups.
import { randomBytes } from 'node:crypto';
import pg from 'pg';

/**
 * Creates `billing_test_<random>` on the server of `serverUrl` and returns its URL and a drop
 * function. A role without the right to create databases gets one sentence saying so.
 */
export async function createTestDatabase(serverUrl) {
  const name = `billing_test_${randomBytes(4).toString('hex')}`;
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
  return {
    url: url.toString(),
    async drop() {
      const cleanup = new pg.Client({ connectionString: serverUrl });
      await cleanup.connect();
      try {
        await cleanup.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
      } finally {
        await cleanup.end();
      }
    },
  };
}
