// Issue 12's searches and the console's invoices list: an account's subscriptions searched on
// its page, the portal's refunds searched, and every invoice in one list the navigation leads
// to, sorted by its column headers, filtered and searched, the URL keeping all of it. Every
// check reads the rows the real API returned.
import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import {
  baseUrl,
  createToken,
  expectText,
  graphql,
  launchBrowser,
  openPage,
  screenshotPair,
  signIn,
} from './browser.mjs';

const STAMP = Date.now();
const NAME = `Search Co ${STAMP}`;
let browser;
const ids = {};
const key = (what) => `${what}-search-e2e-${STAMP}`;

/** Waits until `read()` gives `expected` (pages update after the API answers), then asserts. */
async function waitFor(read, expected, timeout = 20_000) {
  const deadline = Date.now() + timeout;
  while (JSON.stringify(await read()) !== JSON.stringify(expected) && Date.now() < deadline)
    await new Promise((r) => setTimeout(r, 100));
  assert.deepEqual(await read(), expected);
}

before(async () => {
  browser = await launchBrowser();
  // On a test clock before Enterprise QQ's sunset (it can only be bought until 2021-10-28).
  const clock = await graphql(
    'mutation ($name: String!) { createTestClock(input: { name: $name, frozenAt: "2021-04-20T10:00:00+08:00" }) { testClock { id } } }',
    { name: key('clock') },
  );
  const created = await graphql(
    'mutation ($name: String!, $clock: ID) { createAccount(input: { name: $name, testClockId: $clock }) { account { id } } }',
    { name: NAME, clock: clock.createTestClock.testClock.id },
  );
  ids.account = created.createAccount.account.id;
  await graphql(
    'mutation ($id: ID!, $name: String!) { submitVerification(input: { accountId: $id, verifiedName: $name, documents: ["licence.pdf"] }) { userErrors { message } } }',
    { id: ids.account, name: NAME },
  );
  await graphql(
    'mutation ($id: ID!) { approveVerification(input: { accountId: $id }) { userErrors { message } } }',
    { id: ids.account },
  );
  // Qidian with 3 seats, Enterprise QQ with 5: each paid, invoiced, activated, and a refund
  // requested with its own note.
  ids.subscriptions = [];
  for (const [productCode, seats, note] of [
    ['QIDIAN', 3, 'alpha: the seats were not needed'],
    ['EQQ', 5, 'beta: bought for the wrong team'],
  ]) {
    const opened = await graphql(
      'mutation ($input: OpenSubscriptionInput!) { openSubscription(input: $input) { order { id total { amount } } subscription { id } userErrors { message } } }',
      {
        input: {
          accountId: ids.account,
          productCode,
          planCode: 'SEATS',
          seats,
          years: 1,
          idempotencyKey: key(`open-${productCode}`),
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
          idempotencyKey: key(`pay-${productCode}`),
        },
      },
    );
    assert.deepEqual(paid.payOrder.userErrors, []);
    const invoice = await graphql(
      'mutation ($input: RequestInvoiceInput!) { requestInvoice(input: $input) { invoice { id amount { amount } } userErrors { message } } }',
      {
        input: {
          paymentId: paid.payOrder.payment.id,
          title: NAME,
          type: 'GENERAL',
          idempotencyKey: key(`invoice-${productCode}`),
        },
      },
    );
    assert.deepEqual(invoice.requestInvoice.userErrors, []);
    const activated = await graphql(
      'mutation ($id: ID!) { activateSubscription(input: { subscriptionId: $id }) { userErrors { message } } }',
      { id: opened.openSubscription.subscription.id },
    );
    assert.deepEqual(activated.activateSubscription.userErrors, []);
    const refund = await graphql(
      'mutation ($input: RequestRefundInput!) { requestRefund(input: $input) { refund { id } userErrors { message } } }',
      {
        input: {
          orderId: order.id,
          reason: 'NO_REASON',
          note,
          idempotencyKey: key(`refund-${productCode}`),
        },
      },
    );
    assert.deepEqual(refund.requestRefund.userErrors, []);
    ids.subscriptions.push({
      productCode,
      seats,
      note,
      refundId: refund.requestRefund.refund.id,
      invoiceAmount: invoice.requestInvoice.invoice.amount.amount,
    });
  }
});
after(async () => {
  await browser?.close();
});

test('an account’s subscriptions: the search finds them by product name or code, a reload keeps it', async () => {
  const page = await openPage(browser);
  await signIn(page);
  await page.goto(`${baseUrl}/accounts/${encodeURIComponent(ids.account)}`);
  const subs = page.getByTestId('account-subscription');
  await subs.first().waitFor();
  const seats = async () =>
    (await subs.allInnerTexts()).map((text) => Number(/(\d+) seats/.exec(text)?.[1]));
  await waitFor(seats, [5, 3]);
  const search = page.locator('#subscriptions-search');
  await search.fill('Enterprise QQ');
  await page.waitForURL(/subscriptionsQ=Enterprise/);
  await waitFor(seats, [5]);
  await expectText(subs.first(), /Enterprise QQ/);
  await search.fill('qidian');
  await page.waitForURL(/subscriptionsQ=qidian/);
  await waitFor(seats, [3]);
  await page.reload();
  await subs.first().waitFor();
  assert.equal(await search.inputValue(), 'qidian');
  await waitFor(seats, [3]);
  await search.fill('no such product');
  await page.getByText('Nothing in this list matches the filters.').waitFor();
  assert.equal(await subs.count(), 0);
  await search.fill('');
  await waitFor(seats, [5, 3]);
  await page.context().close();
});

test('the portal’s refunds: the search finds one by its note, for the customer too', async () => {
  const token = await createToken(ids.account, 'CUSTOMER_ADMIN');
  for (const [who, path] of [
    ['operator', `/accounts/${encodeURIComponent(ids.account)}/portal/refunds`],
    ['customer', '/my-account/refunds'],
  ]) {
    const page = await openPage(browser);
    await signIn(page, who === 'customer' ? token : undefined);
    await page.goto(`${baseUrl}${path}`);
    const rows = page.getByTestId('refund-row');
    await rows.first().waitFor();
    const links = () =>
      rows.evaluateAll((items) =>
        items.map((item) => item.querySelector('a[href^="/refunds/"]')?.getAttribute('href')),
      );
    const refundLink = (entry) => `/refunds/${encodeURIComponent(entry.refundId)}`;
    await waitFor(links, ids.subscriptions.map(refundLink).reverse());
    await page.locator('#refunds-search').fill('BETA');
    await page.waitForURL(/refundsQ=BETA/);
    await waitFor(links, [refundLink(ids.subscriptions[1])]);
    await page.locator('#refunds-search').fill('alpha');
    await waitFor(links, [refundLink(ids.subscriptions[0])]);
    await page.reload();
    await rows.first().waitFor();
    assert.equal(await page.locator('#refunds-search').inputValue(), 'alpha');
    await waitFor(links, [refundLink(ids.subscriptions[0])]);
    await page.locator('#refunds-search').fill('gamma');
    await page.getByText('Nothing in this list matches the filters.').waitFor();
    assert.equal(await rows.count(), 0);
    await page.context().close();
  }
});

test('invoices: the navigation leads to every invoice, newest first; the headers sort, the search and status narrow, a reload keeps them', async () => {
  const page = await openPage(browser);
  await signIn(page);
  await page.goto(`${baseUrl}/accounts`);
  await page
    .getByRole('navigation', { name: 'Main' })
    .getByRole('link', { name: 'Invoices', exact: true })
    .click();
  await page.waitForURL(/\/invoices$/);
  await page.getByRole('heading', { name: 'Invoices', level: 1 }).waitFor();
  // The account lives on a test clock: the console shows live accounts until Test mode is on.
  await page.getByRole('switch', { name: 'Test mode' }).check();
  await page.locator('#all-invoices-search').fill(NAME);
  await page.waitForURL(/[?&]q=/);
  const rows = page.getByTestId('invoice-row');
  const amounts = () =>
    rows.evaluateAll((items) =>
      items.map(
        (item) => item.querySelector('td[data-label="Amount"] .money')?.dataset.amount ?? null,
      ),
    );
  const [qidian, eqq] = ids.subscriptions.map((entry) => entry.invoiceAmount);
  assert.notEqual(qidian, eqq);
  // Newest request first: Enterprise QQ's invoice was requested last.
  await waitFor(amounts, [eqq, qidian]);
  assert.equal(await rows.filter({ hasText: NAME }).count(), 2);
  await expectText(page.locator('caption'), /2 of 2 invoices/);

  const header = page.getByRole('columnheader', { name: /^Amount/ });
  await header.getByRole('button').click();
  await page.waitForURL(/[?&]sort=AMOUNT_DESC/);
  const descending = [qidian, eqq].sort((a, b) => Number(b) - Number(a));
  await waitFor(amounts, descending);
  assert.equal(await header.getAttribute('aria-sort'), 'descending');
  await header.getByRole('button').click();
  await page.waitForURL(/[?&]sort=AMOUNT_ASC/);
  await waitFor(amounts, [...descending].reverse());
  assert.equal(await header.getAttribute('aria-sort'), 'ascending');
  await page
    .getByRole('columnheader', { name: /^Requested at/ })
    .getByRole('button')
    .click();
  await page.waitForURL(/[?&]sort=REQUESTED_AT_DESC/);
  await waitFor(amounts, [eqq, qidian]);

  await page.locator('#all-invoices-status').selectOption('ISSUED');
  await page.getByText('Nothing in this list matches the filters.').waitFor();
  assert.equal(await rows.count(), 0);
  await page.locator('#all-invoices-status').selectOption('REQUESTED');
  await waitFor(amounts, [eqq, qidian]);
  await page.reload();
  await rows.first().waitFor();
  assert.equal(await page.locator('#all-invoices-search').inputValue(), NAME);
  assert.equal(await page.locator('#all-invoices-status').inputValue(), 'REQUESTED');
  assert.equal(
    await page.getByRole('columnheader', { name: /^Requested at/ }).getAttribute('aria-sort'),
    'descending',
  );
  await waitFor(amounts, [eqq, qidian]);
  await page.locator('#all-invoices-search').fill(`${NAME} no such`);
  await page.getByText('Nothing in this list matches the filters.').waitFor();
  await page.locator('#all-invoices-search').fill(NAME);
  await waitFor(amounts, [eqq, qidian]);
  await screenshotPair(page, 'invoices-list');
  await page.context().close();
});
