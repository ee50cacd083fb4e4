// Section 1.4 and R-CAT-2 in the browser: a customer buys a value-added service after reading
// its live quote; an operator sets an account's contract price on the account's page.
import { after, before, test } from 'node:test';
import {
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
const stamp = Date.now();
before(async () => {
  browser = await launchBrowser();
});
after(async () => {
  await browser?.close();
});

test('R-CAT-2 R-REF-NONREF a customer buys 3 SMS packs as quoted (¥300.00)', async () => {
  const account = await createAccount(`VAS Co ${stamp}`);
  const token = await createToken(account.id, 'CUSTOMER_ADMIN');
  const page = await openPage(browser);
  await signIn(page, token);
  await page.getByRole('heading', { name: 'My account' }).waitFor();
  await page.goto(`${baseUrl}/my-account/buy`);
  const form = page.getByRole('form', { name: 'Buy a value-added service' });
  await form.getByLabel('Item').selectOption({ label: 'SMS quota (1,000 SMS)' });
  await form.getByLabel('Quantity').fill('3');
  const quote = form.locator('[data-testid="quote"][data-fresh="true"]');
  await quote.waitFor();
  await expectText(quote, /3 × SMS quota \(1,000 SMS\) × ¥100.00/);
  await expectText(quote.locator('tfoot'), /¥300\.00/);
  await screenshot(page, 'portal-value-added-quote');
  await form.getByRole('button', { name: 'Order the service' }).click();
  await form.getByTestId('order-placed').getByText('¥300.00').waitFor();
  await page.context().close();
});

test('R-CAT-2 an operator sets a contract price on the account page', async () => {
  const account = await createAccount(`Contract Co ${stamp}`);
  const page = await openPage(browser);
  await signIn(page);
  await page.getByRole('link', { name: 'Dashboard' }).waitFor();
  await page.goto(`${baseUrl}/accounts/${encodeURIComponent(account.id)}`);
  const section = page.getByRole('region', { name: 'Contract prices' });
  await section.getByText('No contract price is set for this account.').waitFor();
  await section.getByLabel('Price per seat per year (¥)').fill('480');
  await section.getByRole('button', { name: 'Set the price' }).click();
  await section.getByRole('status').getByText('Contract price saved.').waitFor();
  await expectText(section.locator('tbody tr').first(), /¥480\.00.*In force/);
  await screenshot(page, 'account-contract-prices');
  await page.context().close();
});
