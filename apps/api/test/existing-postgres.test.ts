import { randomBytes } from 'node:crypto';
import { createTestDatabase } from '@billing/tooling/test-database';
import pg from 'pg';
import type { DataSource } from 'typeorm';
import { afterAll, describe, expect, inject, it } from 'vitest';
import { loadConfig } from '../src/config.js';
import { createDataSource, openDatabase } from '../src/db/data-source.js';
import { createServer } from '../src/server.js';

/**
 * Running on an existing PostgreSQL the way a production user does: no extension created, the
 * migrations run by the role that owns the schema, the service by a role that only reads and
 * writes rows, and each missing right named in one sentence.
 */
const serverUrl = inject('databaseUrl');

async function asAdmin<T>(work: (client: pg.Client) => Promise<T>): Promise<T> {
  const client = new pg.Client({ connectionString: serverUrl });
  await client.connect();
  try {
    return await work(client);
  } finally {
    await client.end();
  }
}

// Creating roles needs a superuser or CREATEROLE: true of the embedded PostgreSQL; on an
// existing server whose test role lacks it, the role tests say so and are skipped.
const canCreateRoles = await asAdmin(async (client) => {
  const { rows } = await client.query<{ can: boolean }>(
    'SELECT rolsuper OR rolcreaterole AS can FROM pg_roles WHERE rolname = current_user',
  );
  return rows[0]?.can === true;
});

const suffix = randomBytes(3).toString('hex');
const owner = `billing_owner_${suffix}`;
const app = `billing_app_${suffix}`;
const noCreatedb = `billing_plain_${suffix}`;
const database = `billing_owned_${suffix}`;
const password = randomBytes(12).toString('hex');

function urlFor(role: string, db = database): string {
  const url = new URL(serverUrl);
  url.username = role;
  url.password = password;
  url.pathname = `/${db}`;
  return url.toString();
}

afterAll(async () => {
  if (!canCreateRoles) return;
  await asAdmin(async (client) => {
    await client.query(`DROP DATABASE IF EXISTS ${database} WITH (FORCE)`);
    for (const role of [app, owner, noCreatedb]) await client.query(`DROP ROLE IF EXISTS ${role}`);
  });
});

describe('an existing PostgreSQL', () => {
  it('start-up creates no extension: ids come from gen_random_uuid()', async () => {
    const statements: string[] = [];
    const db = createDataSource(serverUrl, { logQueries: (sql) => statements.push(sql) });
    await db.initialize();
    await db.runMigrations({ transaction: 'each' });
    await db.destroy();
    expect(statements.length).toBeGreaterThan(0);
    expect(statements.filter((sql) => /CREATE EXTENSION/i.test(sql))).toEqual([]);
  });

  it.runIf(canCreateRoles)(
    'the migrations run as the owner role and the service as a role with row rights only; a missing right is one sentence',
    async () => {
      await asAdmin(async (client) => {
        await client.query(`CREATE ROLE ${owner} LOGIN PASSWORD '${password}'`);
        await client.query(`CREATE ROLE ${app} LOGIN PASSWORD '${password}'`);
        await client.query(`CREATE DATABASE ${database} OWNER ${owner}`);
      });

      // The service role alone may not create the tables: the sentence names the way out.
      const alone = await openDatabase(urlFor(app)).then(
        (db) => db.destroy().then(() => 'opened'),
        (error: Error) => error.message,
      );
      expect(alone).toMatch(
        new RegExp(
          `^The role "${app}" of DATABASE_URL may not create the billing tables .*MIGRATIONS_DATABASE_URL`,
        ),
      );

      // The owner migrates; the service role, not yet granted, cannot read the tables.
      const ungranted = await openDatabase(urlFor(app), { migrationsUrl: urlFor(owner) }).then(
        (db) => db.destroy().then(() => 'opened'),
        (error: Error) => error.message,
      );
      expect(ungranted).toMatch(
        new RegExp(
          `^The role "${app}" of DATABASE_URL cannot read or write the billing tables .*grant it SELECT, INSERT, UPDATE and DELETE`,
        ),
      );

      // The grants the README gives, run by the owner.
      const granting = new pg.Client({ connectionString: urlFor(owner) });
      await granting.connect();
      await granting.query(
        `GRANT SELECT, INSERT, UPDATE, DELETE ON ALL TABLES IN SCHEMA public TO ${app}`,
      );
      await granting.query(`GRANT USAGE ON ALL SEQUENCES IN SCHEMA public TO ${app}`);
      await granting.end();

      const db: DataSource = await openDatabase(urlFor(app), { migrationsUrl: urlFor(owner) });
      const server = await createServer({
        db,
        config: {
          ...loadConfig({ LOG_REQUESTS: '0', SCHEDULER_INTERVAL_MS: '0' }),
          bootstrapToken: 'row-rights',
        },
      });
      const { url, close } = await server.listen(0, '127.0.0.1');
      try {
        const gql = async (query: string, variables: Record<string, unknown>) => {
          const response = await fetch(`${url}/graphql`, {
            method: 'POST',
            headers: { 'content-type': 'application/json', authorization: 'Bearer row-rights' },
            body: JSON.stringify({ query, variables }),
          });
          return (await response.json()) as { data?: any; errors?: unknown };
        };
        const created = await gql(
          `mutation($name: String!) { createAccount(input: { name: $name }) { account { id name } userErrors { code } } }`,
          { name: 'Row rights Ltd' },
        );
        expect(created.errors).toBeUndefined();
        expect(created.data.createAccount.userErrors).toEqual([]);
        const opened = await gql(
          `mutation($accountId: ID!) { openSubscription(input: { accountId: $accountId, productCode: "QIDIAN", planCode: "SEATS", seats: 5, years: 1, idempotencyKey: "row-rights-1" }) { order { id total { amount } } userErrors { code message } } }`,
          { accountId: created.data.createAccount.account.id },
        );
        expect(opened.errors).toBeUndefined();
        expect(opened.data.openSubscription.userErrors).toEqual([]);
        expect(opened.data.openSubscription.order.total.amount).toMatch(/^\d+\.\d\d$/);
        // The rate limits (on by default) count in rate_limits with the service role's row
        // rights: the table is the migration's, the limiter never creates one.
        const counted: Array<{ kind: string; points: number }> = await db.query(
          `SELECT split_part(key, ':', 1) AS kind, points FROM rate_limits ORDER BY kind`,
        );
        expect(counted).toEqual([
          { kind: 'address', points: 2 },
          { kind: 'token', points: 2 },
        ]);
      } finally {
        await close();
        await server.stop();
        await db.destroy();
      }
    },
  );

  it.runIf(canCreateRoles)(
    'a test run whose role may not create databases is told so in one sentence',
    async () => {
      await asAdmin((client) =>
        client.query(`CREATE ROLE ${noCreatedb} LOGIN PASSWORD '${password}'`),
      );
      await expect(createTestDatabase(urlFor(noCreatedb, 'postgres'))).rejects.toThrow(
        new RegExp(
          `the role "${noCreatedb}" may not create databases: grant it with ALTER ROLE "${noCreatedb}" CREATEDB`,
        ),
      );
    },
  );

  it('an unreachable server and a missing database are one sentence each', async () => {
    const unreachable = await openDatabase('postgres://u:p@127.0.0.1:1/none').catch(
      (error: Error) => error.message,
    );
    expect(unreachable).toBe(
      'No PostgreSQL answers at 127.0.0.1:1: check DATABASE_URL and that the server is running.',
    );
    const missing = new URL(serverUrl);
    missing.pathname = `/no_such_db_${suffix}`;
    const absent = await openDatabase(missing.toString()).catch((error: Error) => error.message);
    expect(absent).toMatch(new RegExp(`^The database "no_such_db_${suffix}" does not exist on `));
  });
});
