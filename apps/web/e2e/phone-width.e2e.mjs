// Phone widths: at 390 px the console's navigation and the portal's tabs wrap
// or scroll inside themselves, and no page scrolls sideways.
import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import {
  PHONE,
  baseUrl,
  createAccount,
  createToken,
  graphql,
  launchBrowser,
  openPage,
  screenshot,
  signIn,
} from './browser.mjs';

let browser;
const stamp = Date.now();
const name = `Phone Width Trading Company With A Long Name ${stamp}`;
const ids = {};

before(async () => {
  browser = await launchBrowser();
  const clock = await graphql(
    'mutation ($name: String!) { createTestClock(input: { name: $name, frozenAt: "2024-03-04T10:00:00+08:00" }) { testClock { id } } }',
    { name: `Phone clock ${stamp}` },
  );
  ids.clock = clock.createTestClock.testClock.id;
  const created = await graphql(
    'mutation ($name: String!, $clock: ID) { createAccount(input: { name: $name, testClockId: $clock }) { account { id } } }',
    { name, clock: clock.createTestClock.testClock.id },
  );
  ids.account = created.createAccount.account.id;
  await graphql(
    'mutation ($id: ID!, $name: String!) { submitVerification(input: { accountId: $id, verifiedName: $name, documents: ["licence.pdf"] }) { userErrors { message } } }',
    { id: ids.account, name },
  );
  const opened = await graphql(
    'mutation ($input: OpenSubscriptionInput!) { openSubscription(input: $input) { order { id } } }',
    {
      input: {
        accountId: ids.account,
        productCode: 'QIDIAN',
        planCode: 'SEATS',
        seats: 3,
        years: 1,
        idempotencyKey: `phone-open-${stamp}`,
      },
    },
  );
  ids.order = opened.openSubscription.order.id;
  ids.customerToken = await createToken(ids.account, 'CUSTOMER_ADMIN');
  // A webhook endpoint with a long URL and a test event that failed (nothing listens there):
  // the endpoint's page shows a delivery with a long error.
  const endpoint = await graphql(
    'mutation ($input: CreateWebhookEndpointInput!) { createWebhookEndpoint(input: $input) { endpoint { id } userErrors { message } } }',
    {
      input: {
        accountId: ids.account,
        url: `http://127.0.0.1:9/a/rather/long/path/to/the/receiver/of/billing/events?tenant=phone-width-${stamp}`,
        eventTypes: ['invoice.issued', 'refund.paid_out'],
        description: `Finance system of ${name}`,
      },
    },
  );
  assert.deepEqual(endpoint.createWebhookEndpoint.userErrors, []);
  ids.endpoint = endpoint.createWebhookEndpoint.endpoint.id;
  await graphql(
    'mutation ($id: ID!) { sendTestWebhookEvent(input: { endpointId: $id }) { userErrors { message } } }',
    { id: ids.endpoint },
  );
  // The accounts list shows live accounts until Test mode is on: a live one of its own, with a
  // long name, so the list has a row whatever else the run made.
  await createAccount(`${name} (live)`);
});
after(async () => {
  await browser?.close();
});

const SECTIONS = ['', '/buy', '/orders', '/refunds', '/invoices', '/verification'];

/** How far the page scrolls sideways (0 when it does not), once `ready` is on screen. */
async function overflowAt(page, path, ready) {
  await page.goto(`${baseUrl}${path}`);
  await ready(page).first().waitFor();
  // Let the rest of the page (lists, charts) arrive before measuring.
  await page.waitForLoadState('networkidle');
  return page.evaluate(() => globalThis.document.documentElement.scrollWidth);
}

/** The links of `nav` that do not fit in the screen's width (cut off, or behind a scroll). */
async function linksOffScreen(nav) {
  const off = [];
  for (const link of await nav.getByRole('link').all()) {
    const box = await link.boundingBox();
    if (!box || box.x < 0 || box.x + box.width > PHONE.width) off.push(await link.innerText());
  }
  return off;
}

/** The deepest elements that reach past the screen's right edge, to say what widens a page. */
function widest(page) {
  return page.evaluate((limit) => {
    const past = [...globalThis.document.querySelectorAll('body *')].filter(
      (element) => element.getBoundingClientRect().right > limit,
    );
    return past
      .filter((element) => !past.some((other) => other !== element && element.contains(other)))
      .slice(0, 5)
      .map((element) => `${element.tagName.toLowerCase()}.${element.className}`)
      .join(', ');
  }, PHONE.width);
}

async function checkPages(page, pages) {
  const wide = [];
  for (const [path, ready] of pages) {
    const width = await overflowAt(page, path, ready);
    if (process.env.E2E_PHONE_LOG) console.log(`${path}: ${width}`);
    if (width > PHONE.width) wide.push(`${path}: ${width}px (${await widest(page)})`);
  }
  assert.deepEqual(wide, [], `pages wider than ${PHONE.width}px`);
}

test('at 390 px no console page scrolls sideways and the navigation stays within the screen', async () => {
  const page = await openPage(browser, { viewport: PHONE });
  await signIn(page);
  const heading = (page) => page.getByRole('heading', { level: 1 });
  const account = `/accounts/${encodeURIComponent(ids.account)}`;
  await checkPages(page, [
    ['/dashboard', heading],
    ['/accounts', (p) => p.getByTestId('account-row')],
    [account, (p) => p.getByRole('heading', { name })],
    ['/verification', heading],
    ['/refunds', heading],
    ['/refunds?status=all', heading],
    ['/overdue-invoices', heading],
    ['/invoices', heading],
    ['/test-clocks', heading],
    [`/test-clocks?clock=${encodeURIComponent(ids.clock)}`, (p) => p.getByTestId('clock-today')],
    ['/audit', heading],
    ['/journal', heading],
    ['/api-tokens', (p) => p.getByTestId('api-token')],
    ['/webhooks', (p) => p.getByTestId('webhook-endpoint')],
    [`/webhooks/${encodeURIComponent(ids.endpoint)}`, (p) => p.getByTestId('webhook-delivery')],
    [`/orders/${encodeURIComponent(ids.order)}`, heading],
    ...SECTIONS.map((section) => [`${account}/portal${section}`, heading]),
  ]);
  // The navigation wraps: every link is in view, none hidden past the edge.
  for (const lang of ['en', 'zh-CN']) {
    await page.goto(`${baseUrl}/accounts?lang=${lang}`);
    await page.getByTestId('account-row').first().waitFor();
    assert.deepEqual(await linksOffScreen(page.locator('nav.main-nav')), []);
    assert.ok(
      (await page.evaluate(() => globalThis.document.documentElement.scrollWidth)) <= PHONE.width,
    );
    await screenshot(page, lang === 'en' ? 'console-nav-phone' : 'console-nav-phone-zh', {
      fullPage: false,
    });
  }
  await page.context().close();
});

test('at 390 px the customer portal’s tabs wrap or scroll and no portal page scrolls sideways', async () => {
  for (const lang of ['en', 'zh-CN']) {
    const page = await openPage(browser, { viewport: PHONE });
    await signIn(page, ids.customerToken);
    await page.goto(`${baseUrl}/my-account?lang=${lang}`);
    await checkPages(page, [
      ...SECTIONS.map((section) => [
        `/my-account${section}?lang=${lang}`,
        (p) => p.getByRole('heading', { level: 1 }),
      ]),
      [`/webhooks?lang=${lang}`, (p) => p.getByTestId('webhook-endpoint')],
      [
        `/webhooks/${encodeURIComponent(ids.endpoint)}?lang=${lang}`,
        (p) => p.getByTestId('webhook-delivery'),
      ],
    ]);
    await page.goto(`${baseUrl}/my-account/orders?lang=${lang}`);
    await page.getByRole('heading', { level: 1 }).waitFor();
    // The tabs wrap: every section is in view.
    assert.deepEqual(await linksOffScreen(page.locator('nav.section-nav')), []);
    assert.deepEqual(await linksOffScreen(page.locator('nav.main-nav')), []);
    await screenshot(page, lang === 'en' ? 'portal-tabs-phone' : 'portal-tabs-phone-zh', {
      fullPage: false,
    });
    await page.context().close();
  }
});
