// The whole journal for operators: newest first, a page at a time (Next / Previous), filtered by
// ledger and by customer account; customers have no such page.
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

let browser;
const stamp = Date.now();
before(async () => {
  browser = await launchBrowser();
});
after(async () => {
  await browser?.close();
});

/** Tops the account's balance up by 1.00, 2.00 … `count`.00 (one posting each, oldest first). */
async function topUps(accountId, count) {
  for (let i = 1; i <= count; i++) {
    const data = await graphql(
      'mutation ($input: TopUpBalanceInput!) { topUpBalance(input: $input) { userErrors { message } } }',
      {
        input: {
          accountId,
          method: 'WECHAT_PAY',
          amount: `${i}.00`,
          idempotencyKey: `journal-e2e-${stamp}-${i}`,
        },
      },
    );
    assert.deepEqual(data.topUpBalance.userErrors, []);
  }
}

/** The amounts (`data-amount`) of the journal lines shown. */
const amounts = (page) =>
  page
    .getByTestId('journal-entry')
    .locator('.money')
    .evaluateAll((nodes) => nodes.map((node) => node.getAttribute('data-amount')));

test('an operator pages the journal newest first and filters it by account and ledger', async () => {
  const account = await createAccount(`Journal Co ${stamp}`);
  await topUps(account.id, 23);

  const page = await openPage(browser);
  await signIn(page);
  await page
    .getByRole('navigation', { name: 'Main' })
    .getByRole('link', { name: 'Journal' })
    .click();
  await page.getByRole('heading', { name: 'Journal entries' }).waitFor();
  // The whole journal, newest first: the last top-up's two lines come first.
  await expectText(page.getByTestId('journal-list').locator('caption'), /^20 of \d+ lines/);
  assert.deepEqual((await amounts(page)).slice(0, 2).sort(), ['-23.00', '23.00']);

  // The account's lines: its 23 customer_balance credits, 20 a page.
  const filters = page.getByRole('search', { name: 'Choose the lines' });
  await filters.getByLabel('Account id').fill(account.id);
  await filters.getByRole('button', { name: 'Show' }).click();
  await page.waitForURL(/\/journal\?account=/);
  const caption = page.getByTestId('journal-list').locator('caption');
  await expectText(caption, /^20 of 23 lines, newest first/);
  const newest = Array.from({ length: 20 }, (_, i) => `-${23 - i}.00`);
  assert.deepEqual(await amounts(page), newest);
  const pager = page.getByRole('navigation', { name: 'Pages of the journal' });
  const previous = pager.getByRole('button', { name: 'Previous' });
  const next = pager.getByRole('button', { name: 'Next' });
  assert.equal(await previous.isDisabled(), true);
  await screenshot(page, 'journal');

  await next.click();
  await expectText(caption, /^3 of 23 lines/);
  assert.deepEqual(await amounts(page), ['-3.00', '-2.00', '-1.00']);
  assert.equal(await next.isDisabled(), true);
  assert.equal(await previous.isDisabled(), false);
  const accountLinks = page
    .getByTestId('journal-entry')
    .getByRole('link', { name: 'Open the account' });
  assert.equal(await accountLinks.count(), 3);

  await previous.click();
  await expectText(caption, /^20 of 23 lines/);
  assert.deepEqual(await amounts(page), newest);
  assert.equal(await previous.isDisabled(), true);
  assert.equal(await next.isDisabled(), false);

  // By ledger: the account has no revenue, and its balance lines are all customer_balance.
  await filters.getByLabel('Ledger').selectOption('revenue');
  await filters.getByRole('button', { name: 'Show' }).click();
  await page.getByText('Nothing posted yet.').waitFor();
  await filters.getByLabel('Ledger').selectOption('customer_balance');
  await filters.getByRole('button', { name: 'Show' }).click();
  await expectText(caption, /^20 of 23 lines/);
  const ledgers = await page.getByTestId('journal-entry').locator('td.mono').allInnerTexts();
  assert.deepEqual(new Set(ledgers), new Set(['customer_balance']));

  // The cash side of the top-ups: all accounts', no customer account on the line.
  await filters.getByLabel('Account id').fill('');
  await filters.getByLabel('Ledger').selectOption('cash:WECHAT_PAY');
  await filters.getByRole('button', { name: 'Show' }).click();
  await page.waitForURL(/\/journal\?ledger=cash%3AWECHAT_PAY$/);
  await expectText(page.getByTestId('journal-entry').locator('td.mono'), /^cash:WECHAT_PAY$/);
  await expectText(caption, /^20 of \d+ lines/);
  assert.equal((await amounts(page))[0], '23.00');
  await page.getByRole('link', { name: 'Open the account' }).first().waitFor({ state: 'detached' });

  // A malformed account id is the API's clear refusal, not an empty page.
  await filters.getByLabel('Account id').fill('not-an-account');
  await filters.getByRole('button', { name: 'Show' }).click();
  await page
    .getByRole('alert')
    .getByText(/accountId is not the id of an account/)
    .waitFor();
  await page.context().close();
});

test('the journal is an operator page: customers neither see it nor open it', async () => {
  const account = await createAccount(`Journal Customer ${stamp}`);
  const token = await createToken(account.id, 'CUSTOMER_ADMIN');
  const page = await openPage(browser);
  await signIn(page, token);
  await page.getByRole('heading', { name: 'My account' }).waitFor();
  const nav = page.getByRole('navigation', { name: 'Main' });
  assert.equal(await nav.getByRole('link', { name: 'Journal' }).count(), 0);
  await page.goto(`${baseUrl}/journal`);
  await page.getByRole('heading', { name: 'Page not found' }).waitFor();
  await page.context().close();
});
