import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startHarnessOnOwnDatabase, type Harness } from './harness.js';

/**
 * A search by a part of an account's name reads the matching accounts through the trigram
 * indexes (migration 999), not every account: on 100,000 accounts PostgreSQL plans the very
 * statement the API sends for `accounts(filter: { search })` with an index scan of
 * `accounts_name_trgm`, and the answer is the one account that matches. (Below some tens of
 * thousands of accounts a plain scan costs less, and PostgreSQL takes it.)
 */
const ACCOUNTS = 100_000;

let api: Harness;
let statements: Array<{ sql: string; parameters: readonly unknown[] }> | null = null;
beforeAll(async () => {
  api = await startHarnessOnOwnDatabase({
    logQueries: (sql, parameters) => statements?.push({ sql, parameters }),
  });
  await api.db.query(
    `INSERT INTO accounts (name) SELECT 'Customer ' || md5(g::text) FROM generate_series(1, $1) g`,
    [ACCOUNTS],
  );
  await api.db.query(`INSERT INTO accounts (name) VALUES ('Hangzhou Lakeside Tea Trading')`);
  await api.db.query(`ANALYZE accounts`);
}, 120_000);
afterAll(async () => {
  await api?.close();
});

/** The index names in a JSON plan, wherever they are in its tree. */
function indexesIn(plan: unknown, into = new Set<string>()): Set<string> {
  if (Array.isArray(plan)) plan.forEach((item) => indexesIn(item, into));
  else if (plan && typeof plan === 'object')
    for (const [key, value] of Object.entries(plan)) {
      if (key === 'Index Name' && typeof value === 'string') into.add(value);
      else indexesIn(value, into);
    }
  return into;
}

describe('account name search', () => {
  it('finds the account by a part of its name through the trigram index, without reading every account', async () => {
    const [extension] = await api.db.query(
      `SELECT count(*)::int AS n FROM pg_extension WHERE extname = 'pg_trgm'`,
    );
    expect(extension.n).toBe(1);

    statements = [];
    const found = await api.gql(
      `query($search: String) { accounts(first: 20, filter: { search: $search }) { edges { node { name } } } }`,
      { search: 'lakeside tea' },
    );
    const sent = statements.filter(({ sql }) => /ILIKE/.test(sql));
    statements = null;
    expect(found.errors).toBeUndefined();
    expect(found.data!.accounts.edges.map((e: { node: { name: string } }) => e.node.name)).toEqual([
      'Hangzhou Lakeside Tea Trading',
    ]);

    expect(sent).toHaveLength(1);
    const [row] = await api.db.query(`EXPLAIN (FORMAT JSON) ${sent[0]!.sql}`, [
      ...sent[0]!.parameters,
    ]);
    const plan = row['QUERY PLAN'];
    expect([...indexesIn(plan)]).toContain('accounts_name_trgm');
  });
});
