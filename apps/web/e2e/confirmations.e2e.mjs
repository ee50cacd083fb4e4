// Every money-moving or irreversible action asks first, stating the amount and the consequence:
// cancelling (or Escape) changes nothing, confirming acts once and leaves a result notice with a
// link to the object. Set-up goes through the API; the clicks through the UI.
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
  screenshotEn,
  screenshotPair,
  screenshotZh,
  switchLanguage,
  signIn,
} from './browser.mjs';

let browser;
const stamp = Date.now();
const key = (what) => `confirm-${what}-${stamp}`;
const clockName = `Confirm clock ${stamp}`;
const names = {
  pending: `Confirm Pending ${stamp}`,
  refunded: `Confirm Refunded ${stamp}`,
  unpaid: `Confirm Unpaid ${stamp}`,
  declined: `Confirm Declined ${stamp}`,
  toCancel: `Confirm Cancel ${stamp}`,
  topUp: `Confirm Top-up ${stamp}`,
  seats: `Confirm Seats ${stamp}`,
  free: `Confirm Free ${stamp}`,
};
const ids = {};

/** "1234.5" as the UI writes it: ¥1,234.50. */
function yuan(amount) {
  return `¥${Number(amount).toLocaleString('en-US', { minimumFractionDigits: 2, maximumFractionDigits: 2 })}`;
}

function escape(text) {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

async function newAccount(name, { verify = 'submit' } = {}) {
  const created = await graphql(
    'mutation ($name: String!, $clock: ID) { createAccount(input: { name: $name, testClockId: $clock }) { account { id } } }',
    { name, clock: ids.clock },
  );
  const accountId = created.createAccount.account.id;
  await graphql(
    'mutation ($id: ID!, $name: String!) { submitVerification(input: { accountId: $id, verifiedName: $name, documents: ["licence.pdf"] }) { userErrors { message } } }',
    { id: accountId, name },
  );
  if (verify === 'approve')
    await graphql(
      'mutation ($id: ID!) { approveVerification(input: { accountId: $id }) { userErrors { message } } }',
      { id: accountId },
    );
  const opened = await graphql(
    'mutation ($input: OpenSubscriptionInput!) { openSubscription(input: $input) { order { id total { amount } } subscription { id } userErrors { message } } }',
    {
      input: {
        accountId,
        productCode: 'QIDIAN',
        planCode: 'SEATS',
        seats: 3,
        years: 1,
        idempotencyKey: key(`open-${name}`),
      },
    },
  );
  return {
    accountId,
    orderId: opened.openSubscription.order.id,
    total: opened.openSubscription.order.total.amount,
    subscriptionId: opened.openSubscription.subscription.id,
  };
}

/** A verified account with an activated 5-seat subscription of `plan` (paid if it costs). */
async function activeAccount(name, plan) {
  const created = await graphql(
    'mutation ($name: String!, $clock: ID) { createAccount(input: { name: $name, testClockId: $clock }) { account { id } } }',
    { name, clock: ids.clock },
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
    'mutation ($input: OpenSubscriptionInput!) { openSubscription(input: $input) { order { id status total { amount } } subscription { id } userErrors { message } } }',
    { input: { accountId, ...plan, seats: 5, years: 1, idempotencyKey: key(`open-${name}`) } },
  );
  assert.deepEqual(opened.openSubscription.userErrors, []);
  const { order, subscription } = opened.openSubscription;
  if (order.status === 'AWAITING_PAYMENT') await payByApi(order.id, order.total.amount, name);
  const activated = await graphql(
    'mutation ($id: ID!) { activateSubscription(input: { subscriptionId: $id }) { userErrors { message } } }',
    { id: subscription.id },
  );
  assert.deepEqual(activated.activateSubscription.userErrors, []);
  return { accountId, orderId: order.id, subscriptionId: subscription.id };
}

/** What the four newer confirmations change: an order's status, a balance, seats, a status. */
async function changes() {
  const data = await graphql(
    `
      query ($order: ID!, $topUp: ID!, $seats: ID!, $free: ID!) {
        order(id: $order) {
          status
        }
        account(id: $topUp) {
          balance {
            amount
          }
        }
        seats: subscription(id: $seats) {
          seats
        }
        free: subscription(id: $free) {
          status
        }
      }
    `,
    {
      order: ids.toCancel.orderId,
      topUp: ids.topUp.accountId,
      seats: ids.seats.subscriptionId,
      free: ids.free.subscriptionId,
    },
  );
  return {
    order: data.order.status,
    balance: data.account.balance.amount,
    seats: data.seats.seats,
    free: data.free.status,
  };
}

async function payByApi(orderId, amount, what) {
  const data = await graphql(
    'mutation ($input: PayOrderInput!) { payOrder(input: $input) { userErrors { message } } }',
    { input: { orderId, method: 'ALIPAY', amount, idempotencyKey: key(`pay-${what}`) } },
  );
  assert.deepEqual(data.payOrder.userErrors, []);
}

async function state() {
  const data = await graphql(
    `
      query ($pending: ID!, $order: ID!, $sub: ID!, $refund: ID!, $unpaid: ID!) {
        account(id: $pending) {
          verificationStatus
        }
        order(id: $order) {
          status
          outstanding {
            amount
          }
          payments {
            id
          }
        }
        subscription(id: $sub) {
          status
        }
        refund(id: $refund) {
          status
        }
        unpaid: order(id: $unpaid) {
          status
          payments {
            id
          }
        }
        testClocks {
          id
          today
        }
      }
    `,
    {
      pending: ids.pending.accountId,
      order: ids.pending.orderId,
      sub: ids.pending.subscriptionId,
      refund: ids.refundId,
      unpaid: ids.unpaid.orderId,
    },
  );
  return {
    verification: data.account.verificationStatus,
    orderStatus: data.order.status,
    outstanding: data.order.outstanding.amount,
    payments: data.order.payments.length,
    subscription: data.subscription.status,
    refund: data.refund.status,
    unpaidPayments: data.unpaid.payments.length,
    today: data.testClocks.find((clock) => clock.id === ids.clock).today,
  };
}

/** Whether focus is inside the open dialog. */
function focusInDialog(page) {
  return page.evaluate(() => Boolean(globalThis.document.activeElement?.closest('dialog[open]')));
}

before(async () => {
  browser = await launchBrowser();
  const clock = await graphql(
    'mutation ($name: String!) { createTestClock(input: { name: $name, frozenAt: "2024-03-04T10:00:00+08:00" }) { testClock { id } } }',
    { name: clockName },
  );
  ids.clock = clock.createTestClock.testClock.id;
  // Materials waiting for review, an unpaid opening order.
  ids.pending = await newAccount(names.pending);
  // Activated today: a refund without reason within 7 days (R-REF-7DAY) gives everything back and
  // ends the subscription.
  ids.refunded = await newAccount(names.refunded, { verify: 'approve' });
  await payByApi(ids.refunded.orderId, ids.refunded.total, 'refunded');
  const activated = await graphql(
    'mutation ($id: ID!) { activateSubscription(input: { subscriptionId: $id }) { userErrors { message } } }',
    { id: ids.refunded.subscriptionId },
  );
  assert.deepEqual(activated.activateSubscription.userErrors, []);
  const refund = await graphql(
    'mutation ($input: RequestRefundInput!) { requestRefund(input: $input) { refund { id payout { amount } decision { endsSubscription } } userErrors { message } } }',
    {
      input: {
        orderId: ids.refunded.orderId,
        reason: 'NO_REASON',
        note: 'Never used.',
        idempotencyKey: key('refund'),
      },
    },
  );
  assert.deepEqual(refund.requestRefund.userErrors, []);
  assert.equal(refund.requestRefund.refund.decision.endsSubscription, true);
  ids.refundId = refund.requestRefund.refund.id;
  ids.refundPayout = refund.requestRefund.refund.payout.amount;
  ids.unpaid = await newAccount(names.unpaid);
  // Materials to reject, and a refund to reject.
  ids.declined = await newAccount(names.declined, { verify: 'approve' });
  await payByApi(ids.declined.orderId, ids.declined.total, 'declined');
  await graphql(
    'mutation ($id: ID!) { activateSubscription(input: { subscriptionId: $id }) { userErrors { message } } }',
    { id: ids.declined.subscriptionId },
  );
  const declined = await graphql(
    'mutation ($input: RequestRefundInput!) { requestRefund(input: $input) { refund { id payout { amount } } userErrors { message } } }',
    {
      input: {
        orderId: ids.declined.orderId,
        reason: 'NO_REASON',
        idempotencyKey: key('refund-declined'),
      },
    },
  );
  ids.declinedRefund = declined.requestRefund.refund.id;
  ids.declinedPayout = declined.requestRefund.refund.payout.amount;
  ids.toReject = await newAccount(`${names.declined} materials`);
  // An unpaid order to cancel, a verified account to top up, 5 active seats to remove from, an
  // active free plan to leave.
  ids.toCancel = await newAccount(names.toCancel);
  ids.topUp = await newAccount(names.topUp, { verify: 'approve' });
  ids.seats = await activeAccount(names.seats, { productCode: 'QIDIAN', planCode: 'SEATS' });
  ids.free = await activeAccount(names.free, { productCode: 'EXMAIL', planCode: 'FREE' });
});
after(async () => {
  await browser?.close();
});

test('approving a verification asks first: Escape and Cancel change nothing, focus stays in the dialog; confirming approves it once', async () => {
  const page = await openPage(browser);
  await signIn(page);
  await page.goto(`${baseUrl}/verification`);
  // The account lives on a test clock: the queue shows live accounts until Test mode is on.
  await page.getByRole('switch', { name: 'Test mode' }).check();
  const item = page.getByTestId('verification-item').filter({ hasText: names.pending });
  await item.getByRole('button', { name: 'Approve' }).click();
  const dialog = page.getByRole('dialog', { name: 'Approve these materials?' });
  await expectText(dialog, new RegExp(`${escape(names.pending)} becomes verified`));
  assert.equal(await focusInDialog(page), true);
  for (let i = 0; i < 5; i++) {
    await page.keyboard.press('Tab');
    assert.equal(await focusInDialog(page), true, `focus left the dialog after ${i + 1} Tab`);
  }
  await page.keyboard.press('Shift+Tab');
  assert.equal(await focusInDialog(page), true);
  await page.keyboard.press('Escape');
  await dialog.waitFor({ state: 'detached' });
  // Focus goes back to the button that asked.
  assert.equal(
    await page.evaluate(() => globalThis.document.activeElement?.textContent),
    'Approve',
  );
  assert.equal((await state()).verification, 'PENDING');

  await item.getByRole('button', { name: 'Approve' }).click();
  await dialog.getByRole('button', { name: 'Cancel' }).click();
  await dialog.waitFor({ state: 'detached' });
  assert.equal((await state()).verification, 'PENDING');
  assert.equal(await page.getByTestId('result-notice').count(), 0);

  await item.getByRole('button', { name: 'Approve' }).click();
  await confirmAction(page, `Approve the verification of ${names.pending}`);
  const notice = await expectResult(
    page,
    new RegExp(`Verification approved: ${escape(names.pending)} can now be activated\\.`),
  );
  assert.equal((await state()).verification, 'APPROVED');
  await notice.getByRole('link', { name: 'Open the account' }).click();
  await page.getByRole('heading', { name: names.pending }).waitFor();
  assert.equal(
    new URL(page.url()).pathname,
    `/accounts/${encodeURIComponent(ids.pending.accountId)}`,
  );
  await page.context().close();
});

test('paying an order states the amount and method; cancelling charges nothing, confirming pays once', async () => {
  const page = await openPage(browser);
  await signIn(page);
  await page.goto(`${baseUrl}/orders/${encodeURIComponent(ids.pending.orderId)}`);
  const amount = yuan(ids.pending.total);
  await page.getByLabel('Method').selectOption('ALIPAY');
  await page.getByRole('button', { name: 'Pay', exact: true }).click();
  const dialog = page.getByRole('dialog', { name: 'Pay this order?' });
  await expectText(dialog, new RegExp(`${escape(amount)} is charged by Alipay`));
  await dialog.getByRole('button', { name: 'Cancel' }).click();
  await dialog.waitFor({ state: 'detached' });
  let now = await state();
  assert.equal(now.payments, 0);
  assert.equal(now.orderStatus, 'AWAITING_PAYMENT');

  await page.getByRole('button', { name: 'Pay', exact: true }).click();
  await confirmAction(page, `Pay ${amount}`);
  const notice = await expectResult(
    page,
    new RegExp(`Payment recorded: ${escape(amount)} by Alipay; the order is paid in full\\.`),
  );
  now = await state();
  assert.equal(now.payments, 1);
  assert.equal(now.outstanding, '0.00');
  const link = notice.getByRole('link', { name: 'Open the order' });
  assert.equal(
    await link.getAttribute('href'),
    `/orders/${encodeURIComponent(ids.pending.orderId)}`,
  );
  // The notice is the English run's: in Chinese the page drawn anew has the order paid in full.
  await screenshotPair(page, 'result-notice-payment', { zh: /已付款/ });
  await page.context().close();
});

test('activating, from the operator’s account page, states the paid amount and that service starts today; cancelling leaves it pending', async () => {
  const page = await openPage(browser);
  await signIn(page);
  // The operator reaches it from the account page itself, not only from the portal view.
  await page.goto(`${baseUrl}/accounts/${encodeURIComponent(ids.pending.accountId)}`);
  await page.getByRole('button', { name: 'Activate' }).click();
  const dialog = page.getByRole('dialog');
  await expectText(
    dialog,
    new RegExp(`3 seats, ${escape(yuan(ids.pending.total))} paid: the service starts today`),
  );
  await screenshotEn(page, 'confirm-activate', { fullPage: false });
  await dialog.getByRole('button', { name: 'Cancel' }).click();
  await dialog.waitFor({ state: 'detached' });
  // The same question in Chinese, then cancelled too.
  await switchLanguage(page, 'zh-CN');
  await page.getByRole('button', { name: '开通' }).click();
  await screenshotZh(page, 'confirm-activate', { fullPage: false, zh: /开通 .*？/ });
  await dialog.getByRole('button', { name: '取消' }).click();
  await dialog.waitFor({ state: 'detached' });
  await switchLanguage(page, 'en');
  assert.equal((await state()).subscription, 'PENDING_ACTIVATION');

  await page.getByRole('button', { name: 'Activate' }).click();
  await confirmAction(page, /^Activate .* from today$/);
  const notice = await expectResult(
    page,
    /Subscription activated: .*3 seats, service period Mar 4, 2024 – /,
  );
  assert.equal((await state()).subscription, 'ACTIVE');
  await page.getByRole('button', { name: 'Activate' }).waitFor({ state: 'detached' });
  await screenshotEn(page, 'result-notice-activate');
  await notice.getByRole('link', { name: 'Open the account' }).click();
  await page.getByRole('heading', { name: names.pending }).waitFor();
  // The notice is the English run's: in Chinese, the account page it leads to, now active.
  await switchLanguage(page, 'zh-CN');
  await screenshotZh(page, 'result-notice-activate', { zh: /服务中/ });
  await page.context().close();
});

test('approving a refund states the payout, the method and that the subscription ends; paying it out asks again', async () => {
  const page = await openPage(browser);
  await signIn(page);
  const refundUrl = `/refunds/${encodeURIComponent(ids.refundId)}`;
  await page.goto(`${baseUrl}${refundUrl}`);
  const payout = yuan(ids.refundPayout);
  await page.getByRole('button', { name: 'Approve' }).click();
  const dialog = page.getByRole('dialog', { name: 'Approve this refund?' });
  await expectText(dialog, new RegExp(`${escape(payout)} will be paid back to Alipay`));
  await expectText(dialog, /Approving ends the subscription today: its service stops\./);
  await dialog.getByRole('button', { name: `Approve the refund of ${payout}` }).waitFor();
  await screenshotEn(page, 'confirm-refund-approve', { fullPage: false });
  await dialog.getByRole('button', { name: 'Cancel' }).click();
  await dialog.waitFor({ state: 'detached' });
  await switchLanguage(page, 'zh-CN');
  await page.getByRole('button', { name: '通过', exact: true }).click();
  const zh = page.getByRole('dialog', { name: '批准这笔退款？' });
  await screenshotZh(page, 'confirm-refund-approve', { fullPage: false, zh: /支付宝/ });
  await zh.getByRole('button', { name: '取消' }).click();
  await zh.waitFor({ state: 'detached' });
  await switchLanguage(page, 'en');
  assert.equal((await state()).refund, 'REQUESTED');

  await page.getByRole('button', { name: 'Approve' }).click();
  await confirmAction(page, `Approve the refund of ${payout}`);
  const notice = await expectResult(
    page,
    new RegExp(
      `Refund approved: ${escape(payout)} to Alipay, payout due .*; the subscription ends today\\.`,
    ),
  );
  assert.equal((await state()).refund, 'APPROVED');
  assert.equal(
    await notice.getByRole('link', { name: 'Open the refund' }).getAttribute('href'),
    refundUrl,
  );
  // The notice is the English run's: in Chinese the page drawn anew has the refund approved.
  await screenshotPair(page, 'result-notice-refund', { zh: /已通过/ });

  await page.getByRole('button', { name: 'Pay out now' }).click();
  await expectText(
    page.getByRole('dialog'),
    new RegExp(`${escape(payout)} is recorded as paid back to Alipay now`),
  );
  await page.keyboard.press('Escape');
  await page.getByRole('dialog').waitFor({ state: 'detached' });
  assert.equal((await state()).refund, 'APPROVED');
  await page.getByRole('button', { name: 'Pay out now' }).click();
  await confirmAction(page, `Pay out ${payout}`);
  const paid = await expectResult(
    page,
    new RegExp(`Refund paid out: ${escape(payout)} to Alipay\\.`),
  );
  assert.equal(
    await paid.getByRole('link', { name: 'Open the refund' }).getAttribute('href'),
    refundUrl,
  );
  assert.equal((await state()).refund, 'PAID');
  await page.context().close();
});

test('advancing a clock states where it goes; cancelling leaves it where it was', async () => {
  const page = await openPage(browser);
  await signIn(page);
  await page.goto(`${baseUrl}/test-clocks?clock=${encodeURIComponent(ids.clock)}`);
  const form = page.getByRole('form', { name: 'Move forward' });
  await form.getByLabel('To date').fill('2024-03-20');
  await form.getByRole('button', { name: 'Advance the clock' }).click();
  const dialog = page.getByRole('dialog');
  await expectText(dialog, /moves from Mar 4, 2024 to Mar 20, 2024 10:00/);
  await screenshotEn(page, 'confirm-advance-clock', { fullPage: false });
  await dialog.getByRole('button', { name: 'Cancel' }).click();
  await dialog.waitFor({ state: 'detached' });
  // The same question in Chinese (the date typed again: the page is drawn anew), cancelled too.
  await switchLanguage(page, 'zh-CN');
  const zhForm = page.getByRole('form', { name: '向前拨动' });
  await zhForm.getByLabel('拨到日期').fill('2024-03-20');
  await zhForm.getByRole('button', { name: '拨动时钟' }).click();
  await screenshotZh(page, 'confirm-advance-clock', { fullPage: false, zh: /向前拨动？/ });
  await dialog.getByRole('button', { name: '取消' }).click();
  await dialog.waitFor({ state: 'detached' });
  await switchLanguage(page, 'en');
  await form.getByLabel('To date').fill('2024-03-20');
  assert.equal((await state()).today, '2024-03-04');

  await form.getByRole('button', { name: 'Advance the clock' }).click();
  await confirmAction(page, 'Advance to Mar 20, 2024 10:00');
  const notice = await expectResult(
    page,
    new RegExp(`Clock “${escape(clockName)}” advanced to Mar 20, 2024 10:00`),
  );
  assert.equal((await state()).today, '2024-03-20');
  assert.match(
    await notice.getByRole('link', { name: 'Open the clock' }).getAttribute('href'),
    /^\/test-clocks\?clock=/,
  );
  // The notice is the English run's: in Chinese the page drawn anew has the clock on Mar 20.
  await screenshotPair(page, 'result-notice-advance-clock', { zh: /2024年3月20日/ });
  await page.context().close();
});

test('the confirmation speaks Chinese: 支付 states the amount, 取消 changes nothing', async () => {
  const page = await openPage(browser);
  await signIn(page);
  await page.goto(`${baseUrl}/orders/${encodeURIComponent(ids.unpaid.orderId)}?lang=zh-CN`);
  const amount = yuan(ids.unpaid.total);
  await page.getByRole('button', { name: '支付', exact: true }).click();
  const dialog = page.getByRole('dialog', { name: '支付这笔订单？' });
  await expectText(dialog, new RegExp(`将通过银行卡支付 ${escape(amount)}`));
  await dialog.getByRole('button', { name: `支付 ${amount}` }).waitFor();
  await screenshot(page, 'confirm-pay-zh', { fullPage: false });
  await dialog.getByRole('button', { name: '取消' }).click();
  await dialog.waitFor({ state: 'detached' });
  assert.equal((await state()).unpaidPayments, 0);

  await page.goto(`${baseUrl}/orders/${encodeURIComponent(ids.unpaid.orderId)}?lang=en`);
  await page.getByRole('button', { name: 'Pay', exact: true }).click();
  await page.getByRole('dialog', { name: 'Pay this order?' }).waitFor();
  await screenshot(page, 'confirm-pay', { fullPage: false });
  await page.getByRole('dialog').getByRole('button', { name: 'Cancel' }).click();
  assert.equal((await state()).unpaidPayments, 0);
  await page.context().close();
});

test('rejecting a refund or materials states that nothing is paid or activated; cancelling keeps them waiting', async () => {
  const page = await openPage(browser);
  await signIn(page);
  const status = async () => {
    const data = await graphql(
      'query ($refund: ID!, $account: ID!) { refund(id: $refund) { status } account(id: $account) { verificationStatus } }',
      { refund: ids.declinedRefund, account: ids.toReject.accountId },
    );
    return [data.refund.status, data.account.verificationStatus];
  };
  await page.goto(`${baseUrl}/refunds`);
  // The account lives on a test clock: the console shows live accounts until Test mode is on.
  await page.getByRole('switch', { name: 'Test mode' }).check();
  const item = page.getByTestId('queue-item').filter({ hasText: names.declined });
  await item.getByLabel('Reviewer’s note').fill('Used for a month.');
  await item.getByRole('button', { name: 'Reject' }).click();
  const payout = yuan(ids.declinedPayout);
  const dialog = page.getByRole('dialog', { name: 'Reject this refund?' });
  await expectText(
    dialog,
    new RegExp(`Nothing is paid back \\(the rules allow ${escape(payout)}\\)`),
  );
  await expectText(dialog, /“Used for a month\.”/);
  await dialog.getByRole('button', { name: 'Cancel' }).click();
  await dialog.waitFor({ state: 'detached' });
  assert.deepEqual(await status(), ['REQUESTED', 'PENDING']);
  await item.getByRole('button', { name: 'Reject' }).click();
  await confirmAction(page, `Reject the refund of ${payout}`);
  const notice = await expectResult(page, /Refund rejected: nothing is paid back\./);
  assert.equal((await status())[0], 'REJECTED');
  await notice.getByRole('link', { name: 'Open the refund' }).click();
  await page.getByRole('heading', { name: /Refund · / }).waitFor();
  assert.equal(new URL(page.url()).pathname, `/refunds/${encodeURIComponent(ids.declinedRefund)}`);
  // The account lives on a test clock: the refund's dates say so.
  await expectText(page.locator('main'), /\(test clock\)/);

  await page.goto(`${baseUrl}/verification?lang=zh-CN`);
  const materials = page
    .getByTestId('verification-item')
    .filter({ hasText: `${names.declined} materials` });
  await materials.getByLabel('驳回原因').fill('营业执照已过期');
  await materials.getByRole('button', { name: '驳回' }).click();
  const zh = page.getByRole('dialog', { name: '驳回这些认证材料？' });
  await expectText(zh, /客户将看到您的理由：“营业执照已过期”/);
  await screenshotZh(page, 'confirm-verification-reject', {
    fullPage: false,
    zh: /营业执照已过期/,
  });
  await zh.getByRole('button', { name: '取消' }).click();
  await zh.waitFor({ state: 'detached' });
  // The same question in English (the reason typed again: the page is drawn anew), cancelled too.
  await switchLanguage(page, 'en');
  await materials.getByLabel('Reason for rejecting').fill('营业执照已过期');
  await materials.getByRole('button', { name: 'Reject' }).click();
  const en = page.getByRole('dialog', { name: 'Reject these materials?' });
  await expectText(en, /“营业执照已过期”/);
  await screenshotEn(page, 'confirm-verification-reject', { fullPage: false });
  await en.getByRole('button', { name: 'Cancel' }).click();
  await en.waitFor({ state: 'detached' });
  await switchLanguage(page, 'zh-CN');
  await materials.getByLabel('驳回原因').fill('营业执照已过期');
  assert.equal((await status())[1], 'PENDING');
  await materials.getByRole('button', { name: '驳回' }).click();
  await confirmAction(page, `驳回 ${names.declined} materials 的认证`);
  const rejected = await expectResult(
    page,
    new RegExp(`认证已驳回：${escape(names.declined)} materials 需要重新提交材料。`),
  );
  assert.equal(
    await rejected.getByRole('link', { name: '查看账户' }).getAttribute('href'),
    `/accounts/${encodeURIComponent(ids.toReject.accountId)}`,
  );
  assert.equal((await status())[1], 'REJECTED');
  // The notice is the Chinese run's: in English the queue drawn anew, without those materials.
  await screenshotPair(page, 'result-notice-verification', { fullPage: false, from: 'zh-CN' });
  await page.context().close();
});

test('topping up the balance states the amount and method; cancelling charges nothing, confirming tops up once and links to the balance', async () => {
  const page = await openPage(browser);
  await signIn(page);
  await page.goto(`${baseUrl}/accounts/${encodeURIComponent(ids.topUp.accountId)}/portal/orders`);
  const form = page.getByRole('form', { name: 'Top up the prepaid balance' });
  await form.getByLabel('Amount (¥)').fill('500');
  await form.getByRole('button', { name: 'Top up', exact: true }).click();
  const dialog = page.getByRole('dialog', { name: 'Top up the prepaid balance?' });
  await expectText(
    dialog,
    /¥500\.00 is charged by Alipay and added to the prepaid balance at once/,
  );
  await screenshotEn(page, 'confirm-top-up', { fullPage: false });
  await dialog.getByRole('button', { name: 'Cancel', exact: true }).click();
  await dialog.waitFor({ state: 'detached' });
  // The same question in Chinese (the amount typed again: the page is drawn anew), cancelled too.
  await switchLanguage(page, 'zh-CN');
  const zhTopUp = page.getByRole('form', { name: '充值预付余额' });
  await zhTopUp.getByLabel('金额（¥）').fill('500');
  await zhTopUp.getByRole('button', { name: '充值', exact: true }).click();
  const zhDialog = page.getByRole('dialog', { name: '充值预付余额？' });
  await screenshotZh(page, 'confirm-top-up', { fullPage: false, zh: /充值预付余额？/ });
  await zhDialog.getByRole('button', { name: '取消', exact: true }).click();
  await zhDialog.waitFor({ state: 'detached' });
  await switchLanguage(page, 'en');
  await form.getByLabel('Amount (¥)').fill('500');
  assert.equal((await changes()).balance, '0.00');

  await form.getByRole('button', { name: 'Top up', exact: true }).click();
  await confirmAction(page, 'Top up ¥500.00');
  const notice = await expectResult(
    page,
    /Balance topped up: ¥500\.00 by Alipay; the balance is now ¥500\.00\./,
  );
  assert.equal((await changes()).balance, '500.00');
  assert.equal(
    await notice.getByRole('link', { name: 'See the balance' }).getAttribute('href'),
    `${new URL(page.url()).pathname}#balance`,
  );
  await expectText(page.getByTestId('balance'), /¥500\.00/);

  // In Chinese the confirmation says the same; Escape tops up nothing.
  await page.goto(
    `${baseUrl}/accounts/${encodeURIComponent(ids.topUp.accountId)}/portal/orders?lang=zh-CN`,
  );
  const zhForm = page.getByRole('form', { name: '充值预付余额' });
  await zhForm.getByLabel('金额（¥）').fill('100');
  await zhForm.getByRole('button', { name: '充值', exact: true }).click();
  const zh = page.getByRole('dialog', { name: '充值预付余额？' });
  await expectText(zh, /将通过支付宝收取 ¥100\.00，并立即计入预付余额/);
  // No English word (rule ids such as R-PAY-4 stay as they are).
  assert.doesNotMatch((await zh.innerText()).replace(/\bR-[A-Z0-9-]+/g, ''), /[A-Za-z]{2,}/);
  await page.keyboard.press('Escape');
  await zh.waitFor({ state: 'detached' });
  assert.equal((await changes()).balance, '500.00');
  await page.context().close();
});

test('cancelling an unpaid order states its amount and that it cannot be paid any more; confirming cancels it and links to the order', async () => {
  const page = await openPage(browser);
  await signIn(page);
  const orderUrl = `/orders/${encodeURIComponent(ids.toCancel.orderId)}`;
  await page.goto(`${baseUrl}${orderUrl}`);
  const amount = yuan(ids.toCancel.total);
  await page.getByRole('button', { name: 'Cancel this order' }).click();
  const dialog = page.getByRole('dialog', { name: 'Cancel this order?' });
  await expectText(
    dialog,
    new RegExp(`The order for ${escape(amount)} is cancelled and can no longer be paid`),
  );
  await expectText(dialog, /nothing is refunded/);
  await dialog.getByRole('button', { name: 'Cancel', exact: true }).click();
  await dialog.waitFor({ state: 'detached' });
  assert.equal((await changes()).order, 'AWAITING_PAYMENT');

  await page.getByRole('button', { name: 'Cancel this order' }).click();
  await confirmAction(page, `Cancel the order for ${amount}`);
  const notice = await expectResult(
    page,
    new RegExp(`Order cancelled: ${escape(amount)} will not be charged\\.`),
  );
  assert.equal((await changes()).order, 'CANCELLED');
  assert.equal(
    await notice.getByRole('link', { name: 'Open the order' }).getAttribute('href'),
    orderUrl,
  );
  await page.context().close();
});

test('removing seats states how many of how many stop and that nothing is refunded; confirming removes them and links to the subscription', async () => {
  const page = await openPage(browser);
  await signIn(page);
  await page.goto(`${baseUrl}/accounts/${encodeURIComponent(ids.seats.accountId)}/portal`);
  const card = page.getByTestId('subscription');
  await card.getByRole('button', { name: 'Remove seats' }).click();
  const form = page.getByRole('form', { name: 'Remove seats' });
  await form.getByLabel('Seats to remove').fill('1');
  await form.getByRole('button', { name: 'Remove seats' }).click();
  const dialog = page.getByRole('dialog', { name: 'Remove 1 seat(s)?' });
  await expectText(dialog, /1 of the subscription’s 5 seats stop today and nothing is refunded/);
  await dialog.getByRole('button', { name: 'Cancel', exact: true }).click();
  await dialog.waitFor({ state: 'detached' });
  assert.equal((await changes()).seats, 5);

  await form.getByRole('button', { name: 'Remove seats' }).click();
  await confirmAction(page, 'Remove 1 seat(s)');
  const notice = await expectResult(
    page,
    /Seats removed: the subscription now has 4 seats; nothing is refunded\./,
  );
  assert.equal((await changes()).seats, 4);
  assert.equal(
    await notice.getByRole('link', { name: 'See the subscription' }).getAttribute('href'),
    `${new URL(page.url()).pathname}#${await card.getAttribute('id')}`,
  );
  await expectText(card.getByTestId('seats'), /4/);
  await page.context().close();
});

test('leaving a free plan states that it ends today with nothing to refund; confirming ends it and links to the subscription', async () => {
  const page = await openPage(browser);
  await signIn(page);
  await page.goto(`${baseUrl}/accounts/${encodeURIComponent(ids.free.accountId)}/portal`);
  const card = page.getByTestId('subscription');
  await card.getByRole('button', { name: 'Leave', exact: true }).click();
  await page.getByRole('button', { name: 'Leave this free plan' }).click();
  const dialog = page.getByRole('dialog', { name: /^Leave the free plan / });
  await expectText(dialog, /ends today and its service stops; a free plan has nothing to refund/);
  await expectText(dialog, /cannot be undone/);
  await page.keyboard.press('Escape');
  await dialog.waitFor({ state: 'detached' });
  assert.equal((await changes()).free, 'ACTIVE');

  await page.getByRole('button', { name: 'Leave this free plan' }).click();
  await confirmAction(page, /^Leave .* today$/);
  const notice = await expectResult(
    page,
    /Free plan left: .* ended today; there is nothing to refund\./,
  );
  assert.equal((await changes()).free, 'TERMINATED');
  assert.equal(
    await notice.getByRole('link', { name: 'See the subscription' }).getAttribute('href'),
    `${new URL(page.url()).pathname}#${await card.getAttribute('id')}`,
  );
  await page.context().close();
});
