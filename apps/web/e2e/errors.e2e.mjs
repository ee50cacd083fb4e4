// An error shows once, in words a customer understands, without moving the form: the field's
// own message under the field (not repeated in a banner), no code names, and the controls stay
// where they were. Each check reads what the real API answered.
import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import {
  baseUrl,
  CHINESE,
  confirmAction,
  createAccount,
  expectText,
  graphql,
  launchBrowser,
  openPage,
  screenshotEn,
  screenshotZh,
  switchLanguage,
  signIn,
} from './browser.mjs';

let browser;
let accountId;

before(async () => {
  browser = await launchBrowser();
  accountId = (await createAccount(`Errors shown once ${Date.now()}`)).id;
});
after(async () => {
  await browser?.close();
});

/** Where an element sits on the page (its top and left edges), in CSS pixels. */
async function position(locator) {
  const box = await locator.boundingBox();
  assert.ok(box, 'the element is on the page');
  return { x: Math.round(box.x), y: Math.round(box.y) };
}

/** Words that are the product's internals, never a customer's. */
const INTERNAL =
  /\b(BAD_USER_INPUT|INTERNAL_SERVER_ERROR|userErrors|input\.|GraphQL|null|undefined|Error:)/;

test('a top-up above the largest amount: one message under the amount, the form does not move', async () => {
  const page = await openPage(browser);
  await signIn(page);
  await page.goto(`${baseUrl}/accounts/${encodeURIComponent(accountId)}/portal/orders`);
  const form = page.getByRole('form', { name: 'Top up the prepaid balance' });
  await form.waitFor();
  // The page has settled: the balance and the orders above the form are drawn.
  await page.getByTestId('balance').waitFor();
  const amount = form.getByLabel('Amount (¥)');
  const submit = form.getByRole('button', { name: 'Top up', exact: true });
  await amount.fill('99999999.00');
  const before = {
    form: await position(form),
    amount: await position(amount),
    submit: await position(submit),
  };
  await submit.click();
  // A top-up asks first (it moves money); the API's refusal comes once it is confirmed.
  await confirmAction(page, 'Top up ¥99,999,999.00', /¥99,999,999\.00 is charged by Alipay/);
  const message = form.locator('.field-error');
  await message.waitFor();
  const text = (await message.innerText()).trim();
  assert.match(text, /at most|largest|above/i, text);
  assert.doesNotMatch(text, INTERNAL, text);
  // Once: the page holds the message one time, and no banner repeats it.
  const body = await page.locator('body').innerText();
  assert.equal(body.split(text).length - 1, 1, `"${text}" appears once`);
  assert.equal(await form.locator('.error-banner').count(), 0);
  // Nothing moved: the form, the field and the button are where they were.
  assert.deepEqual(
    { form: await position(form), amount: await position(amount), submit: await position(submit) },
    before,
  );
  // The balance did not change.
  const read = await graphql('query ($id: ID!) { account(id: $id) { balance { amount } } }', {
    id: accountId,
  });
  assert.equal(read.account.balance.amount, '0.00');
  await screenshotEn(page, 'error-once-top-up');
  // The same refusal in Chinese: the page is drawn anew, so the amount is typed and confirmed
  // again; the API refuses it again (in Chinese) and the balance still does not change.
  await switchLanguage(page, 'zh-CN');
  const zhForm = page.getByRole('form', { name: '充值预付余额' });
  await zhForm.getByLabel('金额（¥）').fill('99999999.00');
  await zhForm.getByRole('button', { name: '充值', exact: true }).click();
  await confirmAction(page, '充值 ¥99,999,999.00');
  await expectText(zhForm.locator('.field-error'), CHINESE);
  await screenshotZh(page, 'error-once-top-up', { zh: /充值预付余额/ });
  const again = await graphql('query ($id: ID!) { account(id: $id) { balance { amount } } }', {
    id: accountId,
  });
  assert.equal(again.account.balance.amount, '0.00');
  await page.context().close();
});
