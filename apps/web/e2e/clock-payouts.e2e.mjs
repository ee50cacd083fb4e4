// The test clock's advance asks first, and its question names each refund payout the advance
// will pay (R-REF-PAYOUT): amount, account and due date, read from the API; none when the new
// date comes before the payout's. Confirmed, the advance pays exactly those.
import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import {
  activeSubscription,
  baseUrl,
  confirmAction,
  expectText,
  graphql,
  launchBrowser,
  openPage,
  screenshotEn,
  screenshotZh,
  signIn,
  switchLanguage,
} from './browser.mjs';

const STAMP = Date.now();
let browser;
const accounts = [];
let clockId;

const MONTHS = 'Jan Feb Mar Apr May Jun Jul Aug Sep Oct Nov Dec'.split(' ');
const longDate = (date) => {
  const [year, month, day] = date.split('-').map(Number);
  return `${MONTHS[month - 1]} ${day}, ${year}`;
};
/** `1234.50` → `¥1,234.50`, as the console writes money in English. */
const yuan = (amount) => {
  const [whole, cents] = amount.split('.');
  return `¥${whole.replace(/\B(?=(\d{3})+$)/g, ',')}.${cents}`;
};
const escape = (text) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** Approves a refund requested without reason: due to be paid back in 7 working days. */
async function approvedRefund(orderId, idempotencyKey) {
  const requested = await graphql(
    'mutation ($input: RequestRefundInput!) { requestRefund(input: $input) { refund { id } userErrors { message } } }',
    { input: { orderId, reason: 'NO_REASON', idempotencyKey } },
  );
  assert.deepEqual(requested.requestRefund.userErrors, []);
  const approved = await graphql(
    'mutation ($input: ApproveRefundInput!) { approveRefund(input: $input) { refund { id status payoutDueOn payout { amount } } userErrors { message } } }',
    { input: { refundId: requested.requestRefund.refund.id } },
  );
  assert.deepEqual(approved.approveRefund.userErrors, []);
  const refund = approved.approveRefund.refund;
  assert.equal(refund.status, 'APPROVED');
  assert.ok(refund.payoutDueOn, 'a payout due date');
  return refund;
}

before(async () => {
  browser = await launchBrowser();
  // Two accounts at one clock, each with an approved refund due in 7 working days.
  const first = await activeSubscription({
    name: `Payout One ${STAMP}`,
    clockAt: '2021-04-20T10:00:00+08:00',
    key: `payouts-one-${STAMP}`,
  });
  clockId = first.clockId;
  accounts.push({ name: `Payout One ${STAMP}`, ...first });
  const created = await graphql(
    'mutation ($name: String!, $clock: ID) { createAccount(input: { name: $name, testClockId: $clock }) { account { id } } }',
    { name: `Payout Two ${STAMP}`, clock: clockId },
  );
  const secondId = created.createAccount.account.id;
  await graphql(
    'mutation ($id: ID!, $name: String!) { submitVerification(input: { accountId: $id, verifiedName: $name, documents: ["licence.pdf"] }) { userErrors { message } } }',
    { id: secondId, name: `Payout Two ${STAMP}` },
  );
  await graphql(
    'mutation ($id: ID!) { approveVerification(input: { accountId: $id }) { userErrors { message } } }',
    { id: secondId },
  );
  const opened = await graphql(
    'mutation ($input: OpenSubscriptionInput!) { openSubscription(input: $input) { order { id total { amount } } subscription { id } userErrors { message } } }',
    {
      input: {
        accountId: secondId,
        productCode: 'QIDIAN',
        planCode: 'SEATS',
        seats: 7,
        years: 1,
        idempotencyKey: `payouts-two-open-${STAMP}`,
      },
    },
  );
  assert.deepEqual(opened.openSubscription.userErrors, []);
  const paid = await graphql(
    'mutation ($input: PayOrderInput!) { payOrder(input: $input) { userErrors { message } } }',
    {
      input: {
        orderId: opened.openSubscription.order.id,
        method: 'ALIPAY',
        amount: opened.openSubscription.order.total.amount,
        idempotencyKey: `payouts-two-pay-${STAMP}`,
      },
    },
  );
  assert.deepEqual(paid.payOrder.userErrors, []);
  const activated = await graphql(
    'mutation ($id: ID!) { activateSubscription(input: { subscriptionId: $id }) { userErrors { message } } }',
    { id: opened.openSubscription.subscription.id },
  );
  assert.deepEqual(activated.activateSubscription.userErrors, []);
  accounts.push({
    name: `Payout Two ${STAMP}`,
    accountId: secondId,
    orderId: opened.openSubscription.order.id,
  });
  for (const [index, account] of accounts.entries())
    account.refund = await approvedRefund(account.orderId, `payouts-refund-${index}-${STAMP}`);
});
after(async () => {
  await browser?.close();
});

test('the advance’s question names each refund payout falling due, with amount, account and due date', async () => {
  const page = await openPage(browser);
  await signIn(page);
  await page.goto(`${baseUrl}/test-clocks?clock=${encodeURIComponent(clockId)}`);
  const form = page.getByRole('form', { name: 'Move forward' });
  const dialog = page.getByRole('dialog');
  const dueOn = accounts.map((account) => account.refund.payoutDueOn).sort();
  const last = dueOn.at(-1);

  // The day before the first payout falls due: none is named.
  const dayBefore = new Date(Date.parse(`${dueOn[0]}T12:00:00Z`) - 86_400_000)
    .toISOString()
    .slice(0, 10);
  await form.getByLabel('To date').fill(dayBefore);
  await form.getByRole('button', { name: 'Advance the clock' }).click();
  await expectText(dialog.getByTestId('due-payouts'), /No refund payout falls due by then\./);
  await dialog.getByRole('button', { name: 'Cancel' }).click();
  await dialog.waitFor({ state: 'detached' });

  // On the last due date: both, each with its amount, account and due date.
  await form.getByLabel('To date').fill(last);
  await form.getByRole('button', { name: 'Advance the clock' }).click();
  const due = dialog.getByTestId('due-payouts');
  await expectText(due, /Refund payouts falling due \(2\):/);
  const lines = await dialog.getByTestId('due-payout').allInnerTexts();
  assert.equal(lines.length, 2);
  const expected = [...accounts]
    .sort((a, b) => a.refund.payoutDueOn.localeCompare(b.refund.payoutDueOn))
    .map(
      (account) =>
        `${yuan(account.refund.payout.amount)} to ${account.name}, due ${longDate(account.refund.payoutDueOn)}`,
    );
  assert.deepEqual([...lines].sort(), [...expected].sort());
  await screenshotEn(page, 'confirm-advance-clock-payouts', { fullPage: false });
  await dialog.getByRole('button', { name: 'Cancel' }).click();
  await dialog.waitFor({ state: 'detached' });

  // The same question in Chinese names them too.
  await switchLanguage(page, 'zh-CN');
  const zhForm = page.getByRole('form', { name: '向前拨动' });
  await zhForm.getByLabel('拨到日期').fill(last);
  await zhForm.getByRole('button', { name: '拨动时钟' }).click();
  await expectText(dialog.getByTestId('due-payouts'), /将到期的退款付款（2 笔）/);
  await expectText(
    dialog.getByTestId('due-payout').first(),
    new RegExp(`付给 (${escape(accounts[0].name)}|${escape(accounts[1].name)})，到期日 \\d{4}年`),
  );
  await screenshotZh(page, 'confirm-advance-clock-payouts', { fullPage: false });
  await dialog.getByRole('button', { name: '取消' }).click();
  await dialog.waitFor({ state: 'detached' });
  await switchLanguage(page, 'en');

  // Confirmed: the advance pays exactly the payouts it named.
  await form.getByLabel('To date').fill(last);
  await form.getByRole('button', { name: 'Advance the clock' }).click();
  await confirmAction(page, /^Advance to /, /Refund payouts falling due \(2\):/);
  await page.getByTestId('clock-today').getByText(longDate(last)).waitFor();
  for (const account of accounts) {
    const state = await graphql('query ($id: ID!) { refund(id: $id) { status } }', {
      id: account.refund.id,
    });
    assert.equal(state.refund.status, 'PAID', account.name);
  }
  // Nothing is due any more.
  await form.getByLabel('To date').fill('2021-12-31');
  await form.getByRole('button', { name: 'Advance the clock' }).click();
  await expectText(dialog.getByTestId('due-payouts'), /No refund payout falls due by then\./);
  await dialog.getByRole('button', { name: 'Cancel' }).click();
  await page.context().close();
});
