// Issue 12, part 2: the console's lists show a change made elsewhere within 5 seconds (they read
// what they show again every 4 seconds while visible), without a reload, without a "Loading…"
// in place of the list, and without losing what is typed or the longer page "Load more" grew.
import assert from 'node:assert/strict';
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
  screenshotPair,
  shanghaiToday,
  signIn,
} from './browser.mjs';

const stamp = Date.now();
/** A change made elsewhere shows within this long. */
const WITHIN = 5_000;
let browser;
before(async () => {
  browser = await launchBrowser();
});
after(async () => {
  await browser?.close();
});

/**
 * Counts, from now on, full-page loads, any "Loading…" shown in the main area and any moment
 * the list's rows (`rows`, a CSS selector) are all gone: a live list refreshes in place.
 */
async function watchSteadiness(page, rows) {
  const state = { reloads: 0 };
  page.on('framenavigated', (frame) => {
    if (frame === page.mainFrame()) state.reloads += 1;
  });
  await page.evaluate((selector) => {
    // Runs in the page: its document and MutationObserver.
    const { document, MutationObserver } = globalThis;
    const seen = { loading: 0, emptied: 0 };
    globalThis.__liveSteadiness = seen;
    new MutationObserver(() => {
      if (document.querySelector('main .loading')) seen.loading += 1;
      if (document.querySelectorAll(selector).length === 0) seen.emptied += 1;
    }).observe(document.body, { childList: true, subtree: true, characterData: true });
  }, rows);
  return {
    async assertSteady() {
      assert.equal(state.reloads, 0, 'the page was reloaded');
      const seen = await page.evaluate(() => globalThis.__liveSteadiness);
      assert.deepEqual(seen, { loading: 0, emptied: 0 }, 'the list was replaced while re-read');
    },
  };
}

/** Waits for `locator` (a change made elsewhere) and asserts it came within 5 seconds. */
async function showsWithin(locator, since, state = 'visible') {
  await locator.waitFor({ state, timeout: WITHIN + 1_000 });
  const took = Date.now() - since;
  assert.ok(took <= WITHIN, `shown after ${took} ms`);
}

async function topUp(accountId, amount, key) {
  const data = await graphql(
    'mutation ($input: TopUpBalanceInput!) { topUpBalance(input: $input) { userErrors { message } } }',
    { input: { accountId, method: 'WECHAT_PAY', amount, idempotencyKey: key } },
  );
  assert.deepEqual(data.topUpBalance.userErrors, []);
}

test('the accounts list shows an account opened elsewhere within 5 seconds, keeping the search, the page "Load more" grew and a name being typed', async () => {
  const prefix = `Live list ${stamp}`;
  for (let n = 1; n <= 21; n += 1) await createAccount(`${prefix} ${String(n).padStart(2, '0')}`);
  const page = await openPage(browser);
  await signIn(page);
  await page.goto(`${baseUrl}/accounts`);
  const search = page.locator('#accounts-search');
  await search.fill(prefix);
  // Applied once typing pauses: the URL says so.
  await page.waitForURL((url) => url.searchParams.get('q') === prefix);
  const rows = page.getByTestId('account-row');
  await expectText(page.locator('caption'), /Showing 20 of 21 accounts/);
  await page.getByRole('button', { name: 'Load more' }).click();
  await expectText(page.locator('caption'), /Showing 21 of 21 accounts/);
  const name = page.getByLabel('New account name');
  await name.fill('Typed, not yet created');
  const steadiness = await watchSteadiness(page, '[data-testid="account-row"]');

  await createAccount(`${prefix} 22`);
  const since = Date.now();
  await showsWithin(rows.filter({ hasText: `${prefix} 22` }), since);
  // Newest first, and the longer page stays: 22 rows, not the first 20 again.
  await expectText(rows.first(), new RegExp(`${prefix} 22`));
  await expectText(page.locator('caption'), /Showing 22 of 22 accounts/);
  assert.equal(await rows.count(), 22);
  assert.equal(await search.inputValue(), prefix);
  assert.equal(await name.inputValue(), 'Typed, not yet created');
  await steadiness.assertSteady();
  await screenshotPair(page, 'live-list-accounts');
  await page.context().close();
});

test('the audit trail shows what was done elsewhere within 5 seconds, keeping its search and an object id being typed', async () => {
  const account = await createAccount(`Live audit ${stamp}`);
  await topUp(account.id, '12.00', `live-lists-${stamp}-audit-1`);
  const page = await openPage(browser);
  await signIn(page);
  // The account's name finds the entries about it (its top-ups).
  await page.goto(`${baseUrl}/audit?q=${encodeURIComponent(account.name)}`);
  const entries = page.getByTestId('audit-entry');
  await expectText(page.locator('caption'), /\b2 of 2 entries/);
  await expectText(entries.first(), /Topped up balance/);
  // The account's own creation is found by its name too: the first entry of its trail.
  await expectText(entries.last(), /Created account/);
  const search = page.getByRole('search', { name: 'Choose the object' }).getByLabel('Search');
  assert.equal(await search.inputValue(), account.name);
  const objectId = page.getByLabel('Object id');
  await objectId.fill('typed-not-shown');
  const steadiness = await watchSteadiness(page, '[data-testid="audit-entry"]');

  await topUp(account.id, '34.00', `live-lists-${stamp}-audit-2`);
  await showsWithin(entries.nth(2), Date.now());
  await expectText(page.locator('caption'), /\b3 of 3 entries/);
  await expectText(entries.first(), /34\.00/);
  assert.equal(await search.inputValue(), account.name);
  assert.equal(await objectId.inputValue(), 'typed-not-shown');
  await steadiness.assertSteady();
  await screenshotPair(page, 'live-list-audit');
  await page.context().close();
});

test('the journal shows a posting made elsewhere within 5 seconds, keeping its search and an account id being typed', async () => {
  const account = await createAccount(`Live journal ${stamp}`);
  await topUp(account.id, '10.00', `live-lists-${stamp}-journal-1`);
  const page = await openPage(browser);
  await signIn(page);
  await page.goto(`${baseUrl}/journal`);
  const search = page.locator('#journal-search');
  await search.fill(account.name);
  await page.waitForURL((url) => url.searchParams.get('q') === account.name);
  const entries = page.getByTestId('journal-entry');
  await expectText(entries.first(), /10\.00/);
  const lines = await entries.count();
  const accountId = page.getByLabel('Account id');
  await accountId.fill('typed-not-shown');
  const steadiness = await watchSteadiness(page, '[data-testid="journal-entry"]');

  await topUp(account.id, '76.54', `live-lists-${stamp}-journal-2`);
  const since = Date.now();
  await showsWithin(entries.filter({ hasText: '76.54' }).first(), since);
  await expectText(entries.first(), /76\.54/);
  assert.ok((await entries.count()) > lines);
  assert.equal(await search.inputValue(), account.name);
  assert.equal(await accountId.inputValue(), 'typed-not-shown');
  await steadiness.assertSteady();
  await screenshotPair(page, 'live-list-journal');
  await page.context().close();
});

test('the API tokens show a token made and one revoked elsewhere within 5 seconds, keeping a name being typed', async () => {
  const account = await createAccount(`Live tokens ${stamp}`);
  const make = async (name) => {
    const data = await graphql(
      'mutation ($input: CreateApiTokenInput!) { createApiToken(input: $input) { apiToken { id } userErrors { message } } }',
      { input: { accountId: account.id, role: 'CUSTOMER_MEMBER', name } },
    );
    assert.deepEqual(data.createApiToken.userErrors, []);
    return data.createApiToken.apiToken.id;
  };
  const first = await make(`First ${stamp}`);
  const page = await openPage(browser);
  await signIn(page);
  await page.goto(`${baseUrl}/api-tokens?account=${encodeURIComponent(account.id)}`);
  const tokens = page.getByTestId('api-token');
  const row = (name) => tokens.filter({ hasText: name });
  await expectText(row(`First ${stamp}`), /Active/);
  const name = page.getByLabel('Name', { exact: true });
  await name.fill('Typed, not yet made');
  const steadiness = await watchSteadiness(page, '[data-testid="api-token"]');

  await make(`Second ${stamp}`);
  await showsWithin(row(`Second ${stamp}`), Date.now());
  const revoked = await graphql(
    'mutation ($id: ID!) { revokeApiToken(input: { id: $id }) { userErrors { message } } }',
    { id: first },
  );
  assert.deepEqual(revoked.revokeApiToken.userErrors, []);
  await showsWithin(
    row(`First ${stamp}`).filter({ has: page.getByText('Revoked', { exact: true }) }),
    Date.now(),
  );
  assert.equal(await name.inputValue(), 'Typed, not yet made');
  await steadiness.assertSteady();
  await screenshotPair(page, 'live-list-tokens');
  await page.context().close();
});

test('the webhook endpoints and an endpoint’s deliveries show what was made elsewhere within 5 seconds, keeping a URL being typed', async () => {
  const account = await createAccount(`Live webhooks ${stamp}`);
  const create = async (path) => {
    const data = await graphql(
      'mutation ($input: CreateWebhookEndpointInput!) { createWebhookEndpoint(input: $input) { endpoint { id } userErrors { message } } }',
      { input: { accountId: account.id, url: `http://127.0.0.1:9/${path}`, eventTypes: [] } },
    );
    assert.deepEqual(data.createWebhookEndpoint.userErrors, []);
    return data.createWebhookEndpoint.endpoint.id;
  };
  await create(`first-${stamp}`);
  const page = await openPage(browser);
  await signIn(page);
  await page.goto(`${baseUrl}/webhooks?account=${encodeURIComponent(account.id)}`);
  const endpoints = page.getByTestId('webhook-endpoint');
  await endpoints.filter({ hasText: `first-${stamp}` }).waitFor();
  const url = page.getByTestId('create-webhook').getByLabel('URL');
  await url.fill('https://typed.example/not-yet');
  const steadiness = await watchSteadiness(page, '[data-testid="webhook-endpoint"]');

  const second = await create(`second-${stamp}`);
  await showsWithin(endpoints.filter({ hasText: `second-${stamp}` }), Date.now());
  await expectText(endpoints.first(), new RegExp(`second-${stamp}`));
  assert.equal(await url.inputValue(), 'https://typed.example/not-yet');
  await steadiness.assertSteady();
  await screenshotPair(page, 'live-list-webhooks');

  // The endpoint's page: a test event sent elsewhere shows among its deliveries.
  await page.goto(`${baseUrl}/webhooks/${encodeURIComponent(second)}`);
  await page.getByRole('heading', { name: 'Deliveries' }).waitFor();
  await page.waitForLoadState('networkidle');
  const sent = await graphql(
    'mutation ($id: ID!) { sendTestWebhookEvent(input: { endpointId: $id }) { userErrors { message } } }',
    { id: second },
  );
  assert.deepEqual(sent.sendTestWebhookEvent.userErrors, []);
  await showsWithin(page.getByTestId('webhook-delivery').first(), Date.now());
  await page.context().close();
});

/**
 * Through the API: an account on its own test clock (2024-01-31) that paid an order and asked
 * for its invoice, due 45 working days later (2024-04-09, R-INV-2).
 */
async function requestedInvoice(name, key) {
  const clock = await graphql(
    'mutation ($name: String!) { createTestClock(input: { name: $name, frozenAt: "2024-01-31T10:00:00+08:00" }) { testClock { id } } }',
    { name: `${name} clock` },
  );
  const clockId = clock.createTestClock.testClock.id;
  const created = await graphql(
    'mutation ($name: String!, $clock: ID) { createAccount(input: { name: $name, testClockId: $clock }) { account { id } } }',
    { name, clock: clockId },
  );
  const accountId = created.createAccount.account.id;
  await graphql(
    'mutation ($id: ID!, $name: String!) { submitVerification(input: { accountId: $id, verifiedName: $name, documents: ["licence.pdf"] }) { userErrors { message } } }',
    { id: accountId, name },
  );
  await graphql(
    'mutation ($id: ID!) { approveVerification(input: { accountId: $id }) { userErrors { message } } }',
    { id: accountId },
  );
  const opened = await graphql(
    'mutation ($input: OpenSubscriptionInput!) { openSubscription(input: $input) { order { id total { amount } } userErrors { message } } }',
    {
      input: {
        accountId,
        productCode: 'QIDIAN',
        planCode: 'SEATS',
        seats: 3,
        years: 1,
        idempotencyKey: `${key}-open`,
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
        idempotencyKey: `${key}-pay`,
      },
    },
  );
  assert.deepEqual(paid.payOrder.userErrors, []);
  const requested = await graphql(
    'mutation ($input: RequestInvoiceInput!) { requestInvoice(input: $input) { invoice { id } userErrors { message } } }',
    {
      input: {
        paymentId: paid.payOrder.payment.id,
        title: name,
        type: 'GENERAL',
        idempotencyKey: `${key}-invoice`,
      },
    },
  );
  assert.deepEqual(requested.requestInvoice.userErrors, []);
  const advance = async () => {
    const advanced = await graphql(
      'mutation ($id: ID!) { advanceTestClock(input: { id: $id, to: "2024-04-12T10:00:00+08:00" }) { userErrors { message } } }',
      { id: clockId },
    );
    assert.deepEqual(advanced.advanceTestClock.userErrors, []);
  };
  return { invoiceId: requested.requestInvoice.invoice.id, advance };
}

test('R-INV-2 the overdue invoices show one falling overdue and drop one issued elsewhere within 5 seconds, keeping a fapiao number being typed', async () => {
  const earlier = { name: `Live overdue A ${stamp}` };
  const later = { name: `Live overdue B ${stamp}` };
  Object.assign(earlier, await requestedInvoice(earlier.name, `live-lists-${stamp}-a`));
  Object.assign(later, await requestedInvoice(later.name, `live-lists-${stamp}-b`));
  await earlier.advance();
  const page = await openPage(browser);
  await signIn(page);
  await page.goto(`${baseUrl}/overdue-invoices`);
  await page.getByRole('heading', { name: 'Overdue invoices' }).waitFor();
  // Both accounts live on test clocks: their invoices show in Test mode.
  await page.getByRole('switch', { name: 'Test mode' }).check();
  const item = (name) => page.getByTestId('overdue-invoice').filter({ hasText: name });
  await expectText(item(earlier.name), /3 days overdue/);
  const number = item(earlier.name).getByLabel('Fapiao number');
  await number.fill('1234');
  const steadiness = await watchSteadiness(page, '[data-testid="overdue-invoice"]');

  // The other account's clock moves past its due date: its invoice joins the list.
  await later.advance();
  await showsWithin(item(later.name), Date.now());
  await expectText(item(later.name), /3 days overdue/);
  assert.equal(await number.inputValue(), '1234');
  await steadiness.assertSteady();
  await screenshotPair(page, 'live-list-overdue-invoices');

  // Issued by another operator: it leaves the list.
  const issued = await graphql(
    'mutation ($input: IssueInvoiceInput!) { issueInvoice(input: $input) { userErrors { message } } }',
    {
      input: {
        invoiceId: later.invoiceId,
        number: `9${String(stamp).padStart(19, '0')}`,
        issuedOn: '2024-04-12',
        idempotencyKey: `live-lists-${stamp}-issue`,
      },
    },
  );
  assert.deepEqual(issued.issueInvoice.userErrors, []);
  await showsWithin(item(later.name), Date.now(), 'detached');
  await page.context().close();
});

test('R-PAY-5 the postpaid bills show a bill issued and then paid elsewhere within 5 seconds, keeping an order search being typed', async () => {
  const account = await createAccount(`Live bills ${stamp}`);
  const token = await createToken(account.id, 'CUSTOMER_ADMIN');
  const page = await openPage(browser);
  await signIn(page, token);
  await page
    .getByRole('navigation', { name: 'Account sections' })
    .getByRole('link', { name: 'Orders' })
    .click();
  const search = page.locator('#orders-search');
  await search.fill('typed order search');
  await page.waitForURL((url) => url.searchParams.get('ordersQ') === 'typed order search');
  await page.getByText('Nothing in this list matches the filters.').waitFor();
  const bills = page.getByTestId('postpaid-bill');
  assert.equal(await bills.count(), 0);

  // Two months back: issued (on the 1st of the month after) before today, on the real clock.
  const now = new Date();
  const billed = new Date(Date.UTC(now.getUTCFullYear(), now.getUTCMonth() - 2, 1));
  const month = billed.toISOString().slice(0, 7);
  const issued = await graphql(
    'mutation ($input: IssuePostpaidBillInput!) { issuePostpaidBill(input: $input) { postpaidBill { id outstanding { amount } } userErrors { message } } }',
    {
      input: {
        accountId: account.id,
        month,
        lines: [{ description: `SMS ${stamp}`, amount: '60.00' }],
        idempotencyKey: `live-lists-${stamp}-bill`,
      },
    },
  );
  assert.deepEqual(issued.issuePostpaidBill.userErrors, []);
  const bill = bills.filter({ hasText: `SMS ${stamp}` });
  await showsWithin(bill, Date.now());
  const steadiness = await watchSteadiness(page, '[data-testid="postpaid-bill"]');
  // Paid from elsewhere (another administrator, the operator): the bill says so.
  const { id, outstanding } = issued.issuePostpaidBill.postpaidBill;
  const paid = await graphql(
    'mutation ($input: PayPostpaidBillInput!) { payPostpaidBill(input: $input) { userErrors { message } } }',
    {
      input: {
        billId: id,
        method: 'BANK_CARD',
        amount: outstanding.amount,
        idempotencyKey: `live-lists-${stamp}-bill-pay`,
      },
    },
  );
  assert.deepEqual(paid.payPostpaidBill.userErrors, []);
  await showsWithin(bill.filter({ has: page.getByText('Paid', { exact: true }) }), Date.now());
  assert.equal(await search.inputValue(), 'typed order search');
  await steadiness.assertSteady();
  await screenshotPair(page, 'live-list-postpaid-bills');
  await page.context().close();
});

/** The database id inside a global id (what the lists' searches match: "order id"). */
function localId(globalId) {
  return Buffer.from(globalId, 'base64url').toString('utf8').split(':')[1];
}

async function operatorPage() {
  const page = await openPage(browser);
  await signIn(page);
  return page;
}

async function customerPage(accountId) {
  const page = await openPage(browser);
  await signIn(page, await createToken(accountId, 'CUSTOMER_ADMIN'));
  await page.getByRole('navigation', { name: 'Account sections' }).waitFor();
  return page;
}

test('the portal’s orders and payments and the order’s journal show a payment made elsewhere within 5 seconds, keeping the order search being typed', async () => {
  const account = await createAccount(`Live portal orders ${stamp}`);
  const opened = await graphql(
    'mutation ($input: OpenSubscriptionInput!) { openSubscription(input: $input) { order { id total { amount } } userErrors { message } } }',
    {
      input: {
        accountId: account.id,
        productCode: 'QIDIAN',
        planCode: 'SEATS',
        seats: 3,
        years: 1,
        idempotencyKey: `live-lists-${stamp}-portal-open`,
      },
    },
  );
  assert.deepEqual(opened.openSubscription.userErrors, []);
  const order = opened.openSubscription.order;
  const page = await customerPage(account.id);
  await page.goto(`${baseUrl}/my-account/orders`);
  // Searched by the order's id (its first characters), as a customer quoting it would.
  const typed = localId(order.id).slice(0, 8);
  const search = page.locator('#orders-search');
  await search.fill(typed);
  await page.waitForURL((url) => url.searchParams.get('ordersQ') === typed);
  const rows = page.getByTestId('order-row');
  await expectText(rows.first(), /Awaiting payment/);
  assert.equal(await rows.count(), 1);
  await page.getByText('No payments yet').or(page.getByTestId('payment-row')).first().waitFor();
  const payments = page.getByTestId('payment-row');
  assert.equal(await payments.count(), 0);
  const amount = page.getByLabel('Amount (¥)');
  await amount.fill('12.34');
  const steadiness = await watchSteadiness(page, '[data-testid="order-row"]');
  // The operator's view of the order, with its journal lines (none before the payment).
  const operator = await operatorPage();
  await operator.goto(`${baseUrl}/orders/${encodeURIComponent(order.id)}`);
  await operator.getByRole('heading', { name: 'Journal entries' }).waitFor();
  await operator.waitForLoadState('networkidle');
  assert.equal(await operator.getByTestId('journal-entry').count(), 0);

  const paid = await graphql(
    'mutation ($input: PayOrderInput!) { payOrder(input: $input) { userErrors { message } } }',
    {
      input: {
        orderId: order.id,
        method: 'ALIPAY',
        amount: order.total.amount,
        idempotencyKey: `live-lists-${stamp}-portal-pay`,
      },
    },
  );
  assert.deepEqual(paid.payOrder.userErrors, []);
  const since = Date.now();
  await showsWithin(rows.filter({ has: page.getByText('Paid', { exact: true }) }), since);
  await showsWithin(payments.first(), since);
  await showsWithin(operator.getByTestId('journal-entry').first(), since);
  assert.equal(await rows.count(), 1);
  assert.equal(await search.inputValue(), typed);
  assert.equal(await amount.inputValue(), '12.34');
  await steadiness.assertSteady();
  await screenshotPair(page, 'live-list-portal-orders');
  await operator.context().close();
  await page.context().close();
});

test('the portal’s refunds show a refund requested and then approved elsewhere within 5 seconds, keeping the refund search being typed', async () => {
  const { accountId, orderId } = await activeSubscription({
    name: `Live portal refunds ${stamp}`,
    key: `live-lists-${stamp}-refunds`,
  });
  const page = await customerPage(accountId);
  await page.goto(`${baseUrl}/my-account/refunds`);
  // Searched by the order's id: nothing yet.
  const typed = localId(orderId).slice(0, 8);
  const search = page.locator('#refunds-search');
  await search.fill(typed);
  await page.waitForURL((url) => url.searchParams.get('refundsQ') === typed);
  await page.getByText('Nothing in this list matches the filters.').waitFor();
  const rows = page.getByTestId('refund-row');

  const requested = await graphql(
    'mutation ($input: RequestRefundInput!) { requestRefund(input: $input) { refund { id } userErrors { message } } }',
    {
      input: {
        orderId,
        reason: 'NO_REASON',
        idempotencyKey: `live-lists-${stamp}-refund`,
      },
    },
  );
  assert.deepEqual(requested.requestRefund.userErrors, []);
  await showsWithin(rows.filter({ hasText: 'Requested' }), Date.now());
  const steadiness = await watchSteadiness(page, '[data-testid="refund-row"]');
  const approved = await graphql(
    'mutation ($id: ID!) { approveRefund(input: { refundId: $id }) { userErrors { message } } }',
    { id: requested.requestRefund.refund.id },
  );
  assert.deepEqual(approved.approveRefund.userErrors, []);
  await showsWithin(rows.filter({ has: page.getByText('Approved', { exact: true }) }), Date.now());
  assert.equal(await rows.count(), 1);
  assert.equal(await search.inputValue(), typed);
  await steadiness.assertSteady();
  await screenshotPair(page, 'live-list-portal-refunds');
  await page.context().close();
});

test('R-INV-1 the portal’s invoices and the console’s Invoices page show an invoice requested and issued elsewhere within 5 seconds, keeping their searches being typed', async () => {
  const name = `Live invoices ${stamp}`;
  const { accountId } = await activeSubscription({ name, key: `live-lists-${stamp}-invoices` });
  const payment = await graphql(
    'query ($id: ID!) { account(id: $id) { payments(first: 1) { edges { node { id } } } } }',
    { id: accountId },
  );
  const paymentId = payment.account.payments.edges[0].node.id;
  // The customer's portal, searched by the invoice's title (the verified name).
  const page = await customerPage(accountId);
  await page.goto(`${baseUrl}/my-account/invoices`);
  const search = page.locator('#invoices-search');
  await search.fill(name);
  await page.waitForURL((url) => url.searchParams.get('invoicesQ') === name);
  await page.getByText('Nothing in this list matches the filters.').waitFor();
  const invoices = page.getByTestId('invoice');
  // The console's list of every invoice, searched by the account's name.
  const operator = await operatorPage();
  await operator.goto(`${baseUrl}/invoices`);
  const operatorSearch = operator.locator('#all-invoices-search');
  await operatorSearch.fill(name);
  await operator.waitForURL((url) => url.searchParams.get('q') === name);
  await operator.getByText('Nothing in this list matches the filters.').waitFor();
  const rows = operator.getByTestId('invoice-row');

  const requested = await graphql(
    'mutation ($input: RequestInvoiceInput!) { requestInvoice(input: $input) { invoice { id } userErrors { message } } }',
    {
      input: {
        paymentId,
        title: name,
        type: 'GENERAL',
        idempotencyKey: `live-lists-${stamp}-invoice`,
      },
    },
  );
  assert.deepEqual(requested.requestInvoice.userErrors, []);
  const since = Date.now();
  await showsWithin(invoices.filter({ hasText: 'Requested' }), since);
  await showsWithin(rows.filter({ hasText: 'Requested' }), since);
  const steadiness = await watchSteadiness(page, '[data-testid="invoice"]');
  const operatorSteadiness = await watchSteadiness(operator, '[data-testid="invoice-row"]');
  // Issued elsewhere (another operator): both lists say so.
  const issued = await graphql(
    'mutation ($input: IssueInvoiceInput!) { issueInvoice(input: $input) { userErrors { message } } }',
    {
      input: {
        invoiceId: requested.requestInvoice.invoice.id,
        number: `8${String(stamp).padStart(19, '0')}`,
        // The Shanghai business date: the UTC date is a day behind from 16:00 UTC.
        issuedOn: shanghaiToday(),
        idempotencyKey: `live-lists-${stamp}-invoice-issue`,
      },
    },
  );
  assert.deepEqual(issued.issueInvoice.userErrors, []);
  const issuedAt = Date.now();
  await showsWithin(invoices.filter({ has: page.getByText('Issued', { exact: true }) }), issuedAt);
  await showsWithin(rows.filter({ has: operator.getByText('Issued', { exact: true }) }), issuedAt);
  assert.equal(await search.inputValue(), name);
  assert.equal(await operatorSearch.inputValue(), name);
  await steadiness.assertSteady();
  await operatorSteadiness.assertSteady();
  await screenshotPair(page, 'live-list-portal-invoices');
  await screenshotPair(operator, 'live-list-invoices');
  await operator.context().close();
  await page.context().close();
});

test('the account page’s payment journal shows a top-up made elsewhere within 5 seconds, keeping an order search being typed', async () => {
  const account = await createAccount(`Live account journal ${stamp}`);
  await topUp(account.id, '10.00', `live-lists-${stamp}-account-journal-1`);
  const page = await operatorPage();
  await page.goto(`${baseUrl}/accounts/${encodeURIComponent(account.id)}`);
  await page.getByRole('heading', { name: 'Journal of the payments' }).waitFor();
  const entries = page.getByTestId('journal-entry');
  await expectText(entries.first(), /10\.00/);
  const lines = await entries.count();
  const search = page.locator('#orders-search');
  await search.fill('typed order search');
  await page.waitForURL((url) => url.searchParams.get('ordersQ') === 'typed order search');
  const steadiness = await watchSteadiness(page, '[data-testid="journal-entry"]');

  await topUp(account.id, '65.43', `live-lists-${stamp}-account-journal-2`);
  await showsWithin(entries.filter({ hasText: '65.43' }).first(), Date.now());
  assert.ok((await entries.count()) > lines);
  assert.equal(await search.inputValue(), 'typed order search');
  await steadiness.assertSteady();
  await screenshotPair(page, 'live-list-account-journal');
  await page.context().close();
});

test('the test clocks show a clock advanced elsewhere within 5 seconds, keeping a clock name being typed', async () => {
  const created = await graphql(
    'mutation ($name: String!) { createTestClock(input: { name: $name, frozenAt: "2024-01-31T10:00:00+08:00" }) { testClock { id } } }',
    { name: `Live clock ${stamp}` },
  );
  const clockId = created.createTestClock.testClock.id;
  const page = await operatorPage();
  await page.goto(`${baseUrl}/test-clocks?clock=${encodeURIComponent(clockId)}`);
  const today = page.getByTestId('clock-today');
  await expectText(today, /Jan 31, 2024/);
  const name = page.getByLabel('Name', { exact: true }).first();
  await name.fill('Typed, not yet created');

  const advanced = await graphql(
    'mutation ($id: ID!) { advanceTestClock(input: { id: $id, to: "2024-02-15T10:00:00+08:00" }) { userErrors { message } } }',
    { id: clockId },
  );
  assert.deepEqual(advanced.advanceTestClock.userErrors, []);
  await showsWithin(today.filter({ hasText: 'Feb 15, 2024' }), Date.now());
  assert.equal(await name.inputValue(), 'Typed, not yet created');

  // An account made on the clock elsewhere, with a subscription: its card shows on the clock.
  const accountName = `Live clock account ${stamp}`;
  const account = await graphql(
    'mutation ($name: String!, $clock: ID) { createAccount(input: { name: $name, testClockId: $clock }) { account { id } } }',
    { name: accountName, clock: clockId },
  );
  const opened = await graphql(
    'mutation ($input: OpenSubscriptionInput!) { openSubscription(input: $input) { userErrors { message } } }',
    {
      input: {
        accountId: account.createAccount.account.id,
        productCode: 'QIDIAN',
        planCode: 'SEATS',
        seats: 7,
        years: 1,
        idempotencyKey: `live-clock-open-${stamp}`,
      },
    },
  );
  assert.deepEqual(opened.openSubscription.userErrors, []);
  const since = Date.now();
  const card = page.getByTestId('clock-account').filter({ hasText: accountName });
  await showsWithin(card, since);
  await showsWithin(card.getByTestId('seats').filter({ hasText: '7' }), since);
  assert.equal(await name.inputValue(), 'Typed, not yet created');
  await page.context().close();
});
