// Product sunset where it matters (R-CAT-4, R-MIG-1): an Enterprise QQ subscription bought before
// the sunset shows, on the customer's card, the day renewals stop and the day the service ends,
// the Qidian upgrade while it is open, and an add-seats quote that runs past the service end
// says so. Each date says it is on the account's test clock. In English and in Chinese.
// Set-up goes through the API; the reading through the UI.
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
  screenshot,
  screenshotEn,
  screenshotZh,
  switchLanguage,
  signIn,
} from './browser.mjs';

let browser;
const stamp = Date.now();
const key = (what) => `sunset-${what}-${stamp}`;
const name = `Sunset ${stamp}`;
let customerToken;

before(async () => {
  browser = await launchBrowser();
  const { accountId } = await activeSubscription({
    name,
    clockAt: '2021-06-01T10:00:00+08:00',
    productCode: 'EQQ',
    seats: 5,
    key: key('setup'),
  });
  customerToken = await createToken(accountId, 'CUSTOMER_ADMIN');
});
after(async () => {
  await browser?.close();
});

test('R-CAT-4 R-MIG-1 the card says when renewals stop and the service ends, and offers the upgrade while it is open', async () => {
  const page = await openPage(browser);
  await signIn(page, customerToken);
  await page.goto(`${baseUrl}/my-account?lang=en`);
  const card = page.getByTestId('subscription');
  await expectText(
    card.getByTestId('sunset'),
    /no renewal or new purchase from Oct 28, 2021 \(test clock\); every subscription of it ends on Jan 31, 2022 \(test clock\) \(R-CAT-4\)/,
  );
  await expectText(card.getByTestId('upgrade-offer'), /Upgrade to QIDIAN is open\./);
  await expectText(card.getByTestId('upgrade-offer'), /R-MIG-1/);
  await screenshot(page, 'sunset-card');

  await page.goto(`${baseUrl}/my-account?lang=zh-CN`);
  const cardZh = page.getByTestId('subscription');
  await expectText(cardZh.getByTestId('sunset'), /即将下线：不再续费或新购，自/);
  await expectText(cardZh.getByTestId('sunset'), /2022/);
  await expectText(cardZh.getByTestId('upgrade-offer'), /可升级到 QIDIAN。/);
  // The change it is heading for, and how it began, in Chinese too (R-LIFE-6).
  await expectText(cardZh, /2022-01-31：生效中 → 已终止，产品服务于当日终止（R-CAT-4）/);
  await expectText(cardZh, /2021-06-01 开通，期限 1 年：.*；企业号码 \d+（R-OPEN-5）/);
  await screenshot(page, 'sunset-card-zh');
  await page.context().close();
});

test('R-CAT-4 an add-seats quote that runs past the service end says so before anything is ordered', async () => {
  const page = await openPage(browser);
  await signIn(page, customerToken);
  await page.goto(`${baseUrl}/my-account?lang=en`);
  const card = page.getByTestId('subscription');
  await card.getByRole('button', { name: 'Add seats' }).click();
  await page.getByLabel('Seats to add').fill('2');
  const note = page.getByTestId('quote-past-service-end');
  await expectText(
    note,
    /Note: the service ends on Jan 31, 2022 \(test clock\), before the end of the period priced here, Jun 1, 2022 \(test clock\) \(R-CAT-4\)/,
  );
  await screenshotEn(page, 'sunset-quote');
  // The same quote in Chinese: the page is drawn anew, so the seats are asked for again.
  await switchLanguage(page, 'zh-CN');
  await card.getByRole('button', { name: '增加工号' }).click();
  await page.getByLabel('增加工号数').fill('2');
  await expectText(note, /2022/);
  await screenshotZh(page, 'sunset-quote', { zh: /增加工号数/ });
  await switchLanguage(page, 'en');
  // Nothing was ordered by reading the quote.
  const orders = await graphql(
    'query { viewer { account { orders(first: 5) { totalCount } } } }',
    {},
    customerToken,
  );
  assert.equal(orders.viewer.account.orders.totalCount, 1);
  await page.context().close();
});

test('R-MIG-1 the upgrade asks first, saying it is free and cannot be undone; cancelling keeps EQQ, confirming moves to Qidian with a link to its order', async () => {
  const page = await openPage(browser);
  await signIn(page, customerToken);
  await page.goto(`${baseUrl}/my-account?lang=en`);
  const card = page.getByTestId('subscription');
  await card.getByRole('button', { name: 'Upgrade', exact: true }).click();
  await page.getByRole('button', { name: 'Upgrade to QIDIAN' }).click();
  const dialog = page.getByRole('dialog', { name: 'Upgrade to QIDIAN?' });
  await expectText(dialog, /moves to QIDIAN today, at no charge \(¥0\.00\).*cannot be undone/);
  await dialog.getByRole('button', { name: 'Cancel' }).click();
  await dialog.waitFor({ state: 'detached' });
  const product = async () =>
    (
      await graphql(
        'query { viewer { account { subscriptions { product { code } } } } }',
        {},
        customerToken,
      )
    ).viewer.account.subscriptions[0].product.code;
  assert.equal(await product(), 'EQQ');

  await page.getByRole('button', { name: 'Upgrade to QIDIAN' }).click();
  await confirmAction(page, 'Upgrade to QIDIAN');
  const notice = await expectResult(page, /Upgraded: the subscription is now /);
  assert.equal(await product(), 'QIDIAN');
  const link = notice.getByRole('link', { name: 'Open the upgrade order' });
  assert.match((await link.getAttribute('href')) ?? '', /^\/orders\//);
  // The order's page says its dates are on the account's test clock.
  await link.click();
  await page.getByRole('heading', { level: 1 }).waitFor();
  await expectText(page.locator('main'), /\(test clock\)/);
  await page.context().close();
});
