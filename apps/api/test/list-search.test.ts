import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import {
  createAccount,
  createClock,
  expectBooksBalanced,
  key,
  localId,
  openSubscription,
  tokenFor,
} from './api-helpers.js';
import { startHarness, type Harness } from './harness.js';

/**
 * Issue 12's list searches and lists, through real GraphQL: an account's subscriptions and
 * refunds searched, the operators' list of every invoice (sorted, filtered, searched, newest
 * first by default) and a test clock's payouts falling due by a date. Each pages by keyset in
 * SQL, forwards and backwards, in page sizes 1 and 4; the oracle is one plain SQL query of the
 * seeded rows.
 */

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

interface Page {
  edges: Array<{ cursor: string; node: { id: string } }>;
  pageInfo: {
    hasNextPage: boolean;
    hasPreviousPage: boolean;
    startCursor: string | null;
    endCursor: string | null;
  };
  totalCount: number;
}

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

/** Walks a list both ways in two page sizes, expects exactly `expected`, and its count. */
async function expectPagedAs(
  fetch: (paging: Record<string, unknown>) => Promise<Page>,
  expected: string[],
): Promise<void> {
  expect(new Set(expected).size).toBe(expected.length);
  for (const size of [1, 4])
    for (const direction of ['forward', 'backward'] as const)
      expect(await walk(fetch, direction, size), `${direction} by ${size}`).toEqual(expected);
  expect((await fetch({ first: 1 })).totalCount).toBe(expected.length);
}

async function gqlData(query: string, variables: Record<string, unknown>, token?: string) {
  const result = await api.gql(query, variables, token);
  expect(result.errors, JSON.stringify(result.errors)).toBeUndefined();
  return result.data as any;
}

const PAGING = `$first: Int, $after: String, $last: Int, $before: String`;
const PAGE_ARGS = `first: $first, after: $after, last: $last, before: $before`;
const PAGE_INFO = `pageInfo { hasNextPage hasPreviousPage startCursor endCursor } totalCount`;

const SUBSCRIPTIONS = `query($id: ID!, ${PAGING}, $search: String, $status: SubscriptionStatus, $sort: SubscriptionSort) {
  account(id: $id) { subscriptionsConnection(${PAGE_ARGS}, search: $search, status: $status, sort: $sort) {
    edges { cursor node { id status } } ${PAGE_INFO} } } }`;

const REFUNDS = `query($id: ID!, ${PAGING}, $search: String, $status: RefundStatus, $sort: RefundSort) {
  account(id: $id) { refunds(${PAGE_ARGS}, search: $search, status: $status, sort: $sort) {
    edges { cursor node { id status } } ${PAGE_INFO} } } }`;

const INVOICES = `query(${PAGING}, $search: String, $status: InvoiceStatus, $sort: InvoiceSort, $orderBy: ListOrder, $testMode: Boolean) {
  invoices(${PAGE_ARGS}, search: $search, status: $status, sort: $sort, orderBy: $orderBy, testMode: $testMode) {
    edges { cursor node { id status title amount { amount } account { name } } } ${PAGE_INFO} } }`;

const PAYOUTS = `query($id: ID!, ${PAGING}, $until: Date!, $orderBy: ListOrder) {
  node(id: $id) { ... on TestClock { payoutsDue(${PAGE_ARGS}, until: $until, orderBy: $orderBy) {
    edges { cursor node { id status payoutDueOn payout { amount } account { id name } } } ${PAGE_INFO} } } } }`;

function nested(query: string, field: string, vars: Record<string, unknown>, token?: string) {
  return async (paging: Record<string, unknown>): Promise<Page> =>
    (await gqlData(query, { ...vars, ...paging }, token)).account[field];
}

/** An account at a test clock: one real EQQ subscription and, seeded by SQL, more of each. */
async function seededAccount(name = `Search ${key()}`) {
  const clockId = await createClock(api, '2021-04-20');
  const accountId = await createAccount(api, name, clockId);
  const opened = await openSubscription(api, { accountId, seats: 3, productCode: 'EQQ' });
  const account = localId(accountId);
  await api.db.query(
    `INSERT INTO subscriptions (account_id, product_code, plan_code, seats, status, opened_on, period_start, period_end, enterprise_number)
     SELECT $1, (ARRAY['QIDIAN','EXMAIL','MEETING'])[1 + g % 3], (ARRAY['SEATS','STANDARD','PRO_MONTHLY'])[1 + g % 3],
            1, (ARRAY['ACTIVE','GRACE'])[1 + g % 2], DATE '2021-01-01', DATE '2021-01-01', DATE '2022-01-01' + (g % 2),
            CASE WHEN g = 5 THEN 'EN-7788-' || g END
       FROM generate_series(1, 12) g`,
    [account],
  );
  const [order] = await api.db.query(
    `SELECT id FROM orders WHERE account_id = $1 ORDER BY seq LIMIT 1`,
    [account],
  );
  await api.db.query(
    `INSERT INTO refunds (account_id, order_id, reason, status, eligible, amount, fee, method, decision, requested_at, requested_on, note, decision_note)
     SELECT $1, $2, (ARRAY['DUPLICATE_PAYMENT','SERVICE_DEFECT','ORDER_ERROR'])[1 + g % 3],
            (ARRAY['REQUESTED','REJECTED'])[1 + g % 2], true, 500 * (g % 3), 0, 'ALIPAY',
            jsonb_build_object('eligible', true, 'amount', 500 * (g % 3), 'fee', 0, 'payout', 500 * (g % 3),
              'rules', '[]'::jsonb, 'explanation', 'seeded', 'considered', '[]'::jsonb, 'lines', '[]'::jsonb,
              'endsSubscription', false, 'asOf', '2021-04-20'),
            TIMESTAMPTZ '2021-04-20 10:00+08' - (g % 4) * interval '1 hour', DATE '2021-04-20',
            CASE WHEN g % 4 = 0 THEN 'Charged twice 100%_sure' END,
            CASE WHEN g = 7 THEN 'Rejected: see ticket Q-42' END
       FROM generate_series(1, 13) g`,
    [account, order.id],
  );
  return {
    clockId,
    accountId,
    account,
    subscriptionId: localId(opened.subscription.id),
    subscriptionGlobalId: opened.subscription.id as string,
    orderGlobalId: opened.order.id as string,
  };
}

describe('an account’s subscriptions searched', () => {
  let seeded: Awaited<ReturnType<typeof seededAccount>>;
  beforeAll(async () => {
    seeded = await seededAccount();
  });

  it('by product or plan (code, English or Chinese name), enterprise number and id, paged both ways', async () => {
    const { accountId, account, subscriptionId } = seeded;
    const matching = (where: string, params: unknown[] = []) =>
      ids(`SELECT id FROM subscriptions WHERE account_id = $1 AND ${where} ORDER BY seq DESC`, [
        account,
        ...params,
      ]);
    const cases: Array<[string, string, unknown[]]> = [
      // English product name (products.name), any case.
      ['tencent exmail', `product_code = 'EXMAIL'`, []],
      // Plan name (plans.name).
      ['Meeting Pro (monthly', `product_code = 'MEETING' AND plan_code = 'PRO_MONTHLY'`, []],
      // Simplified Chinese names, as the client shows them in zh-CN.
      ['企点', `product_code = 'QIDIAN'`, []],
      ['企业QQ', `product_code = 'EQQ'`, []],
      // A code, the enterprise number, a piece of the UUID.
      ['qidian', `product_code = 'QIDIAN'`, []],
      ['7788', `enterprise_number LIKE '%7788%'`, []],
      [subscriptionId.slice(0, 13), `id::text LIKE $2`, [`${subscriptionId.slice(0, 13)}%`]],
    ];
    for (const [search, where, params] of cases) {
      const expected = await matching(where, params);
      expect(expected.length, search).toBeGreaterThan(0);
      await expectPagedAs(
        nested(SUBSCRIPTIONS, 'subscriptionsConnection', {
          id: accountId,
          search,
          sort: 'NEWEST_FIRST',
        }),
        expected,
      );
    }
    // A whole global id, as the client's links carry it.
    await expectPagedAs(
      nested(SUBSCRIPTIONS, 'subscriptionsConnection', {
        id: accountId,
        search: seeded.subscriptionGlobalId,
      }),
      [subscriptionId],
    );
    // With a status and a sort by period end, and nothing matching.
    const grace = await ids(
      `SELECT id FROM subscriptions WHERE account_id = $1 AND status = 'GRACE' AND product_code = 'EXMAIL'
        ORDER BY COALESCE(period_end, 'infinity') ASC, seq ASC`,
      [account],
    );
    expect(grace.length).toBeGreaterThan(0);
    await expectPagedAs(
      nested(SUBSCRIPTIONS, 'subscriptionsConnection', {
        id: accountId,
        search: 'Exmail',
        status: 'GRACE',
        sort: 'PERIOD_END_ASC',
      }),
      grace,
    );
    await expectPagedAs(
      nested(SUBSCRIPTIONS, 'subscriptionsConnection', { id: accountId, search: 'no such 🙂' }),
      [],
    );
    // Blank is no search.
    const all = await ids(`SELECT id FROM subscriptions WHERE account_id = $1 ORDER BY seq`, [
      account,
    ]);
    await expectPagedAs(
      nested(SUBSCRIPTIONS, 'subscriptionsConnection', { id: accountId, search: '   ' }),
      all,
    );
  });

  it('refuses a search over 100 characters or with control characters', async () => {
    for (const search of ['x'.repeat(101), 'a\u0001b']) {
      const result = await api.gql(SUBSCRIPTIONS, { id: seeded.accountId, search, first: 5 });
      expect(result.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    }
  });
});

describe('an account’s refunds searched (the portal’s refunds list)', () => {
  let seeded: Awaited<ReturnType<typeof seededAccount>>;
  beforeAll(async () => {
    seeded = await seededAccount();
  });

  it('by reason, note, review note, refund id and order id, paged both ways, as the customer too', async () => {
    const { accountId, account } = seeded;
    const token = await tokenFor(api, accountId, 'CUSTOMER_MEMBER');
    const [one] = await api.db.query(
      `SELECT id, order_id FROM refunds WHERE account_id = $1 ORDER BY seq LIMIT 1`,
      [account],
    );
    const matching = (where: string, order = 'seq ASC') =>
      ids(`SELECT id FROM refunds WHERE account_id = $1 AND ${where} ORDER BY ${order}`, [account]);
    const cases: Array<[string, string]> = [
      ['duplicate payment', `reason = 'DUPLICATE_PAYMENT'`],
      ['SERVICE_DEFECT', `reason = 'SERVICE_DEFECT'`],
      // `%` and `_` are searched as themselves.
      ['100%_SURE', `note LIKE '%100\\%\\_sure%'`],
      ['q-42', `decision_note LIKE '%Q-42%'`],
      [one.id.slice(-12), `id::text LIKE '%${one.id.slice(-12)}'`],
      [one.order_id, `order_id = '${one.order_id}'`],
    ];
    for (const [search, where] of cases) {
      const expected = await matching(where);
      expect(expected.length, search).toBeGreaterThan(0);
      await expectPagedAs(nested(REFUNDS, 'refunds', { id: accountId, search }), expected);
      await expectPagedAs(nested(REFUNDS, 'refunds', { id: accountId, search }, token), expected);
    }
    // Whole global ids, as the client's links carry them.
    const refundGlobalId = Buffer.from(`Refund:${one.id}`).toString('base64url');
    await expectPagedAs(nested(REFUNDS, 'refunds', { id: accountId, search: refundGlobalId }), [
      one.id,
    ]);
    expect(localId(seeded.orderGlobalId)).toBe(one.order_id);
    await expectPagedAs(
      nested(REFUNDS, 'refunds', { id: accountId, search: seeded.orderGlobalId }, token),
      await matching(`order_id = '${one.order_id}'`),
    );
    const rejectedDuplicates = await matching(
      `reason = 'DUPLICATE_PAYMENT' AND status = 'REJECTED'`,
      'amount DESC, seq DESC',
    );
    expect(rejectedDuplicates.length).toBeGreaterThan(0);
    await expectPagedAs(
      nested(REFUNDS, 'refunds', {
        id: accountId,
        search: 'Duplicate',
        status: 'REJECTED',
        sort: 'AMOUNT_DESC',
      }),
      rejectedDuplicates,
    );
  });
});

describe('invoices: the operators’ list of every invoice', () => {
  const tag = `Inv${Date.now().toString(36)}`;
  let live: { accountId: string; account: string };
  let clocked: { accountId: string; account: string };

  async function seedInvoices(account: string, count: number, prefix: string) {
    await api.db.query(
      `WITH p AS (
         INSERT INTO payments (account_id, purpose, method, amount, status, paid_at, paid_on)
         SELECT $1, 'TOP_UP', 'ALIPAY', 100000, 'SUCCEEDED', now(), DATE '2021-04-20' FROM generate_series(1, $2::int)
         RETURNING id)
       INSERT INTO invoices (account_id, payment_id, title, type, amount, status, requested_at)
       SELECT $1, p.id, $3 || (ARRAY[' Acme 50%_Co', ' Other Ltd'])[1 + (row_number() OVER ()) % 2], 'GENERAL',
              700 * (1 + (row_number() OVER ()) % 3), (ARRAY['REQUESTED','ISSUED'])[1 + (row_number() OVER ()) % 2]::text,
              TIMESTAMPTZ '2021-04-20 10:00+08' + ((row_number() OVER ()) % 4) * interval '1 day'
         FROM p`,
      [account, count, prefix],
    );
  }

  beforeAll(async () => {
    const liveId = await createAccount(api, `${tag} live account`);
    const clockId = await createClock(api, '2021-04-20');
    const clockedId = await createAccount(api, `${tag} clock account`, clockId);
    live = { accountId: liveId, account: localId(liveId) };
    clocked = { accountId: clockedId, account: localId(clockedId) };
    await seedInvoices(live.account, 9, `${tag}-L`);
    await seedInvoices(clocked.account, 6, `${tag}-T`);
  });

  const ours = `account_id = ANY($1::uuid[])`;

  it('newest first by default, and every sort, paged both ways, ties included', async () => {
    const accounts = [live.account, clocked.account];
    const cases: Array<[Record<string, unknown>, string]> = [
      [{}, 'seq DESC'],
      [{ orderBy: 'OLDEST_FIRST' }, 'seq ASC'],
      [{ sort: 'NEWEST_FIRST' }, 'seq DESC'],
      [{ sort: 'OLDEST_FIRST' }, 'seq ASC'],
      [{ sort: 'REQUESTED_AT_ASC' }, 'requested_at ASC, seq ASC'],
      [{ sort: 'REQUESTED_AT_DESC' }, 'requested_at DESC, seq DESC'],
      [{ sort: 'AMOUNT_ASC' }, 'amount ASC, seq ASC'],
      [{ sort: 'AMOUNT_DESC' }, 'amount DESC, seq DESC'],
    ];
    for (const [vars, order] of cases) {
      const expected = await ids(`SELECT id FROM invoices WHERE ${ours} ORDER BY ${order}`, [
        accounts,
      ]);
      expect(expected.length).toBe(15);
      // The search by the tag (in every title and account name) keeps other tests' invoices out.
      await expectPagedAs(
        async (paging) => (await gqlData(INVOICES, { search: tag, ...vars, ...paging })).invoices,
        expected,
      );
    }
    // The amounts really come in order.
    const page = (await gqlData(INVOICES, { search: tag, sort: 'AMOUNT_DESC', first: 15 }))
      .invoices;
    const amounts = page.edges.map((edge: any) => Number(edge.node.amount.amount));
    expect(amounts).toEqual([...amounts].sort((a, b) => b - a));
  });

  it('searched by title (`%`, `_` as themselves), account name, fapiao number and id; filtered by status and Test mode', async () => {
    const accounts = [live.account, clocked.account];
    const expectSearch = async (
      vars: Record<string, unknown>,
      where: string,
      params: unknown[],
    ) => {
      const expected = await ids(
        `SELECT id FROM invoices WHERE ${ours} AND ${where} ORDER BY seq DESC`,
        [accounts, ...params],
      );
      expect(expected.length, JSON.stringify(vars)).toBeGreaterThan(0);
      await expectPagedAs(
        async (paging) => (await gqlData(INVOICES, { ...vars, ...paging })).invoices,
        expected,
      );
    };
    await expectSearch({ search: `${tag}-l acme 50%_co` }, `title = $2`, [`${tag}-L Acme 50%_Co`]);
    await expectSearch({ search: `${tag} clock account` }, `account_id = $2`, [clocked.account]);
    await expectSearch({ search: tag, status: 'ISSUED' }, `status = 'ISSUED'`, []);
    await expectSearch({ search: tag, testMode: true }, `account_id = $2`, [clocked.account]);
    await expectSearch({ search: tag, testMode: false }, `account_id = $2`, [live.account]);
    const [one] = await api.db.query(
      `SELECT id FROM invoices WHERE account_id = $1 ORDER BY seq LIMIT 1`,
      [clocked.account],
    );
    await api.db.query(
      `UPDATE invoices SET status = 'ISSUED', number = $2, issued_on = DATE '2021-04-21', issued_amount = amount WHERE id = $1`,
      [one.id, `${Date.now()}`.slice(-8)],
    );
    const [{ number }] = await api.db.query(`SELECT number FROM invoices WHERE id = $1`, [one.id]);
    await expectSearch({ search: number }, `id = $2`, [one.id]);
    await expectSearch({ search: one.id.slice(0, 18) }, `id = $2`, [one.id]);
  });

  it('is for operators: a customer gets FORBIDDEN', async () => {
    const token = await tokenFor(api, live.accountId);
    const result = await api.gql(INVOICES, { first: 5 }, token);
    expect(result.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    expect(result.data?.invoices ?? null).toBeNull();
  });
});

describe('TestClock.payoutsDue: the payouts advancing a clock would pay', () => {
  it('approved refunds of the clock’s accounts due by a date, soonest first, paged both ways', async () => {
    const first = await seededAccount(`Payouts A ${key()}`);
    // A second account at the same clock, and one at another clock (never listed).
    const secondId = await createAccount(api, `Payouts B ${key()}`, first.clockId);
    const other = await seededAccount(`Payouts other ${key()}`);
    const [order] = await api.db.query(
      `SELECT id FROM orders WHERE account_id = $1 ORDER BY seq LIMIT 1`,
      [first.account],
    );
    // Approved refunds due on repeated dates, for both accounts at the clock and the other one.
    const [otherOrder] = await api.db.query(
      `SELECT id FROM orders WHERE account_id = $1 ORDER BY seq LIMIT 1`,
      [other.account],
    );
    for (const [account, orderId] of [
      [first.account, order.id],
      [localId(secondId), order.id],
      [other.account, otherOrder.id],
    ])
      await api.db.query(
        `INSERT INTO refunds (account_id, order_id, reason, status, eligible, amount, fee, method, decision, requested_at, requested_on, payout_due_on)
         SELECT $1, $2, 'DUPLICATE_PAYMENT', 'APPROVED', true, 100 * g, 0, 'ALIPAY',
                jsonb_build_object('eligible', true, 'amount', 100 * g, 'fee', 0, 'payout', 100 * g,
                  'rules', '[]'::jsonb, 'explanation', 'seeded', 'considered', '[]'::jsonb, 'lines', '[]'::jsonb,
                  'endsSubscription', false, 'asOf', '2021-04-20'),
                TIMESTAMPTZ '2021-04-20 10:00+08', DATE '2021-04-20', DATE '2021-04-28' + (g % 5)
           FROM generate_series(1, 7) g`,
        [account, orderId],
      );
    const clockAccounts = [first.account, localId(secondId)];
    const due = (until: string, order: string) =>
      ids(
        `SELECT id FROM refunds WHERE account_id = ANY($1::uuid[]) AND status = 'APPROVED' AND payout_due_on <= $2
          ORDER BY ${order}`,
        [clockAccounts, until],
      );
    const fetch =
      (until: string, orderBy?: string) =>
      async (paging: Record<string, unknown>): Promise<Page> =>
        (await gqlData(PAYOUTS, { id: first.clockId, until, orderBy, ...paging })).node.payoutsDue;
    for (const until of ['2021-04-27', '2021-04-29', '2021-05-31']) {
      await expectPagedAs(fetch(until), await due(until, 'payout_due_on ASC, seq ASC'));
    }
    await expectPagedAs(
      fetch('2021-04-30', 'NEWEST_FIRST'),
      await due('2021-04-30', 'payout_due_on DESC, seq DESC'),
    );
    // Each names its amount, account and due date.
    const page = (await gqlData(PAYOUTS, { id: first.clockId, until: '2021-04-28', first: 100 }))
      .node.payoutsDue;
    expect(page.edges.length).toBe(page.totalCount);
    for (const { node } of page.edges) {
      expect(node.status).toBe('APPROVED');
      expect(node.payoutDueOn).toBe('2021-04-28');
      expect(clockAccounts).toContain(localId(node.account.id));
      expect(Number(node.payout.amount)).toBeGreaterThan(0);
    }
    // A refund paid or not yet approved is not due.
    await api.db.query(`UPDATE refunds SET status = 'PAID', paid_at = now() WHERE id = $1`, [
      page.edges[0].node.id ? localId(page.edges[0].node.id) : null,
    ]);
    await expectPagedAs(fetch('2021-04-28'), await due('2021-04-28', 'payout_due_on, seq'));
  });

  it('is for operators: null with FORBIDDEN for a customer of an account at the clock', async () => {
    const seeded = await seededAccount();
    const token = await tokenFor(api, seeded.accountId);
    const result = await api.gql(
      `query($id: ID!) { account(id: $id) { testClock { id payoutsDue(until: "2021-05-01", first: 5) { totalCount } } } }`,
      { id: seeded.accountId },
      token,
    );
    expect(result.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    expect(result.data?.account?.testClock?.payoutsDue ?? null).toBeNull();
  });

  it('refuses a malformed date or page size', async () => {
    const clockId = await createClock(api, '2021-04-20');
    for (const vars of [
      { until: '2021-02-30', first: 5 },
      { until: '2021-05-01', first: 0 },
    ]) {
      const result = await api.gql(PAYOUTS, { id: clockId, ...vars });
      expect(result.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    }
  });
});
