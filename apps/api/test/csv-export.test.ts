import { parse } from 'csv-parse/sync';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import {
  activate,
  createAccount,
  createClock,
  expectBooksBalanced,
  key,
  localId,
  openSubscription,
  payOrder,
  requestRefund,
  shanghaiToday,
  tokenFor,
  verify,
} from './api-helpers.js';
import { OPERATOR_TOKEN, startHarness, type Harness } from './harness.js';

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

const DAY = '2025-03-10';
const BOM = '\uFEFF';

interface Download {
  status: number;
  headers: Headers;
  text: string;
  /** How many chunks the body arrived in. */
  chunks: number;
}

async function download(path: string, token: string | null = OPERATOR_TOKEN): Promise<Download> {
  const response = await fetch(`${api.url}${path}`, {
    headers: token ? { authorization: `Bearer ${token}` } : {},
  });
  const reader = response.body!.getReader();
  const parts: Uint8Array[] = [];
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    parts.push(value);
  }
  return {
    status: response.status,
    headers: response.headers,
    text: new TextDecoder('utf-8', { ignoreBOM: true }).decode(Buffer.concat(parts)),
    chunks: parts.length,
  };
}

/** The records of a CSV export, by header; checks the BOM and the CRLF line ends on the way. */
function records(body: string): Array<Record<string, string>> {
  expect(body.startsWith(BOM)).toBe(true);
  expect(body.slice(1)).toMatch(/^[a-z_]+(,[a-z_]+)*\r\n/);
  return parse(body.slice(1), { columns: true, record_delimiter: '\r\n' }) as Array<
    Record<string, string>
  >;
}

const exportPath = (kind: string, query: Record<string, string>) =>
  `/exports/${kind}.csv?${new URLSearchParams(query).toString()}`;

/** A verified account at a test clock on DAY with one paid opening order of EQQ. */
async function paidCustomer(name: string) {
  const clockId = await createClock(api, DAY);
  const accountId = await createAccount(api, name, clockId);
  await verify(api, accountId, name);
  const opened = await openSubscription(api, { accountId, productCode: 'QIDIAN', seats: 7 });
  expect(opened.userErrors).toEqual([]);
  const total = opened.order.total.amount as string;
  const paid = await payOrder(api, opened.order.id, total);
  expect(paid.userErrors).toEqual([]);
  expect((await activate(api, opened.subscription.id)).userErrors).toEqual([]);
  return {
    name,
    accountId,
    clockId,
    orderId: opened.order.id as string,
    total,
    paymentId: paid.payment.id as string,
  };
}

describe('CSV exports: orders, payments, refunds, invoices and journal lines of a date range', () => {
  // A name Excel would run as a formula, with a comma, quotes and a line break in it.
  const TRICKY = `=SUM(1,2) "Quoted", Ltd\n二号楼 ${key()}`;
  let customer: Awaited<ReturnType<typeof paidCustomer>>;
  let other: Awaited<ReturnType<typeof paidCustomer>>;

  beforeAll(async () => {
    customer = await paidCustomer(TRICKY);
    other = await paidCustomer(`Other customer ${key()}`);
  });

  it('streams one account’s orders as UTF-8 CSV with a BOM, money as exact strings, typed text kept as text', async () => {
    const result = await download(
      exportPath('orders', { from: DAY, to: DAY, accountId: customer.accountId }),
    );
    expect(result.status).toBe(200);
    expect(result.headers.get('content-type')).toBe('text/csv; charset=utf-8');
    expect(result.headers.get('content-disposition')).toBe(
      `attachment; filename="orders-${DAY}-to-${DAY}.csv"`,
    );
    expect(result.headers.get('cache-control')).toBe('private, no-store');
    const rows = records(result.text);
    expect(rows).toHaveLength(1);
    expect(rows[0]).toMatchObject({
      order_id: customer.orderId,
      account_id: customer.accountId,
      // The formula is written as text: an apostrophe first, the rest exactly as typed.
      account_name: `'${TRICKY}`,
      clock: 'test clock',
      order_date: DAY,
      kind: 'NEW_SUBSCRIPTION',
      status: expect.any(String),
      total: customer.total,
      paid: customer.total,
      refunded: '0.00',
      currency: 'CNY',
      seats: '7',
    });
    expect(rows[0]!.created_at).toMatch(/^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\.\d{3}\+08:00$/);
  });

  it('takes the range on each record’s business date, both days included', async () => {
    const after = await download(
      exportPath('orders', { from: '2025-03-11', to: '2025-12-31', accountId: customer.accountId }),
    );
    expect(records(after.text)).toEqual([]);
    const before = await download(
      exportPath('payments', {
        from: '2025-01-01',
        to: '2025-03-09',
        accountId: customer.accountId,
      }),
    );
    expect(records(before.text)).toEqual([]);
    const payments = records(
      (
        await download(
          exportPath('payments', { from: DAY, to: DAY, accountId: customer.accountId }),
        )
      ).text,
    );
    expect(payments).toEqual([
      expect.objectContaining({
        payment_id: customer.paymentId,
        order_id: customer.orderId,
        paid_on: DAY,
        method: 'ALIPAY',
        status: 'SUCCEEDED',
        amount: customer.total,
        refunded: '0.00',
        currency: 'CNY',
      }),
    ]);
    expect(payments[0]!.paid_at).toMatch(/^2025-03-10T\d\d:\d\d:\d\d\.\d{3}\+08:00$/);
  });

  it('refunds and invoices carry their amounts, fee and payout as exact strings', async () => {
    const requested = await requestRefund(api, { orderId: customer.orderId, reason: 'NO_REASON' });
    expect(requested.userErrors).toEqual([]);
    const invoice = await api.gql(
      `mutation($input: RequestInvoiceInput!) { requestInvoice(input: $input) { invoice { id amount { amount } } userErrors { code message } } }`,
      {
        input: {
          paymentId: other.paymentId,
          title: other.name,
          type: 'GENERAL',
          idempotencyKey: key(),
        },
      },
    );
    expect(invoice.data!.requestInvoice.userErrors).toEqual([]);

    const refunds = records(
      (await download(exportPath('refunds', { from: DAY, to: DAY, accountId: customer.accountId })))
        .text,
    );
    expect(refunds).toEqual([
      expect.objectContaining({
        refund_id: requested.refund.id,
        order_id: customer.orderId,
        requested_on: DAY,
        reason: 'NO_REASON',
        status: requested.refund.status,
        amount: requested.refund.amount.amount,
        fee: requested.refund.fee.amount,
        payout: requested.refund.payout.amount,
        currency: 'CNY',
      }),
    ]);
    const invoices = records(
      (
        await download(
          exportPath('invoices', {
            from: '2025-01-01',
            to: '2026-12-31',
            accountId: other.accountId,
          }),
        )
      ).text,
    );
    expect(invoices).toEqual([
      expect.objectContaining({
        invoice_id: invoice.data!.requestInvoice.invoice.id,
        payment_id: other.paymentId,
        amount: invoice.data!.requestInvoice.invoice.amount.amount,
        status: 'REQUESTED',
      }),
    ]);
    expect(invoices[0]!.requested_at).toMatch(/\+08:00$/);
  });

  it('journal lines of one account, by the Shanghai day they were posted, amounts signed and exact', async () => {
    // Journal lines are posted in real time: the range is the Shanghai day they were posted on.
    const today = shanghaiToday();
    const lines = records(
      (
        await download(
          exportPath('journal', { from: today, to: today, accountId: customer.accountId }),
        )
      ).text,
    );
    expect(lines.length).toBeGreaterThan(0);
    expect(new Set(lines.map((line) => line.account_id))).toEqual(new Set([customer.accountId]));
    expect(lines.every((line) => /^-?\d+\.\d\d$/.test(line.amount!))).toBe(true);
    const sources = lines.map((line) => line.source_id);
    expect(sources).toContain(customer.paymentId);
  });

  it('exports live accounts by default and test-clock accounts only in test mode, never mixed', async () => {
    const live = await createAccount(api, `Live ${key()}`);
    const opened = await openSubscription(api, {
      accountId: live,
      productCode: 'QIDIAN',
      seats: 3,
    });
    const today = shanghaiToday();
    const liveRows = records(
      (await download(exportPath('orders', { from: today, to: today }))).text,
    );
    expect(liveRows.map((row) => row.order_id)).toContain(opened.order.id);
    expect(new Set(liveRows.map((row) => row.clock))).toEqual(new Set(['live']));

    const testRows = records(
      (await download(exportPath('orders', { from: DAY, to: DAY, testMode: 'true' }))).text,
    );
    const ids = testRows.map((row) => row.order_id);
    expect(ids).toContain(customer.orderId);
    expect(ids).toContain(other.orderId);
    expect(new Set(testRows.map((row) => row.clock))).toEqual(new Set(['test clock']));
    const notInLive = records((await download(exportPath('orders', { from: DAY, to: DAY }))).text);
    expect(notInLive.map((row) => row.order_id)).not.toContain(customer.orderId);
    expect(
      (await download(exportPath('orders', { from: DAY, to: DAY, testMode: 'true' }))).headers.get(
        'content-disposition',
      ),
    ).toBe(`attachment; filename="orders-test-clocks-${DAY}-to-${DAY}.csv"`);
  });

  it("a test-clock payment's journal lines, its cash line of no account too, are in the test-mode export only", async () => {
    const today = shanghaiToday();
    const journal = async (query: Record<string, string>) =>
      records((await download(exportPath('journal', { from: today, to: today, ...query }))).text);
    const testLines = await journal({ testMode: 'true' });
    const payment = testLines.filter((line) => line.source_id === customer.paymentId);
    const cash = payment.filter((line) => line.account_id === '');
    expect(cash.length).toBeGreaterThan(0);
    expect(cash.every((line) => line.ledger!.startsWith('cash:'))).toBe(true);
    expect(new Set(payment.map((line) => line.clock))).toEqual(new Set(['test clock']));
    const liveLines = await journal({});
    const transactions = new Set(payment.map((line) => line.transaction_id));
    expect(liveLines.filter((line) => transactions.has(line.transaction_id!))).toEqual([]);
    expect(liveLines.every((line) => line.clock === 'live')).toBe(true);
  });

  it('a customer exports their own account only; another account answers as missing; the journal is for operators', async () => {
    const admin = await tokenFor(api, customer.accountId);
    const own = records((await download(exportPath('orders', { from: DAY, to: DAY }), admin)).text);
    expect(own.map((row) => row.account_id)).toEqual([customer.accountId]);
    const member = await tokenFor(api, customer.accountId, 'CUSTOMER_MEMBER');
    expect(
      records((await download(exportPath('payments', { from: DAY, to: DAY }), member)).text).map(
        (row) => row.payment_id,
      ),
    ).toEqual([customer.paymentId]);
    const foreign = await download(
      exportPath('orders', { from: DAY, to: DAY, accountId: other.accountId }),
      admin,
    );
    expect(foreign.status).toBe(404);
    expect(foreign.text).toBe('No such account');
    const journal = await download(exportPath('journal', { from: DAY, to: DAY }), admin);
    expect(journal.status).toBe(403);
    expect(journal.text).toBe('The journal export is for operators');
  });

  it.each([
    [
      null,
      exportPath('orders', { from: DAY, to: DAY }),
      401,
      'Sign in: send "Authorization: Bearer <token>"',
    ],
    [
      OPERATOR_TOKEN,
      exportPath('subscriptions', { from: DAY, to: DAY }),
      404,
      'No such export: choose one of orders, payments, refunds, invoices, journal',
    ],
    [
      OPERATOR_TOKEN,
      exportPath('orders', { to: DAY }),
      400,
      'Give the range\'s "from" date as YYYY-MM-DD',
    ],
    [
      OPERATOR_TOKEN,
      exportPath('orders', { from: '2025-02-30', to: DAY }),
      400,
      '"from" must be a calendar date in the form YYYY-MM-DD',
    ],
    [
      OPERATOR_TOKEN,
      exportPath('orders', { from: DAY, to: '2025-03-09' }),
      400,
      `"from" (${DAY}) is after "to" (2025-03-09): give an earlier "from"`,
    ],
    [
      OPERATOR_TOKEN,
      exportPath('orders', { from: DAY, to: DAY, testMode: 'yes' }),
      400,
      '"testMode" is true or false',
    ],
    [
      OPERATOR_TOKEN,
      exportPath('orders', { from: DAY, to: DAY, accountId: 'nonsense' }),
      404,
      'No such account',
    ],
  ])('refuses a bad request with a clear message (%#)', async (token, path, status, message) => {
    const result = await download(path, token);
    expect(result.status).toBe(status);
    expect(result.headers.get('content-type')).toMatch(/^text\/plain/);
    expect(result.text).toBe(message);
  });
});

describe('CSV exports at size', () => {
  it('streams 3,000 orders from a cursor in many chunks; a download cut short frees its connection', async () => {
    const accountId = await createAccount(api, `Big ${key()}`);
    await api.db.query(
      `INSERT INTO orders (account_id, kind, status, total, paid, order_date, explanation, rules)
       SELECT $1, 'VALUE_ADDED', 'FULFILLED', 100000 + g, 100000 + g, DATE '2025-06-01' + (g % 30), 'Bulk ' || g, ARRAY['R-PAY-2']
         FROM generate_series(1, 3000) g`,
      [localId(accountId)],
    );
    const path = exportPath('orders', { from: '2025-06-01', to: '2025-06-30', accountId });
    const result = await download(path);
    const rows = records(result.text);
    expect(rows).toHaveLength(3000);
    expect(result.chunks).toBeGreaterThan(1);
    // In date order, then in the order they were written; every amount exact.
    expect(rows.map((row) => row.order_date)).toEqual(
      [...rows.map((row) => row.order_date)].sort(),
    );
    const totals = rows.map((row) => row.total).sort();
    expect(totals[0]).toBe('1000.01');
    expect(totals.at(-1)).toBe('1030.00');

    // Ten downloads abandoned after their first chunk: the pool (10 connections) still serves.
    for (let i = 0; i < 10; i++) {
      const controller = new AbortController();
      const response = await fetch(`${api.url}${path}`, {
        headers: { authorization: `Bearer ${OPERATOR_TOKEN}` },
        signal: controller.signal,
      });
      await response.body!.getReader().read();
      controller.abort();
    }
    const again = await download(path);
    expect(records(again.text)).toHaveLength(3000);
  });
});
