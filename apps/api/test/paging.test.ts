import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import {
  createAccount,
  createClock,
  expectBooksBalanced,
  key,
  localId,
  openSubscription,
} from './api-helpers.js';
import { startHarness, type Harness } from './harness.js';

let api: Harness;
let statements: string[] | null = null;
beforeAll(async () => {
  api = await startHarness({ logQueries: (sql) => statements?.push(sql) });
});
afterEach(async () => {
  await expectBooksBalanced(api);
});
afterAll(async () => {
  await api.close();
});

/** The SQL statements the API sends while answering one request, and its data. */
async function measured(query: string, variables: Record<string, unknown>) {
  statements = [];
  const result = await api.gql(query, variables);
  const sent = statements;
  statements = null;
  expect(result.errors).toBeUndefined();
  return { statements: sent, data: result.data as any };
}

/**
 * An account with one real subscription (opened through the API) whose history has `extra`
 * more orders (cancelled add-seat orders with a line each) and `extra` more recorded
 * transitions, seeded by SQL: a long history that must not change what a page costs.
 */
async function accountWithHistory(extra: number) {
  const clockId = await createClock(api, '2021-04-20');
  const accountId = await createAccount(api, `Paging ${key()}`, clockId);
  const opened = await openSubscription(api, { accountId, seats: 3, productCode: 'QIDIAN' });
  const subscriptionId = opened.subscription.id as string;
  await api.db.query(
    `WITH o AS (
       INSERT INTO orders (account_id, subscription_id, kind, status, total, order_date, seats, explanation, rules)
       SELECT $1, $2, 'ADD_SEATS', 'CANCELLED', 1000 * g, '2021-04-20', 1, 'seeded ' || g, '{R-SEAT-3}'
         FROM generate_series(1, $3::int) g
       RETURNING id, total)
     INSERT INTO order_lines (order_id, position, description, quantity, months, unit_price, amount, rules)
     SELECT id, 1, 'seat', 1, 1, total, total, '{R-SEAT-3}' FROM o`,
    [localId(accountId), localId(subscriptionId), extra],
  );
  await api.db.query(
    `INSERT INTO subscription_events (subscription_id, occurred_at, effective_on, from_status, to_status, cause, rules, reason)
     SELECT $1, now(), '2021-04-20', 'PENDING_ACTIVATION', 'PENDING_ACTIVATION', 'SEEDED', '{R-LIFE-6}', 'seeded ' || g
       FROM generate_series(1, $2::int) g`,
    [localId(subscriptionId), extra],
  );
  return { accountId, subscriptionId };
}

const ACCOUNT_PAGE = `query Page($id: ID!) {
  account(id: $id) {
    id name balance { amount }
    subscriptions {
      id status statusReason expiresOn pendingSeats entitlements { addSeats renew }
      nextTransition { to on }
      ordersConnection(first: 5, orderBy: NEWEST_FIRST) { edges { node { id kind } } }
      historyConnection(last: 3) { edges { node { cause reason } } }
    }
    orders(first: 20, orderBy: NEWEST_FIRST) {
      edges { cursor node { id kind status total { amount } lines { description amount { amount } rules { id } } } }
      pageInfo { hasNextPage hasPreviousPage startCursor endCursor }
    }
  }
}`;

describe('pages cost what the page costs', () => {
  it('an account page takes the same SQL statements with 10 orders as with 1,000, and subscription status reads no order history', async () => {
    const small = await accountWithHistory(10);
    const large = await accountWithHistory(1_000);
    await measured(ACCOUNT_PAGE, { id: small.accountId }); // warm the catalog cache

    const ten = await measured(ACCOUNT_PAGE, { id: small.accountId });
    const thousand = await measured(ACCOUNT_PAGE, { id: large.accountId });
    expect(thousand.statements.length).toBe(ten.statements.length);
    expect(ten.statements.length).toBeLessThanOrEqual(10);
    // No statement reads a list without a bound: every read of orders or history is a keyset
    // page (LIMIT), a lookup by id, or the partial-index read of the decisive orders.
    for (const sql of thousand.statements.filter((s) => /\b(orders|subscription_events)\b/.test(s)))
      expect(sql).toMatch(/LIMIT|\bt\.id = ANY|\bt\.kind = 'NEW_SUBSCRIPTION'/);

    const account = thousand.data.account;
    expect(account.orders.edges).toHaveLength(20);
    expect(account.orders.pageInfo).toMatchObject({ hasNextPage: true, hasPreviousPage: false });
    // Newest first: the seeded orders come after the opening order, the last seeded one first.
    expect(account.orders.edges[0].node.total.amount).toBe('10000.00');
    expect(account.orders.edges[0].node.lines[0].amount.amount).toBe('10000.00');
    const [sub] = account.subscriptions;
    expect(sub.status).toBe('PENDING_ACTIVATION');
    expect(sub.pendingSeats).toBe(0);
    expect(sub.ordersConnection.edges).toHaveLength(5);
    expect(sub.historyConnection.edges.map((e: any) => e.node.reason)).toEqual([
      'seeded 998',
      'seeded 999',
      'seeded 1000',
    ]);
  });

  it('totalCount is counted only when it is selected', async () => {
    const { accountId } = await accountWithHistory(30);
    const query = (count: boolean) =>
      `query($id: ID!) { account(id: $id) { orders(first: 2) { ${count ? 'totalCount' : ''} edges { cursor } } } }`;
    const without = await measured(query(false), { id: accountId });
    const withCount = await measured(query(true), { id: accountId });
    expect(without.statements.some((sql) => /count\(\*\)/i.test(sql))).toBe(false);
    expect(withCount.statements.some((sql) => /count\(\*\)/i.test(sql))).toBe(true);
    expect(withCount.data.account.orders.totalCount).toBe(31);
  });
});

const ORDERS = `query($id: ID!, $first: Int, $after: String, $last: Int, $before: String, $orderBy: ListOrder) {
  account(id: $id) {
    orders(first: $first, after: $after, last: $last, before: $before, orderBy: $orderBy) {
      totalCount
      edges { cursor node { id } }
      pageInfo { hasNextPage hasPreviousPage startCursor endCursor }
    }
  }
}`;

async function ordersPage(variables: Record<string, unknown>) {
  const result = await api.gql(ORDERS, variables);
  expect(result.errors).toBeUndefined();
  return result.data!.account.orders as {
    totalCount: number;
    edges: Array<{ cursor: string; node: { id: string } }>;
    pageInfo: {
      hasNextPage: boolean;
      hasPreviousPage: boolean;
      startCursor: string | null;
      endCursor: string | null;
    };
  };
}

/** Walks a whole list a page at a time, forwards or backwards, calling `between` after each page. */
async function walk(
  id: string,
  direction: 'forward' | 'backward',
  orderBy: 'OLDEST_FIRST' | 'NEWEST_FIRST',
  size: number,
  between: () => Promise<void> = async () => {},
): Promise<string[]> {
  const seen: string[] = [];
  let cursor: string | null = null;
  for (let pages = 0; pages < 1_000; pages++) {
    const page = await ordersPage(
      direction === 'forward'
        ? { id, first: size, after: cursor, orderBy }
        : { id, last: size, before: cursor, orderBy },
    );
    const ids = page.edges.map((edge) => edge.node.id);
    if (direction === 'forward') {
      seen.push(...ids);
      expect(page.pageInfo.hasPreviousPage).toBe(cursor !== null);
      expect(page.pageInfo.startCursor).toBe(page.edges[0]?.cursor ?? null);
      if (!page.pageInfo.hasNextPage) return seen;
      cursor = page.pageInfo.endCursor;
    } else {
      seen.unshift(...ids);
      expect(page.pageInfo.hasNextPage).toBe(cursor !== null);
      expect(page.pageInfo.endCursor).toBe(page.edges.at(-1)?.cursor ?? null);
      if (!page.pageInfo.hasPreviousPage) return seen;
      cursor = page.pageInfo.startCursor;
    }
    await between();
  }
  throw new Error('the list never ended');
}

describe('paging both ways', () => {
  it('first/after and last/before walk the same list, oldest or newest first, each row once', async () => {
    const { accountId } = await accountWithHistory(95);
    const rows: Array<{ id: string }> = await api.db.query(
      `SELECT id FROM orders WHERE account_id = $1 ORDER BY seq`,
      [localId(accountId)],
    );
    const oldestFirst = rows.map((row) => row.id);
    expect(oldestFirst).toHaveLength(96);
    const local = (ids: string[]) => ids.map(localId);

    expect(local(await walk(accountId, 'forward', 'OLDEST_FIRST', 10))).toEqual(oldestFirst);
    expect(local(await walk(accountId, 'backward', 'OLDEST_FIRST', 7))).toEqual(oldestFirst);
    const newestFirst = [...oldestFirst].reverse();
    expect(local(await walk(accountId, 'forward', 'NEWEST_FIRST', 13))).toEqual(newestFirst);
    expect(local(await walk(accountId, 'backward', 'NEWEST_FIRST', 100))).toEqual(newestFirst);

    // A window between two cursors, and the flags at both ends of the list.
    const first = await ordersPage({ id: accountId, first: 10 });
    expect(first.pageInfo).toMatchObject({ hasNextPage: true, hasPreviousPage: false });
    expect(first.totalCount).toBe(96);
    const window = await ordersPage({
      id: accountId,
      after: first.edges[2]!.cursor,
      before: first.edges[7]!.cursor,
    });
    expect(window.edges.map((e) => e.node.id)).toEqual(
      first.edges.slice(3, 7).map((e) => e.node.id),
    );
    const last = await ordersPage({ id: accountId, last: 5 });
    expect(last.pageInfo).toMatchObject({ hasNextPage: false, hasPreviousPage: true });
    expect(local(last.edges.map((e) => e.node.id))).toEqual(oldestFirst.slice(-5));
  });

  it('rows inserted while a client pages are neither skipped nor repeated', async () => {
    const { accountId, subscriptionId } = await accountWithHistory(60);
    const before: Array<{ id: string }> = await api.db.query(
      `SELECT id FROM orders WHERE account_id = $1 ORDER BY seq`,
      [localId(accountId)],
    );
    const insertMore = async () => {
      await api.db.query(
        `INSERT INTO orders (account_id, subscription_id, kind, status, total, order_date, seats, explanation, rules)
         SELECT $1, $2, 'ADD_SEATS', 'CANCELLED', 1, '2021-04-20', 1, 'inserted while paging', '{R-SEAT-3}'
           FROM generate_series(1, 3)`,
        [localId(accountId), localId(subscriptionId)],
      );
    };
    for (const orderBy of ['OLDEST_FIRST', 'NEWEST_FIRST'] as const) {
      const seen = (await walk(accountId, 'forward', orderBy, 8, insertMore)).map(localId);
      expect(new Set(seen).size).toBe(seen.length);
      const original = before.map((row) => row.id);
      expect(seen.filter((id) => original.includes(id))).toEqual(
        orderBy === 'OLDEST_FIRST' ? original : [...original].reverse(),
      );
    }
  });

  it('refuses malformed paging arguments with BAD_USER_INPUT', async () => {
    const { accountId } = await accountWithHistory(1);
    for (const variables of [
      { first: 5, last: 5 },
      { last: 0 },
      { first: 101 },
      { before: 'not-a-cursor' },
      { after: Buffer.from('seq:abc').toString('base64url') },
    ]) {
      const result = await api.gql(ORDERS, { id: accountId, ...variables });
      expect(result.errors?.[0]?.extensions?.code, JSON.stringify(variables)).toBe(
        'BAD_USER_INPUT',
      );
    }
  });

  it('top-level lists page both ways too: accounts, the refund queue and the audit trail', async () => {
    const tag = `paging-top-${key()}`;
    const ids: string[] = [];
    for (let i = 0; i < 7; i++) ids.push(await createAccount(api, `${tag} ${i}`));
    const page = async (args: string) => {
      const result = await api.gql(
        `query($tag: String!) { accounts(${args}, filter: { search: $tag }) { totalCount edges { node { id } } pageInfo { hasNextPage hasPreviousPage } } }`,
        { tag },
      );
      expect(result.errors).toBeUndefined();
      return result.data!.accounts;
    };
    const newest = await page('first: 3, orderBy: NEWEST_FIRST');
    expect(newest.edges.map((e: any) => e.node.id)).toEqual(ids.slice(-3).reverse());
    expect(newest.totalCount).toBe(7);
    const lastTwo = await page('last: 2');
    expect(lastTwo.edges.map((e: any) => e.node.id)).toEqual(ids.slice(-2));
    expect(lastTwo.pageInfo).toMatchObject({ hasPreviousPage: true, hasNextPage: false });

    const opened = await openSubscription(api, {
      accountId: ids[0]!,
      seats: 3,
      productCode: 'QIDIAN',
    });
    await api.gql(
      `mutation($input: PayOrderInput!) { payOrder(input: $input) { userErrors { code } } }`,
      {
        input: {
          orderId: opened.order.id,
          method: 'ALIPAY',
          amount: '1.00',
          idempotencyKey: key('pay'),
        },
      },
    );
    const audit = await api.gql(
      `query($id: ID!) { newest: auditLog(accountId: $id, first: 1) { edges { node { action } } }
                         oldest: auditLog(accountId: $id, first: 1, orderBy: OLDEST_FIRST) { edges { node { action } } }
                         account(id: $id) { auditLog(last: 1) { edges { node { action } } } } }`,
      { id: ids[0] },
    );
    expect(audit.errors).toBeUndefined();
    expect(audit.data!.newest.edges[0]?.node.action).toBe('payOrder');
    // The account's trail starts with its creation.
    expect(audit.data!.oldest.edges[0]?.node.action).toBe('createAccount');
    // Newest first is the audit trail's default, so its last entry is the oldest.
    expect(audit.data!.account.auditLog.edges[0]?.node.action).toBe('createAccount');

    const queue = await api.gql(
      `{ refunds(last: 1, status: REQUESTED) { edges { cursor } pageInfo { hasNextPage } } }`,
    );
    expect(queue.errors).toBeUndefined();
    expect(queue.data!.refunds.pageInfo.hasNextPage).toBe(false);
  });
});
