import { mkdirSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium } from 'playwright-core';

export const baseUrl = process.env.E2E_BASE_URL;
export const operatorToken = process.env.E2E_TOKEN;
const screenshots = path.join(path.dirname(fileURLToPath(import.meta.url)), 'screenshots');
mkdirSync(screenshots, { recursive: true });

/** Debian's Chromium, headless, with the flags this machine's closed network needs. */
export async function launchBrowser() {
  return chromium.launch({
    executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
    headless: true,
    args: [
      '--no-sandbox',
      '--disable-gpu',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      '--no-first-run',
    ],
  });
}

/** Today's business date in Asia/Shanghai (what the API checks dates against), as YYYY-MM-DD. */
export const shanghaiToday = () =>
  new Intl.DateTimeFormat('en-CA', { timeZone: 'Asia/Shanghai' }).format(new Date());

/** A phone-sized viewport (iPhone 12-class) for the responsive checks. */
export const PHONE = { width: 390, height: 844 };

/**
 * A page in its own context (own storage, so its own session and language), English unless
 * `locale` says otherwise, with clipboard access for the "copy token" button.
 */
export async function openPage(browser, { viewport, locale = 'en-US' } = {}) {
  const context = await browser.newContext({
    locale,
    viewport: viewport ?? { width: 1280, height: 800 },
    permissions: ['clipboard-read', 'clipboard-write'],
  });
  const page = await context.newPage();
  page.on('pageerror', (error) => console.error(`page error: ${error.message}`));
  return page;
}

/** Calls the API directly (test set-up), as the operator unless another token is given. */
export async function graphql(query, variables = {}, token = operatorToken) {
  const response = await fetch(`${baseUrl}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
    body: JSON.stringify({ query, variables }),
  });
  const body = await response.json();
  if (body.errors) throw new Error(JSON.stringify(body.errors));
  return body.data;
}

export async function createAccount(name) {
  const data = await graphql(
    'mutation ($name: String!) { createAccount(input: { name: $name }) { account { id name } userErrors { message } } }',
    { name },
  );
  return data.createAccount.account;
}

/**
 * Set up through the API: an account (on a new test clock frozen at `clockAt`, or live without
 * one) with approved materials and one subscription opened, paid in full and activated.
 * Returns the ids the browser tests read back.
 */
export async function activeSubscription({
  name,
  clockAt = null,
  productCode = 'QIDIAN',
  seats = 3,
  key,
}) {
  const { default: assert } = await import('node:assert/strict');
  let clockId = null;
  if (clockAt) {
    const clock = await graphql(
      'mutation ($name: String!, $at: DateTime!) { createTestClock(input: { name: $name, frozenAt: $at }) { testClock { id } } }',
      { name: `${name} clock`, at: clockAt },
    );
    clockId = clock.createTestClock.testClock.id;
  }
  const created = await graphql(
    'mutation ($name: String!, $clock: ID) { createAccount(input: { name: $name, testClockId: $clock }) { account { id } } }',
    { name, clock: clockId },
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
    'mutation ($input: OpenSubscriptionInput!) { openSubscription(input: $input) { order { id total { amount } } subscription { id } userErrors { message } } }',
    {
      input: {
        accountId,
        productCode,
        planCode: 'SEATS',
        seats,
        years: 1,
        idempotencyKey: `${key}-open`,
      },
    },
  );
  assert.deepEqual(opened.openSubscription.userErrors, []);
  const orderId = opened.openSubscription.order.id;
  const subscriptionId = opened.openSubscription.subscription.id;
  const paid = await graphql(
    'mutation ($input: PayOrderInput!) { payOrder(input: $input) { userErrors { message } } }',
    {
      input: {
        orderId,
        method: 'ALIPAY',
        amount: opened.openSubscription.order.total.amount,
        idempotencyKey: `${key}-pay`,
      },
    },
  );
  assert.deepEqual(paid.payOrder.userErrors, []);
  const activated = await graphql(
    'mutation ($id: ID!) { activateSubscription(input: { subscriptionId: $id }) { userErrors { message } } }',
    { id: subscriptionId },
  );
  assert.deepEqual(activated.activateSubscription.userErrors, []);
  return { accountId, clockId, subscriptionId, orderId };
}

export async function createToken(accountId, role) {
  const data = await graphql(
    'mutation ($accountId: ID, $role: Role!) { createApiToken(input: { accountId: $accountId, role: $role }) { token userErrors { message } } }',
    { accountId, role },
  );
  return data.createApiToken.token;
}

/** Saves `screenshots/<name>.png`: the whole page, or what fits the viewport (phones). */
export async function screenshot(page, name, { fullPage = true } = {}) {
  await page.screenshot({ path: path.join(screenshots, `${name}.png`), fullPage });
}

export async function signIn(page, token = operatorToken) {
  await page.goto(`${baseUrl}/`);
  await page.getByLabel('API token').fill(token);
  await page.getByRole('button', { name: 'Sign in' }).click();
}

/**
 * Waits until the element shows text matching `pattern` (pages update after the API answers;
 * reading the text once would race with that), then fails with the text it has if it never does.
 */
export async function expectText(locator, pattern, timeout = 20_000) {
  const target = locator.first();
  try {
    await target.filter({ hasText: pattern }).waitFor({ timeout });
  } catch {
    const { default: assert } = await import('node:assert/strict');
    assert.match(await target.innerText(), pattern);
  }
}

/** Waits until an input holds `value` (forms prefill from the API), then asserts it. */
export async function expectValue(locator, value, timeout = 20_000) {
  const deadline = Date.now() + timeout;
  while ((await locator.inputValue()) !== value && Date.now() < deadline)
    await new Promise((r) => setTimeout(r, 100));
  const { default: assert } = await import('node:assert/strict');
  assert.equal(await locator.inputValue(), value);
}

/**
 * Answers the confirmation an irreversible action asks for: checks the dialog states `pattern`
 * (the amount, the consequence), presses its confirm button `name`, and waits for it to close
 * (it closes once the action is done). Returns what the dialog said.
 */
export async function confirmAction(page, name, pattern) {
  const dialog = page.getByRole('dialog');
  await dialog.waitFor();
  if (pattern) await expectText(dialog, pattern);
  const text = await dialog.innerText();
  const button = dialog.getByRole('button', { name });
  // However long the action's name, its button stays inside the dialog (it wraps).
  const [outer, inner] = [await dialog.boundingBox(), await button.boundingBox()];
  const { default: assert } = await import('node:assert/strict');
  assert.ok(
    outer && inner && inner.x >= outer.x && inner.x + inner.width <= outer.x + outer.width + 0.5,
    `the button "${await button.innerText()}" runs past the dialog`,
  );
  await button.click();
  await dialog.waitFor({ state: 'detached' });
  return text;
}

/** The result notice an action leaves (role=status): waits until it says `pattern`. */
export async function expectResult(page, pattern) {
  const notice = page.getByRole('status').getByTestId('result-notice');
  await expectText(notice, pattern);
  return notice;
}

/** Any Chinese character: what a page or dialog in Chinese shows and an English one does not. */
export const CHINESE = /[\u4e00-\u9fff]/;

const inFlight = new WeakMap();

/** Waits until the page has had no request in flight for half a second (at most 10 s). */
export async function settle(page) {
  let state = inFlight.get(page);
  if (!state) {
    state = { count: 0, last: Date.now() };
    inFlight.set(page, state);
    const done = () => {
      state.count = Math.max(0, state.count - 1);
      state.last = Date.now();
    };
    page.on('request', () => {
      state.count += 1;
      state.last = Date.now();
    });
    page.on('requestfinished', done);
    page.on('requestfailed', done);
    await new Promise((r) => setTimeout(r, 300));
  }
  const deadline = Date.now() + 10_000;
  while ((state.count > 0 || Date.now() - state.last < 500) && Date.now() < deadline)
    await new Promise((r) => setTimeout(r, 100));
}

/**
 * Switches the language with the header's picker ("Language" / "语言"). The console then reads
 * its data again in that language: the page is drawn anew, so an open dialog closes, a result
 * notice goes and typed text is cleared (as after a reload); the URL stays.
 */
export async function switchLanguage(page, locale) {
  const picker = page.locator('.language-select select').first();
  if (await picker.isVisible()) await picker.selectOption(locale);
  else {
    // A phone-width header that folds the picker away: the same page with `?lang=`.
    const url = new URL(page.url());
    url.searchParams.set('lang', locale);
    await page.goto(url.toString());
  }
  await page.locator(`html[lang="${locale}"]`).waitFor({ state: 'attached' });
  const label = locale === 'en' ? 'Language' : '语言';
  await page.locator('.language-select label', { hasText: label }).first().waitFor();
  await settle(page);
}

/** Where a Chinese text is looked for: the open dialog, else the main area, else the page. */
async function scopeOf(page) {
  const dialog = page.getByRole('dialog');
  if ((await dialog.count()) > 0) return dialog;
  const main = page.locator('main');
  return (await main.count()) > 0 ? main : page.locator('body');
}

/**
 * Saves `<name>-zh` once `zh` (a Chinese text, any by default) shows in the open dialog, or else
 * the main area or the page: never a shot of an English page under a Chinese name.
 */
export async function screenshotZh(page, name, { fullPage = true, zh = CHINESE } = {}) {
  const { default: assert } = await import('node:assert/strict');
  assert.equal(await page.locator('html').getAttribute('lang'), 'zh-CN');
  await expectText(await scopeOf(page), zh);
  await settle(page);
  await screenshot(page, `${name}-zh`, { fullPage });
}

/** Saves `<name>` (the English one) once the page is in English (and shows `en` if given). */
export async function screenshotEn(page, name, { fullPage = true, en } = {}) {
  const { default: assert } = await import('node:assert/strict');
  assert.equal(await page.locator('html').getAttribute('lang'), 'en');
  await page.locator('.language-select label', { hasText: 'Language' }).first().waitFor();
  if (en) await expectText(await scopeOf(page), en);
  await settle(page);
  await screenshot(page, name, { fullPage });
}

/**
 * The two screenshots of one page: `<name>` in the language it is in (`from`), then, switched
 * with the picker, the other one (`<name>-zh` in Chinese once `zh` shows), then back to `from`.
 * For a page only: the switch draws it anew (see `switchLanguage`), so a dialog is photographed
 * by opening it again in the other language, and a result notice is not there any more.
 */
export async function screenshotPair(
  page,
  name,
  { fullPage = true, zh = CHINESE, en, from = 'en' } = {},
) {
  const shoot = (locale) =>
    locale === 'en'
      ? screenshotEn(page, name, { fullPage, en })
      : screenshotZh(page, name, { fullPage, zh });
  const other = from === 'en' ? 'zh-CN' : 'en';
  await shoot(from);
  await switchLanguage(page, other);
  await shoot(other);
  await switchLanguage(page, from);
}
