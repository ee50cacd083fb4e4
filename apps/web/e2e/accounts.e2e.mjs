import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import {
  PHONE,
  createAccount,
  expectText,
  launchBrowser,
  openPage,
  screenshot,
  signIn,
} from './browser.mjs';

let browser;
const stamp = Date.now();
const prefix = `Paging ${stamp}`;
before(async () => {
  browser = await launchBrowser();
  // One more than a page (20) plus two, all findable by one search.
  for (let i = 1; i <= 23; i += 1) await createAccount(`${prefix} ${String(i).padStart(2, '0')}`);
});
after(async () => {
  await browser?.close();
});

test('an operator searches, filters by status and loads more accounts', async () => {
  const page = await openPage(browser);
  await signIn(page);
  await page.getByRole('heading', { name: 'Accounts' }).waitFor();
  await page.getByLabel('Search').fill(prefix);
  await page.waitForURL(/[?&]q=Paging/);
  await page.getByText('Showing 20 of 23 accounts, newest first').waitFor();
  assert.equal(await page.getByTestId('account-row').count(), 20);
  // Newest first: the last one created heads the list.
  await expectText(page.getByTestId('account-row').first(), new RegExp(`${prefix} 23`));

  // "Load more" continues in the same order, down to the first one created.
  await page.getByRole('button', { name: 'Load more' }).click();
  await page.getByText('Showing 23 of 23 accounts').waitFor();
  assert.equal(await page.getByTestId('account-row').count(), 23);
  assert.equal(await page.getByRole('button', { name: 'Load more' }).count(), 0);
  const names = await page.getByTestId('account-row').getByRole('link').allInnerTexts();
  const expected = Array.from(
    { length: 23 },
    (_, i) => `${prefix} ${String(23 - i).padStart(2, '0')}`,
  );
  assert.deepEqual(names, expected);

  await page.getByLabel('Status', { exact: true }).selectOption('SUSPENDED');
  await page.waitForURL(/status=SUSPENDED/);
  await page.getByText('No account matches these filters.').waitFor();
  await page.getByLabel('Status', { exact: true }).selectOption('ACTIVE');
  await page.getByText('Showing 20 of 23 accounts').waitFor();
  await page.context().close();
});

test('a double click on "Create account" creates one account', async () => {
  const page = await openPage(browser);
  await signIn(page);
  let requests = 0;
  page.on('request', (request) => {
    if (request.method() === 'POST' && (request.postData() ?? '').includes('CreateAccountForm'))
      requests += 1;
  });
  const name = `Double ${stamp}`;
  await page.getByLabel('New account name').fill(name);
  await page.getByRole('button', { name: 'Create account' }).dblclick();
  await page.getByRole('status').getByText(`Account “${name}” created.`).waitFor();
  await page.getByLabel('Search').fill(name);
  // Newest first, the new account heads the unfiltered list too: wait for the search's answer
  // (a second account by that name would make it "2 of 2").
  await page.waitForURL(/[?&]q=Double/);
  await page.getByText('Showing 1 of 1 accounts').waitFor();
  await page.getByRole('cell', { name }).waitFor();
  assert.equal(await page.getByTestId('account-row').count(), 1);
  assert.equal(requests, 1);
  await page.context().close();
});

test('the dashboard charts the accounts by status', async () => {
  const page = await openPage(browser);
  await signIn(page);
  await page.getByRole('heading', { name: 'Accounts' }).waitFor();
  await page
    .getByRole('navigation', { name: 'Main' })
    .getByRole('link', { name: 'Dashboard' })
    .click();
  await page.getByRole('heading', { name: 'Dashboard' }).waitFor();
  const chart = page.getByRole('img', { name: 'Accounts by status' });
  await chart.waitFor();
  // The hidden table gives screen readers the numbers behind the chart.
  const table = page.locator('figure', { has: chart }).locator('table.visually-hidden');
  await expectText(table, /Active/);
  await screenshot(page, 'dashboard');
  await page.context().close();
});

test('the accounts page works at phone width', async () => {
  const page = await openPage(browser, { viewport: PHONE });
  await signIn(page);
  await page.getByRole('heading', { name: 'Accounts' }).waitFor();
  await page.getByTestId('account-row').first().waitFor();
  const overflow = await page.evaluate(
    () => globalThis.document.documentElement.scrollWidth - globalThis.innerWidth,
  );
  assert.ok(overflow <= 0, `the page scrolls sideways by ${overflow}px`);
  await page.getByRole('link', { name: 'Dashboard' }).waitFor();
  await screenshot(page, 'accounts-phone', { fullPage: false });
  await page.context().close();
});
