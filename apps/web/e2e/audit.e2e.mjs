// The audit trail reads as words: a customer's token pays an order and asks for
// a refund, the operator approves it in the console, and the audit page shows each action in
// words, who did it (token name, role, account), the object by name with a link, and the change
// field by field; it searches, filters by action and actor, and sorts by time.
import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import {
  baseUrl,
  confirmAction,
  expectResult,
  expectText,
  graphql,
  launchBrowser,
  openPage,
  screenshot,
  signIn,
} from './browser.mjs';

let browser;
const stamp = Date.now();
const key = (what) => `audit-${what}-${stamp}`;
const accountName = `Audit Trail Co ${stamp}`;
const tokenName = `Audit finance desk ${stamp}`;
const ids = {};

/** "1234.5" as the UI writes it: ¥1,234.50. */
function yuan(amount) {
  return `¥${Number(amount).toLocaleString('en-US', { minimumFractionDigits: 2, maximumFractionDigits: 2 })}`;
}

function escape(text) {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

before(async () => {
  browser = await launchBrowser();
  const clock = await graphql(
    'mutation ($name: String!) { createTestClock(input: { name: $name, frozenAt: "2024-03-04T10:00:00+08:00" }) { testClock { id } } }',
    { name: `Audit clock ${stamp}` },
  );
  const created = await graphql(
    'mutation ($name: String!, $clock: ID) { createAccount(input: { name: $name, testClockId: $clock }) { account { id } } }',
    { name: accountName, clock: clock.createTestClock.testClock.id },
  );
  ids.account = created.createAccount.account.id;
  const token = await graphql(
    'mutation ($accountId: ID, $name: String) { createApiToken(input: { accountId: $accountId, role: CUSTOMER_ADMIN, name: $name }) { token userErrors { message } } }',
    { accountId: ids.account, name: tokenName },
  );
  const customer = token.createApiToken.token;
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
    customer,
  );
  assert.deepEqual(opened.openSubscription.userErrors, []);
  ids.order = opened.openSubscription.order.id;
  ids.total = opened.openSubscription.order.total.amount;
  const paid = await graphql(
    'mutation ($input: PayOrderInput!) { payOrder(input: $input) { userErrors { message } } }',
    {
      input: {
        orderId: ids.order,
        method: 'ALIPAY',
        amount: ids.total,
        idempotencyKey: key('pay'),
      },
    },
    customer,
  );
  assert.deepEqual(paid.payOrder.userErrors, []);
  await graphql(
    'mutation ($id: ID!) { submitVerification(input: { accountId: $id, verifiedName: "Audit Trail Co", documents: ["licence.pdf"] }) { userErrors { message } } }',
    { id: ids.account },
  );
  await graphql(
    'mutation ($id: ID!) { approveVerification(input: { accountId: $id }) { userErrors { message } } }',
    { id: ids.account },
  );
  const activated = await graphql(
    'mutation ($id: ID!) { activateSubscription(input: { subscriptionId: $id }) { userErrors { message } } }',
    { id: opened.openSubscription.subscription.id },
  );
  assert.deepEqual(activated.activateSubscription.userErrors, []);
  const refund = await graphql(
    'mutation ($input: RequestRefundInput!) { requestRefund(input: $input) { refund { id payout { amount } } userErrors { message } } }',
    { input: { orderId: ids.order, reason: 'NO_REASON', idempotencyKey: key('refund') } },
    customer,
  );
  assert.deepEqual(refund.requestRefund.userErrors, []);
  ids.refund = refund.requestRefund.refund.id;
  ids.payout = refund.requestRefund.refund.payout.amount;
});
after(async () => {
  await browser?.close();
});

test('an action done in the console and the customer’s actions read back in the audit trail in words', async () => {
  const page = await openPage(browser);
  await signIn(page);
  // The operator approves the refund in the console.
  await page.goto(`${baseUrl}/refunds/${encodeURIComponent(ids.refund)}`);
  await page.getByRole('button', { name: 'Approve' }).click();
  await confirmAction(page, `Approve the refund of ${yuan(ids.payout)}`);
  await expectResult(page, /Refund approved/);

  // The audit page, searched by the account's name.
  await page.goto(`${baseUrl}/audit`);
  await page.getByRole('heading', { name: 'Audit trail' }).waitFor();
  // The account lives on a test clock: the trail shows live accounts until Test mode is on.
  await page.getByLabel('Search').fill(accountName);
  await page.getByRole('button', { name: 'Show' }).click();
  await expectText(page.getByTestId('audit-trail'), /Nothing recorded/);
  await page.getByRole('switch', { name: 'Test mode' }).check();
  await page.getByLabel('Search').fill(accountName);
  await page.getByRole('button', { name: 'Show' }).click();
  const entries = page.getByTestId('audit-entry');
  await expectText(page.getByTestId('audit-trail'), /9 of 9 entries, newest first/);

  const approval = entries.first();
  await expectText(approval.getByTestId('audit-action'), /^Approved refund$/);
  await expectText(approval.getByTestId('audit-actor'), /Bootstrap operator token/);
  await expectText(approval.getByTestId('audit-actor'), /Operator/);
  const refundLink = approval.getByTestId('audit-object').getByRole('link');
  await expectText(
    refundLink,
    new RegExp(
      `^Refund of ${escape(yuan(ids.payout))} \\(No reason needed\\), requested Mar 4, 2024$`,
    ),
  );
  assert.equal(await refundLink.getAttribute('href'), `/refunds/${encodeURIComponent(ids.refund)}`);
  await expectText(approval.getByTestId('audit-changes'), /Status: Requested → Approved/);
  await expectText(approval.getByTestId('audit-changes'), /Payout due: .*\d{4}/);

  const payment = entries.filter({ hasText: 'Paid order' });
  assert.equal(await payment.count(), 1);
  const actor = payment.getByTestId('audit-actor');
  await expectText(actor, new RegExp(escape(tokenName)));
  await expectText(actor, /Customer administrator/);
  assert.equal(
    await actor.getByRole('link', { name: accountName }).getAttribute('href'),
    `/accounts/${encodeURIComponent(ids.account)}`,
  );
  await expectText(
    payment.getByTestId('audit-object'),
    new RegExp(`^New subscription order of Mar 4, 2024, ${escape(yuan(ids.total))}$`),
  );
  const changes = await payment.getByTestId('audit-changes').innerText();
  assert.match(changes, /Status: Awaiting payment → Paid/);
  assert.match(changes, new RegExp(`Paid: ¥0\\.00 → ${escape(yuan(ids.total))}`));
  assert.match(changes, new RegExp(`Payment › Amount: ${escape(yuan(ids.total))}`));
  // No JSON, no encoded ids, no raw money in fen.
  const trail = await page.getByTestId('audit-trail').innerText();
  assert.doesNotMatch(trail, /[{}]|"status"|T3JkZXI6|UmVmdW5kO|QWNjb3Vud/);
  assert.doesNotMatch(trail, new RegExp(`\\b${Math.round(Number(ids.total) * 100)}\\b`));
  await screenshot(page, 'audit-trail');

  // Filters: by action, by actor; then the oldest first.
  await page.getByLabel('Action', { exact: true }).selectOption({ label: 'Paid order' });
  await page.getByRole('button', { name: 'Show' }).click();
  await expectText(page.getByTestId('audit-trail'), /1 of 1 entries, newest first/);
  await expectText(entries.first().getByTestId('audit-action'), /^Paid order$/);

  await page.getByLabel('Action', { exact: true }).selectOption({ label: 'Any' });
  await page.getByLabel('By', { exact: true }).selectOption({ label: 'Customer administrator' });
  await page.getByRole('button', { name: 'Show' }).click();
  await expectText(page.getByTestId('audit-trail'), /3 of 3 entries, newest first/);
  const byCustomer = await page.getByTestId('audit-action').allInnerTexts();
  assert.deepEqual(byCustomer, ['Requested refund', 'Paid order', 'Ordered subscription']);

  await page.getByLabel('By', { exact: true }).selectOption({ label: 'Any' });
  await page.getByLabel('Order', { exact: true }).selectOption({ label: 'Oldest first' });
  await page.getByRole('button', { name: 'Show' }).click();
  await expectText(page.getByTestId('audit-trail'), /9 of 9 entries, oldest first/);
  const oldest = await page.getByTestId('audit-action').allInnerTexts();
  assert.deepEqual(oldest, [
    'Created account',
    'Created API token',
    'Ordered subscription',
    'Paid order',
    'Submitted verification',
    'Approved verification',
    'Activated subscription',
    'Requested refund',
    'Approved refund',
  ]);
  assert.match(page.url(), /order=oldest/);

  // The object's link opens its page.
  await page
    .getByTestId('audit-entry')
    .last()
    .getByTestId('audit-object')
    .getByRole('link')
    .click();
  await page.waitForURL(new RegExp(`/refunds/${escape(encodeURIComponent(ids.refund))}$`));
  await page.context().close();
});
