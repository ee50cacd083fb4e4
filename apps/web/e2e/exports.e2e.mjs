import assert from 'node:assert/strict';
import { readFile } from 'node:fs/promises';
import { after, before, test } from 'node:test';
import {
  baseUrl,
  createAccount,
  createToken,
  expectText,
  graphql,
  launchBrowser,
  openPage,
  screenshot,
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
