import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import {
  PHONE,
  baseUrl,
  confirmAction,
  createAccount,
  createToken,
  expectResult,
  expectText,
  launchBrowser,
  openPage,
  screenshotEn,
  screenshotPair,
  screenshotZh,
  switchLanguage,
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
  // In Chinese the page is drawn anew: the token is not shown again (it is shown once).
  await screenshotPair(operator, 'account-detail');
  await operator.context().close();

  const customer = await openPage(browser);
  await signIn(customer, token);
  await customer.getByRole('heading', { name: 'My account' }).waitFor();
  await expectText(customer.getByTestId('account-summary'), new RegExp(name));
  await expectText(customer.getByTestId('access-level'), /administrator/);
  const nav = customer.getByRole('navigation', { name: 'Main' });
  assert.deepEqual(await nav.getByRole('link').allInnerTexts(), [
    'My account',
    'API tokens',
    'Webhooks',
  ]);
  assert.equal(await customer.getByRole('button', { name: 'Create account' }).count(), 0);
  await screenshotPair(customer, 'customer-account');

  // The administrator sees their account's tokens (their own, just used), and cannot create any.
  await nav.getByRole('link', { name: 'API tokens' }).click();
  await customer.getByRole('heading', { name: 'API tokens', level: 1 }).waitFor();
  const own = customer.getByTestId('api-token');
  await expectText(own, /Customer administrator/);
  await expectText(own, new RegExp(name));
  await expectText(own, /Active/);
  assert.equal(await own.count(), 1);
  assert.equal(await customer.getByRole('button', { name: 'Create API token' }).count(), 0);

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
  await screenshotPair(page, 'customer-account-phone', { fullPage: false });

  await page.getByRole('button', { name: 'Sign out' }).click();
  await page.getByText('You have signed out.').waitFor();
  await page.context().close();
});

test('an operator creates a named token on the Tokens page, sees its secret once, and revokes it', async () => {
  const account = await createAccount(`Token Co ${Date.now()}`);
  const name = `Export robot ${Date.now()}`;
  const page = await openPage(browser);
  await signIn(page);
  await page
    .getByRole('navigation', { name: 'Main' })
    .getByRole('link', { name: 'API tokens', exact: true })
    .click();
  await page.getByRole('heading', { name: 'API tokens', level: 1 }).waitFor();
  await page.getByLabel('Name', { exact: true }).fill(name);
  await page.getByLabel('Role').selectOption('CUSTOMER_MEMBER');
  await page.getByLabel('Account id').fill(account.id);
  await page.getByRole('button', { name: 'Create API token' }).click();
  const issued = page.getByTestId('issued-token');
  await expectText(issued, /shown only this once/);
  const secret = await page.getByLabel('Token', { exact: true }).inputValue();
  assert.match(secret, /^bk_/);
  await page.getByRole('button', { name: 'Copy' }).click();
  await page.getByText('Copied to the clipboard.').waitFor();

  const row = page.getByTestId('api-token').filter({ hasText: name });
  await expectText(row, /Customer member/);
  await expectText(row, /Never/);
  await expectText(row, /Does not expire/);
  assert.equal(await page.getByTestId('api-tokens').getByText(secret).count(), 0);
  // In Chinese the page is drawn anew: the secret is not shown again (it is shown once).
  await screenshotPair(page, 'api-tokens');

  // Revoking asks first; cancelling changes nothing.
  await row.getByRole('button', { name: 'Revoke' }).click();
  await expectText(page.getByRole('dialog'), /It stops signing in at once/);
  await screenshotEn(page, 'confirm-revoke', { fullPage: false });
  await page.getByRole('dialog').getByRole('button', { name: 'Cancel' }).click();
  await page.getByRole('dialog').waitFor({ state: 'detached' });
  // The same question in Chinese, cancelled too.
  await switchLanguage(page, 'zh-CN');
  await row.getByRole('button', { name: '吊销' }).click();
  await screenshotZh(page, 'confirm-revoke', { fullPage: false, zh: /吊销后立即无法登录/ });
  await page.getByRole('dialog').getByRole('button', { name: '取消' }).click();
  await page.getByRole('dialog').waitFor({ state: 'detached' });
  await switchLanguage(page, 'en');
  await expectText(row, /Active/);
  await row.getByRole('button', { name: 'Revoke' }).click();
  await confirmAction(page, 'Yes, revoke', /It stops signing in at once/);
  await expectText(row, /Revoked/);
  const revoked = await expectResult(page, `Token “${name}” revoked.`);
  // The notice links to the token's row on this page.
  assert.equal(
    await revoked.getByRole('link', { name: 'See the token' }).getAttribute('href'),
    `/api-tokens#${await row.getAttribute('id')}`,
  );
  assert.equal(await row.getByRole('button', { name: 'Revoke' }).count(), 0);
  // The notice is the English run's: in Chinese the page drawn anew has the token revoked.
  await screenshotPair(page, 'result-notice-revoke', { zh: /已吊销/ });

  // The revoked token no longer signs in.
  const robot = await openPage(browser);
  await signIn(robot, secret);
  await robot.getByText('This token was not accepted. Check it and try again.').waitFor();
  await robot.context().close();
  await page.context().close();
});
