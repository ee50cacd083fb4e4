import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startHarnessOnOwnDatabase, type Harness } from './harness.js';
import { customAndGenericPlans, planNodes, type PlanNode } from './plans.js';

/**
 * A page of a top-level list filtered to one parent (an account's billing events, an account's
 * or an object's audit entries, an account's API tokens) reads the page, wherever that parent's
 * rows sit in the table. As in page-plan.test.ts: one customer's 1,000 rows are older than a
 * larger customer's 10,000, among 100 small customers, and PostgreSQL, taking each account's
 * rows to be spread evenly, may read `account_id = $1 ORDER BY seq DESC LIMIT 21` off the
 * table's own `seq` index, skipping the newer rows one by one. Checked on the statements the
 * API sends, as planned for these values and as the generic plan, with EXPLAIN ANALYZE.
 */
let api: Harness;
let statements: Array<{ sql: string; parameters: readonly unknown[] }> | null = null;
let middle = '';
let middleObject = '';

const globalId = (type: string, id: string) => Buffer.from(`${type}:${id}`).toString('base64url');

/** An account with `rows` billing events, audit entries about one object of its, and tokens. */
async function seedAccount(rows: number, name: string): Promise<{ id: string; object: string }> {
  const [account] = await api.db.query(`INSERT INTO accounts (name) VALUES ($1) RETURNING id`, [
    name,
  ]);
  const [{ object }] = await api.db.query(`SELECT gen_random_uuid() AS object`);
  await api.db.query(
    `INSERT INTO billing_events (type, account_id, occurred_at, business_date, test_mode, object_type, object_id, data)
     SELECT 'order.paid', $1, now(), DATE '2026-01-05', false, 'Order', gen_random_uuid(), '{}'::jsonb
       FROM generate_series(1, $2::int)`,
    [account.id, rows],
  );
  await api.db.query(
    `INSERT INTO audit_log (actor_role, action, object_type, object_id, account_id)
     SELECT 'OPERATOR', 'order.updated', 'Order', $3, $1 FROM generate_series(1, $2::int)`,
    [account.id, rows, object],
  );
  await api.db.query(
    `INSERT INTO api_tokens (name, token_hash, role, account_id)
     SELECT 'Token ' || g, md5($1::text || g), 'CUSTOMER_ADMIN', $1::uuid FROM generate_series(1, $2::int) g`,
    [account.id, rows],
  );
  return { id: account.id as string, object: object as string };
}

beforeAll(async () => {
  api = await startHarnessOnOwnDatabase({
    logQueries: (sql, parameters) => statements?.push({ sql, parameters }),
  });
  for (let i = 0; i < 100; i++) await seedAccount(3, `Small customer ${i}`);
  ({ id: middle, object: middleObject } = await seedAccount(1_000, 'Older customer'));
  await seedAccount(10_000, 'Larger, newer customer');
  await api.db.query(`ANALYZE accounts, billing_events, audit_log, api_tokens`);
}, 180_000);
afterAll(async () => {
  await api?.close();
});

/** The one statement of the request that reads `table`'s page (not its count), with its values. */
async function pageStatement(
  table: string,
  query: string,
  variables: Record<string, unknown>,
): Promise<{ sql: string; parameters: readonly unknown[]; data: Record<string, unknown> }> {
  statements = [];
  const result = await api.gql(query, variables);
  const sent = statements.filter(
    ({ sql }) => sql.includes(`FROM ${table} t`) && !sql.includes('count('),
  );
  statements = null;
  expect(result.errors).toBeUndefined();
  expect(sent).toHaveLength(1);
  return { ...sent[0]!, data: result.data! };
}

/** Only `index` is scanned on the table, and it yields no row the page does not keep. */
function expectReadsOnlyThePage(plan: PlanNode, index: string): void {
  const scans = planNodes(plan).filter(
    (node) => node['Index Name'] || node['Node Type'] === 'Seq Scan',
  );
  expect(scans.map((node) => node['Index Name'] ?? node['Node Type'])).toEqual(
    scans.map(() => index),
  );
  for (const scan of scans) {
    expect(scan['Rows Removed by Filter'] ?? 0).toBe(0);
    expect(scan['Actual Rows']).toBeLessThanOrEqual(21);
  }
}

/** The first page and the page after it, in each order, all read off `index`. */
async function expectPagesReadTheirRows(
  table: string,
  index: string,
  query: (order: string) => string,
  variables: Record<string, unknown>,
  connection: (data: Record<string, unknown>) => { pageInfo: { endCursor: string } },
): Promise<void> {
  for (const orderBy of ['NEWEST_FIRST', 'OLDEST_FIRST']) {
    const first = await pageStatement(table, query(orderBy), variables);
    for (const plan of await customAndGenericPlans(api.db, first.sql, first.parameters))
      expectReadsOnlyThePage(plan, index);
    const after = connection(first.data).pageInfo.endCursor;
    const second = await pageStatement(table, query(orderBy), { ...variables, after });
    for (const plan of await customAndGenericPlans(api.db, second.sql, second.parameters))
      expectReadsOnlyThePage(plan, index);
  }
}

describe('a page of one account’s or one object’s rows of a top-level list, behind newer ones', () => {
  it('billing events of an account: off billing_events_account, 21 rows at most', async () => {
    await expectPagesReadTheirRows(
      'billing_events',
      'billing_events_account',
      (orderBy) => `query($id: ID!, $after: String) {
        billingEvents(accountId: $id, first: 20, after: $after, orderBy: ${orderBy}) {
          edges { node { id } } pageInfo { endCursor } } }`,
      { id: globalId('Account', middle) },
      (data) => data.billingEvents as { pageInfo: { endCursor: string } },
    );
  });

  it('audit entries of an account, and about an object: off audit_account and audit_object', async () => {
    await expectPagesReadTheirRows(
      'audit_log',
      'audit_account',
      (orderBy) => `query($id: ID!, $after: String) {
        auditLog(accountId: $id, first: 20, after: $after, orderBy: ${orderBy}) {
          edges { node { id } } pageInfo { endCursor } } }`,
      { id: globalId('Account', middle) },
      (data) => data.auditLog as { pageInfo: { endCursor: string } },
    );
    await expectPagesReadTheirRows(
      'audit_log',
      'audit_object',
      (orderBy) => `query($id: ID!, $after: String) {
        auditLog(objectId: $id, first: 20, after: $after, orderBy: ${orderBy}) {
          edges { node { id } } pageInfo { endCursor } } }`,
      { id: globalId('Order', middleObject) },
      (data) => data.auditLog as { pageInfo: { endCursor: string } },
    );
  });

  it('API tokens of an account: off api_tokens_account_seq', async () => {
    await expectPagesReadTheirRows(
      'api_tokens',
      'api_tokens_account_seq',
      (orderBy) => `query($id: ID!, $after: String) {
        apiTokens(accountId: $id, first: 20, after: $after, orderBy: ${orderBy}) {
          edges { node { id } } pageInfo { endCursor } } }`,
      { id: globalId('Account', middle) },
      (data) => data.apiTokens as { pageInfo: { endCursor: string } },
    );
  });

  it('the pages hold the account’s rows only, in order, none skipped or repeated', async () => {
    const seen: string[] = [];
    let after: string | null = null;
    for (;;) {
      const result: { data?: Record<string, unknown>; errors?: unknown } = await api.gql(
        `query($id: ID!, $after: String) {
          billingEvents(accountId: $id, first: 100, after: $after, orderBy: NEWEST_FIRST) {
            edges { node { id account { id } } } pageInfo { hasNextPage endCursor } } }`,
        { id: globalId('Account', middle), after },
      );
      expect(result.errors).toBeUndefined();
      const connection = result.data!.billingEvents as {
        edges: Array<{ node: { id: string; account: { id: string } } }>;
        pageInfo: { hasNextPage: boolean; endCursor: string };
      };
      for (const edge of connection.edges) {
        expect(edge.node.account.id).toBe(globalId('Account', middle));
        seen.push(edge.node.id);
      }
      if (!connection.pageInfo.hasNextPage) break;
      after = connection.pageInfo.endCursor;
    }
    expect(seen).toHaveLength(1_000);
    expect(new Set(seen).size).toBe(1_000);
  });
});
