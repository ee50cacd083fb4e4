import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { activeSubscription, localId, tokenFor } from './api-helpers.js';
import { startHarness, type GraphQLResponse, type Harness } from './harness.js';

/**
 * Queries run compiled (graphql-jit) unless COMPILED_QUERIES=0. Two APIs on the same database,
 * one compiling and one interpreting with graphql-js, must answer every request alike: data,
 * errors (message, path, locations, code) and HTTP status.
 */
let compiled: Harness;
let interpreted: Harness;
let accountId: string;
let subscriptionId: string;
let orderId: string;
let customerToken: string;

beforeAll(async () => {
  compiled = await startHarness();
  interpreted = await startHarness({ config: { compiledQueries: false } });
  const set = await activeSubscription(compiled, {
    openOn: '2021-05-01',
    activateOn: '2021-05-03',
    seats: 5,
  });
  ({ accountId, subscriptionId } = set);
  orderId = set.openingOrderId;
  customerToken = await tokenFor(compiled, accountId);
});
afterAll(async () => {
  await compiled?.close();
  await interpreted?.close();
});

/** How a request ran, read from the API's own metrics. */
async function executions(api: Harness): Promise<{ compiled: number; interpreted: number }> {
  const text = await (
    await fetch(`${api.url}/metrics`, { headers: { authorization: 'Bearer test-operator-token' } })
  ).text();
  const count = (execution: string) =>
    Number(
      new RegExp(
        `^billing_graphql_executions_total\\{execution="${execution}"\\} (\\d+)`,
        'm',
      ).exec(text)?.[1] ?? 0,
    );
  return { compiled: count('compiled'), interpreted: count('interpreted') };
}

/** Both answers, after checking they are the same; `ran` is how the compiling API ran it. */
async function both(
  query: string,
  variables: Record<string, unknown> = {},
  token?: string | null,
): Promise<{ body: GraphQLResponse<any>; ran: 'compiled' | 'interpreted' }> {
  const before = await executions(compiled);
  const fromCompiled = await compiled.gql(query, variables, token);
  const after = await executions(compiled);
  const fromInterpreted = await interpreted.gql(query, variables, token);
  expect(fromCompiled).toEqual(fromInterpreted);
  const ran = after.compiled > before.compiled ? 'compiled' : 'interpreted';
  expect(after.compiled + after.interpreted).toBe(before.compiled + before.interpreted + 1);
  return { body: fromCompiled, ran };
}

const ACCOUNT_PAGE = `query AccountPage($id: ID!, $withHistory: Boolean!) {
  account(id: $id) {
    id name status balance { amount currency }
    subscriptions { id status statusReason seats expiresOn graceEndsOn product { code name } plan { code }
      entitlements { initiateSessions addSeats }
      history @include(if: $withHistory) { cause effectiveOn rules { id } } }
    orders(first: 20, orderBy: NEWEST_FIRST) {
      totalCount
      edges { cursor node {
        id kind status total { amount currency } paid { amount } createdAt
        lines { description quantity months unitPrice { amount currency } amount { amount currency } rules { id summary } }
        payments { id amount { amount } }
      } }
      pageInfo { hasNextPage hasPreviousPage startCursor endCursor }
    }
    latest: orders(last: 1) @skip(if: $withHistory) { edges { node { id } } }
  }
}`;

describe('compiled queries answer as graphql-js does', () => {
  it('an account page with nested lists, lazy totalCount, aliases, @include and @skip', async () => {
    for (const withHistory of [true, false]) {
      const { body, ran } = await both(ACCOUNT_PAGE, { id: accountId, withHistory });
      expect(ran).toBe('compiled');
      expect(body.errors).toBeUndefined();
      expect(body.data!.account.orders.totalCount).toBeGreaterThan(0);
      expect(body.data!.account.orders.edges[0].node.lines.length).toBeGreaterThan(0);
      expect(body.data!.account.subscriptions[0].id).toBe(subscriptionId);
    }
  });

  it('fragments on the Node interface, __typename and a named operation among several', async () => {
    const query = `
      fragment Money on Money { amount currency }
      fragment Any on Node { __typename id
        ... on Account { name balance { ...Money } }
        ... on Order { total { ...Money } account { id } }
        ... on Subscription { status seats }
      }
      query Other { __typename }
      query Nodes($a: ID!, $o: ID!, $s: ID!) {
        a: node(id: $a) { ...Any } o: node(id: $o) { ...Any } s: node(id: $s) { ...Any }
      }`;
    const ask = async (api: Harness): Promise<any> =>
      (
        await fetch(`${api.url}/graphql`, {
          method: 'POST',
          headers: {
            'content-type': 'application/json',
            authorization: 'Bearer test-operator-token',
          },
          body: JSON.stringify({
            query,
            operationName: 'Nodes',
            variables: { a: accountId, o: orderId, s: subscriptionId },
          }),
        })
      ).json();
    const before = await executions(compiled);
    const fromCompiled = await ask(compiled);
    expect((await executions(compiled)).compiled).toBe(before.compiled + 1);
    expect(fromCompiled).toEqual(await ask(interpreted));
    expect(fromCompiled.errors).toBeUndefined();
    const { a, o, s } = fromCompiled.data;
    expect([a.__typename, o.__typename, s.__typename]).toEqual([
      'Account',
      'Order',
      'Subscription',
    ]);
    expect(o.account.id).toBe(accountId);
  });

  it('a resolver’s error: same message, code, path and locations, null where it stopped', async () => {
    const missing = Buffer.from('Account:00000000-0000-4000-8000-000000000000').toString(
      'base64url',
    );
    const { body, ran } = await both(
      `query($id: ID!, $other: ID!) { one: account(id: $id) { id name } two: account(id: $other) { id } }`,
      { id: missing, other: accountId },
    );
    expect(ran).toBe('compiled');
    expect(body.data).toEqual({ one: null, two: { id: accountId } });
  });

  it('a customer’s read of an operator-only field: FORBIDDEN and null, the rest answered', async () => {
    const { body, ran } = await both(
      `query($id: ID!) { account(id: $id) { id name auditLog(first: 1) { totalCount } } }`,
      { id: accountId },
      customerToken,
    );
    expect(ran).toBe('compiled');
    expect(body.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    expect(body.data!.account).toMatchObject({ id: accountId, auditLog: null });
  });

  it('refused variables are worded by graphql-js and nothing runs', async () => {
    const { body, ran } = await both(
      `query($first: Int!) { accounts(first: $first) { totalCount } }`,
      {
        first: 'twenty',
      },
    );
    expect(ran).toBe('interpreted');
    expect(body.status).toBe(400);
    expect(body.errors?.[0]?.message).toMatch(/\$first/);
  });

  it('mutations and introspection are interpreted', async () => {
    const { ran: introspection } = await both(`{ __schema { queryType { name } } }`);
    expect(introspection).toBe('interpreted');
    // A refused mutation changes nothing, so both APIs can be sent the same one.
    const { body, ran } = await both(
      `mutation($id: ID!) { activateSubscription(input: { subscriptionId: $id }) { userErrors { code field } } }`,
      { id: subscriptionId },
    );
    expect(ran).toBe('interpreted');
    expect(body.data!.activateSubscription.userErrors.length).toBeGreaterThan(0);
    expect(localId(subscriptionId)).toBeTruthy();
  });
});
