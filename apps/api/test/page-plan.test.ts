import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startHarnessOnOwnDatabase, type Harness } from './harness.js';
import { customAndGenericPlans, planNodes, type PlanNode } from './plans.js';

/**
 * A page of an account's orders reads the page, wherever the account's orders sit in the
 * table. Here a customer's 1,000 orders are older than a larger customer's 10,000, among 100
 * small customers: PostgreSQL, taking each account's rows to be spread evenly over the table,
 * would read `account_id = $1 ORDER BY seq DESC LIMIT 21` off the table's own `seq` index and
 * skip the 10,000 newer orders one by one. The API bounds the page by `(account_id, seq)`
 * instead, which only the account's own index orders. Checked on the very statements the API
 * sends, as PostgreSQL plans them for these values (a custom plan) and for any value (the
 * generic plan a prepared statement may settle on), run with EXPLAIN ANALYZE.
 */
let api: Harness;
let statements: Array<{ sql: string; parameters: readonly unknown[] }> | null = null;
let middle = '';

const globalId = (type: string, id: string) => Buffer.from(`${type}:${id}`).toString('base64url');

async function seedAccount(orders: number, name: string): Promise<string> {
  const [account] = await api.db.query(`INSERT INTO accounts (name) VALUES ($1) RETURNING id`, [
    name,
  ]);
  await api.db.query(
    `INSERT INTO orders (account_id, kind, status, total, paid, order_date, explanation, rules)
     SELECT $1, 'VALUE_ADDED', 'FULFILLED', 1000 + g, 1000 + g, DATE '2026-01-05', 'Order ' || g, ARRAY['R-PAY-2']
       FROM generate_series(1, $2::int) g`,
    [account.id, orders],
  );
  return account.id as string;
}

beforeAll(async () => {
  api = await startHarnessOnOwnDatabase({
    logQueries: (sql, parameters) => statements?.push({ sql, parameters }),
  });
  for (let i = 0; i < 100; i++) await seedAccount(3, `Small customer ${i}`);
  middle = await seedAccount(1_000, 'Older customer');
  await seedAccount(10_000, 'Larger, newer customer');
  await api.db.query(`ANALYZE accounts, orders`);
}, 120_000);
afterAll(async () => {
  await api?.close();
});

/** The statement of the request that reads orders, with its parameters. */
async function ordersStatement(
  query: string,
  variables: Record<string, unknown>,
): Promise<{ sql: string; parameters: readonly unknown[]; data: Record<string, unknown> }> {
  statements = [];
  const result = await api.gql(query, variables);
  const sent = statements.filter(({ sql }) => /FROM orders x/.test(sql));
  statements = null;
  expect(result.errors).toBeUndefined();
  expect(sent).toHaveLength(1);
  return { ...sent[0]!, data: result.data! };
}

function expectReadsOnlyThePage(plan: PlanNode, pageRows: number): void {
  const scans = planNodes(plan).filter((node) => node['Index Name']?.startsWith('orders'));
  expect(scans.map((node) => node['Index Name'])).toEqual(scans.map(() => 'orders_account'));
  for (const scan of scans) {
    expect(scan['Rows Removed by Filter'] ?? 0).toBe(0);
    expect(scan['Actual Rows']).toBeLessThanOrEqual(pageRows);
  }
}

const PAGE = `query($id: ID!, $after: String, $orderBy: ListOrder) {
  account(id: $id) { orders(first: 20, after: $after, orderBy: $orderBy) {
    edges { cursor node { id } } pageInfo { endCursor } } }
}`;

describe('a page of an account’s orders, behind a larger customer’s newer ones', () => {
  it('newest first, first and later pages: read off the account’s own index, 21 rows at most', async () => {
    const first = await ordersStatement(PAGE, {
      id: globalId('Account', middle),
      orderBy: 'NEWEST_FIRST',
    });
    for (const plan of await customAndGenericPlans(api.db, first.sql, first.parameters))
      expectReadsOnlyThePage(plan, 21);

    const after = (first.data as { account: { orders: { pageInfo: { endCursor: string } } } })
      .account.orders.pageInfo.endCursor;
    const second = await ordersStatement(PAGE, {
      id: globalId('Account', middle),
      orderBy: 'NEWEST_FIRST',
      after,
    });
    for (const plan of await customAndGenericPlans(api.db, second.sql, second.parameters))
      expectReadsOnlyThePage(plan, 21);
  });

  it('oldest first: the same', async () => {
    const first = await ordersStatement(PAGE, {
      id: globalId('Account', middle),
      orderBy: 'OLDEST_FIRST',
    });
    for (const plan of await customAndGenericPlans(api.db, first.sql, first.parameters))
      expectReadsOnlyThePage(plan, 21);
  });

  it('the orders of several accounts at once (one lateral read): each account’s page off its index', async () => {
    const nested = await ordersStatement(
      `{ accounts(first: 3, orderBy: NEWEST_FIRST) { edges { node { name orders(first: 5, orderBy: NEWEST_FIRST) { edges { node { id } } } } } } }`,
      {},
    );
    expect(nested.sql).toContain('CROSS JOIN LATERAL');
    for (const plan of await customAndGenericPlans(api.db, nested.sql, nested.parameters)) {
      const scans = planNodes(plan).filter((node) => node['Index Name']?.startsWith('orders'));
      expect(scans.length).toBeGreaterThan(0);
      for (const scan of scans) {
        expect(scan['Index Name']).toBe('orders_account');
        expect(scan['Rows Removed by Filter'] ?? 0).toBe(0);
      }
    }
  });
});
