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
  await dialog.getByRole('button', { name }).click();
  await dialog.waitFor({ state: 'detached' });
  return text;
}

/** The result notice an action leaves (role=status): waits until it says `pattern`. */
export async function expectResult(page, pattern) {
  const notice = page.getByRole('status').getByTestId('result-notice');
  await expectText(notice, pattern);
  return notice;
}
