// The lists sort by their column headers (or a sort menu for card lists),
// filter by status and search, newest first by default; the sort and filters live in the URL,
// so a reload shows the same list. Every check reads the rows the real API returned.
import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import {
  PHONE,
  baseUrl,
  createAccount,
  expectText,
  graphql,
  launchBrowser,
  openPage,
  screenshotPair,
  signIn,
} from './browser.mjs';

const STAMP = Date.now();
const NAME = `列表测试有限公司 ${STAMP}`;
const PREFIX = `Sortable ${STAMP}`;
let browser;
const ids = {};

// Idempotency keys are printable ASCII (the API refuses anything else).
const key = (what) => `${what}-lists-e2e-${STAMP}`;

before(async () => {
  browser = await launchBrowser();
  const clock = await graphql(
    'mutation ($name: String!) { createTestClock(input: { name: $name, frozenAt: "2024-01-31T10:00:00+08:00" }) { testClock { id } } }',
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
  // Three subscriptions of 3, 5 and 8 seats: three orders of three totals, in that order.
  ids.orders = [];
  for (const seats of [3, 5, 8]) {
    const opened = await graphql(
      'mutation ($input: OpenSubscriptionInput!) { openSubscription(input: $input) { order { id total { amount } } subscription { id } userErrors { message } } }',
      {
        input: {
          accountId: ids.account,
          productCode: 'QIDIAN',
          planCode: 'SEATS',
          seats,
          years: 1,
          idempotencyKey: key(`open-${seats}`),
        },
      },
    );
    assert.deepEqual(opened.openSubscription.userErrors, []);
    ids.orders.push({
      seats,
      subscriptionId: opened.openSubscription.subscription.id,
      ...opened.openSubscription.order,
    });
  }
  // The 5- and 8-seat orders are paid, invoiced, their subscriptions activated and their refunds
  // requested; the 3-seat order waits for payment.
  for (const order of ids.orders.slice(1)) {
    const paid = await graphql(
      'mutation ($input: PayOrderInput!) { payOrder(input: $input) { payment { id } userErrors { message } } }',
      {
        input: {
          orderId: order.id,
          method: 'ALIPAY',
          amount: order.total.amount,
          idempotencyKey: key(`pay-${order.seats}`),
        },
      },
    );
    assert.deepEqual(paid.payOrder.userErrors, []);
    const invoice = await graphql(
      'mutation ($input: RequestInvoiceInput!) { requestInvoice(input: $input) { userErrors { message } } }',
      {
        input: {
          paymentId: paid.payOrder.payment.id,
          title: NAME,
          type: 'GENERAL',
          idempotencyKey: key(`invoice-${order.seats}`),
        },
      },
    );
    assert.deepEqual(invoice.requestInvoice.userErrors, []);
    // Activated today: a refund without reason within 7 days (R-REF-7DAY).
    const activated = await graphql(
      'mutation ($id: ID!) { activateSubscription(input: { subscriptionId: $id }) { userErrors { message } } }',
      { id: order.subscriptionId },
    );
    assert.deepEqual(activated.activateSubscription.userErrors, []);
    const refund = await graphql(
      'mutation ($input: RequestRefundInput!) { requestRefund(input: $input) { refund { id amount { amount } } userErrors { message } } }',
      {
        input: {
          orderId: order.id,
          reason: 'NO_REASON',
          idempotencyKey: key(`refund-${order.seats}`),
        },
      },
    );
    assert.deepEqual(refund.requestRefund.userErrors, []);
    order.refundAmount = refund.requestRefund.refund.amount.amount;
    order.refundId = refund.requestRefund.refund.id;
  }
  // Accounts whose names sort differently by case and by creation.
  for (const name of ['b', 'A', 'c', 'D']) await createAccount(`${PREFIX} ${name}`);
});
after(async () => {
  await browser?.close();
});

/** The money amounts of a list's cells (data-amount keeps the exact API value). */
async function amounts(locator) {
  return (
    await locator.locator('.money').evaluateAll((els) => els.map((e) => e.dataset.amount))
  ).map(Number);
}

const sorted = (values, direction) =>
  [...values].sort((a, b) => (direction === 'ascending' ? a - b : b - a));

test('accounts: the Name header sorts A→Z and back, the URL keeps it across a reload', async () => {
  const page = await openPage(browser);
  await signIn(page);
  await page.getByRole('heading', { name: 'Accounts' }).waitFor();
  await page.getByLabel('Search').fill(PREFIX);
  await page.waitForURL(/[?&]q=Sortable/);
  await page.getByText('Showing 4 of 4 accounts, newest first').waitFor();
  const names = () => page.getByTestId('account-row').getByRole('link').allInnerTexts();
  // The rows follow once the API answered (the header changes at once).
  const waitNames = async (order) => {
    const expected = order.map((n) => `${PREFIX} ${n}`);
    const deadline = Date.now() + 20_000;
    while (JSON.stringify(await names()) !== JSON.stringify(expected) && Date.now() < deadline)
      await new Promise((r) => setTimeout(r, 100));
    assert.deepEqual(await names(), expected);
  };
  // Newest first by default.
  await waitNames(['D', 'c', 'A', 'b']);
  const header = page.getByRole('columnheader', { name: /Name/ });
  assert.equal(await header.getAttribute('aria-sort'), 'none');

  await header.getByRole('button').click();
  await page.waitForURL(/[?&]sort=NAME_ASC/);
  await page.getByText('Showing 4 of 4 accounts', { exact: true }).waitFor();
  await waitNames(['A', 'b', 'c', 'D']);
  assert.equal(await header.getAttribute('aria-sort'), 'ascending');
  await expectText(header, /▲/);

  await header.getByRole('button').click();
  await page.waitForURL(/[?&]sort=NAME_DESC/);
  await waitNames(['D', 'c', 'b', 'A']);
  assert.equal(await header.getAttribute('aria-sort'), 'descending');
  await expectText(header, /▼/);

  await page.reload();
  await waitNames(['D', 'c', 'b', 'A']);
  assert.equal(await page.getByLabel('Search').inputValue(), PREFIX);
  assert.equal(
    await page.getByRole('columnheader', { name: /Name/ }).getAttribute('aria-sort'),
    'descending',
  );

  await page.getByLabel('Status', { exact: true }).selectOption('SUSPENDED');
  await page.waitForURL(/status=SUSPENDED/);
  await page.getByText('No account matches these filters.').waitFor();
  await screenshotPair(page, 'lists-accounts');
  await page.context().close();
});

test('an account’s orders: Total and Status headers sort, the status filter narrows, a reload keeps both', async () => {
  const page = await openPage(browser);
  await signIn(page);
  await page.goto(`${baseUrl}/accounts/${encodeURIComponent(ids.account)}`);
  const rows = page.getByTestId('order-row');
  await rows.first().waitFor();
  assert.equal(await rows.count(), 3);
  // Newest first: the 8-seat order heads the list.
  const totals = ids.orders.map((o) => Number(o.total.amount));
  assert.deepEqual(await amounts(rows.locator('td[data-label="Total"]')), [...totals].reverse());

  const table = page.locator('table', { has: page.getByTestId('order-row') });
  const total = table.getByRole('columnheader', { name: /^Total/ });
  await total.getByRole('button').click();
  await page.waitForURL(/ordersSort=TOTAL_DESC/);
  assert.equal(await total.getAttribute('aria-sort'), 'descending');
  await total.getByRole('button').click();
  await page.waitForURL(/ordersSort=TOTAL_ASC/);
  await expectText(rows.first().locator('td[data-label="Total"]'), /./);
  const waitFirstTotal = async (amount) => {
    const deadline = Date.now() + 20_000;
    while (Date.now() < deadline) {
      const shown = await amounts(rows.first().locator('td[data-label="Total"]'));
      if (shown[0] === amount) return;
      await new Promise((r) => setTimeout(r, 100));
    }
    assert.fail(`the first order's total never became ${amount}`);
  };
  await waitFirstTotal(Math.min(...totals));
  assert.deepEqual(
    await amounts(rows.locator('td[data-label="Total"]')),
    sorted(totals, 'ascending'),
  );
  assert.equal(await total.getAttribute('aria-sort'), 'ascending');

  // Status: A→Z by the status name the API stores (AWAITING_PAYMENT before PAID/FULFILLED).
  const status = table.getByRole('columnheader', { name: /^Status/ });
  await status.getByRole('button').click();
  await page.waitForURL(/ordersSort=STATUS_ASC/);
  await expectText(rows.first().locator('td[data-label="Status"]'), /Awaiting payment/);
  assert.equal(await total.getAttribute('aria-sort'), 'none');

  await page.locator('#orders-status').selectOption('AWAITING_PAYMENT');
  await page.waitForURL(/ordersStatus=AWAITING_PAYMENT/);
  await page.waitForFunction(
    () => globalThis.document.querySelectorAll('[data-testid="order-row"]').length === 1,
  );
  await expectText(rows.first().locator('td[data-label="Status"]'), /Awaiting payment/);
  assert.deepEqual(await amounts(rows.locator('td[data-label="Total"]')), [totals[0]]);

  await page.reload();
  await rows.first().waitFor();
  assert.equal(await rows.count(), 1);
  assert.equal(await page.locator('#orders-status').inputValue(), 'AWAITING_PAYMENT');
  await expectText(rows.first().locator('td[data-label="Status"]'), /Awaiting payment/);
  await screenshotPair(page, 'lists-orders');
  await page.context().close();
});

test('an account’s subscriptions: the sort menu orders them by creation or period end; the status filter narrows', async () => {
  const page = await openPage(browser);
  await signIn(page);
  await page.goto(`${baseUrl}/accounts/${encodeURIComponent(ids.account)}`);
  const subs = page.getByTestId('account-subscription');
  await subs.first().waitFor();
  const seats = async () =>
    (await subs.allInnerTexts()).map((text) => Number(/(\d+) seats/.exec(text)?.[1]));
  const waitSeats = async (expected) => {
    const deadline = Date.now() + 20_000;
    while (JSON.stringify(await seats()) !== JSON.stringify(expected) && Date.now() < deadline)
      await new Promise((r) => setTimeout(r, 100));
    assert.deepEqual(await seats(), expected);
  };
  // Newest first by default.
  await waitSeats([8, 5, 3]);
  await page.locator('#subscriptions-sort').selectOption('OLDEST_FIRST');
  await page.waitForURL(/subscriptionsSort=OLDEST_FIRST/);
  await waitSeats([3, 5, 8]);
  // The two active ones end on the same day (ties by creation); the one never activated has no
  // period end and comes last.
  await page.locator('#subscriptions-sort').selectOption('PERIOD_END_ASC');
  await page.waitForURL(/subscriptionsSort=PERIOD_END_ASC/);
  await waitSeats([5, 8, 3]);
  await page.locator('#subscriptions-status').selectOption('ACTIVE');
  await page.waitForURL(/subscriptionsStatus=ACTIVE/);
  await waitSeats([5, 8]);
  await page.reload();
  await subs.first().waitFor();
  await waitSeats([5, 8]);
  assert.equal(await page.locator('#subscriptions-sort').inputValue(), 'PERIOD_END_ASC');
  await page.locator('#subscriptions-status').selectOption('GRACE');
  await page.getByText('Nothing in this list matches the filters.').waitFor();
  assert.equal(await subs.count(), 0);
  await page.context().close();
});

test('refunds in the portal sort by amount; the queue sorts by amount from its menu', async () => {
  const page = await openPage(browser);
  await signIn(page);
  await page.goto(`${baseUrl}/accounts/${encodeURIComponent(ids.account)}/portal/refunds`);
  const rows = page.getByTestId('refund-row');
  await rows.first().waitFor();
  assert.equal(await rows.count(), 2);
  const refundAmounts = ids.orders.slice(1).map((o) => Number(o.refundAmount));
  assert.notEqual(refundAmounts[0], refundAmounts[1]);
  const header = page.getByRole('columnheader', { name: /^Refund amount/ });
  await header.getByRole('button').click();
  await page.waitForURL(/refundsSort=AMOUNT_DESC/);
  const amountCells = rows.locator('td[data-label="Refund amount"]');
  await page.waitForFunction(
    (max) =>
      globalThis.document.querySelector(
        '[data-testid="refund-row"] td[data-label="Refund amount"] .money',
      )?.dataset.amount === max,
    Math.max(...refundAmounts).toFixed(2),
  );
  assert.deepEqual(await amounts(amountCells), sorted(refundAmounts, 'descending'));
  await header.getByRole('button').click();
  await page.waitForURL(/refundsSort=AMOUNT_ASC/);
  await page.waitForFunction(
    (min) =>
      globalThis.document.querySelector(
        '[data-testid="refund-row"] td[data-label="Refund amount"] .money',
      )?.dataset.amount === min,
    Math.min(...refundAmounts).toFixed(2),
  );
  assert.deepEqual(await amounts(amountCells), sorted(refundAmounts, 'ascending'));
  await page.locator('#refunds-status').selectOption('PAID');
  await page.getByText('Nothing in this list matches the filters.').waitFor();
  assert.equal(await rows.count(), 0);

  // The operators' queue: newest request first by default, as every list is; "Oldest first"
  // works it in the order the requests came; the menu also sorts by amount.
  await page.goto(`${baseUrl}/refunds`);
  // The account lives on a test clock: the console shows live accounts until Test mode is on.
  await page.getByRole('switch', { name: 'Test mode' }).check();
  const mine = page.getByTestId('queue-item').filter({ hasText: NAME });
  await mine.first().waitFor();
  const order = () =>
    mine.evaluateAll((items) =>
      items.map((item) => item.querySelector('h2 a')?.getAttribute('href')),
    );
  const waitOrder = async (expected) => {
    const deadline = Date.now() + 20_000;
    while (JSON.stringify(await order()) !== JSON.stringify(expected) && Date.now() < deadline)
      await new Promise((r) => setTimeout(r, 100));
    assert.deepEqual(await order(), expected);
  };
  // Ours were requested in the order of ids.orders: the last requested heads the queue.
  const byRequest = ids.orders.slice(1).map((o) => `/refunds/${encodeURIComponent(o.refundId)}`);
  assert.equal(await page.locator('#refund-queue-sort').inputValue(), 'NEWEST_FIRST');
  assert.ok(!new URL(page.url()).searchParams.has('sort'), page.url());
  await page.getByText(/refunds, newest first/).waitFor();
  await waitOrder([...byRequest].reverse());
  await page.locator('#refund-queue-sort').selectOption('OLDEST_FIRST');
  await page.waitForURL(/sort=OLDEST_FIRST/);
  await page.getByText(/refunds, oldest first/).waitFor();
  await waitOrder(byRequest);
  await page.locator('#refund-queue-sort').selectOption('AMOUNT_DESC');
  await page.waitForURL(/sort=AMOUNT_DESC/);
  // Ours appear largest first (each card links to its refund).
  const byAmount = ids.orders
    .slice(1)
    .sort((a, b) => Number(b.refundAmount) - Number(a.refundAmount))
    .map((o) => `/refunds/${encodeURIComponent(o.refundId)}`);
  await waitOrder(byAmount);
  await page.locator('#refund-queue-sort').selectOption('AMOUNT_ASC');
  await page.waitForURL(/sort=AMOUNT_ASC/);
  await waitOrder([...byAmount].reverse());
  await page.reload();
  assert.equal(await page.locator('#refund-queue-sort').inputValue(), 'AMOUNT_ASC');
  await waitOrder([...byAmount].reverse());
  await page.context().close();
});

test('invoices in the portal: search by title, filter by status, sort by amount from the menu', async () => {
  const page = await openPage(browser);
  await signIn(page);
  await page.goto(`${baseUrl}/accounts/${encodeURIComponent(ids.account)}/portal/invoices`);
  const cards = page.getByTestId('invoice');
  await cards.first().waitFor();
  assert.equal(await cards.count(), 2);
  await page.locator('#invoices-search').fill('no such title');
  await page.waitForURL(/invoicesQ=no/);
  await page.getByText('Nothing in this list matches the filters.').waitFor();
  assert.equal(await cards.count(), 0);
  await page.locator('#invoices-search').fill('列表测试');
  await cards.first().waitFor();
  assert.equal(await cards.count(), 2);
  await page.locator('#invoices-sort').selectOption('AMOUNT_ASC');
  await page.waitForURL(/invoicesSort=AMOUNT_ASC/);
  const invoiceAmounts = async () =>
    cards.evaluateAll((items) =>
      items.map((item) => Number(item.querySelector('dd .money')?.dataset.amount)),
    );
  await page.waitForFunction(() => {
    const values = [
      ...globalThis.document.querySelectorAll('[data-testid="invoice"] dd .money'),
    ].map((e) => Number(e.dataset.amount));
    return values.length >= 2 && values[0] <= values[values.length - 1];
  });
  const ascending = await invoiceAmounts();
  assert.deepEqual(ascending, sorted(ascending, 'ascending'));
  await page.locator('#invoices-sort').selectOption('AMOUNT_DESC');
  await page.waitForURL(/invoicesSort=AMOUNT_DESC/);
  await page.waitForFunction(
    (max) =>
      Number(
        globalThis.document.querySelector('[data-testid="invoice"] dd .money')?.dataset.amount,
      ) === max,
    Math.max(...ascending),
  );
  assert.deepEqual(await invoiceAmounts(), sorted(ascending, 'descending'));
  await page.locator('#invoices-status').selectOption('ISSUED');
  await page.getByText('Nothing in this list matches the filters.').waitFor();
  await page.locator('#invoices-status').selectOption('REQUESTED');
  await cards.first().waitFor();
  assert.equal(await cards.count(), 2);
  await page.reload();
  await cards.first().waitFor();
  assert.equal(await page.locator('#invoices-search').inputValue(), '列表测试');
  assert.equal(await page.locator('#invoices-sort').inputValue(), 'AMOUNT_DESC');
  assert.deepEqual(await invoiceAmounts(), sorted(ascending, 'descending'));
  await page.context().close();
});

test('the journal: the Amount header sorts one account’s lines by signed amount both ways', async () => {
  const page = await openPage(browser);
  await signIn(page);
  await page.goto(`${baseUrl}/journal?account=${encodeURIComponent(ids.account)}`);
  const entries = page.getByTestId('journal-entry');
  await entries.first().waitFor();
  const header = page.getByRole('columnheader', { name: /^Amount/ });
  await header.getByRole('button').click();
  await page.waitForURL(/[?&]sort=AMOUNT_DESC/);
  const cells = entries.locator('td[data-label="Amount"]');
  const waitOrdered = async (direction) => {
    const deadline = Date.now() + 20_000;
    for (;;) {
      const values = await amounts(cells);
      const expected = sorted(values, direction);
      if (values.length > 1 && values.every((v, i) => v === expected[i])) return values;
      if (Date.now() > deadline) assert.deepEqual(values, expected);
      await new Promise((r) => setTimeout(r, 100));
    }
  };
  const descending = await waitOrdered('descending');
  assert.ok(new Set(descending).size > 1, 'lines of different amounts');
  assert.equal(await header.getAttribute('aria-sort'), 'descending');
  await header.getByRole('button').click();
  await page.waitForURL(/[?&]sort=AMOUNT_ASC/);
  const ascending = await waitOrdered('ascending');
  assert.deepEqual(ascending, [...descending].reverse());
  await page.reload();
  await entries.first().waitFor();
  assert.equal(
    await page.getByRole('columnheader', { name: /^Amount/ }).getAttribute('aria-sort'),
    'ascending',
  );
  await screenshotPair(page, 'lists-journal');
  await page.context().close();
});

test('at phone width, where table headers are hidden, the accounts list sorts from a menu', async () => {
  const page = await openPage(browser, { viewport: PHONE });
  await signIn(page);
  await page.goto(`${baseUrl}/accounts?q=${encodeURIComponent(PREFIX)}`);
  const names = () => page.getByTestId('account-row').getByRole('link').allInnerTexts();
  await page.getByTestId('account-row').first().waitFor();
  await page.locator('#accounts-sort').selectOption('NAME_ASC');
  await page.waitForURL(/[?&]sort=NAME_ASC/);
  const expected = ['A', 'b', 'c', 'D'].map((n) => `${PREFIX} ${n}`);
  const deadline = Date.now() + 20_000;
  while (JSON.stringify(await names()) !== JSON.stringify(expected) && Date.now() < deadline)
    await new Promise((r) => setTimeout(r, 100));
  assert.deepEqual(await names(), expected);
  await screenshotPair(page, 'lists-accounts-phone', { fullPage: false });
  // The journal too: its amounts come largest first.
  await page.goto(`${baseUrl}/journal?account=${encodeURIComponent(ids.account)}`);
  await page.getByTestId('journal-entry').first().waitFor();
  await page.locator('#journal-sort').selectOption('AMOUNT_DESC');
  await page.waitForURL(/[?&]sort=AMOUNT_DESC/);
  const cells = page.getByTestId('journal-entry').locator('td[data-label="Amount"]');
  const until = Date.now() + 20_000;
  let values = await amounts(cells);
  // Until the page holds the account's entries (more than one amount), sorted.
  while (
    (new Set(values).size < 2 ||
      JSON.stringify(values) !== JSON.stringify(sorted(values, 'descending'))) &&
    Date.now() < until
  ) {
    await new Promise((r) => setTimeout(r, 100));
    values = await amounts(cells);
  }
  assert.deepEqual(values, sorted(values, 'descending'));
  assert.ok(new Set(values).size > 1, `amounts on the page: ${JSON.stringify(values)}`);
  await page.context().close();
  // On a wide screen the headers sort and the menu is not shown.
  const wide = await openPage(browser);
  await signIn(wide);
  await wide.goto(`${baseUrl}/accounts?q=${encodeURIComponent(PREFIX)}`);
  await wide.getByTestId('account-row').first().waitFor();
  assert.equal(await wide.locator('#accounts-sort').isVisible(), false);
  await wide.goto(`${baseUrl}/journal?account=${encodeURIComponent(ids.account)}`);
  await wide.getByTestId('journal-entry').first().waitFor();
  assert.equal(await wide.locator('#journal-sort').isVisible(), false);
  await wide.context().close();
});

test('search: the refund queue by account name, the journal by account name, the portal’s orders by order id', async () => {
  const page = await openPage(browser);
  await signIn(page);
  // The queue: only this account's two requests once its name is typed.
  await page.goto(`${baseUrl}/refunds`);
  await page.getByRole('switch', { name: 'Test mode' }).check();
  await page.locator('#refund-queue-search').fill(NAME);
  await page.waitForURL(/q=/);
  const cards = page.getByTestId('queue-item');
  const deadline = Date.now() + 20_000;
  while ((await cards.count()) !== 2 && Date.now() < deadline)
    await new Promise((r) => setTimeout(r, 100));
  assert.equal(await cards.count(), 2);
  assert.equal(await cards.filter({ hasText: NAME }).count(), 2);
  await page.locator('#refund-queue-search').fill(`${NAME} no such text`);
  await page.getByText('Nothing in this list matches the filters.').waitFor();

  // The journal: the lines of this account (its two payments' lines that name it; their cash
  // lines name no account), as the API counts them; a reload keeps the search.
  await page.goto(`${baseUrl}/journal`);
  await page.getByRole('switch', { name: 'Test mode' }).check();
  await page.locator('#journal-search').fill(NAME);
  await page.waitForURL(/q=/);
  const expected = (
    await graphql(
      'query ($q: String) { journal(first: 100, search: $q) { totalCount edges { node { id } } } }',
      { q: NAME },
    )
  ).journal;
  assert.ok(expected.totalCount >= 2, `the account's postings: ${expected.totalCount} lines`);
  const lines = page.getByTestId('journal-entry');
  const until = Date.now() + 20_000;
  while ((await lines.count()) !== Math.min(expected.totalCount, 20) && Date.now() < until)
    await new Promise((r) => setTimeout(r, 100));
  assert.equal(await lines.count(), Math.min(expected.totalCount, 20));
  await page.reload();
  assert.equal(await page.locator('#journal-search').inputValue(), NAME);

  // The portal's orders: the 8-seat order by the start of its id.
  const eight = ids.orders.find((o) => o.seats === 8);
  const uuid = Buffer.from(eight.id, 'base64url').toString('utf8').split(':')[1];
  await page.goto(`${baseUrl}/accounts/${encodeURIComponent(ids.account)}/portal/orders`);
  await page.getByTestId('order-row').first().waitFor();
  assert.equal(await page.getByTestId('order-row').count(), 3);
  await page.locator('#orders-search').fill(uuid.slice(0, 8));
  await page.waitForURL(/ordersQ=/);
  const orderRows = page.getByTestId('order-row');
  const by = Date.now() + 20_000;
  while ((await orderRows.count()) !== 1 && Date.now() < by)
    await new Promise((r) => setTimeout(r, 100));
  assert.equal(await orderRows.count(), 1);
  await screenshotPair(page, 'lists-search-orders');
  await page.context().close();
});

test('the portal’s overview: subscriptions newest first, sorted by period end from the menu, filtered by status, kept across a reload', async () => {
  const page = await openPage(browser);
  await signIn(page);
  await page.goto(`${baseUrl}/accounts/${encodeURIComponent(ids.account)}/portal`);
  const cards = page.getByTestId('subscription');
  await cards.first().waitFor();
  const seats = async () =>
    (await cards.getByTestId('seats').allInnerTexts()).map((text) => Number(/\d+/.exec(text)?.[0]));
  const waitSeats = async (expected) => {
    const deadline = Date.now() + 20_000;
    while (JSON.stringify(await seats()) !== JSON.stringify(expected) && Date.now() < deadline)
      await new Promise((r) => setTimeout(r, 100));
    assert.deepEqual(await seats(), expected);
  };
  await waitSeats([8, 5, 3]);
  await page.locator('#subscriptions-sort').selectOption('PERIOD_END_ASC');
  await page.waitForURL(/subscriptionsSort=PERIOD_END_ASC/);
  await waitSeats([5, 8, 3]);
  await page.locator('#subscriptions-status').selectOption('PENDING_ACTIVATION');
  await page.waitForURL(/subscriptionsStatus=PENDING_ACTIVATION/);
  await waitSeats([3]);
  await page.reload();
  await cards.first().waitFor();
  await waitSeats([3]);
  assert.equal(await page.locator('#subscriptions-sort').inputValue(), 'PERIOD_END_ASC');
  await page.locator('#subscriptions-status').selectOption('GRACE');
  await page.getByText('Nothing in this list matches the filters.').waitFor();
  await page.context().close();
});
