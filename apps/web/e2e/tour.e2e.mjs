// README.md's "A first tour", step by step, as a new user walks it: on an API started as "Run
// it" starts it (the demo data set, the operator token printed at the first start; e2e/run.mjs
// starts it for this file), with the clicks the README names. The steps share one account.
import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import {
  confirmAction,
  expectResult,
  expectText,
  expectValue,
  launchBrowser,
  openPage,
  screenshot,
  screenshotPair,
} from './browser.mjs';

const url = process.env.E2E_DEMO_URL;
const operatorToken = process.env.E2E_DEMO_TOKEN;
let browser;
const stamp = Date.now();
const accountName = `Tour Trading ${stamp}`;
const clockName = `Tour clock ${stamp}`;
const tour = { accountId: '', customerToken: '', addSeatsOrderId: '' };

before(async () => {
  assert.ok(url && operatorToken, 'run through e2e/run.mjs: it starts the demo API');
  browser = await launchBrowser();
});
after(async () => {
  await browser?.close();
});

async function signIn(page, token) {
  await page.goto(`${url}/`);
  await page.getByLabel('API token').fill(token);
  await page.getByRole('button', { name: 'Sign in' }).click();
}

function nav(page, name) {
  return page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name, exact: true });
}

function freshPreview(page, testId = 'quote') {
  return page.locator(`[data-testid="${testId}"][data-fresh="true"]`);
}

function longDate(date) {
  const [year, month, day] = date.split('-').map(Number);
  const names = 'Jan Feb Mar Apr May Jun Jul Aug Sep Oct Nov Dec'.split(' ');
  return `${names[month - 1]} ${day}, ${year}`;
}

async function advanceClock(page, date) {
  const form = page.getByRole('form', { name: 'Move forward' });
  await form.getByLabel('To date').fill(date);
  await form.getByRole('button', { name: 'Advance the clock' }).click();
  await confirmAction(page, /^Advance to /, new RegExp(`to ${longDate(date)} 10:00`));
  await page.getByTestId('clock-today').getByText(longDate(date)).waitFor();
}

test('1. the operator signs in; the dashboard charts the demo data set: revenue, refunds, renewals due, grace', async () => {
  assert.match(operatorToken, /^bk_/);
  const page = await openPage(browser);
  await signIn(page, operatorToken);
  await nav(page, 'Dashboard').click();
  await page.getByRole('heading', { name: 'Dashboard' }).waitFor();
  assert.equal(await page.getByTestId('test-mode-banner').count(), 0);
  await page.getByRole('img', { name: 'Revenue by month (net of refunds)' }).waitFor();
  await page.getByRole('img', { name: 'Refund requests by reason' }).waitFor();
  await expectText(page.getByTestId('refunds-chart'), /No reason needed/);
  const months = await page.getByTestId('revenue-chart').locator('tbody tr').count();
  assert.ok(months >= 5, `revenue in ${months} months`);
  await page
    .getByTestId('renewals-due')
    .getByRole('link', { name: 'Hangzhou Demo Trading Co.' })
    .waitFor();
  await page.getByTestId('in-grace').getByRole('link', { name: '北京演示咨询有限公司' }).waitFor();
  await screenshotPair(page, 'tour-dashboard');
  // The Test mode switch shows the accounts at test clocks instead (none yet), with a banner.
  await page.getByRole('switch', { name: 'Test mode' }).check();
  await expectText(page.getByTestId('test-mode-banner'), /only the accounts living at test clocks/);
  await page
    .getByTestId('in-grace')
    .getByRole('link', { name: '北京演示咨询有限公司' })
    .waitFor({ state: 'detached' });
  await page.getByRole('switch', { name: 'Test mode' }).uncheck();
  await page.getByTestId('test-mode-banner').waitFor({ state: 'detached' });

  // The accounts list: live accounts by default; Test mode shows those at test clocks instead.
  await nav(page, 'Accounts').click();
  await page.getByRole('link', { name: 'Shanghai Postpaid Demo Ltd.' }).waitFor();
  await page.getByRole('switch', { name: 'Test mode' }).check();
  await page.getByTestId('test-mode-banner').waitFor();
  await page
    .getByRole('link', { name: 'Shanghai Postpaid Demo Ltd.' })
    .waitFor({ state: 'detached' });
  await page.getByRole('switch', { name: 'Test mode' }).uncheck();

  // A postpaid bill waits for payment on its account's page (R-PAY-5).
  await page.getByRole('link', { name: 'Shanghai Postpaid Demo Ltd.' }).click();
  await page.getByRole('heading', { name: 'Shanghai Postpaid Demo Ltd.', level: 1 }).waitFor();
  await page.getByTestId('postpaid-bill').first().waitFor();

  // Materials wait under Verification.
  await nav(page, 'Verification').click();
  await page.getByTestId('verification-item').first().waitFor();
  await page.context().close();
});

test('2. Test clocks: a clock at 2021-04-20 10:00, an account on it, a CUSTOMER_ADMIN token signs in to the portal', async () => {
  const page = await openPage(browser);
  await signIn(page, operatorToken);
  await nav(page, 'Test clocks').click();
  const create = page.getByRole('form', { name: 'New test clock' });
  await create.getByLabel('Name').fill(clockName);
  await create.getByLabel('Date').fill('2021-04-20');
  await create.getByLabel('Time').fill('10:00');
  await create.getByRole('button', { name: 'Create the clock' }).click();
  await page.getByTestId('clock-today').getByText('Apr 20, 2021').waitFor();
  const newAccount = page.getByRole('form', { name: 'New account on this clock' });
  await newAccount.getByLabel('Account name').fill(accountName);
  await newAccount.getByRole('button', { name: 'Create the account' }).click();
  await newAccount.getByRole('link', { name: 'Open' }).click();
  await page.getByRole('heading', { name: accountName, level: 1 }).waitFor();
  tour.accountId = decodeURIComponent(new URL(page.url()).pathname.split('/')[2]);
  await page.getByLabel('Role').selectOption('CUSTOMER_ADMIN');
  await page.getByRole('button', { name: 'Create API token' }).click();
  tour.customerToken = await page.getByLabel('Token', { exact: true }).inputValue();
  assert.match(tour.customerToken, /^bk_/);
  await page.context().close();

  const customer = await openPage(browser);
  await signIn(customer, tour.customerToken);
  await customer.getByRole('heading', { name: 'My account' }).waitFor();
  await expectText(customer.getByTestId('account-summary'), new RegExp(accountName));
  await customer.context().close();
});

test('3. in the portal the customer buys EQQ with 5 seats from a live quote, pays and submits verification', async () => {
  const page = await openPage(browser);
  await signIn(page, tour.customerToken);
  await page.getByRole('heading', { name: 'My account' }).waitFor();
  await page
    .getByRole('navigation', { name: 'Account sections' })
    .getByRole('link', { name: 'Buy' })
    .click();
  await page.getByLabel('Product').selectOption('EQQ');
  await page.getByLabel('Plan').selectOption('SEATS');
  await page.getByLabel('Seats', { exact: true }).fill('5');
  const quote = freshPreview(page);
  await quote.waitFor();
  await expectText(quote, /5 seats × ¥1,000.00 × 1 year/);
  await expectText(quote, /R-/);
  await expectText(quote.locator('tfoot'), /¥5,000\.00/);
  await page.getByRole('button', { name: 'Place the order' }).click();
  await page.getByRole('link', { name: 'Open the order to pay' }).click();
  await expectValue(page.getByLabel('Amount (¥)'), '5000.00');
  await page.getByLabel('Method').selectOption('ALIPAY');
  await page.getByRole('button', { name: 'Pay', exact: true }).click();
  await confirmAction(page, 'Pay ¥5,000.00');
  await expectResult(page, /the order is paid in full/);

  await page
    .getByRole('navigation', { name: 'Main' })
    .getByRole('link', { name: 'My account' })
    .click();
  await page.getByRole('link', { name: 'Verification' }).click();
  await page.getByLabel('Enterprise name on the business licence').fill(`${accountName} Co., Ltd.`);
  await page.getByLabel('Documents').fill('licence.pdf\nlegal-rep-id.pdf');
  await page.getByRole('button', { name: 'Submit for review' }).click();
  await page.getByText('Materials submitted for review.').waitFor();
  await page.context().close();
});

test('4. the operator approves, advances to 2021-05-01 and activates; on 2021-10-10 the customer adds 6 seats at 6 × 95 × 7 months = 3,990 and pays', async () => {
  const operator = await openPage(browser);
  await signIn(operator, operatorToken);
  await nav(operator, 'Verification').click();
  // The tour's account lives on a test clock: the queue shows it with Test mode on.
  await operator.getByRole('switch', { name: 'Test mode' }).check();
  const item = operator.getByTestId('verification-item').filter({ hasText: accountName });
  await item.getByRole('button', { name: 'Approve' }).click();
  await confirmAction(operator, `Approve the verification of ${accountName}`);
  await item.waitFor({ state: 'detached' });
  await nav(operator, 'Test clocks').click();
  await operator
    .getByLabel('Clock', { exact: true })
    .selectOption({ label: `${clockName} — 2021-04-20` });
  await advanceClock(operator, '2021-05-01');
  await operator.getByTestId('clock-account').getByRole('link', { name: accountName }).click();
  await operator.getByRole('heading', { name: accountName, level: 1 }).waitFor();
  await operator.getByRole('button', { name: 'Activate' }).click();
  await confirmAction(operator, /^Activate Enterprise QQ .* from today$/);
  await expectResult(operator, /Subscription activated/);
  await nav(operator, 'Test clocks').click();
  await advanceClock(operator, '2021-10-10');
  await operator.context().close();

  const page = await openPage(browser);
  await signIn(page, tour.customerToken);
  await page.getByTestId('clock-notice').getByText('Oct 10, 2021').waitFor();
  await page.getByTestId('subscription').getByRole('button', { name: 'Add seats' }).click();
  await page.getByLabel('Seats to add').fill('6');
  const quote = freshPreview(page);
  const line = quote.getByRole('row').filter({ hasText: '6 seats × ¥95.00 × 7 months' });
  await expectText(line, /¥3,990\.00/);
  await expectText(line, /R-SEAT-3/);
  await expectText(line, /R-SEAT-4/);
  await expectText(quote.locator('tfoot'), /¥3,990\.00/);
  await page.getByRole('button', { name: 'Order these seats' }).click();
  await page.getByRole('link', { name: 'Open the order to pay' }).click();
  await page.getByRole('heading', { name: /Added seats/ }).waitFor();
  tour.addSeatsOrderId = decodeURIComponent(new URL(page.url()).pathname.split('/')[2]);
  await expectValue(page.getByLabel('Amount (¥)'), '3990.00');
  await page.getByRole('button', { name: 'Pay', exact: true }).click();
  await confirmAction(page, 'Pay ¥3,990.00');
  await expectResult(page, /the order is paid in full/);
  await page.context().close();
});

test('5. a refund: the preview names the rules (added seats R-REF-NONREF); the demo data’s duplicate payment is refunded in full, approved and paid out', async () => {
  const customer = await openPage(browser);
  await signIn(customer, tour.customerToken);
  await customer.getByRole('heading', { name: 'My account' }).waitFor();
  await customer.goto(`${url}/orders/${encodeURIComponent(tour.addSeatsOrderId)}`);
  await customer.getByRole('heading', { name: 'Request a refund' }).waitFor();
  const refused = freshPreview(customer, 'refund-preview');
  await refused.getByText('Not refundable', { exact: true }).waitFor();
  await expectText(refused.getByTestId('refund-explanation'), /R-REF-NONREF/);
  await customer.context().close();

  const page = await openPage(browser);
  await signIn(page, operatorToken);
  await nav(page, 'Accounts').click();
  await page.getByLabel('Search').fill('深圳示例科技有限公司');
  await page.getByRole('link', { name: '深圳示例科技有限公司' }).click();
  await page.getByRole('heading', { name: '深圳示例科技有限公司', level: 1 }).waitFor();
  await page.getByRole('link', { name: 'Open the customer view' }).click();
  await page
    .getByRole('navigation', { name: 'Account sections' })
    .getByRole('link', { name: 'Orders' })
    .click();
  await page.getByRole('link', { name: 'Added seats' }).click();
  await page.getByRole('heading', { name: 'Request a refund' }).waitFor();
  await page.getByLabel('Reason').selectOption('DUPLICATE_PAYMENT');
  await page.getByLabel('Evidence').fill('wechat-receipt-2.png');
  const preview = freshPreview(page, 'refund-preview');
  await preview.getByText('Refundable', { exact: true }).waitFor();
  await expectText(preview.getByTestId('refund-explanation'), /R-REF-DUPLICATE/);
  await page.getByRole('button', { name: 'Request this refund' }).click();
  await page
    .getByTestId('refund-requested')
    .getByRole('link', { name: 'Follow the request' })
    .waitFor();

  await nav(page, 'Refunds').click();
  const item = page.getByTestId('queue-item').filter({ hasText: '深圳示例科技有限公司' });
  await item.getByRole('button', { name: 'Approve' }).click();
  await confirmAction(page, /^Approve the refund of ¥/);
  await expectResult(page, /Refund approved/);
  await expectResult(page, /payout due/);
  await page.getByTestId('result-notice').getByRole('link', { name: 'Open the refund' }).click();
  await page.getByRole('button', { name: 'Pay out now' }).click();
  await confirmAction(page, /^Pay out ¥/);
  await expectResult(page, /Refund paid out/);
  await expectText(page.getByTestId('refund-status'), /Paid out/);
  await page.context().close();
});

test('6. value-added services under Buy in the portal with a live quote; a contract price on the account page', async () => {
  const page = await openPage(browser);
  await signIn(page, tour.customerToken);
  await page.getByRole('heading', { name: 'My account' }).waitFor();
  await page
    .getByRole('navigation', { name: 'Account sections' })
    .getByRole('link', { name: 'Buy' })
    .click();
  const form = page.getByRole('form', { name: 'Buy a value-added service' });
  await form.getByLabel('Item').selectOption({ label: 'SMS quota (1,000 SMS)' });
  await form.getByLabel('Quantity').fill('3');
  const quote = form.locator('[data-testid="quote"][data-fresh="true"]');
  await expectText(quote, /3 × SMS quota \(1,000 SMS\) × ¥100.00/);
  await expectText(quote, /R-REF-NONREF|non-refundable/);
  await form.getByRole('button', { name: 'Order the service' }).click();
  await form.getByTestId('order-placed').getByText('¥300.00').waitFor();
  await page.context().close();

  const operator = await openPage(browser);
  await signIn(operator, operatorToken);
  await nav(operator, 'Dashboard').waitFor();
  await operator.goto(`${url}/accounts/${encodeURIComponent(tour.accountId)}`);
  // The operator buys a value-added service on the account's page too, with the same quote.
  const buy = operator.getByRole('form', { name: 'Buy a value-added service' });
  await buy.getByLabel('Item').selectOption({ label: 'SMS quota (1,000 SMS)' });
  await buy.getByLabel('Quantity').fill('2');
  await expectText(buy.locator('[data-testid="quote"][data-fresh="true"]'), /2 × SMS quota/);
  await buy.getByRole('button', { name: 'Order the service' }).click();
  await buy.getByTestId('order-placed').getByText('¥200.00').waitFor();
  const section = operator.getByRole('region', { name: 'Contract prices' });
  await section.getByLabel('Price per seat per year (¥)').fill('480');
  await section.getByRole('button', { name: 'Set the price' }).click();
  await section.getByRole('status').getByText('Contract price saved.').waitFor();
  // Changed from a later date, then ended: the table keeps both prices with their dates.
  await section.getByLabel('Price per seat per year (¥)').fill('450');
  await section.getByLabel('From', { exact: true }).fill('2021-12-01');
  await section.getByRole('button', { name: 'Set the price' }).click();
  await expectText(section.locator('table'), /450\.00/);
  await expectText(section.locator('table'), /480\.00/);
  const later = section.locator('tbody tr').filter({ hasText: '450.00' });
  await later.getByLabel('First day without it').fill('2022-06-01');
  await later.getByRole('button', { name: 'End the price' }).click();
  await expectText(section.locator('tbody tr').filter({ hasText: '450.00' }), /2022/);
  await operator.context().close();
});

test('7. the audit trail names every action of the tour in words, with who did it', async () => {
  const page = await openPage(browser);
  await signIn(page, operatorToken);
  await nav(page, 'Audit trail').click();
  // The tour's account lives on a test clock: the trail shows it with Test mode on.
  await page.getByRole('switch', { name: 'Test mode' }).check();
  await page.getByLabel('Search').fill(accountName);
  await page.getByRole('button', { name: 'Show' }).click();
  const actions = page.getByTestId('audit-action');
  await expectText(actions.first(), /^Ended contract price$/);
  const all = await actions.allInnerTexts();
  for (const action of [
    'Set contract price',
    'Bought value-added service',
    'Paid order',
    'Added seats',
    'Activated subscription',
    'Approved verification',
    'Submitted verification',
    'Ordered subscription',
    'Created API token',
  ])
    assert.ok(all.includes(action), `${action} in ${all.join(', ')}`);
  const payment = page.getByTestId('audit-entry').filter({ hasText: 'Paid order' }).first();
  await expectText(payment.getByTestId('audit-actor'), /Customer administrator/);
  await screenshotPair(page, 'tour-audit-trail');
  // Filtered by action, then read oldest first: the same entries the other way round.
  await page.getByLabel('Action', { exact: true }).selectOption({ label: 'Paid order' });
  await page.getByRole('button', { name: 'Show' }).click();
  await expectText(actions.first(), /^Paid order$/);
  for (const action of await actions.allInnerTexts()) assert.equal(action, 'Paid order');
  await page.getByLabel('Action', { exact: true }).selectOption({ label: 'Any' });
  await page.getByLabel('Order', { exact: true }).selectOption({ label: 'Oldest first' });
  await page.getByRole('button', { name: 'Show' }).click();
  await expectText(page.getByTestId('audit-trail'), /oldest first/);
  const oldest = await actions.allInnerTexts();
  assert.deepEqual(oldest, [...all].reverse());
  await page.context().close();
});

test('the playground’s preloaded examples carry ids of the demo data: the Quote tab prices 6 more seats', async () => {
  const page = await openPage(browser);
  await signIn(page, operatorToken);
  await nav(page, 'Dashboard').waitFor();
  await page.goto(`${url}/graphql`, { waitUntil: 'load' });
  // GraphiQL may ignore a click while its editors start up: click the tab until its query shows.
  const quoteQuery = page.locator('.graphiql-query-editor').getByText('query Quote');
  for (let attempt = 1; ; attempt += 1) {
    await page.getByRole('tab', { name: /Quote/ }).first().click();
    const shown = await quoteQuery
      .waitFor({ timeout: 3_000 })
      .then(() => true)
      .catch(() => false);
    if (shown) break;
    if (attempt === 5) assert.fail('the Quote tab did not open');
  }
  // GraphiQL may ignore a click while its editors start up: press Run until a result shows.
  const result = page.locator('.result-window').getByText('R-SEAT-3').first();
  try {
    for (let attempt = 1; ; attempt += 1) {
      await page.locator('.graphiql-execute-button').click();
      const shown = await result
        .waitFor({ timeout: 5_000 })
        .then(() => true)
        .catch(() => false);
      if (shown) break;
      if (attempt === 3) assert.fail('the Quote example showed no priced lines after three runs');
    }
  } finally {
    await screenshot(page, 'tour-playground-quote');
  }
  await page.context().close();
});
