import { DataSource } from 'typeorm';
import { afterAll, afterEach, beforeAll, describe, expect, inject, it } from 'vitest';
import { loadConfig } from '../src/config.js';
import { createServer } from '../src/server.js';
import { expectBooksBalanced } from './api-helpers.js';
import { startHarness, type Harness } from './harness.js';

let api: Harness;
beforeAll(async () => {
  api = await startHarness();
});
afterEach(async () => {
  await expectBooksBalanced(api);
});
afterAll(async () => {
  await api.close();
});

const CREATE = /* GraphQL */ `
  mutation Create($name: String!) {
    createAccount(input: { name: $name }) {
      account {
        id
        name
        status
        balance {
          amount
          currency
        }
      }
      userErrors {
        code
        message
        field
      }
    }
  }
`;

async function createAccount(name: string) {
  const result = await api.gql(CREATE, { name });
  expect(result.errors).toBeUndefined();
  return result.data!.createAccount.account as { id: string; name: string };
}

async function tokenFor(accountId: string, role: 'CUSTOMER_ADMIN' | 'CUSTOMER_MEMBER') {
  const result = await api.gql(
    `mutation T($accountId: ID!, $role: Role!) { createApiToken(input: { accountId: $accountId, role: $role }) { token userErrors { code } } }`,
    { accountId, role },
  );
  expect(result.data!.createApiToken.userErrors).toEqual([]);
  return result.data!.createApiToken.token as string;
}

describe('serving', () => {
  it('GET /healthz answers ok once the database is reachable and migrated', async () => {
    const response = await fetch(`${api.url}/healthz`);
    expect(response.status).toBe(200);
    expect(await response.json()).toEqual({ status: 'ok' });
  });

  it('sends security headers on every response: CSP without framing, nosniff, no referrer; HSTS only when configured', async () => {
    for (const response of [
      await fetch(`${api.url}/healthz`),
      await fetch(`${api.url}/graphql`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ query: '{ viewer { role } }' }),
      }),
    ]) {
      const csp = response.headers.get('content-security-policy') ?? '';
      expect(csp).toContain("default-src 'self'");
      expect(csp).toContain("script-src 'self'");
      expect(csp).toContain("frame-ancestors 'none'");
      expect(csp).toContain("object-src 'none'");
      expect(response.headers.get('x-content-type-options')).toBe('nosniff');
      expect(response.headers.get('referrer-policy')).toBe('no-referrer');
      expect(response.headers.get('strict-transport-security')).toBeNull();
      expect(response.headers.get('x-powered-by')).toBeNull();
    }
  });

  it('refuses batched requests', async () => {
    const response = await fetch(`${api.url}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: 'Bearer test-operator-token' },
      body: JSON.stringify([{ query: '{ viewer { role } }' }, { query: '{ viewer { role } }' }]),
    });
    expect(response.status).toBe(400);
  });

  it('refuses requests larger than the size limit', async () => {
    const response = await fetch(`${api.url}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ query: `{ viewer { role } } #${'x'.repeat(100_000)}` }),
    });
    expect(response.status).toBe(413);
  });

  it('refuses queries deeper than the depth limit', async () => {
    const deep = `{ viewer { account { id ${'... on Node { ... on Account { id '.repeat(14)}${'} }'.repeat(14)} } } }`;
    const result = await api.gql(deep);
    expect(result.errors?.[0]?.extensions?.code).toBe('GRAPHQL_VALIDATION_FAILED');
  });
});

describe('authentication and roles', () => {
  it('a missing token is UNAUTHENTICATED, a wrong one too', async () => {
    const anonymous = await api.gql('{ viewer { role } }', {}, null);
    expect(anonymous.errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
    const wrong = await api.gql('{ viewer { role } }', {}, 'not-a-token');
    expect(wrong.errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
  });

  it('BILLING_BOOTSTRAP_TOKEN acts as an operator', async () => {
    const result = await api.gql('{ viewer { role account { id } } }');
    expect(result.data).toEqual({ viewer: { role: 'OPERATOR', account: null } });
  });

  it('customers cannot create accounts or list all accounts (FORBIDDEN)', async () => {
    const account = await createAccount('Role Check Ltd');
    const token = await tokenFor(account.id, 'CUSTOMER_ADMIN');
    const create = await api.gql(CREATE, { name: 'Sneaky' }, token);
    expect(create.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    const list = await api.gql('{ accounts(first: 5) { totalCount } }', {}, token);
    expect(list.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
  });
});

describe('accounts', () => {
  it('createAccount stores an account readable through account(id) and node(id)', async () => {
    const created = await createAccount('  Shenzhen Example Tech  ');
    expect(created.name).toBe('Shenzhen Example Tech');
    const read = await api.gql(
      `query($id: ID!) { account(id: $id) { id name status verificationStatus balance { amount currency } } node(id: $id) { id ... on Account { name } } }`,
      { id: created.id },
    );
    expect(read.data).toEqual({
      account: {
        id: created.id,
        name: 'Shenzhen Example Tech',
        status: 'ACTIVE',
        verificationStatus: 'NOT_SUBMITTED',
        balance: { amount: '0.00', currency: 'CNY' },
      },
      node: { id: created.id, name: 'Shenzhen Example Tech' },
    });
  });

  it('a blank name is a userError on the field and writes nothing', async () => {
    const before = await api.gql('{ accounts(first: 1) { totalCount } }');
    const result = await api.gql(CREATE, { name: '   ' });
    expect(result.data!.createAccount).toEqual({
      account: null,
      userErrors: [
        { code: 'INVALID_INPUT', message: 'The name must be 1–200 characters', field: ['name'] },
      ],
    });
    const after = await api.gql('{ accounts(first: 1) { totalCount } }');
    expect(after.data!.accounts.totalCount).toBe(before.data!.accounts.totalCount);
  });

  it('malformed input is BAD_USER_INPUT', async () => {
    const result = await api.gql(`{ accounts(first: 1000) { totalCount } }`);
    expect(result.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    const badCursor = await api.gql(`{ accounts(first: 2, after: "bm9wZQ") { totalCount } }`);
    expect(badCursor.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
  });

  it('accounts is a Relay connection that pages without gaps or repeats', async () => {
    const tag = `Paging-${Date.now()}`;
    const names = Array.from({ length: 5 }, (_, i) => `${tag}-${i}`);
    for (const name of names) await createAccount(name);
    const seen: string[] = [];
    let after: string | null = null;
    for (let page = 0; page < 3; page++) {
      const result: any = await api.gql(
        `query($after: String, $search: String) { accounts(first: 2, after: $after, filter: { search: $search }) { totalCount edges { cursor node { name } } pageInfo { hasNextPage endCursor } } }`,
        { after, search: tag },
      );
      const connection = result.data.accounts;
      expect(connection.totalCount).toBe(5);
      seen.push(...connection.edges.map((edge: any) => edge.node.name));
      after = connection.pageInfo.endCursor;
      expect(connection.pageInfo.hasNextPage).toBe(page < 2);
    }
    expect(seen).toEqual(names);
  });

  it('customers are isolated: another account answers exactly as a missing one', async () => {
    const mine = await createAccount('Mine Co');
    const theirs = await createAccount('Theirs Co');
    for (const role of ['CUSTOMER_ADMIN', 'CUSTOMER_MEMBER'] as const) {
      const token = await tokenFor(mine.id, role);
      const own = await api.gql(
        `query($id: ID!) { account(id: $id) { name } }`,
        { id: mine.id },
        token,
      );
      expect(own.data).toEqual({ account: { name: 'Mine Co' } });
      const other = await api.gql(
        `query($id: ID!) { account(id: $id) { name } node(id: $id) { id } }`,
        { id: theirs.id },
        token,
      );
      const missing = await api.gql(
        `query($id: ID!) { account(id: $id) { name } node(id: $id) { id } }`,
        { id: Buffer.from('Account:00000000-0000-4000-8000-000000000000').toString('base64url') },
        token,
      );
      expect(other).toEqual(missing);
      expect(other.data).toEqual({ account: null, node: null });
      const viewer = await api.gql('{ viewer { role account { name } } }', {}, token);
      expect(viewer.data).toEqual({ viewer: { role, account: { name: 'Mine Co' } } });
    }
  });

  it('internal errors are masked: no SQL or stack in the response, the request id identifies them', async () => {
    // A server whose connection cannot see the tables: every query fails inside a resolver.
    const hidden = new DataSource({
      type: 'postgres',
      url: inject('databaseUrl'),
      extra: { options: '-c search_path=no_such_schema' },
    });
    await hidden.initialize();
    const server = await createServer({
      db: hidden,
      config: {
        ...loadConfig({ LOG_REQUESTS: '0', SCHEDULER_INTERVAL_MS: '0' }),
        bootstrapToken: 'masked',
      },
    });
    const { url, close } = await server.listen(0, '127.0.0.1');
    try {
      const response = await fetch(`${url}/graphql`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', authorization: 'Bearer masked' },
        body: JSON.stringify({ query: '{ accounts(first: 1) { edges { node { name } } } }' }),
      });
      const result = (await response.json()) as {
        errors?: Array<{ extensions?: { code?: string } }>;
      };
      expect(result.errors?.[0]?.extensions?.code).toBe('INTERNAL_SERVER_ERROR');
      expect(JSON.stringify(result)).not.toMatch(
        /accounts"? does not exist|relation|SELECT|no_such_schema|at /i,
      );
      expect(response.headers.get('x-request-id')).toMatch(/^[0-9a-f-]{36}$/);
    } finally {
      await close();
      await server.stop();
      await hidden.destroy();
    }
  });
});

describe('node(id)', () => {
  it('resolves every node type the viewer may see, and nothing of another account', async () => {
    const clock = await api.gql(
      `mutation { createTestClock(input: { name: "node", frozenAt: "2021-04-20T10:00:00+08:00" }) { testClock { id } } }`,
    );
    const clockId = clock.data!.createTestClock.testClock.id;
    const created = await api.gql(
      `mutation($c: ID) { createAccount(input: { name: "Node Co", testClockId: $c }) { account { id } } }`,
      { c: clockId },
    );
    const accountId = created.data!.createAccount.account.id;
    const opened = await api.gql(
      `mutation($a: ID!) { openSubscription(input: { accountId: $a, productCode: "EQQ", planCode: "SEATS", seats: 3, years: 1, idempotencyKey: "node-open" }) { order { id } subscription { id } } }`,
      { a: accountId },
    );
    const { order, subscription } = opened.data!.openSubscription;
    const paid = await api.gql(
      `mutation($o: ID!) { payOrder(input: { orderId: $o, method: ALIPAY, amount: "3000.00", idempotencyKey: "node-pay" }) { payment { id } } }`,
      { o: order.id },
    );
    const paymentId = paid.data!.payOrder.payment.id;
    const query = `query($id: ID!) { node(id: $id) { __typename id } }`;
    for (const [id, type] of [
      [accountId, 'Account'],
      [order.id, 'Order'],
      [subscription.id, 'Subscription'],
      [paymentId, 'Payment'],
      [clockId, 'TestClock'],
    ]) {
      expect((await api.gql(query, { id })).data!.node).toEqual({ __typename: type, id });
    }
    const other = await api.gql(
      `mutation { createAccount(input: { name: "Other Co" }) { account { id } } }`,
    );
    const token = await tokenFor(other.data!.createAccount.account.id, 'CUSTOMER_ADMIN');
    for (const id of [accountId, order.id, subscription.id, paymentId, clockId]) {
      expect((await api.gql(query, { id }, token)).data!.node).toBeNull();
    }
  });
});

describe('account filters', () => {
  it('filters accounts by verification status (the review queue) and by test clock', async () => {
    const clock = await api.gql(
      `mutation { createTestClock(input: { name: "filters", frozenAt: "2021-04-20T10:00:00+08:00" }) { testClock { id } } }`,
    );
    const clockId = clock.data!.createTestClock.testClock.id;
    const ids: string[] = [];
    for (const name of ['Filter A', 'Filter B']) {
      const created = await api.gql(
        `mutation($n: String!, $c: ID) { createAccount(input: { name: $n, testClockId: $c }) { account { id } } }`,
        { n: name, c: clockId },
      );
      ids.push(created.data!.createAccount.account.id);
    }
    await api.gql(
      `mutation($id: ID!) { submitVerification(input: { accountId: $id, verifiedName: "Filter A Ltd", documents: ["licence.pdf"] }) { userErrors { code } } }`,
      { id: ids[0] },
    );
    const byClock = await api.gql(
      `query($c: ID!) { accounts(first: 10, filter: { testClockId: $c }) { totalCount edges { node { id } } } }`,
      { c: clockId },
    );
    expect(byClock.data!.accounts.edges.map((e: any) => e.node.id)).toEqual(ids);
    const pending = await api.gql(
      `query($c: ID!) { accounts(first: 10, filter: { testClockId: $c, verificationStatus: PENDING }) { edges { node { id verificationStatus } } } }`,
      { c: clockId },
    );
    expect(pending.data!.accounts.edges).toEqual([
      { node: { id: ids[0], verificationStatus: 'PENDING' } },
    ]);
    const unknown = await api.gql(
      `{ accounts(first: 10, filter: { testClockId: "bm9wZQ" }) { totalCount } }`,
    );
    expect(unknown.data!.accounts.totalCount).toBe(0);
  });
});
