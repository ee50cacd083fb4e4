// The operator's actions on a subscription's standing, from the account page: a violation
// (warning, then suspension, R-VIO-1), an upheld appeal (one step back) and the provider's
// termination notice (at least 10 days ahead, R-TERM-1). Each asks for a reason, then for
// confirmation stating the consequence; cancelling changes nothing; confirming acts once and
// leaves a result notice with a link to the subscription's audit trail. Set-up goes through the
// API; the clicks through the UI.
import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import {
  activeSubscription,
  baseUrl,
  confirmAction,
  createToken,
  expectResult,
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
const stamp = Date.now();
const key = (what) => `standing-${what}-${stamp}`;
const name = `Standing ${stamp}`;
const ids = {};

async function standing() {
  const data = await graphql(
    `
      query ($id: ID!) {
        subscription(id: $id) {
          status
          violationLevel
          violations {
            kind
            level
            reason
          }
          terminationNotice {
            status
            effectiveOn
            reason
          }
        }
      }
    `,
    { id: ids.subscriptionId },
  );
  return data.subscription;
}

before(async () => {
  browser = await launchBrowser();
  ({ accountId: ids.accountId, subscriptionId: ids.subscriptionId } = await activeSubscription({
    name,
    clockAt: '2024-03-04T10:00:00+08:00',
    key: key('setup'),
  }));
});
after(async () => {
  await browser?.close();
});

/** Opens the action's form on the account page and writes the reason. */
async function openForm(page, action, reason) {
  const section = page.getByTestId('service-standing');
  await section.getByTestId(`standing-${action}`).click();
  await section.getByTestId('standing-reason').fill(reason);
  return section;
}

test('a violation asks first and states the consequence; cancelling records nothing, confirming records one step with a link to the audit trail', async () => {
  const page = await openPage(browser);
  await signIn(page);
  await page.goto(`${baseUrl}/accounts/${encodeURIComponent(ids.accountId)}`);
  await expectText(page.getByTestId('service-standing'), /Violations: none/);

  const section = await openForm(page, 'violation', 'Bulk messages to strangers');
  await section.getByTestId('standing-submit').click();
  const dialog = page.getByRole('dialog');
  await expectText(dialog, /A first violation: .* gets a warning and its service goes on/);
  await expectText(dialog, /Reason recorded: Bulk messages to strangers/);
  await dialog.getByRole('button', { name: 'Cancel' }).click();
  await dialog.waitFor({ state: 'detached' });
  assert.equal((await standing()).violationLevel, 'NONE');

  await section.getByTestId('standing-submit').click();
  await confirmAction(page, 'Record the violation');
  const notice = await expectResult(page, /Violation recorded: .* is now at “warning”/);
  const link = notice.getByRole('link', { name: 'Open its audit trail' });
  assert.match(
    decodeURIComponent((await link.getAttribute('href')) ?? ''),
    new RegExp(ids.subscriptionId),
  );
  const after = await standing();
  assert.equal(after.violationLevel, 'WARNING');
  assert.equal(after.status, 'ACTIVE');
  assert.deepEqual(
    after.violations.map((step) => step.reason),
    ['Bulk messages to strangers'],
  );
  await expectText(page.getByTestId('service-standing'), /Violations: warning/);

  // A second one suspends the service: the dialog says so before anything changes.
  await openForm(page, 'violation', 'Again, after the warning');
  await page.getByTestId('service-standing').getByTestId('standing-submit').click();
  await confirmAction(page, 'Record the violation', /suspended at once, with no entitlements/);
  await expectResult(page, /is now at “suspended”/);
  const suspended = await standing();
  assert.equal(suspended.violationLevel, 'SUSPENDED');
  assert.equal(suspended.status, 'SUSPENDED');
  await page.context().close();
});

test('an upheld appeal goes back one step, in Chinese too', async () => {
  const page = await openPage(browser);
  await signIn(page);
  await page.goto(`${baseUrl}/accounts/${encodeURIComponent(ids.accountId)}?lang=zh-CN`);
  await expectText(page.getByTestId('service-standing'), /违规记录：暂停/);
  const section = await openForm(page, 'appeal', '客户已整改');
  await section.getByTestId('standing-submit').click();
  const dialog = page.getByRole('dialog');
  await expectText(dialog, /从“暂停”退回一级/);
  await screenshotZh(page, 'standing-appeal', { fullPage: false, zh: /从“暂停”退回一级/ });
  // The same question in English (the form filled in again: the page is drawn anew), cancelled.
  await dialog.getByRole('button', { name: '取消' }).click();
  await dialog.waitFor({ state: 'detached' });
  await switchLanguage(page, 'en');
  await (await openForm(page, 'appeal', '客户已整改')).getByTestId('standing-submit').click();
  await expectText(dialog, /goes back one step from “suspended”/);
  await screenshotEn(page, 'standing-appeal', { fullPage: false });
  await dialog.getByRole('button', { name: 'Cancel' }).click();
  await dialog.waitFor({ state: 'detached' });
  await switchLanguage(page, 'zh-CN');
  await (await openForm(page, 'appeal', '客户已整改')).getByTestId('standing-submit').click();
  await expectText(dialog, /从“暂停”退回一级/);
  await confirmAction(page, '确认申诉成立');
  await expectResult(page, /申诉成立：.*现为“警告”/);
  const restored = await standing();
  assert.equal(restored.violationLevel, 'WARNING');
  assert.equal(restored.status, 'ACTIVE');
  await page.context().close();
});

test('a termination notice needs 10 days: too early is refused and changes nothing; in time it is scheduled and said with its date', async () => {
  const page = await openPage(browser);
  await signIn(page);
  await page.goto(`${baseUrl}/accounts/${encodeURIComponent(ids.accountId)}`);
  const section = await openForm(page, 'terminate', 'Service discontinued in the region');
  // Five days ahead of the account's clock (2024-03-04): R-TERM-1 asks for ten.
  await section.getByTestId('standing-effective-on').fill('2024-03-09');
  await section.getByTestId('standing-submit').click();
  await confirmAction(page, 'Give the termination notice', /goes on until Mar 9, 2024/);
  await expectText(section.getByRole('alert').first(), /10/);
  assert.equal((await standing()).terminationNotice, null);

  await section.getByTestId('standing-effective-on').fill('2024-03-20');
  await section.getByTestId('standing-submit').click();
  const dialog = page.getByRole('dialog');
  await expectText(
    dialog,
    /goes on until Mar 20, 2024; that day it is terminated and the unused part of what was paid is refunded pro rata, without fee/,
  );
  await screenshotEn(page, 'standing-terminate', { fullPage: false });
  // The same question in Chinese (the form filled in again: the page is drawn anew), cancelled.
  const fillNotice = async () => {
    await openForm(page, 'terminate', 'Service discontinued in the region');
    await section.getByTestId('standing-effective-on').fill('2024-03-20');
    await section.getByTestId('standing-submit').click();
  };
  await dialog.getByRole('button', { name: 'Cancel' }).click();
  await dialog.waitFor({ state: 'detached' });
  await switchLanguage(page, 'zh-CN');
  await fillNotice();
  await screenshotZh(page, 'standing-terminate', { fullPage: false, zh: /2024年3月20日/ });
  await dialog.getByRole('button', { name: '取消' }).click();
  await dialog.waitFor({ state: 'detached' });
  await switchLanguage(page, 'en');
  await fillNotice();
  await expectText(dialog, /goes on until Mar 20, 2024/);
  await confirmAction(page, 'Give the termination notice');
  await expectResult(page, /Termination notice given: .* ends on Mar 20, 2024/);
  const scheduled = await standing();
  assert.equal(scheduled.terminationNotice.status, 'SCHEDULED');
  assert.equal(scheduled.terminationNotice.effectiveOn, '2024-03-20');
  assert.equal(scheduled.status, 'ACTIVE');
  await expectText(
    page.getByTestId('service-standing'),
    /termination notice: ends on Mar 20, 2024/,
  );
  // No second notice is offered while one is scheduled.
  await page.getByTestId('standing-terminate').waitFor({ state: 'detached' });
  await page.context().close();
});

test('customers see no standing actions on their own account page; the operator revokes their token from the account page', async () => {
  const page = await openPage(browser);
  const adminToken = await createToken(ids.accountId, 'CUSTOMER_ADMIN');
  await signIn(page, adminToken);
  await page.goto(`${baseUrl}/my-account`);
  await page.getByText(name).first().waitFor();
  await page.getByRole('button', { name: 'Add seats' }).first().waitFor();
  assert.equal(await page.getByTestId('service-standing').count(), 0);
  assert.equal(await page.getByTestId('standing-violation').count(), 0);
  await page.context().close();

  // The operator reaches the account's tokens from its page, and only that account's.
  const operator = await openPage(browser);
  await signIn(operator);
  await operator.goto(`${baseUrl}/accounts/${encodeURIComponent(ids.accountId)}`);
  await operator.getByTestId('account-tokens-link').click();
  await operator.getByTestId('tokens-account-filter').waitFor();
  const rows = operator.getByTestId('api-token');
  await rows.first().waitFor();
  for (const row of await rows.all()) await expectText(row, new RegExp(name));
  await rows.first().getByRole('button', { name: 'Revoke' }).click();
  await confirmAction(operator, 'Yes, revoke', /It stops signing in at once/);
  await expectResult(operator, /revoked\./);
  const refused = await fetch(`${baseUrl}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', authorization: `Bearer ${adminToken}` },
    body: JSON.stringify({ query: '{ viewer { role } }' }),
  });
  assert.equal(refused.status, 401);
  await operator.context().close();
});
