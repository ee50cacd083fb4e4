import assert from 'node:assert/strict';
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
  const price = page.getByLabel('Price per seat per year (CNY)');
  await price.fill('1234.5');

  await topUp(account.id, '321.00', `live-e2e-${stamp}-operator`);
  const changed = Date.now();
  await expectText(balance(page), /321\.00/, 5_000);
  assert.ok(Date.now() - changed <= 5_000);
  assert.equal(await price.inputValue(), '1234.5');
  await screenshot(page, 'live-account-page');
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
