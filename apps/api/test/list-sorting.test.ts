import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import {
  createAccount,
  createClock,
  expectBooksBalanced,
  key,
  localId,
  openSubscription,
  topUpBalance,
} from './api-helpers.js';
import { startHarness, type Harness } from './harness.js';

/**
 * The lists' `sort` arguments and filters: every sort pages by keyset on its
 * value and `seq`, forwards and backwards, with no row skipped or repeated even where many rows
 * share a value; filters return exactly the matching rows; bad arguments are BAD_USER_INPUT.
 * The oracle of each order is one plain `ORDER BY value, seq` of the seeded rows.
 */

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

interface Page {
  edges: Array<{ cursor: string; node: { id: string } }>;
  pageInfo: {
    hasNextPage: boolean;
    hasPreviousPage: boolean;
    startCursor: string | null;
    endCursor: string | null;
  };
}

/** Every id of a list, read a page at a time, forwards (`first`/`after`) or backwards. */
async function walk(
  fetch: (paging: Record<string, unknown>) => Promise<Page>,
  direction: 'forward' | 'backward',
  size: number,
): Promise<string[]> {
  const ids: string[] = [];
  let cursor: string | null = null;
  for (let guard = 0; guard < 200; guard++) {
    const page: Page = await fetch(
      direction === 'forward' ? { first: size, after: cursor } : { last: size, before: cursor },
    );
    const pageIds = page.edges.map((edge) => localId(edge.node.id));
    if (direction === 'forward') {
      ids.push(...pageIds);
      if (!page.pageInfo.hasNextPage) return ids;
      cursor = page.pageInfo.endCursor;
    } else {
      ids.unshift(...pageIds);
      if (!page.pageInfo.hasPreviousPage) return ids;
      cursor = page.pageInfo.startCursor;
    }
  }
  throw new Error('the list did not end');
}

async function ids(sql: string, params: unknown[]): Promise<string[]> {
  return (await api.db.query(sql, params)).map((row: { id: string }) => row.id);
}

/** Walks a list both ways in two page sizes and expects exactly `expected`, in its order. */
async function expectPagedAs(
  fetch: (paging: Record<string, unknown>) => Promise<Page>,
  expected: string[],
): Promise<void> {
  expect(new Set(expected).size).toBe(expected.length);
  for (const size of [1, 4])
    for (const direction of ['forward', 'backward'] as const)
      expect(await walk(fetch, direction, size), `${direction} by ${size}`).toEqual(expected);
}

async function gqlData(query: string, variables: Record<string, unknown>) {
  const result = await api.gql(query, variables);
  expect(result.errors, JSON.stringify(result.errors)).toBeUndefined();
  return result.data as any;
}

async function gqlError(query: string, variables: Record<string, unknown>) {
  const result = await api.gql(query, variables);
  expect(result.data?.account?.orders ?? null).toBeNull();
  expect(result.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
  return result.errors![0]!.message as string;
}

/**
 * An account at a test clock with one real subscription, and seeded by SQL: 13 more orders
 * whose totals, statuses and dates repeat, 9 more subscriptions with repeated period ends (and
 * none), 11 refunds and 11 invoices with repeated amounts and request times.
 */
async function seededAccount() {
  const clockId = await createClock(api, '2021-04-20');
  const accountId = await createAccount(api, `Sorting ${key()}`, clockId);
  const opened = await openSubscription(api, { accountId, seats: 3, productCode: 'QIDIAN' });
  const account = localId(accountId);
  const subscription = localId(opened.subscription.id);
  await api.db.query(
    `INSERT INTO orders (account_id, subscription_id, kind, status, total, order_date, seats, explanation, rules)
     SELECT $1, $2, 'ADD_SEATS', (ARRAY['CANCELLED','PAID','AWAITING_PAYMENT'])[1 + g % 3],
            1000 * (1 + g % 3), DATE '2021-04-01' + (g % 4), 1, 'seeded ' || g, '{R-SEAT-3}'
       FROM generate_series(1, 13) g`,
    [account, subscription],
  );
  await api.db.query(
    `INSERT INTO subscriptions (account_id, product_code, plan_code, seats, status, opened_on, period_start, period_end)
     SELECT $1, 'QIDIAN', 'SEATS', 1, (ARRAY['ACTIVE','GRACE','TERMINATED'])[1 + g % 3], DATE '2021-01-01',
            CASE WHEN g % 4 = 0 THEN NULL ELSE DATE '2021-01-01' END,
            CASE WHEN g % 4 = 0 THEN NULL ELSE DATE '2022-01-01' + (g % 3) END
       FROM generate_series(1, 9) g`,
    [account],
  );
  const [order] = await api.db.query(
    `SELECT id FROM orders WHERE account_id = $1 ORDER BY seq LIMIT 1`,
    [account],
  );
  await api.db.query(
    `INSERT INTO refunds (account_id, order_id, reason, status, eligible, amount, fee, method, decision, requested_at, requested_on)
     SELECT $1, $2, 'WRONG_ORDER', (ARRAY['REQUESTED','REJECTED'])[1 + g % 2], true, 500 * (g % 3), 0, 'ALIPAY',
            jsonb_build_object('eligible', true, 'amount', 500 * (g % 3), 'fee', 0, 'payout', 500 * (g % 3),
              'rules', '[]'::jsonb, 'explanation', 'seeded', 'considered', '[]'::jsonb, 'lines', '[]'::jsonb,
              'endsSubscription', false, 'asOf', '2021-04-20'),
            TIMESTAMPTZ '2021-04-20 10:00+08' - (g % 4) * interval '1 hour', DATE '2021-04-20'
       FROM generate_series(1, 11) g`,
    [account, order.id],
  );
  await api.db.query(
    `WITH p AS (
       INSERT INTO payments (account_id, purpose, method, amount, status, paid_at, paid_on)
       SELECT $1, 'TOP_UP', 'ALIPAY', 100000, 'SUCCEEDED', now(), DATE '2021-04-20' FROM generate_series(1, 11)
       RETURNING id)
     INSERT INTO invoices (account_id, payment_id, title, type, amount, status, requested_at)
     SELECT $1, p.id, (ARRAY['Acme 100%_Co', 'Other Ltd'])[1 + (row_number() OVER ()) % 2], 'GENERAL',
            700 * (1 + (row_number() OVER ()) % 3), (ARRAY['REQUESTED','ISSUED'])[1 + (row_number() OVER ()) % 2]::text,
            TIMESTAMPTZ '2021-04-20 10:00+08' + ((row_number() OVER ()) % 4) * interval '1 day'
       FROM p`,
    [account],
  );
  return { accountId, account };
}

const ORDERS = `query($id: ID!, $first: Int, $after: String, $last: Int, $before: String, $sort: OrderSort, $status: OrderStatus, $orderBy: ListOrder) {
  account(id: $id) { orders(first: $first, after: $after, last: $last, before: $before, sort: $sort, status: $status, orderBy: $orderBy) {
    edges { cursor node { id status total { amount } orderDate } }
    pageInfo { hasNextPage hasPreviousPage startCursor endCursor } totalCount } } }`;

const SUBSCRIPTIONS = `query($id: ID!, $first: Int, $after: String, $last: Int, $before: String, $sort: SubscriptionSort, $status: SubscriptionStatus) {
  account(id: $id) { subscriptionsConnection(first: $first, after: $after, last: $last, before: $before, sort: $sort, status: $status) {
    edges { cursor node { id status } } pageInfo { hasNextPage hasPreviousPage startCursor endCursor } totalCount } } }`;

const REFUNDS = `query($id: ID!, $first: Int, $after: String, $last: Int, $before: String, $sort: RefundSort, $status: RefundStatus) {
  account(id: $id) { refunds(first: $first, after: $after, last: $last, before: $before, sort: $sort, status: $status) {
    edges { cursor node { id status } } pageInfo { hasNextPage hasPreviousPage startCursor endCursor } totalCount } } }`;

const INVOICES = `query($id: ID!, $first: Int, $after: String, $last: Int, $before: String, $sort: InvoiceSort, $status: InvoiceStatus, $search: String) {
  account(id: $id) { invoices(first: $first, after: $after, last: $last, before: $before, sort: $sort, status: $status, search: $search) {
    edges { cursor node { id status title } } pageInfo { hasNextPage hasPreviousPage startCursor endCursor } totalCount } } }`;

const QUEUE = `query($first: Int, $after: String, $last: Int, $before: String, $sort: RefundSort, $status: RefundStatus) {
  refunds(first: $first, after: $after, last: $last, before: $before, sort: $sort, status: $status) {
    edges { cursor node { id } } pageInfo { hasNextPage hasPreviousPage startCursor endCursor } } }`;

const ACCOUNTS = `query($first: Int, $after: String, $last: Int, $before: String, $sort: AccountSort, $filter: AccountFilter) {
  accounts(first: $first, after: $after, last: $last, before: $before, sort: $sort, filter: $filter) {
    edges { cursor node { id name } } pageInfo { hasNextPage hasPreviousPage startCursor endCursor } totalCount } }`;

const JOURNAL = `query($first: Int, $after: String, $last: Int, $before: String, $sort: JournalSort, $ledger: String) {
  journal(first: $first, after: $after, last: $last, before: $before, sort: $sort, ledger: $ledger) {
    edges { cursor node { id amount { amount } } } pageInfo { hasNextPage hasPreviousPage startCursor endCursor } totalCount } }`;

function nested(query: string, field: string, vars: Record<string, unknown>) {
  return async (paging: Record<string, unknown>): Promise<Page> =>
    (await gqlData(query, { ...vars, ...paging })).account[field];
}

describe('an account’s lists sort and filter, paging by keyset', () => {
  let seeded: Awaited<ReturnType<typeof seededAccount>>;
  beforeAll(async () => {
    seeded = await seededAccount();
  });

  it('orders by creation, order date, total and status, both ways, ties included', async () => {
    const { accountId, account } = seeded;
    const cases: Array<[string, string]> = [
      ['NEWEST_FIRST', 'seq DESC'],
      ['OLDEST_FIRST', 'seq ASC'],
      ['ORDER_DATE_ASC', 'order_date ASC, seq ASC'],
      ['ORDER_DATE_DESC', 'order_date DESC, seq DESC'],
      ['TOTAL_ASC', 'total ASC, seq ASC'],
      ['TOTAL_DESC', 'total DESC, seq DESC'],
      ['STATUS_ASC', 'status ASC, seq ASC'],
      ['STATUS_DESC', 'status DESC, seq DESC'],
    ];
    for (const [sort, order] of cases) {
      const expected = await ids(`SELECT id FROM orders WHERE account_id = $1 ORDER BY ${order}`, [
        account,
      ]);
      expect(expected.length).toBe(14);
      await expectPagedAs(nested(ORDERS, 'orders', { id: accountId, sort }), expected);
    }
    // The amounts really come in order on the page (not only in the oracle's order).
    const page = (await gqlData(ORDERS, { id: accountId, sort: 'TOTAL_DESC', first: 14 })).account
      .orders;
    const totals = page.edges.map((e: any) => Number(e.node.total.amount));
    expect(totals).toEqual([...totals].sort((a, b) => b - a));
    expect(new Set(totals).size).toBeLessThan(totals.length);
  });

  it('orders filtered by status: exactly the matching rows, counted with the filter', async () => {
    const { accountId, account } = seeded;
    for (const status of ['PAID', 'CANCELLED', 'AWAITING_PAYMENT', 'REFUNDED']) {
      const expected = await ids(
        `SELECT id FROM orders WHERE account_id = $1 AND status = $2 ORDER BY total DESC, seq DESC`,
        [account, status],
      );
      await expectPagedAs(
        nested(ORDERS, 'orders', { id: accountId, sort: 'TOTAL_DESC', status }),
        expected,
      );
      const page = (await gqlData(ORDERS, { id: accountId, status, first: 2 })).account.orders;
      expect(page.totalCount).toBe(expected.length);
      for (const edge of page.edges) expect(edge.node.status).toBe(status);
    }
  });

  it('orders filtered by kind, with a status and a sort: exactly the matching rows', async () => {
    const { accountId, account } = seeded;
    const query = `query($id: ID!, $first: Int, $after: String, $last: Int, $before: String, $kind: OrderKind, $status: OrderStatus) {
      account(id: $id) { orders(first: $first, after: $after, last: $last, before: $before, kind: $kind, status: $status, sort: ORDER_DATE_DESC) {
        edges { node { id kind } } pageInfo { hasNextPage hasPreviousPage startCursor endCursor } totalCount } } }`;
    for (const [kind, status] of [
      ['NEW_SUBSCRIPTION', null],
      ['ADD_SEATS', null],
      ['ADD_SEATS', 'PAID'],
      ['RENEWAL', null],
    ] as const) {
      const expected = await ids(
        `SELECT id FROM orders WHERE account_id = $1 AND kind = $2 AND ($3::text IS NULL OR status = $3)
          ORDER BY order_date DESC, seq DESC`,
        [account, kind, status],
      );
      await expectPagedAs(nested(query, 'orders', { id: accountId, kind, status }), expected);
      const page = (await gqlData(query, { id: accountId, kind, status, first: 100 })).account
        .orders;
      expect(page.totalCount).toBe(expected.length);
    }
  });

  it('subscriptions by the end of their period (none last), and by status', async () => {
    const { accountId, account } = seeded;
    for (const [sort, order] of [
      ['PERIOD_END_ASC', "COALESCE(period_end, 'infinity') ASC, seq ASC"],
      ['PERIOD_END_DESC', "COALESCE(period_end, 'infinity') DESC, seq DESC"],
    ] as const) {
      const expected = await ids(
        `SELECT id FROM subscriptions WHERE account_id = $1 ORDER BY ${order}`,
        [account],
      );
      await expectPagedAs(
        nested(SUBSCRIPTIONS, 'subscriptionsConnection', { id: accountId, sort }),
        expected,
      );
    }
    const expected = await ids(
      `SELECT id FROM subscriptions WHERE account_id = $1 AND status = 'GRACE' ORDER BY seq`,
      [account],
    );
    expect(expected.length).toBeGreaterThan(0);
    await expectPagedAs(
      nested(SUBSCRIPTIONS, 'subscriptionsConnection', { id: accountId, status: 'GRACE' }),
      expected,
    );
  });

  it('refunds by request time and amount, and by status', async () => {
    const { accountId, account } = seeded;
    for (const [sort, order] of [
      ['REQUESTED_AT_ASC', 'requested_at ASC, seq ASC'],
      ['REQUESTED_AT_DESC', 'requested_at DESC, seq DESC'],
      ['AMOUNT_ASC', 'amount ASC, seq ASC'],
      ['AMOUNT_DESC', 'amount DESC, seq DESC'],
    ] as const) {
      const expected = await ids(`SELECT id FROM refunds WHERE account_id = $1 ORDER BY ${order}`, [
        account,
      ]);
      expect(expected.length).toBe(11);
      await expectPagedAs(nested(REFUNDS, 'refunds', { id: accountId, sort }), expected);
    }
    const rejected = await ids(
      `SELECT id FROM refunds WHERE account_id = $1 AND status = 'REJECTED' ORDER BY amount, seq`,
      [account],
    );
    await expectPagedAs(
      nested(REFUNDS, 'refunds', { id: accountId, status: 'REJECTED', sort: 'AMOUNT_ASC' }),
      rejected,
    );
  });

  it('invoices by request time and amount, by status and by a search of the title', async () => {
    const { accountId, account } = seeded;
    for (const [sort, order] of [
      ['REQUESTED_AT_ASC', 'requested_at ASC, seq ASC'],
      ['REQUESTED_AT_DESC', 'requested_at DESC, seq DESC'],
      ['AMOUNT_ASC', 'amount ASC, seq ASC'],
      ['AMOUNT_DESC', 'amount DESC, seq DESC'],
    ] as const) {
      const expected = await ids(
        `SELECT id FROM invoices WHERE account_id = $1 ORDER BY ${order}`,
        [account],
      );
      expect(expected.length).toBe(11);
      await expectPagedAs(nested(INVOICES, 'invoices', { id: accountId, sort }), expected);
    }
    // `%` and `_` are searched as themselves, case-insensitively.
    const acme = await ids(
      `SELECT id FROM invoices WHERE account_id = $1 AND title = 'Acme 100%_Co' ORDER BY amount DESC, seq DESC`,
      [account],
    );
    expect(acme.length).toBeGreaterThan(0);
    await expectPagedAs(
      nested(INVOICES, 'invoices', { id: accountId, search: ' 0%_c ', sort: 'AMOUNT_DESC' }),
      acme,
    );
    const none = (await gqlData(INVOICES, { id: accountId, search: '0%x' })).account.invoices;
    expect(none.edges).toEqual([]);
    expect(none.totalCount).toBe(0);
    const issuedOther = await ids(
      `SELECT id FROM invoices WHERE account_id = $1 AND status = 'ISSUED' AND title = 'Other Ltd' ORDER BY seq`,
      [account],
    );
    await expectPagedAs(
      nested(INVOICES, 'invoices', { id: accountId, search: 'other', status: 'ISSUED' }),
      issuedOther,
    );
  });

  it('the refund queue sorts by amount and request time: the seeded refunds in order, each once', async () => {
    const { account } = seeded;
    for (const [sort, order] of [
      ['AMOUNT_DESC', 'amount DESC, seq DESC'],
      ['REQUESTED_AT_ASC', 'requested_at ASC, seq ASC'],
    ] as const) {
      const expected = await ids(
        `SELECT id FROM refunds WHERE account_id = $1 AND status = 'REQUESTED' ORDER BY ${order}`,
        [account],
      );
      const mine = new Set(expected);
      for (const direction of ['forward', 'backward'] as const) {
        const all = await walk(
          async (paging) =>
            (await gqlData(QUEUE, { sort, status: 'REQUESTED', ...paging })).refunds,
          direction,
          3,
        );
        expect(all.filter((id) => mine.has(id))).toEqual(expected);
      }
    }
  });
});

describe('accounts and the journal sort', () => {
  it('accounts by name, case-insensitively, ties broken by creation, within a search', async () => {
    const tag = key('names').replace(/[^a-z0-9]/gi, '');
    for (const name of ['beta', 'Alpha', 'alpha', 'Gamma', 'beta', 'ALPHA', 'delta'])
      await createAccount(api, `${tag} ${name}`);
    for (const [sort, order] of [
      ['NAME_ASC', 'lower(name) ASC, seq ASC'],
      ['NAME_DESC', 'lower(name) DESC, seq DESC'],
      ['NEWEST_FIRST', 'seq DESC'],
    ] as const) {
      const expected = await ids(`SELECT id FROM accounts WHERE name LIKE $1 ORDER BY ${order}`, [
        `${tag} %`,
      ]);
      expect(expected.length).toBe(7);
      await expectPagedAs(
        async (paging) =>
          (await gqlData(ACCOUNTS, { sort, filter: { search: tag }, ...paging })).accounts,
        expected,
      );
    }
    const page = (await gqlData(ACCOUNTS, { sort: 'NAME_ASC', filter: { search: tag }, first: 3 }))
      .accounts;
    expect(page.edges.map((e: any) => e.node.name.toLowerCase())).toEqual([
      `${tag} alpha`.toLowerCase(),
      `${tag} alpha`.toLowerCase(),
      `${tag} alpha`.toLowerCase(),
    ]);
  });

  it('the journal by amount and posting time, ties included', async () => {
    const ledger = key('sort-ledger');
    // Balanced postings: each transaction a debit and a credit of the same amount.
    await api.db.query(
      `INSERT INTO journal_entries (transaction_id, ledger, amount, source_type, source_id, memo, posted_at)
       SELECT t.tx, $1, side * (100 * (1 + g % 3)), 'TEST', t.tx, 'seeded ' || g,
              TIMESTAMPTZ '2021-04-20 10:00+08' + (g % 2) * interval '1 minute'
         FROM generate_series(1, 7) g
         CROSS JOIN LATERAL (SELECT gen_random_uuid() AS tx) t
         CROSS JOIN (VALUES (1), (-1)) s(side)`,
      [ledger],
    );
    for (const [sort, order] of [
      ['AMOUNT_ASC', 'amount ASC, seq ASC'],
      ['AMOUNT_DESC', 'amount DESC, seq DESC'],
      ['POSTED_AT_ASC', 'posted_at ASC, seq ASC'],
      ['POSTED_AT_DESC', 'posted_at DESC, seq DESC'],
    ] as const) {
      const expected = await ids(
        `SELECT id FROM journal_entries WHERE ledger = $1 ORDER BY ${order}`,
        [ledger],
      );
      expect(expected.length).toBe(14);
      await expectPagedAs(async (paging) => {
        const page = (await gqlData(JOURNAL, { sort, ledger, ...paging })).journal;
        // Journal ids are not global ids: make them look like one for `walk`.
        return {
          ...page,
          edges: page.edges.map((e: any) => ({
            ...e,
            node: { id: Buffer.from(`JournalEntry:${e.node.id}`).toString('base64url') },
          })),
        };
      }, expected);
    }
  });
});

describe('bad list arguments', () => {
  it('are BAD_USER_INPUT errors in words: unknown sort, sort with orderBy, a cursor of another sort, a malformed search', async () => {
    const { accountId } = await seededAccount();
    expect(await gqlError(ORDERS, { id: accountId, sort: 'PRICE_ASC' })).toMatch(
      /OrderSort|PRICE_ASC/,
    );
    expect(
      await gqlError(ORDERS, { id: accountId, sort: 'TOTAL_ASC', orderBy: 'NEWEST_FIRST' }),
    ).toBe('Give orderBy or sort, not both: sort names the order of the list');
    const byTotal = (await gqlData(ORDERS, { id: accountId, sort: 'TOTAL_ASC', first: 2 })).account
      .orders;
    expect(
      await gqlError(ORDERS, {
        id: accountId,
        sort: 'STATUS_ASC',
        after: byTotal.pageInfo.endCursor,
      }),
    ).toMatch(/^after is not a cursor of this list in this order/);
    const byCreation = (await gqlData(ORDERS, { id: accountId, first: 2 })).account.orders;
    expect(
      await gqlError(ORDERS, {
        id: accountId,
        sort: 'TOTAL_ASC',
        after: byCreation.pageInfo.endCursor,
      }),
    ).toMatch(/^after is not a cursor/);
    expect(await gqlError(ORDERS, { id: accountId, after: byTotal.pageInfo.endCursor })).toMatch(
      /^after is not a cursor/,
    );
    // Forged cursors whose value is not of the sort's type: refused in words, never run.
    for (const [sort, text] of [
      ['TOTAL_ASC', "s:TOTAL_ASC:1:x'); DROP TABLE orders; --"],
      ['TOTAL_ASC', 's:TOTAL_ASC:1:99999999999999999999'],
      ['ORDER_DATE_ASC', 's:ORDER_DATE_ASC:1:2021-13-45'],
      ['ORDER_DATE_ASC', 's:ORDER_DATE_ASC:1:2021-02-30'],
    ] as const) {
      const forged = Buffer.from(text).toString('base64url');
      expect(await gqlError(ORDERS, { id: accountId, sort, before: forged })).toMatch(
        /^before is not a cursor of this list in this order/,
      );
    }
    const refundsForged = Buffer.from('s:REQUESTED_AT_ASC:1:2021-04-20 25:00:00+08').toString(
      'base64url',
    );
    const refundsAnswer = await api.gql(REFUNDS, {
      id: accountId,
      sort: 'REQUESTED_AT_ASC',
      after: refundsForged,
    });
    expect(refundsAnswer.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    for (const search of ['x'.repeat(101), 'a\u0000b', 'tab\there', '\uD800'])
      expect(await gqlError(INVOICES, { id: accountId, search })).toMatch(
        /^search must be at most 100 characters/,
      );
    const accounts = await api.gql(ACCOUNTS, { filter: { search: 'y'.repeat(101) } });
    expect(accounts.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    expect(accounts.errors?.[0]?.message).toMatch(/^filter.search must be at most 100 characters/);
    const [count] = await api.db.query(`SELECT count(*)::int AS n FROM orders`);
    expect(count.n).toBeGreaterThan(0);
  });
});

describe('sorted pages cost what the page costs', () => {
  it('a sorted, filtered account page takes the same statements with 10 orders as with 200', async () => {
    const measure = async (extra: number) => {
      const { accountId, account } = await seededAccount();
      await api.db.query(
        `INSERT INTO orders (account_id, kind, status, total, order_date, explanation, rules)
         SELECT $1, 'VALUE_ADDED', 'CANCELLED', 100 * g, '2021-04-20', 'more', '{}' FROM generate_series(1, $2::int) g`,
        [account, extra],
      );
      statements = [];
      await gqlData(
        `query($id: ID!) { account(id: $id) {
          orders(first: 5, sort: TOTAL_DESC, status: CANCELLED) { edges { node { id } } totalCount }
          invoices(first: 5, sort: AMOUNT_ASC, search: "acme") { edges { node { id } } totalCount }
          refunds(first: 5, sort: REQUESTED_AT_DESC) { edges { node { id } } }
          subscriptionsConnection(first: 5, sort: PERIOD_END_ASC, status: ACTIVE) { edges { node { id } } totalCount } } }`,
        { id: accountId },
      );
      const sent = statements;
      statements = null;
      return sent.length;
    };
    const small = await measure(0);
    const large = await measure(200);
    expect(large).toBe(small);
    expect(small).toBeLessThanOrEqual(9);
  });
});

describe('searching orders, the refund queue and the journal', () => {
  it('an account’s orders by their explanation or id, the refund queue by account name or note, the journal by memo or account name: exactly the matching rows, paged both ways', async () => {
    const { accountId, account } = await seededAccount();
    // Orders: "seeded 1" is in the explanations of orders 1 and 10–13, not in 2–9.
    const SEARCHED_ORDERS = `query($id: ID!, $first: Int, $after: String, $last: Int, $before: String, $search: String) {
      account(id: $id) { orders(first: $first, after: $after, last: $last, before: $before, search: $search, sort: TOTAL_DESC) {
        edges { cursor node { id } } pageInfo { hasNextPage hasPreviousPage startCursor endCursor } totalCount } } }`;
    const seededOne = await ids(
      `SELECT id FROM orders WHERE account_id = $1 AND explanation ILIKE '%seeded 1%' ORDER BY total DESC, seq DESC`,
      [account],
    );
    expect(seededOne).toHaveLength(5);
    await expectPagedAs(
      async (paging) =>
        (await gqlData(SEARCHED_ORDERS, { id: accountId, search: 'SEEDED 1', ...paging })).account
          .orders,
      seededOne,
    );
    const byId = (
      await gqlData(SEARCHED_ORDERS, {
        id: accountId,
        search: seededOne[2]!.slice(0, 13),
        first: 50,
      })
    ).account.orders;
    expect(byId.edges.map((edge: { node: { id: string } }) => localId(edge.node.id))).toEqual([
      seededOne[2],
    ]);

    // The refund queue: this account's 11 refunds by its (unique) name, one by its review note.
    const [{ name }] = await api.db.query(`SELECT name FROM accounts WHERE id = $1`, [account]);
    const QUEUE = `query($first: Int, $after: String, $last: Int, $before: String, $search: String) {
      refunds(first: $first, after: $after, last: $last, before: $before, search: $search) {
        edges { cursor node { id } } pageInfo { hasNextPage hasPreviousPage startCursor endCursor } totalCount } }`;
    const refunds = await ids(`SELECT id FROM refunds WHERE account_id = $1 ORDER BY seq`, [
      account,
    ]);
    expect(refunds).toHaveLength(11);
    await expectPagedAs(
      async (paging) => (await gqlData(QUEUE, { search: name.toUpperCase(), ...paging })).refunds,
      refunds,
    );
    const note = `needs a second look ${key()}`;
    await api.db.query(`UPDATE refunds SET decision_note = $2 WHERE id = $1`, [refunds[3], note]);
    const noted = (await gqlData(QUEUE, { search: note, first: 10 })).refunds;
    expect(noted.totalCount).toBe(1);
    expect(localId(noted.edges[0].node.id)).toBe(refunds[3]);

    // The journal: lines of this account's postings by its name; by memo.
    for (const amount of ['10.00', '20.00', '30.00'])
      expect((await topUpBalance(api, accountId, amount)).userErrors).toEqual([]);
    const JOURNAL = `query($first: Int, $after: String, $last: Int, $before: String, $search: String) {
      journal(first: $first, after: $after, last: $last, before: $before, search: $search) {
        edges { cursor node { id memo } } pageInfo { hasNextPage hasPreviousPage startCursor endCursor } totalCount } }`;
    const lines = await ids(
      `SELECT j.id FROM journal_entries j JOIN accounts a ON a.id = j.account_id
        WHERE a.name ILIKE $1 ORDER BY j.seq DESC`,
      [`%${name}%`],
    );
    expect(lines.length).toBeGreaterThan(0);
    await expectPagedAs(async (paging) => {
      const page = (await gqlData(JOURNAL, { search: name, ...paging })).journal;
      // Journal ids are not global ids: make them look like one for `walk`.
      return {
        ...page,
        edges: page.edges.map((e: any) => ({
          ...e,
          node: { id: Buffer.from(`JournalEntry:${e.node.id}`).toString('base64url') },
        })),
      };
    }, lines);
    const [line] = await api.db.query(
      `SELECT id, memo FROM journal_entries WHERE account_id = $1 ORDER BY seq LIMIT 1`,
      [account],
    );
    const memo = `memo ${key()}`;
    await api.db.query(`UPDATE journal_entries SET memo = $2 WHERE id = $1`, [line.id, memo]);
    const byMemo = (await gqlData(JOURNAL, { search: memo.toUpperCase(), first: 10 })).journal;
    expect(byMemo.edges.map((edge: { node: { id: string } }) => edge.node.id)).toEqual([line.id]);
    // A malformed search changes nothing and says why.
    const bad = await api.gql(JOURNAL, { search: 'x'.repeat(101), first: 1 });
    expect(bad.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
  });
});
