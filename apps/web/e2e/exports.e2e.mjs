import assert from 'node:assert/strict';
import { readFile } from 'node:fs/promises';
import { after, before, test } from 'node:test';
import {
  activeSubscription,
  baseUrl,
  createAccount,
  createToken,
  expectText,
  graphql,
  launchBrowser,
  openPage,
  screenshot,
  shanghaiToday,
  signIn,
} from './browser.mjs';

/**
 * CSV exports from the console and the portal: the file the browser saves is the API's export,
 * UTF-8 with a byte-order mark, money as exact amounts.
 */
let browser;
const stamp = Date.now();
before(async () => {
  browser = await launchBrowser();
});
after(async () => {
  await browser?.close();
});

/** A live account with one paid order today: its order id, payment id and total. */
async function paidAccount(name) {
  const account = await createAccount(name);
  const opened = await graphql(
    'mutation ($input: OpenSubscriptionInput!) { openSubscription(input: $input) { order { id total { amount } } userErrors { message } } }',
    {
      input: {
        accountId: account.id,
        productCode: 'QIDIAN',
        planCode: 'SEATS',
        seats: 3,
        years: 1,
        idempotencyKey: `export-open-${name}`,
      },
    },
  );
  assert.deepEqual(opened.openSubscription.userErrors, []);
  const order = opened.openSubscription.order;
  const paid = await graphql(
    'mutation ($input: PayOrderInput!) { payOrder(input: $input) { payment { id } userErrors { message } } }',
    {
      input: {
        orderId: order.id,
        method: 'ALIPAY',
        amount: order.total.amount,
        idempotencyKey: `export-pay-${name}`,
      },
    },
  );
  assert.deepEqual(paid.payOrder.userErrors, []);
  return {
    account,
    orderId: order.id,
    paymentId: paid.payOrder.payment.id,
    total: order.total.amount,
  };
}

/** Clicks Download and reads the file the browser saved. */
async function downloadCsv(page, form) {
  const [download] = await Promise.all([
    page.waitForEvent('download'),
    form.getByTestId('csv-export-download').click(),
  ]);
  const body = await readFile(await download.path(), 'utf8');
  return { name: download.suggestedFilename(), body };
}

test('a customer administrator downloads their orders and payments of this month as CSV from the portal', async () => {
  const paid = await paidAccount(`Export ${stamp}`);
  const token = await createToken(paid.account.id, 'CUSTOMER_ADMIN');
  const page = await openPage(browser);
  await signIn(page, token);
  await page.goto(`${baseUrl}/my-account/orders`);
  const form = page.getByTestId('csv-export');
  await form.waitFor();

  const orders = await downloadCsv(page, form);
  assert.match(orders.name, /^orders-\d{4}-\d\d-01-to-\d{4}-\d\d-\d\d\.csv$/);
  assert.ok(orders.body.startsWith('\uFEFF'), 'a byte-order mark for Excel');
  const [header, ...rows] = orders.body.slice(1).trimEnd().split('\r\n');
  assert.match(header, /^order_id,account_id,account_name,clock,order_date,kind,status,total,/);
  assert.equal(rows.length, 1);
  assert.ok(rows[0].startsWith(`${paid.orderId},${paid.account.id},Export ${stamp},live,`));
  assert.ok(rows[0].includes(`,${paid.total},${paid.total},0.00,CNY,`), rows[0]);
  await expectText(form.getByTestId('csv-export-saved'), new RegExp(`Saved as ${orders.name}`));

  await form.getByTestId('csv-export-kind').selectOption('payments');
  const payments = await downloadCsv(page, form);
  assert.ok(payments.body.includes(`\r\n${paid.paymentId},`), payments.body);
  assert.ok(!(await page.getByTestId('csv-export-kind').innerText()).includes('Journal'));

  // A range that ends before it starts is refused in the page, in words.
  await form.getByTestId('csv-export-from').fill('2030-01-02');
  await form.getByTestId('csv-export-to').fill('2030-01-01');
  await form.getByTestId('csv-export-download').click();
  await expectText(form.getByRole('alert'), /The first date is after the last one/);
  await screenshot(page, 'export-portal');
  await page.context().close();
});

test('an operator exports the journal of every live account from the journal page, in Chinese', async () => {
  const paid = await paidAccount(`Export journal ${stamp}`);
  const page = await openPage(browser, { locale: 'zh-CN' });
  await signIn(page);
  await page.getByLabel('Language').first().selectOption('zh-CN');
  await page.goto(`${baseUrl}/journal`);
  const form = page.getByTestId('csv-export');
  await expectText(form, /导出为 CSV/);
  await form.getByTestId('csv-export-kind').selectOption('journal');
  const journal = await downloadCsv(page, form);
  assert.match(journal.name, /^journal-/);
  assert.ok(journal.body.startsWith('\uFEFF'));
  const lines = journal.body
    .slice(1)
    .trimEnd()
    .split('\r\n')
    .filter((line) => line.includes(paid.paymentId));
  assert.ok(lines.length >= 2, 'the payment posted a balanced pair of lines');
  await expectText(form.getByTestId('csv-export-saved'), /已保存为 journal-/);
  await screenshot(page, 'export-journal-zh-CN');
  await page.context().close();
});

/** The header and the data lines of a CSV file (after its byte-order mark). */
function csvLines(body) {
  assert.ok(body.startsWith('\uFEFF'), 'a byte-order mark for Excel');
  const [header, ...rows] = body.slice(1).trimEnd().split('\r\n');
  return { header, rows };
}

/** Sets the export form's range (both days included). */
async function setRange(form, from, to) {
  await form.getByTestId('csv-export-from').fill(from);
  await form.getByTestId('csv-export-to').fill(to);
}

test('a customer administrator downloads their refunds as CSV: BOM, header, exact money, only the range asked', async () => {
  // Activated today: a refund without reason within 7 days (R-REF-7DAY).
  const name = `Export refunds ${stamp}`;
  const active = await activeSubscription({ name, key: `export-ref-${stamp}` });
  const paid = { account: { id: active.accountId }, orderId: active.orderId };
  const requested = await graphql(
    'mutation ($input: RequestRefundInput!) { requestRefund(input: $input) { refund { id status amount { amount } fee { amount } payout { amount } } userErrors { message } } }',
    {
      input: {
        orderId: paid.orderId,
        reason: 'NO_REASON',
        note: 'Bought twice by mistake',
        idempotencyKey: `export-refund-${stamp}`,
      },
    },
  );
  assert.deepEqual(requested.requestRefund.userErrors, []);
  const refund = requested.requestRefund.refund;
  const token = await createToken(paid.account.id, 'CUSTOMER_ADMIN');
  const page = await openPage(browser);
  await signIn(page, token);
  await page.goto(`${baseUrl}/my-account/orders`);
  const form = page.getByTestId('csv-export');
  await form.waitFor();
  await form.getByTestId('csv-export-kind').selectOption('refunds');
  const today = shanghaiToday();
  await setRange(form, today, today);

  const file = await downloadCsv(page, form);
  assert.equal(file.name, `refunds-${today}-to-${today}.csv`);
  const { header, rows } = csvLines(file.body);
  assert.equal(
    header,
    'refund_id,account_id,account_name,clock,requested_on,order_id,reason,status,eligible,amount,fee,payout,currency,method,decided_on,payout_due_on,paid_at,note,decision_note',
  );
  assert.equal(rows.length, 1, file.body);
  const cells = rows[0].split(',');
  assert.deepEqual(cells.slice(0, 9), [
    refund.id,
    paid.account.id,
    name,
    'live',
    today,
    paid.orderId,
    'NO_REASON',
    refund.status,
    cells[8],
  ]);
  assert.match(cells[8], /^(true|false)$/);
  assert.equal(cells.length, 19, rows[0]);
  // Money as the API's exact yuan strings (two decimals, no grouping, no sign of a currency).
  assert.deepEqual(cells.slice(9, 13), [
    refund.amount.amount,
    refund.fee.amount,
    refund.payout.amount,
    'CNY',
  ]);
  for (const amount of cells.slice(9, 12)) assert.match(amount, /^-?\d+\.\d\d$/);
  assert.equal(cells[17], 'Bought twice by mistake');
  await expectText(form.getByTestId('csv-export-saved'), new RegExp(`Saved as ${file.name}`));

  // A range that ends the day before: the same header, no refund.
  const yesterday = new Date(Date.parse(`${today}T12:00:00+08:00`) - 86_400_000)
    .toISOString()
    .slice(0, 10);
  await setRange(form, '2020-01-01', yesterday);
  const before = await downloadCsv(page, form);
  assert.equal(before.name, `refunds-2020-01-01-to-${yesterday}.csv`);
  const earlier = csvLines(before.body);
  assert.equal(earlier.header, header);
  assert.deepEqual(earlier.rows, []);
  await page.context().close();
});

test('an operator downloads an account’s invoices as CSV from its page: BOM, header, exact money, only the range asked', async () => {
  const name = `Export invoices ${stamp}`;
  const { accountId, orderId } = await activeSubscription({ name, key: `export-inv-${stamp}` });
  const order = await graphql('query ($id: ID!) { order(id: $id) { payments { id } } }', {
    id: orderId,
  });
  const paymentId = order.order.payments[0].id;
  const requested = await graphql(
    'mutation ($input: RequestInvoiceInput!) { requestInvoice(input: $input) { invoice { id amount { amount } } userErrors { message } } }',
    {
      input: { paymentId, title: name, type: 'GENERAL', idempotencyKey: `export-invoice-${stamp}` },
    },
  );
  assert.deepEqual(requested.requestInvoice.userErrors, []);
  const invoice = requested.requestInvoice.invoice;
  const page = await openPage(browser);
  await signIn(page);
  await page.goto(`${baseUrl}/accounts/${encodeURIComponent(accountId)}`);
  const form = page.getByTestId('csv-export');
  await form.waitFor();
  await form.getByTestId('csv-export-kind').selectOption('invoices');
  const today = shanghaiToday();
  await setRange(form, today, today);

  const file = await downloadCsv(page, form);
  assert.equal(file.name, `invoices-${today}-to-${today}.csv`);
  const { header, rows } = csvLines(file.body);
  assert.equal(
    header,
    'invoice_id,account_id,account_name,clock,requested_at,payment_id,type,title,status,amount,currency,number,issued_on,issued_amount,credited,credited_on,due_on',
  );
  assert.equal(rows.length, 1, file.body);
  const cells = rows[0].split(',');
  assert.deepEqual(cells.slice(0, 4), [invoice.id, accountId, name, 'live']);
  assert.match(cells[4], new RegExp(`^${today}T\\d\\d:\\d\\d:\\d\\d\\.\\d{3}\\+08:00$`));
  assert.deepEqual(cells.slice(5, 11), [
    paymentId,
    'GENERAL',
    name,
    'REQUESTED',
    invoice.amount.amount,
    'CNY',
  ]);
  assert.match(invoice.amount.amount, /^\d+\.\d\d$/);
  // Not issued: no number, date or issued amount; nothing credited yet.
  assert.deepEqual(cells.slice(11, 15), ['', '', '', '0.00']);

  // A range after today: the same header, no invoice.
  await setRange(form, '2099-01-01', '2099-01-31');
  const later = csvLines((await downloadCsv(page, form)).body);
  assert.equal(later.header, header);
  assert.deepEqual(later.rows, []);
  await page.context().close();
});
