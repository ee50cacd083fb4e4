import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import {
  PHONE,
  baseUrl,
  createAccount,
  createToken,
  expectText,
  launchBrowser,
  openPage,
  screenshot,
  signIn,
} from './browser.mjs';

let browser;
before(async () => {
  browser = await launchBrowser();
});
after(async () => {
  await browser?.close();
});

test('an operator issues a customer admin token, who then sees only their own account', async () => {
  const name = `Shenzhen Customer ${Date.now()}`;
  const other = await createAccount(`Someone Else ${Date.now()}`);
  const operator = await openPage(browser);
  await signIn(operator);
  await operator.getByLabel('Search').fill(name);
  // Let the search apply first: a create racing the debounced search can be answered with the
  // search's in-flight (empty) result.
  await operator.getByText('No account matches these filters.').waitFor();
  await operator.getByLabel('New account name').fill(name);
  await operator.getByRole('button', { name: 'Create account' }).click();
  await operator.getByRole('link', { name }).click();

  await operator.getByRole('heading', { name }).waitFor();
  const summary = operator.getByTestId('account-summary');
  await expectText(summary, /Not submitted/);
  await expectText(summary, /¥0\.00/);
  await operator.getByLabel('Role').selectOption('CUSTOMER_ADMIN');
  await operator.getByRole('button', { name: 'Create API token' }).click();
  const token = await operator.getByLabel('Token', { exact: true }).inputValue();
  assert.match(token, /^bk_/);
  await operator.getByRole('button', { name: 'Copy' }).click();
  await operator.getByText('Copied to the clipboard.').waitFor();
  assert.equal(await operator.evaluate(() => navigator.clipboard.readText()), token);
  await screenshot(operator, 'account-detail');
  await operator.context().close();

  const customer = await openPage(browser);
  await signIn(customer, token);
  await customer.getByRole('heading', { name: 'My account' }).waitFor();
  await expectText(customer.getByTestId('account-summary'), new RegExp(name));
  await expectText(customer.getByTestId('access-level'), /administrator/);
  const nav = customer.getByRole('navigation', { name: 'Main' });
  assert.deepEqual(await nav.getByRole('link').allInnerTexts(), ['My account']);
  assert.equal(await customer.getByRole('button', { name: 'Create account' }).count(), 0);
  await screenshot(customer, 'customer-account');

  // Operator pages and other accounts do not exist for a customer.
  for (const path of ['/accounts', '/dashboard', `/accounts/${encodeURIComponent(other.id)}`]) {
    await customer.goto(`${baseUrl}${path}`);
    await customer.getByRole('heading', { name: 'Page not found' }).waitFor();
  }
  await customer.context().close();
});

test('a customer member reads their account on a phone, read-only', async () => {
  const account = await createAccount(`Member Co ${Date.now()}`);
  const token = await createToken(account.id, 'CUSTOMER_MEMBER');
  const page = await openPage(browser, { viewport: PHONE });
  await signIn(page, token);
  await page.getByRole('heading', { name: 'My account' }).waitFor();
  await expectText(page.getByTestId('access-level'), /read-only/);
  await expectText(page.getByTestId('account-summary'), /Member Co/);
  assert.equal(await page.getByRole('button').filter({ hasNotText: 'Sign out' }).count(), 0);
  const overflow = await page.evaluate(
    () => globalThis.document.documentElement.scrollWidth - globalThis.innerWidth,
  );
  assert.ok(overflow <= 0, `the page scrolls sideways by ${overflow}px`);
  await screenshot(page, 'customer-account-phone', { fullPage: false });

  await page.getByRole('button', { name: 'Sign out' }).click();
  await page.getByText('You have signed out.').waitFor();
  await page.context().close();
});
