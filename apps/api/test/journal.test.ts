import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import {
  createAccount,
  expectBooksBalanced,
  key,
  localId,
  openSubscription,
  payOrder,
  tokenFor,
  topUpBalance,
} from './api-helpers.js';
import { startHarness, type Harness } from './harness.js';

let api: Harness;
let statements: Array<{ sql: string; parameters: readonly unknown[] }> | null = null;
beforeAll(async () => {
  api = await startHarness({
    logQueries: (sql, parameters) => statements?.push({ sql, parameters }),
  });
});
afterEach(async () => {
  await expectBooksBalanced(api);
});
afterAll(async () => {
  await api.close();
});

const ENTRY = `id transactionId ledger accountId amount { amount } memo rules { id } sourceType postedAt`;
type Entry = {
  id: string;
  transactionId: string;
  ledger: string;
  accountId: string | null;
  amount: { amount: string };
  memo: string;
  sourceType: string;
};
type Page = {
  totalCount: number;
  edges: Array<{ cursor: string; node: Entry }>;
  pageInfo: {
    hasNextPage: boolean;
    hasPreviousPage: boolean;
    startCursor: string | null;
    endCursor: string | null;
  };
};

const JOURNAL = `query($first: Int, $after: String, $last: Int, $before: String, $orderBy: ListOrder,
                       $ledger: String, $accountId: ID, $transactionId: String) {
  journal(first: $first, after: $after, last: $last, before: $before, orderBy: $orderBy,
          ledger: $ledger, accountId: $accountId, transactionId: $transactionId) {
    totalCount
    edges { cursor node { ${ENTRY} } }
    pageInfo { hasNextPage hasPreviousPage startCursor endCursor }
  }
}`;

async function journal(variables: Record<string, unknown>, token?: string | null) {
  return api.gql<{ journal: Page }>(JOURNAL, variables, token);
}

async function journalPage(variables: Record<string, unknown>): Promise<Page> {
  const result = await journal(variables);
  expect(result.errors).toBeUndefined();
  return result.data!.journal;
}

/**
 * `postings` balanced postings seeded by SQL for a new account. Every `every`th posting has a
 * line of the ledger `<tag>` on the account (+n fen), the others one of `<tag>:other` on no
 * account; each has a line of `<tag>:contra` on no account (−n fen).
 */
async function seededJournal(postings: number, every = 1) {
  const tag = `seeded-${key()}`;
  const accountId = await createAccount(api, `Journal ${tag}`);
  await api.db.query(
    `WITH p AS (SELECT g, g % $4::int = 0 AS ours, gen_random_uuid() AS transaction_id
                  FROM generate_series(1, $3::int) g)
     INSERT INTO journal_entries (transaction_id, ledger, account_id, amount, source_type, source_id, memo, rules)
     SELECT transaction_id, line.ledger, line.account_id, line.amount, 'Seeded', transaction_id, 'seeded ' || g, '{}'
       FROM p CROSS JOIN LATERAL (VALUES
              (CASE WHEN ours THEN $1 ELSE $1 || ':other' END, CASE WHEN ours THEN $2::uuid END, g::bigint, 1),
              ($1 || ':contra', NULL::uuid, -g::bigint, 2))
            AS line(ledger, account_id, amount, position)
      ORDER BY g, line.position`,
    [tag, localId(accountId), postings, every],
  );
  return { tag, accountId };
}

/** Walks a whole filtered journal a page at a time, forwards or backwards; the entries' ids. */
async function walk(
  filter: Record<string, unknown>,
  direction: 'forward' | 'backward',
  orderBy: 'OLDEST_FIRST' | 'NEWEST_FIRST',
  size: number,
): Promise<string[]> {
  const seen: string[] = [];
  let cursor: string | null = null;
  for (let pages = 0; pages < 1_000; pages++) {
    const page = await journalPage(
      direction === 'forward'
        ? { ...filter, first: size, after: cursor, orderBy }
        : { ...filter, last: size, before: cursor, orderBy },
    );
    const ids = page.edges.map((edge) => edge.node.id);
    expect(ids.length).toBeLessThanOrEqual(size);
    if (direction === 'forward') {
      seen.push(...ids);
      expect(page.pageInfo.hasPreviousPage).toBe(cursor !== null);
      if (!page.pageInfo.hasNextPage) return seen;
      cursor = page.pageInfo.endCursor;
    } else {
      seen.unshift(...ids);
      expect(page.pageInfo.hasNextPage).toBe(cursor !== null);
      if (!page.pageInfo.hasPreviousPage) return seen;
      cursor = page.pageInfo.startCursor;
    }
  }
  throw new Error('the journal never ended');
}

describe('the journal list', () => {
  it('pages both ways, oldest or newest first (newest by default), each line once', async () => {
    const { tag } = await seededJournal(23);
    const rows: Array<{ id: string }> = await api.db.query(
      `SELECT id FROM journal_entries WHERE ledger = $1 ORDER BY seq`,
      [tag],
    );
    const oldestFirst = rows.map((row) => row.id);
    expect(oldestFirst).toHaveLength(23);
    const newestFirst = [...oldestFirst].reverse();
    const filter = { ledger: tag };

    expect(await walk(filter, 'forward', 'OLDEST_FIRST', 5)).toEqual(oldestFirst);
    expect(await walk(filter, 'backward', 'OLDEST_FIRST', 4)).toEqual(oldestFirst);
    expect(await walk(filter, 'forward', 'NEWEST_FIRST', 10)).toEqual(newestFirst);
    expect(await walk(filter, 'backward', 'NEWEST_FIRST', 100)).toEqual(newestFirst);

    const first = await journalPage({ ...filter, first: 6 });
    expect(first.edges.map((e) => e.node.id)).toEqual(newestFirst.slice(0, 6));
    expect(first.edges.map((e) => e.node.amount.amount)).toEqual([
      '0.23',
      '0.22',
      '0.21',
      '0.20',
      '0.19',
      '0.18',
    ]);
    expect(first.pageInfo).toMatchObject({ hasNextPage: true, hasPreviousPage: false });
    expect(first.totalCount).toBe(23);
    const window = await journalPage({
      ...filter,
      after: first.edges[1]!.cursor,
      before: first.edges[5]!.cursor,
    });
    expect(window.edges.map((e) => e.node.id)).toEqual(newestFirst.slice(2, 5));
    const last = await journalPage({ ...filter, last: 3 });
    expect(last.edges.map((e) => e.node.id)).toEqual(newestFirst.slice(-3));
    expect(last.pageInfo).toMatchObject({ hasNextPage: false, hasPreviousPage: true });
  });

  it('filters by ledger, customer account and transaction, each line carrying its account', async () => {
    const accountId = await createAccount(api);
    const other = await createAccount(api);
    const opened = await openSubscription(api, { accountId, seats: 3, productCode: 'QIDIAN' });
    const paid = await payOrder(api, opened.order.id, opened.order.total.amount);
    expect(paid.userErrors).toEqual([]);
    const topUp = await topUpBalance(api, accountId, '50.00', 'WECHAT_PAY');
    expect(topUp.userErrors).toEqual([]);
    await topUpBalance(api, other, '7.00');

    // The account's lines: the revenue of its order and its prepaid balance, newest first.
    const mine = await journalPage({ accountId });
    expect(mine.totalCount).toBe(2);
    expect(mine.edges.map((e) => [e.node.ledger, e.node.amount.amount, e.node.accountId])).toEqual([
      ['customer_balance', '-50.00', accountId],
      ['revenue', `-${opened.order.total.amount}`, accountId],
    ]);

    const revenue = await journalPage({ accountId, ledger: 'revenue' });
    expect(revenue.edges.map((e) => e.node.sourceType)).toEqual(['Payment']);
    expect(revenue.totalCount).toBe(1);
    const balance = await journalPage({ ledger: 'customer_balance', first: 100 });
    expect(balance.edges.every((e) => e.node.ledger === 'customer_balance')).toBe(true);
    expect(balance.edges.map((e) => e.node.accountId)).toEqual(
      expect.arrayContaining([accountId, other]),
    );

    // A transaction: both sides of the payment's posting, summing to zero; the cash side is
    // money held with the provider, of no customer account.
    const { transactionId } = revenue.edges[0]!.node;
    const posting = await journalPage({ transactionId, orderBy: 'OLDEST_FIRST' });
    expect(
      posting.edges.map((e) => [e.node.ledger, e.node.amount.amount, e.node.accountId]),
    ).toEqual([
      ['cash:ALIPAY', opened.order.total.amount, null],
      ['revenue', `-${opened.order.total.amount}`, accountId],
    ]);
    expect(new Set(posting.edges.map((e) => e.node.transactionId))).toEqual(
      new Set([transactionId]),
    );
    // The same lines the payment lists.
    const payment = await api.gql(
      `query($id: ID!) { node(id: $id) { ... on Payment { journalEntries { id accountId } } } }`,
      { id: paid.payment.id },
    );
    expect(payment.errors).toBeUndefined();
    expect(payment.data!.node.journalEntries).toEqual(
      posting.edges.map((e) => ({ id: e.node.id, accountId: e.node.accountId })),
    );

    // Filters combine; what matches nothing is an empty page.
    const none = await journalPage({ transactionId, accountId: other });
    expect(none).toMatchObject({
      totalCount: 0,
      edges: [],
      pageInfo: { hasNextPage: false, startCursor: null },
    });
    const unknownLedger = await journalPage({ ledger: `no-such-ledger-${key()}` });
    expect(unknownLedger).toMatchObject({ totalCount: 0, edges: [] });
  });

  it('refuses malformed ids and paging arguments with BAD_USER_INPUT, never an SQL error', async () => {
    const accountId = await createAccount(api);
    const opened = await openSubscription(api, { accountId, seats: 3, productCode: 'QIDIAN' });
    for (const [variables, field] of [
      [{ accountId: 'not-an-id' }, 'accountId'],
      [{ accountId: opened.order.id }, 'accountId'],
      [{ accountId: localId(accountId) }, 'accountId'],
      [{ transactionId: 'not-a-uuid' }, 'transactionId'],
      [{ transactionId: "'; DROP TABLE journal_entries; --" }, 'transactionId'],
      [{ transactionId: accountId }, 'transactionId'],
    ] as const) {
      const result = await journal(variables);
      expect(result.errors, JSON.stringify(variables)).toHaveLength(1);
      expect(result.errors![0]!.extensions, JSON.stringify(variables)).toMatchObject({
        code: 'BAD_USER_INPUT',
        field: [field],
      });
      expect(result.errors![0]!.message).toMatch(new RegExp(`^${field} is not the id of`));
    }
    for (const variables of [
      { first: 5, last: 5 },
      { first: 0 },
      { last: 101 },
      { after: 'not-a-cursor' },
      { before: Buffer.from('seq:1;').toString('base64url') },
    ]) {
      const result = await journal(variables);
      expect(result.errors?.[0]?.extensions?.code, JSON.stringify(variables)).toBe(
        'BAD_USER_INPUT',
      );
    }
  });

  it('is for operators only: customers get FORBIDDEN, as from the audit trail', async () => {
    const accountId = await createAccount(api);
    const admin = await tokenFor(api, accountId);
    await topUpBalance(api, accountId, '1.00');
    const own = await journal({ accountId }, admin);
    expect(own.errors![0]!.extensions!.code).toBe('FORBIDDEN');
    expect(own.data ?? null).toBeNull();
    const audit = await api.gql(`{ auditLog { totalCount } }`, {}, admin);
    expect(own.errors![0]!.message).toBe(audit.errors![0]!.message);
    expect(own.status).toBe(audit.status);
    const anonymous = await journal({}, null);
    expect(anonymous.errors![0]!.extensions!.code).toBe('UNAUTHENTICATED');
  });
});

/** The statements the API sends while answering one request, and its data. */
async function measured(query: string, variables: Record<string, unknown>) {
  statements = [];
  const result = await api.gql(query, variables);
  const sent = statements;
  statements = null;
  expect(result.errors).toBeUndefined();
  return { statements: sent, data: result.data as any };
}

type PlanNode = {
  'Node Type': string;
  'Relation Name'?: string;
  'Index Name'?: string;
  'Actual Rows': number;
  'Actual Loops': number;
  'Rows Removed by Filter'?: number;
  Plans?: PlanNode[];
};

function nodesOf(node: PlanNode): PlanNode[] {
  return [node, ...(node.Plans ?? []).flatMap(nodesOf)];
}

/** The executed plan of a statement the API sent, with the rows each node really read. */
async function executedPlan(sql: string, parameters: readonly unknown[]): Promise<PlanNode[]> {
  const [row] = await api.db.query(`EXPLAIN (ANALYZE, FORMAT JSON) ${sql}`, [...parameters]);
  const [plan] = row['QUERY PLAN'] as Array<{ Plan: PlanNode }>;
  return nodesOf(plan!.Plan);
}

describe('a page of the journal reads only the page', () => {
  it('of 20,000 lines: one LIMITed statement per page, an index range scan reading page + 1 rows, no sort', async () => {
    // 100 of the lines are of the ledger (and of the account) asked for, spread over all of
    // them: a scan of the wrong index would read a hundred times the page.
    const { tag, accountId } = await seededJournal(10_000, 100);
    await api.db.query(`ANALYZE journal_entries`);
    // A cursor inside the seeded lines (the 40th newest of the ledger).
    const cursor = (await journalPage({ ledger: tag, first: 40 })).pageInfo.endCursor!;

    const PAGE = `query($first: Int, $last: Int, $after: String, $before: String, $orderBy: ListOrder, $ledger: String, $accountId: ID) {
      journal(first: $first, last: $last, after: $after, before: $before, orderBy: $orderBy, ledger: $ledger, accountId: $accountId) {
        edges { cursor node { id ledger accountId amount { amount } } } pageInfo { hasNextPage hasPreviousPage } } }`;
    const pages: Array<[Record<string, unknown>, string]> = [
      [{ first: 20 }, 'journal_entries_seq_key'],
      [{ last: 20, orderBy: 'OLDEST_FIRST' }, 'journal_entries_seq_key'],
      [{ first: 20, ledger: tag }, 'journal_ledger_seq'],
      [{ first: 20, ledger: tag, after: cursor }, 'journal_ledger_seq'],
      [{ last: 20, ledger: tag, before: cursor, orderBy: 'OLDEST_FIRST' }, 'journal_ledger_seq'],
      [{ first: 20, accountId }, 'journal_account_seq'],
      [{ first: 20, accountId, after: cursor }, 'journal_account_seq'],
    ];
    for (const [variables, index] of pages) {
      const { statements: sent, data } = await measured(PAGE, variables);
      const label = JSON.stringify(variables);
      expect(data.journal.edges, label).toHaveLength(20);
      // One statement reads the journal, a LIMITed keyset page; nothing counts it.
      const reads = sent.filter(({ sql }) => /\bjournal_entries\b/.test(sql));
      expect(reads, label).toHaveLength(1);
      expect(
        sent.some(({ sql }) => /count\(\*\)/i.test(sql)),
        label,
      ).toBe(false);
      const [{ sql, parameters }] = reads as [{ sql: string; parameters: readonly unknown[] }];
      // An account's page is ordered by (account_id, seq), which only its index gives.
      expect(sql, label).toMatch(
        /ORDER BY (t\.account_id (ASC|DESC), )?t\.seq (ASC|DESC) LIMIT \$\d+/,
      );
      expect(parameters.at(-1), label).toBe(21);

      const plan = await executedPlan(sql, parameters);
      const text = JSON.stringify(plan.map((node) => [node['Node Type'], node['Index Name']]));
      expect(
        plan.some((node) => /Sort|Seq Scan/.test(node['Node Type'])),
        text,
      ).toBe(false);
      const scans = plan.filter((node) => node['Relation Name'] === 'journal_entries');
      expect(scans, text).toHaveLength(1);
      expect(scans[0]!['Index Name'], text).toBe(index);
      // The scan stops after the page and the one row that says whether more follow: it reads
      // no row it then throws away.
      const [scan] = scans as [PlanNode];
      const read =
        (scan['Actual Rows'] + (scan['Rows Removed by Filter'] ?? 0)) * scan['Actual Loops'];
      expect(read, text).toBeLessThanOrEqual(21);
    }
  });

  it('totalCount is counted only when it is selected', async () => {
    const { tag } = await seededJournal(30);
    const query = (count: boolean) =>
      `query($ledger: String) { journal(ledger: $ledger, first: 2) { ${count ? 'totalCount' : ''} edges { cursor } } }`;
    const without = await measured(query(false), { ledger: tag });
    const withCount = await measured(query(true), { ledger: tag });
    expect(without.statements.some(({ sql }) => /count\(\*\)/i.test(sql))).toBe(false);
    expect(withCount.statements.some(({ sql }) => /count\(\*\)/i.test(sql))).toBe(true);
    expect(withCount.data.journal.totalCount).toBe(30);
    expect(withCount.data.journal.edges).toHaveLength(2);
  });
});
