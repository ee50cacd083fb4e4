import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import {
  baseUrl,
  createAccount,
  expectText,
  launchBrowser,
  openPage,
  screenshot,
  screenshotPair,
  signIn,
} from './browser.mjs';

let browser;
before(async () => {
  browser = await launchBrowser();
});
after(async () => {
  await browser?.close();
});

test('an operator signs in, creates an account and finds it in the list', async () => {
  await createAccount(`E2E Neighbour ${Date.now()}`); // so the unfiltered list has two rows at least
  const page = await browser.newPage();
  await signIn(page);
  await page.getByRole('heading', { name: 'Accounts' }).waitFor();
  const name = `E2E Trading ${Date.now()}`;
  await page.getByLabel('New account name').fill(name);
  await page.getByRole('button', { name: 'Create account' }).click();
  await page.getByRole('status').getByText(`Account “${name}” created.`).waitFor();
  // The list is newest first: the new account heads it.
  await expectText(page.getByTestId('account-row').first(), new RegExp(name));
  await page.getByText(/newest first/).waitFor();
  await page.getByLabel('Search').fill(name);
  await page.waitForURL(/[?&]q=E2E/);
  await page.getByText('Showing 1 of 1 accounts').waitFor();
  await page.getByRole('cell', { name }).waitFor();
  assert.equal(await page.getByTestId('account-row').count(), 1);
  await page.getByLabel('Search').fill('');
  await page.waitForURL((url) => !url.searchParams.has('q'));
  await page.getByTestId('account-row').nth(1).waitFor();
  await screenshot(page, 'accounts');
  await page.close();
});

test('a blank account name shows the API’s error next to the field', async () => {
  const page = await browser.newPage();
  await signIn(page);
  await page.getByLabel('New account name').fill('   ');
  await page.getByRole('button', { name: 'Create account' }).click();
  const alert = page.getByRole('alert');
  await alert.waitFor();
  await expectText(alert, /1–200 characters/);
  // The error is tied to the field for screen readers.
  const field = page.getByLabel('New account name');
  assert.equal(await field.getAttribute('aria-invalid'), 'true');
  assert.match((await field.getAttribute('aria-describedby')) ?? '', /error/);
  await page.close();
});

test('the playground (served offline at /graphql) runs a query', async () => {
  const page = await browser.newPage();
  await signIn(page);
  await page.getByRole('heading', { name: 'Accounts' }).waitFor();
  await page.goto(`${baseUrl}/graphql`, { waitUntil: 'load' });
  await page.getByRole('tab', { name: /Viewer/ }).waitFor();
  // GraphiQL may ignore a click while its editors start up: press Run until a result shows.
  const result = page.locator('.result-window').getByText('OPERATOR');
  try {
    for (let attempt = 1; ; attempt += 1) {
      await page.locator('.graphiql-execute-button').click();
      // The Viewer tab holds two operations: GraphiQL asks which one to run.
      const choice = page.getByRole('menuitem', { name: 'Viewer' });
      await choice
        .waitFor({ timeout: 2_000 })
        .then(() => choice.click())
        .catch(() => {});
      const shown = await result
        .waitFor({ timeout: 5_000 })
        .then(() => true)
        .catch(() => false);
      if (shown) break;
      if (attempt === 3) assert.fail('the playground showed no result after three runs');
    }
  } finally {
    await screenshot(page, 'playground');
  }
  await page.close();
});

test('switching the language to Chinese relabels the app and is remembered', async () => {
  const page = await openPage(browser);
  await signIn(page);
  await page.getByRole('heading', { name: 'Accounts' }).waitFor();
  await page.getByLabel('Language').first().selectOption('zh-CN');
  await page.getByRole('heading', { name: '账户', exact: true }).waitFor();
  await page.getByLabel('新账户名称').waitFor();
  await page.getByRole('button', { name: '创建账户' }).waitFor();
  const nav = page.getByRole('navigation', { name: '主导航' });
  assert.deepEqual(await nav.getByRole('link').allInnerTexts(), [
    '概览',
    '账户',
    '资质审核',
    '退款审核',
    '发票',
    '逾期发票',
    '测试时钟',
    '审计日志',
    '会计分录',
    'API 令牌',
    'Webhook',
    'API 调试',
  ]);
  assert.equal(await page.locator('html').getAttribute('lang'), 'zh-CN');
  await screenshot(page, 'accounts-zh');

  await page.reload();
  await page.getByRole('heading', { name: '账户', exact: true }).waitFor();
  await page.getByRole('button', { name: '退出登录' }).click();
  await page.getByRole('button', { name: '登录' }).waitFor();
  await page.getByText('您已退出登录。').waitFor();
  await page.getByLabel('API 令牌').waitFor();
  // Only operators issue API tokens: the hint says so (not "your account's administrator").
  const hintZh = await page.locator('.field-hint').innerText();
  assert.match(hintZh, /由运营方签发/);
  assert.doesNotMatch(hintZh, /账户管理员为您创建/);
  // The picker keeps the signed-out notice (the sign-in page is not drawn anew).
  await screenshotPair(page, 'sign-in', {
    from: 'zh-CN',
    zh: /您已退出登录。/,
    en: /You have signed out\./,
  });
  await page.context().close();
});

test('an unknown token is refused on the sign-in page', async () => {
  const page = await openPage(browser);
  await signIn(page, 'bk_not-a-real-token');
  const alert = page.getByRole('alert');
  await alert.waitFor();
  await expectText(alert, /not accepted/);
  await page.getByRole('button', { name: 'Sign in' }).waitFor();
  // Only operators issue API tokens: customer administrators and members receive theirs from the
  // billing operator, and the hint says so.
  const hint = await page.locator('.field-hint').innerText();
  assert.match(hint, /a token the billing operator issued to you/);
  assert.match(hint, /customer administrators and members receive theirs from the operator/);
  assert.doesNotMatch(hint, /administrator created/);
  await page.context().close();
});
