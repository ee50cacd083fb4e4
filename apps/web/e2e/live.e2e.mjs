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
  screenshotEn,
  screenshotZh,
  switchLanguage,
  signIn,
} from './browser.mjs';

/**
 * Open pages show changes made elsewhere within 5 seconds (they read their data again every
 * 4 seconds while visible), and what a person is typing stays as typed.
 */
let browser;
const stamp = Date.now();
before(async () => {
  browser = await launchBrowser();
});
after(async () => {
  await browser?.close();
});

async function topUp(accountId, amount, key) {
  const data = await graphql(
    'mutation ($input: TopUpBalanceInput!) { topUpBalance(input: $input) { userErrors { message } } }',
    { input: { accountId, method: 'WECHAT_PAY', amount, idempotencyKey: key } },
  );
  assert.deepEqual(data.topUpBalance.userErrors, []);
}

const balance = (page) => page.getByTestId('account-summary').locator('dd.figure').first();

test('the operator’s account page shows a top-up made elsewhere within 5 seconds, keeping the form being filled in', async () => {
  const account = await createAccount(`Live ${stamp}`);
  const page = await openPage(browser);
  await signIn(page);
  await page.goto(`${baseUrl}/accounts/${encodeURIComponent(account.id)}`);
  await expectText(balance(page), /0\.00/);
  const price = page.getByLabel('Price per seat per year (¥)');
  await price.fill('1234.5');

  await topUp(account.id, '321.00', `live-e2e-${stamp}-operator`);
  const changed = Date.now();
  await expectText(balance(page), /321\.00/, 5_000);
  assert.ok(Date.now() - changed <= 5_000);
  assert.equal(await price.inputValue(), '1234.5');
  await screenshotEn(page, 'live-account-page');
  // The same page in Chinese: it is drawn anew, so the price being typed is typed again.
  await switchLanguage(page, 'zh-CN');
  await page.getByLabel('每席位每年价格（元）').fill('1234.5');
  await expectText(balance(page), /321\.00/);
  await screenshotZh(page, 'live-account-page', { zh: /每席位每年价格/ });
  await page.context().close();
});

test('the customer’s portal shows a change made by an operator within 5 seconds, without a reload', async () => {
  const account = await createAccount(`Live portal ${stamp}`);
  const token = await createToken(account.id, 'CUSTOMER_ADMIN');
  const page = await openPage(browser);
  await signIn(page, token);
  await expectText(balance(page), /0\.00/);
  let reloads = 0;
  page.on('framenavigated', (frame) => {
    if (frame === page.mainFrame()) reloads += 1;
  });

  await topUp(account.id, '45.60', `live-e2e-${stamp}-portal`);
  await expectText(balance(page), /45\.60/, 5_000);
  assert.equal(reloads, 0);
  await page.context().close();
});

test('the verification queue shows materials submitted elsewhere and drops those decided elsewhere within 5 seconds, keeping a reason being typed', async () => {
  const first = await createAccount(`Live queue A ${stamp}`);
  const second = await createAccount(`Live queue B ${stamp}`);
  const submit = (id, name) =>
    graphql(
      'mutation ($id: ID!, $name: String!) { submitVerification(input: { accountId: $id, verifiedName: $name, documents: ["licence.pdf"] }) { userErrors { message } } }',
      { id, name },
    );
  await submit(first.id, first.name);
  const page = await openPage(browser);
  await signIn(page);
  await page.goto(`${baseUrl}/verification`);
  const item = (name) => page.getByTestId('verification-item').filter({ hasText: name });
  await item(first.name).waitFor();
  const reason = item(first.name).getByLabel('Reason for rejecting');
  await reason.fill('The licence is blurred');
  let reloads = 0;
  page.on('framenavigated', (frame) => {
    if (frame === page.mainFrame()) reloads += 1;
  });

  // Submitted by the customer elsewhere: it joins the open queue.
  await submit(second.id, second.name);
  await item(second.name).waitFor({ timeout: 5_000 });
  // Approved by another operator: it leaves the open queue.
  await graphql(
    'mutation ($id: ID!) { approveVerification(input: { accountId: $id }) { userErrors { message } } }',
    { id: second.id },
  );
  await item(second.name).waitFor({ state: 'detached', timeout: 5_000 });
  assert.equal(await reason.inputValue(), 'The licence is blurred');
  assert.equal(reloads, 0);
  await page.context().close();
});

test('the refund queue shows a request made elsewhere within 5 seconds, newest first, without a reload', async () => {
  const account = { name: `Live refunds ${stamp}` };
  // Activated today: a refund without reason within 7 days is one the rules allow (R-REF-7DAY).
  const { orderId } = await activeSubscription({ name: account.name, key: `live-e2e-${stamp}` });
  const page = await openPage(browser);
  await signIn(page);
  await page.goto(`${baseUrl}/refunds`);
  await page.getByRole('heading', { level: 1 }).waitFor();
  await page.waitForLoadState('networkidle');
  let reloads = 0;
  page.on('framenavigated', (frame) => {
    if (frame === page.mainFrame()) reloads += 1;
  });

  const requested = await graphql(
    'mutation ($input: RequestRefundInput!) { requestRefund(input: $input) { refund { id } userErrors { message } } }',
    {
      input: {
        orderId,
        reason: 'NO_REASON',
        idempotencyKey: `live-e2e-${stamp}-refund`,
      },
    },
  );
  assert.deepEqual(requested.requestRefund.userErrors, []);
  const item = page.getByTestId('queue-item').filter({ hasText: account.name });
  await item.waitFor({ timeout: 5_000 });
  // Newest first: the request just made heads the queue.
  await expectText(page.getByTestId('queue-item').first(), new RegExp(account.name));
  assert.equal(reloads, 0);
  await page.context().close();
});
