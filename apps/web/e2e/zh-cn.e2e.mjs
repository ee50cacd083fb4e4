// In zh-CN no English word is left on any console or portal page, with real
// data on every page (an activated subscription, a paid order, a refund, an invoice, a test
// clock). Ids, rule ids and codes (R-SEAT-3, EQQ-2010), amounts, dates, emails and the short
// allow-list below are stripped before looking for Latin words.
import assert from 'node:assert/strict';
import http from 'node:http';
import { after, before, test } from 'node:test';
import {
  baseUrl,
  createToken,
  graphql,
  launchBrowser,
  openPage,
  screenshot,
  signIn,
} from './browser.mjs';

let browser;
const stamp = Date.now();
// The account's own name is user data (shown as typed): it is written in Chinese here so that
// every Latin word left on a page is the client's or the API's wording.
const accountName = `上海示例贸易有限公司 ${stamp}`;
const ids = {};
const key = (what) => `zh-${what}-${stamp}`;

/**
 * Words that stay Latin in Chinese, each for a reason: product and file-format names with no
 * Chinese name, and the language picker, which names each language in itself.
 */
const ALLOWED = new Set([
  'English', // the language picker offers English in English, as language pickers do
  'API', // "API 令牌": the product's own term, as on the API tokens page
  'ID', // "ID" is how Chinese software writes an identifier
  'GraphQL', // the playground link names the protocol
  'CSV', // the export file format
  'Excel', // the spreadsheet the CSV export is made for
  'PDF', // the fapiao document format
  'QQ', // 企业QQ: the brand keeps its Latin letters in Chinese
  'Webhook', // "Webhook 端点": the protocol's name, as Chinese developer documentation writes it
]);

/**
 * Names written as the operator types them elsewhere: the environment variable that holds the
 * bootstrap token (its Chinese name comes first, the variable in parentheses).
 */
const KEPT_CODES = ['BILLING_BOOTSTRAP_TOKEN'];

/**
 * Names and notes users gave (accounts, test clocks, refund notes): user data, shown as typed. Other browser test files
 * share the API and name theirs in English, so every name the operator can see is left out.
 */
let userNames = [];

async function loadUserNames() {
  const names = [];
  let after = null;
  for (;;) {
    const data = await graphql(
      'query ($after: String) { accounts(first: 100, after: $after) { edges { node { name verifiedName } } pageInfo { hasNextPage endCursor } } testClocks { name } }',
      { after },
    );
    for (const { node } of data.accounts.edges) names.push(node.name, node.verifiedName);
    for (const clock of data.testClocks) names.push(clock.name);
    if (!data.accounts.pageInfo.hasNextPage) break;
    after = data.accounts.pageInfo.endCursor;
  }
  // Notes typed on refunds (the customer's request, the operator's review).
  after = null;
  for (;;) {
    const data = await graphql(
      'query ($after: String) { refunds(first: 100, after: $after) { edges { node { note decisionNote } } pageInfo { hasNextPage endCursor } } }',
      { after },
    );
    for (const { node } of data.refunds.edges) names.push(node.note, node.decisionNote);
    if (!data.refunds.pageInfo.hasNextPage) break;
    after = data.refunds.pageInfo.endCursor;
  }
  // Names given to API tokens.
  after = null;
  for (;;) {
    const data = await graphql(
      'query ($after: String) { apiTokens(first: 100, after: $after) { edges { node { name } } pageInfo { hasNextPage endCursor } } }',
      { after },
    );
    for (const { node } of data.apiTokens.edges) names.push(node.name);
    if (!data.apiTokens.pageInfo.hasNextPage) break;
    after = data.apiTokens.pageInfo.endCursor;
  }
  // What webhook endpoints are for, in their owners' words.
  after = null;
  for (;;) {
    const data = await graphql(
      'query ($after: String) { webhookEndpoints(first: 100, after: $after) { edges { node { description } } pageInfo { hasNextPage endCursor } } }',
      { after },
    );
    for (const { node } of data.webhookEndpoints.edges) names.push(node.description);
    if (!data.webhookEndpoints.pageInfo.hasNextPage) break;
    after = data.webhookEndpoints.pageInfo.endCursor;
  }
  userNames = names.filter(Boolean).sort((a, b) => b.length - a.length);
}

/** The visible text of the page without ids, codes, amounts, dates, emails and allowed words. */
function englishWords(text) {
  let named = text;
  for (const name of userNames) named = named.split(name).join(' ');
  for (const code of KEPT_CODES) named = named.split(code).join(' ');
  const stripped = named
    // event types as integrations name them (order.paid, refund.paid_out), shown on hover
    .replace(/\b[a-z]+\.[a-z_]+\b/g, ' ')
    // rule ids and price book ids: R-SEAT-3, EQQ-2010 (a code written with underscores, such as
    // an untranslated status AWAITING_PAYMENT or role CUSTOMER_ADMIN, is English left over)
    .replace(/\b[A-Z][A-Z0-9]*(?:-[A-Z0-9]+)+\b/g, ' ')
    // time zone ids (Asia/Shanghai) and file names the user gave (营业执照.pdf)
    .replace(/\b[A-Z][a-z]+\/[A-Z][a-z_]+\b/g, ' ')
    .replace(/\S+\.(?:pdf|png|jpg|txt)\b/gi, ' ')
    // emails, urls and paths
    .replace(/\S+@\S+/g, ' ')
    .replace(/https?:\/\/\S+/g, ' ')
    .replace(/(?:^|\s)\/\S*/g, ' ')
    // uuids (their groups may hold no digit) and other ids: any token holding a digit
    .replace(/[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}/gi, ' ')
    // provider references, masked secrets and other lower-case identifiers written with
    // underscores (sbx_alipay_…, whsec_…UkTM)
    .replace(/\b[a-z][a-z0-9]*_\S*/g, ' ')
    .replace(/\b\w*\d\w*\b/g, ' ');
  const words = stripped.match(/[A-Za-z]{2,}/g) ?? [];
  return [...new Set(words.filter((word) => !ALLOWED.has(word)))];
}

/**
 * What a reader meets on the page: its visible text, its title, and the words read out or shown
 * on hover and in empty fields (aria-label, title, placeholder, alt), one per line.
 */
async function visibleText(page) {
  return page.evaluate(() => {
    const { document } = globalThis;
    const attributes = [...document.querySelectorAll('[aria-label], [title], [placeholder], [alt]')]
      .flatMap((element) =>
        ['aria-label', 'title', 'placeholder', 'alt'].map((name) => element.getAttribute(name)),
      )
      .filter(Boolean);
    return [document.title, document.body.innerText, ...attributes].join('\n');
  });
}

/** Opens `path` in zh-CN, waits for its data, and returns the lines holding English words. */
async function leftovers(page, path, ready) {
  const separator = path.includes('?') ? '&' : '?';
  await page.goto(`${baseUrl}${path}${separator}lang=zh-CN`);
  await ready(page).first().waitFor();
  await page.waitForLoadState('networkidle');
  const lines = (await visibleText(page)).split('\n');
  return lines
    .map((line) => ({ line: line.trim(), words: englishWords(line) }))
    .filter(({ words }) => words.length > 0)
    .map(({ line, words }) => `${words.join(' ')} ← “${line.slice(0, 160)}”`);
}

/** A webhook receiver on 127.0.0.1 answering in Chinese (its answer is shown as it is). */
let receiver;

before(async () => {
  browser = await launchBrowser();
  receiver = http.createServer((request, response) => {
    request.resume();
    request.on('end', () => {
      response.setHeader('content-type', 'text/plain; charset=utf-8');
      response.end('已收到');
    });
  });
  await new Promise((resolve) => receiver.listen(0, '127.0.0.1', resolve));
  const clock = await graphql(
    'mutation ($name: String!) { createTestClock(input: { name: $name, frozenAt: "2024-03-04T10:00:00+08:00" }) { testClock { id } } }',
    { name: `测试时钟 ${stamp}` },
  );
  ids.clock = clock.createTestClock.testClock.id;
  const created = await graphql(
    'mutation ($name: String!, $clock: ID) { createAccount(input: { name: $name, testClockId: $clock }) { account { id } } }',
    { name: accountName, clock: ids.clock },
  );
  ids.account = created.createAccount.account.id;
  await graphql(
    'mutation ($id: ID!, $name: String!) { submitVerification(input: { accountId: $id, verifiedName: $name, documents: ["营业执照.pdf"] }) { userErrors { message } } }',
    { id: ids.account, name: accountName },
  );
  await graphql(
    'mutation ($id: ID!) { approveVerification(input: { accountId: $id }) { userErrors { message } } }',
    { id: ids.account },
  );
  const opened = await graphql(
    'mutation ($input: OpenSubscriptionInput!) { openSubscription(input: $input) { order { id total { amount } } subscription { id } userErrors { message } } }',
    {
      input: {
        accountId: ids.account,
        productCode: 'QIDIAN',
        planCode: 'SEATS',
        seats: 3,
        years: 1,
        idempotencyKey: key('open'),
      },
    },
  );
  ids.order = opened.openSubscription.order.id;
  ids.subscription = opened.openSubscription.subscription.id;
  // A webhook endpoint of the account: its paid order is delivered, and a test event too.
  const endpoint = await graphql(
    'mutation ($input: CreateWebhookEndpointInput!) { createWebhookEndpoint(input: $input) { endpoint { id } userErrors { message } } }',
    {
      input: {
        accountId: ids.account,
        url: `http://127.0.0.1:${receiver.address().port}/hooks`,
        eventTypes: ['order.paid'],
        description: `财务系统回调 ${stamp}`,
      },
    },
  );
  assert.deepEqual(endpoint.createWebhookEndpoint.userErrors, []);
  ids.endpoint = endpoint.createWebhookEndpoint.endpoint.id;
  const paid = await graphql(
    'mutation ($input: PayOrderInput!) { payOrder(input: $input) { payment { id } userErrors { message } } }',
    {
      input: {
        orderId: ids.order,
        method: 'ALIPAY',
        amount: opened.openSubscription.order.total.amount,
        idempotencyKey: key('pay'),
      },
    },
  );
  assert.deepEqual(paid.payOrder.userErrors, []);
  const activated = await graphql(
    'mutation ($id: ID!) { activateSubscription(input: { subscriptionId: $id }) { userErrors { message } } }',
    { id: ids.subscription },
  );
  assert.deepEqual(activated.activateSubscription.userErrors, []);
  const invoice = await graphql(
    'mutation ($input: RequestInvoiceInput!) { requestInvoice(input: $input) { userErrors { message } } }',
    {
      input: {
        paymentId: paid.payOrder.payment.id,
        title: accountName,
        type: 'GENERAL',
        idempotencyKey: key('invoice'),
      },
    },
  );
  assert.deepEqual(invoice.requestInvoice.userErrors, []);
  const refund = await graphql(
    'mutation ($input: RequestRefundInput!) { requestRefund(input: $input) { refund { id } userErrors { message } } }',
    { input: { orderId: ids.order, reason: 'NO_REASON', idempotencyKey: key('refund') } },
  );
  assert.deepEqual(refund.requestRefund.userErrors, []);
  ids.refund = refund.requestRefund.refund.id;
  ids.customerToken = await createToken(ids.account, 'CUSTOMER_ADMIN');
  const tested = await graphql(
    'mutation ($id: ID!) { sendTestWebhookEvent(input: { endpointId: $id }) { delivery { status } userErrors { message } } }',
    { id: ids.endpoint },
  );
  assert.equal(tested.sendTestWebhookEvent.delivery.status, 'SUCCEEDED');
  // The paid order's delivery has been sent (the endpoint's page shows how it went).
  for (let tries = 0; ; tries += 1) {
    const data = await graphql(
      'query ($id: ID!) { webhookEndpoint(id: $id) { deliveries(first: 10, status: SUCCEEDED) { totalCount } } }',
      { id: ids.endpoint },
    );
    if (data.webhookEndpoint.deliveries.totalCount >= 2) break;
    assert.ok(tries < 150, 'the paid order was delivered to the webhook endpoint');
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
});
after(async () => {
  await browser?.close();
  await new Promise((resolve) => (receiver ? receiver.close(resolve) : resolve()));
});

const heading = (page) => page.getByRole('heading', { level: 1 });
const PORTAL_SECTIONS = ['', '/buy', '/orders', '/refunds', '/invoices', '/verification'];

async function checkPages(page, pages) {
  await loadUserNames();
  const found = [];
  for (const [path, ready] of pages) {
    for (const line of await leftovers(page, path, ready)) found.push(`${path}: ${line}`);
  }
  assert.deepEqual(found, [], 'English words left on zh-CN pages');
}

test('no English word is left on any console page in zh-CN', async () => {
  const page = await openPage(browser, { locale: 'zh-CN' });
  await signIn(page);
  const account = `/accounts/${encodeURIComponent(ids.account)}`;
  const webhook = `/webhooks/${encodeURIComponent(ids.endpoint)}`;
  await checkPages(page, [
    ['/dashboard', heading],
    ['/accounts', heading],
    [account, (p) => p.getByRole('heading', { name: accountName })],
    ['/verification', heading],
    ['/refunds', heading],
    ['/refunds?status=all', heading],
    [`/refunds/${encodeURIComponent(ids.refund)}`, heading],
    ['/overdue-invoices', heading],
    ['/invoices', heading],
    ['/test-clocks', heading],
    [`/test-clocks?clock=${encodeURIComponent(ids.clock)}`, (p) => p.getByTestId('clock-today')],
    ['/audit', heading],
    [`/journal?account=${encodeURIComponent(ids.account)}`, heading],
    ['/api-tokens', (p) => p.getByTestId('api-token')],
    ['/webhooks', (p) => p.getByTestId('webhook-endpoint')],
    [webhook, (p) => p.getByTestId('webhook-delivery')],
    [`/orders/${encodeURIComponent(ids.order)}`, heading],
    ...PORTAL_SECTIONS.map((section) => [`${account}/portal${section}`, heading]),
  ]);
  for (const [path, name] of [
    [account, 'account'],
    [`/orders/${encodeURIComponent(ids.order)}`, 'order'],
    ['/dashboard', 'dashboard'],
    ['/accounts', 'accounts'],
    ['/refunds?status=all', 'refund-queue'],
    [`/refunds/${encodeURIComponent(ids.refund)}`, 'refund'],
    ['/audit', 'audit'],
    [`/journal?account=${encodeURIComponent(ids.account)}`, 'journal'],
    ['/test-clocks', 'test-clocks'],
    ['/overdue-invoices', 'overdue-invoices'],
    ['/webhooks', 'webhooks'],
    [webhook, 'webhook-endpoint'],
  ]) {
    for (const lang of ['en', 'zh-CN']) {
      await page.goto(`${baseUrl}${path}?lang=${lang}`);
      await heading(page).first().waitFor();
      await page.waitForLoadState('networkidle');
      await screenshot(page, `i18n-${name}-${lang === 'en' ? 'en' : 'zh'}`);
    }
  }
  await page.context().close();
});

test('no English word is left on the lists in test mode in zh-CN (the test data lives on a test clock), the banner included', async () => {
  const page = await openPage(browser, { locale: 'zh-CN' });
  await signIn(page);
  await page.goto(`${baseUrl}/dashboard?lang=zh-CN`);
  await page.evaluate(() => globalThis.localStorage.setItem('billing.testMode', '1'));
  const banner = (p) => p.getByTestId('test-mode-banner');
  await checkPages(page, [
    ['/dashboard', heading],
    ['/accounts', (p) => p.getByRole('link', { name: accountName })],
    ['/refunds', banner],
    ['/refunds?status=all', (p) => p.getByText(accountName)],
    ['/overdue-invoices', banner],
    ['/invoices', (p) => p.getByTestId('invoice-row').filter({ hasText: accountName })],
    // The account's own trail: other tests' entries hold what their users typed in English
    // before they changed or deleted it (user data this test cannot list).
    [`/audit?account=${encodeURIComponent(ids.account)}`, (p) => p.getByText(accountName)],
    [`/journal?account=${encodeURIComponent(ids.account)}`, banner],
  ]);
  await screenshot(page, 'i18n-test-mode-audit-zh');
  await page.context().close();
});

test('no English word is left on any customer portal page in zh-CN', async () => {
  const page = await openPage(browser, { locale: 'zh-CN' });
  await signIn(page, ids.customerToken);
  await checkPages(page, [
    ...PORTAL_SECTIONS.map((section) => [`/my-account${section}`, heading]),
    // The account's administrator manages its webhook endpoints.
    ['/webhooks', (p) => p.getByTestId('webhook-endpoint')],
    [`/webhooks/${encodeURIComponent(ids.endpoint)}`, (p) => p.getByTestId('webhook-delivery')],
  ]);
  for (const section of PORTAL_SECTIONS)
    for (const lang of ['en', 'zh-CN']) {
      await page.goto(`${baseUrl}/my-account${section}?lang=${lang}`);
      await heading(page).first().waitFor();
      await page.waitForLoadState('networkidle');
      const name = section ? section.slice(1) : 'overview';
      await screenshot(page, `i18n-portal-${name}-${lang === 'en' ? 'en' : 'zh'}`);
    }
  await page.context().close();
});

test('a time on a test-clock account’s page names its time zone and its clock, in both languages', async () => {
  const page = await openPage(browser, { locale: 'zh-CN' });
  await signIn(page);
  const account = `${baseUrl}/accounts/${encodeURIComponent(ids.account)}`;
  // The payment's time (paidAt): the business time zone's wall clock, then the clock it is on.
  await page.goto(`${account}?lang=en`);
  const paidAt = page.getByTestId('payment-row').first().locator('td').first();
  await paidAt.waitFor();
  assert.match(await paidAt.innerText(), /\b\d{2}:\d{2} UTC\+8 \(test clock\)/);
  assert.equal((await paidAt.locator('.clock-tag').innerText()).trim(), '(test clock)');
  await page.goto(`${account}?lang=zh-CN`);
  await paidAt.waitFor();
  assert.match(await paidAt.innerText(), /\d{2}:\d{2}（北京时间）\s*（测试时钟）/);
  assert.equal((await paidAt.locator('.clock-tag').innerText()).trim(), '（测试时钟）');
  await page.context().close();
});
