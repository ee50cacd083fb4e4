import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEMO_ACCOUNTS, loadDemoData } from '../src/db/demo-data.js';
import { SandboxGateway } from '../src/modules/payments/payment-gateway.js';
import { expectBooksBalanced } from './api-helpers.js';
import { OPERATOR_TOKEN, startHarnessOnOwnDatabase, type Harness } from './harness.js';
import { parse, OperationTypeNode, type OperationDefinitionNode } from 'graphql';

/** The web client's playground examples (apps/web/src/playground/examples.ts), as it loads them. */
interface PlaygroundExamples {
  EXAMPLE_IDS_QUERY: string;
  exampleIds(data: unknown): Record<string, string | undefined>;
  exampleTabs(ids: Record<string, string | undefined>): { query: string; variables: string }[];
}
// Read by path at run time: the file belongs to the web client, outside this package's sources.
const EXAMPLES_FILE = '../../web/src/playground/examples.ts';

/** The demo data set on a database of its own, loaded as a first start loads it. */
let api: Harness;
beforeAll(async () => {
  api = await startHarnessOnOwnDatabase();
  expect(await loadDemoData(api.db, api.server, new SandboxGateway())).toBe(true);
}, 120_000);
afterAll(async () => {
  await api?.close();
});

describe('the demo data set', () => {
  it('is loaded once: a restart loads nothing more', async () => {
    const [before] = await api.db.query(`SELECT count(*)::int AS n FROM orders`);
    expect(await loadDemoData(api.db, api.server, new SandboxGateway())).toBe(false);
    const [after] = await api.db.query(`SELECT count(*)::int AS n FROM orders`);
    expect(after.n).toBe(before.n);
    await expectBooksBalanced(api);
  });

  it('gives every chart and list of the live dashboard data on first start', async () => {
    const result = await api.gql(`{
      dashboard { testMode
        revenueByMonth(months: 24) { month gross { amount } refunded { amount } amount { amount } }
        refundsByReason { reason count approvedCount amount { amount } }
        renewalsDue(days: 30) { id account { name } currentPeriodEnd }
        inGrace { id account { name } status }
      } }`);
    expect(result.errors).toBeUndefined();
    const board = result.data!.dashboard;
    expect(board.testMode).toBe(false);
    const paidMonths = board.revenueByMonth.filter(
      (m: { gross: { amount: string } }) => m.gross.amount !== '0.00',
    );
    expect(paidMonths.length).toBeGreaterThanOrEqual(5);
    expect(
      board.revenueByMonth.some(
        (m: { refunded: { amount: string } }) => m.refunded.amount !== '0.00',
      ),
    ).toBe(true);
    expect(board.refundsByReason).toEqual([
      expect.objectContaining({ reason: 'NO_REASON', count: 1, approvedCount: 1 }),
    ]);
    expect(board.renewalsDue.map((s: { account: { name: string } }) => s.account.name)).toEqual([
      DEMO_ACCOUNTS.hangzhou,
    ]);
    expect(board.inGrace.map((s: { account: { name: string } }) => s.account.name)).toEqual([
      DEMO_ACCOUNTS.beijing,
    ]);
  });

  it('has a refund paid out, a postpaid bill and materials to review, all on live accounts', async () => {
    const result = await api.gql(`{
      refunds(first: 10) { edges { node { status amount { amount } account { name } } } }
      accounts(first: 20) { edges { node { name verificationStatus testClock { id } postpaidBills(first: 5) { edges { node { month status amount { amount } } } } } } }
    }`);
    expect(result.errors).toBeUndefined();
    expect(result.data!.refunds.edges.map((e: { node: unknown }) => e.node)).toEqual([
      expect.objectContaining({ status: 'PAID', account: { name: DEMO_ACCOUNTS.guangzhou } }),
    ]);
    const accounts = result.data!.accounts.edges.map((e: { node: Record<string, any> }) => e.node);
    expect(accounts.map((a: { name: string }) => a.name).sort()).toEqual(
      Object.values(DEMO_ACCOUNTS).sort(),
    );
    for (const account of accounts) expect(account.testClock).toBeNull();
    const shanghai = accounts.find((a: { name: string }) => a.name === DEMO_ACCOUNTS.shanghai);
    expect(shanghai.postpaidBills.edges).toHaveLength(1);
    const chengdu = accounts.find((a: { name: string }) => a.name === DEMO_ACCOUNTS.chengdu);
    expect(chengdu.verificationStatus).toBe('PENDING');
    await expectBooksBalanced(api);
  });

  it('answers every preloaded playground example with data: no error, no null root, nothing NOT_FOUND', async () => {
    const { EXAMPLE_IDS_QUERY, exampleIds, exampleTabs } = (await import(
      /* @vite-ignore */ new URL(EXAMPLES_FILE, import.meta.url).href
    )) as PlaygroundExamples;
    const lookup = await api.gql(EXAMPLE_IDS_QUERY);
    expect(lookup.errors).toBeUndefined();
    const ids = exampleIds(lookup.data);
    expect(ids).toEqual({
      subscriptionId: expect.any(String),
      orderId: expect.any(String),
      accountId: expect.any(String),
    });
    const tabs = exampleTabs(ids);
    let operations = 0;
    for (const tab of tabs) {
      expect(tab.variables).not.toContain('…');
      const variables = tab.variables ? JSON.parse(tab.variables) : {};
      for (const definition of parse(tab.query).definitions) {
        const operation = definition as OperationDefinitionNode;
        const name = operation.name!.value;
        const used = Object.fromEntries(
          (operation.variableDefinitions ?? []).map((v) => [
            v.variable.name.value,
            variables[v.variable.name.value],
          ]),
        );
        // The tab holds several operations: send the one by name, as GraphiQL does.
        const single = await fetch(`${api.url}/graphql`, {
          method: 'POST',
          headers: {
            'content-type': 'application/json',
            authorization: `Bearer ${OPERATOR_TOKEN}`,
          },
          body: JSON.stringify({ query: tab.query, variables: used, operationName: name }),
        }).then((response) => response.json() as Promise<{ data?: any; errors?: unknown[] }>);
        expect(single.errors, `${name}: ${JSON.stringify(single.errors)}`).toBeUndefined();
        for (const [field, value] of Object.entries(single.data ?? {})) {
          expect(value, `${name}.${field}`).not.toBeNull();
          const payload = value as { userErrors?: unknown[] };
          expect(payload.userErrors ?? [], `${name}.${field}`).toEqual([]);
        }
        expect(JSON.stringify(single)).not.toMatch(/NOT_FOUND/);
        // Every list an example shows has something in it on the demo data set: a root list
        // and every page of a connection (edges) anywhere in the answer.
        for (const [field, value] of Object.entries(single.data ?? {}))
          if (Array.isArray(value)) expect(value.length, `${name}.${field}`).toBeGreaterThan(0);
        for (const path of emptyPages(single.data, name)) expect.fail(`${path} is an empty page`);
        if (operation.operation === OperationTypeNode.MUTATION) {
          const payload = Object.values(single.data!)[0] as Record<string, unknown>;
          const result = Object.entries(payload).filter(([key]) => key !== 'userErrors');
          expect(
            result.every(([, v]) => v !== null),
            name,
          ).toBe(true);
        }
        operations++;
      }
    }
    expect(operations).toBe(7);
    await expectBooksBalanced(api);
  });
});

/** Where in an answer a connection's page (`edges`) is empty. */
function emptyPages(value: unknown, path: string): string[] {
  if (Array.isArray(value)) return value.flatMap((item, i) => emptyPages(item, `${path}[${i}]`));
  if (value === null || typeof value !== 'object') return [];
  return Object.entries(value).flatMap(([key, inner]) =>
    key === 'edges' && Array.isArray(inner) && inner.length === 0
      ? [`${path}.${key}`]
      : emptyPages(inner, `${path}.${key}`),
  );
}
