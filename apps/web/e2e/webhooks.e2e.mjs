// Webhooks in the console and the portal, against a receiver this file starts on 127.0.0.1 (the
// runner lets the API send to private addresses): an operator adds an endpoint for one account
// and sees its signing secret once, sends a test event and sees the answer, pays an order and
// sees its delivery succeed (the receiver checks every signature with the secret shown), resends
// it, filters the deliveries, edits the endpoint, rotates the secret (both signatures during the
// overlap), disables and enables it, deletes it, and adds one for every account; a customer's
// administrator sees and adds only their own account's endpoints; a member has no Webhooks page.
import assert from 'node:assert/strict';
import { createHmac } from 'node:crypto';
import http from 'node:http';
import { after, before, test } from 'node:test';
import {
  PHONE,
  baseUrl,
  confirmAction,
  createToken,
  expectResult,
  expectText,
  expectValue,
  graphql,
  launchBrowser,
  openPage,
  screenshot,
  signIn,
} from './browser.mjs';

let browser;
let receiver;
const stamp = Date.now();
const key = (what) => `webhooks-${what}-${stamp}`;
const ids = {};

/**
 * An HTTP receiver on 127.0.0.1: it keeps every request (path, headers, raw body) and answers
 * 200 "received <type>", or 500 "receiver is down" under /fail.
 */
async function startReceiver() {
  const requests = [];
  const server = http.createServer((request, response) => {
    const chunks = [];
    request.on('data', (chunk) => chunks.push(chunk));
    request.on('end', () => {
      const body = Buffer.concat(chunks).toString('utf8');
      let json = null;
      try {
        json = JSON.parse(body);
      } catch {
        // kept as it is
      }
      requests.push({ path: request.url, headers: request.headers, body, json });
      response.setHeader('content-type', 'text/plain; charset=utf-8');
      if (request.url.startsWith('/fail')) {
        response.statusCode = 500;
        response.end('receiver is down');
      } else {
        response.end(`received ${json?.type ?? 'something'}`);
      }
    });
  });
  await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address();
  return {
    requests,
    url: (path) => `http://127.0.0.1:${port}${path}`,
    at: (path, type) =>
      requests.filter(
        (r) => r.path === path && (!type || r.headers['billing-event-type'] === type),
      ),
    close: () => new Promise((resolve) => server.close(resolve)),
  };
}

/** The secrets whose `v1=` signature the request carries (HMAC-SHA256 over `<t>.<raw body>`). */
function signedWith(request, secrets) {
  const parts = String(request.headers['billing-signature'] ?? '').split(',');
  const t = parts.find((part) => part.startsWith('t='))?.slice(2);
  const signatures = parts.filter((part) => part.startsWith('v1=')).map((part) => part.slice(3));
  return secrets.filter((secret) =>
    signatures.includes(createHmac('sha256', secret).update(`${t}.${request.body}`).digest('hex')),
  );
}

/** Waits until `check()` returns something truthy, then returns it; fails after `timeout` ms. */
async function until(what, check, timeout = 30_000) {
  const deadline = Date.now() + timeout;
  for (;;) {
    const found = await check();
    if (found) return found;
    if (Date.now() > deadline) assert.fail(`timed out waiting for ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
}

async function openAndPay(accountId, what) {
  const opened = await graphql(
    'mutation ($input: OpenSubscriptionInput!) { openSubscription(input: $input) { order { id total { amount } } userErrors { message } } }',
    {
      input: {
        accountId,
        productCode: 'QIDIAN',
        planCode: 'SEATS',
        seats: 3,
        years: 1,
        idempotencyKey: key(`open-${what}`),
      },
    },
  );
  assert.deepEqual(opened.openSubscription.userErrors, []);
  const order = opened.openSubscription.order;
  const paid = await graphql(
    'mutation ($input: PayOrderInput!) { payOrder(input: $input) { userErrors { message } } }',
    {
      input: {
        orderId: order.id,
        method: 'ALIPAY',
        amount: order.total.amount,
        idempotencyKey: key(`pay-${what}`),
      },
    },
  );
  assert.deepEqual(paid.payOrder.userErrors, []);
  return order.id;
}

before(async () => {
  browser = await launchBrowser();
  receiver = await startReceiver();
  // Accounts on a test clock: their audit entries stay on the test side of the audit trail.
  const clock = await graphql(
    'mutation ($name: String!) { createTestClock(input: { name: $name, frozenAt: "2024-03-04T10:00:00+08:00" }) { testClock { id } } }',
    { name: `Webhooks clock ${stamp}` },
  );
  const account = async (name) =>
    (
      await graphql(
        'mutation ($name: String!, $clock: ID) { createAccount(input: { name: $name, testClockId: $clock }) { account { id } } }',
        { name, clock: clock.createTestClock.testClock.id },
      )
    ).createAccount.account.id;
  ids.accountName = `Webhook Receiver Co ${stamp}`;
  ids.account = await account(ids.accountName);
  ids.other = await account(`Webhook Other Co ${stamp}`);
  // Another account's endpoint: the operator sees it, that account's neighbour does not.
  const other = await graphql(
    'mutation ($input: CreateWebhookEndpointInput!) { createWebhookEndpoint(input: $input) { endpoint { id url } userErrors { message } } }',
    {
      input: {
        accountId: ids.other,
        url: receiver.url(`/other-${stamp}`),
        description: `Other account hook ${stamp}`,
      },
    },
  );
  assert.deepEqual(other.createWebhookEndpoint.userErrors, []);
  ids.otherEndpoint = other.createWebhookEndpoint.endpoint;
  ids.admin = await createToken(ids.account, 'CUSTOMER_ADMIN');
  ids.member = await createToken(ids.account, 'CUSTOMER_MEMBER');
});
after(async () => {
  await browser?.close();
  await receiver?.close();
});

const deliveryRow = (page, type) =>
  page.locator(`[data-testid="webhook-delivery"][data-event-type="${type}"]`);

test('an operator adds an endpoint, sees its secret once, tests it, sees deliveries succeed, resends, edits, rotates, disables, enables and deletes it', async () => {
  const page = await openPage(browser);
  await signIn(page);
  await page
    .getByRole('navigation', { name: 'Main' })
    .getByRole('link', { name: 'Webhooks' })
    .click();
  await page.getByRole('heading', { name: 'Webhooks', level: 1 }).waitFor();
  // Every account's endpoints are listed: the other account's too.
  const list = page.getByTestId('webhook-endpoint-list');
  await expectText(list, new RegExp(`other-${stamp}`));

  // The API's refusal shows beside the URL.
  const form = page.getByTestId('create-webhook');
  await form.getByLabel('One account').check();
  await form.getByLabel('Account id').fill(ids.account);
  await form.getByLabel('URL').fill('ftp://127.0.0.1/hooks');
  await form.getByRole('button', { name: 'Add endpoint' }).click();
  await expectText(form.getByRole('alert'), /http or https/);
  assert.equal(await page.getByTestId('issued-token').count(), 0);

  const path = `/erp-${stamp}`;
  const url = receiver.url(path);
  await form.getByLabel('URL').fill(url);
  await form.getByLabel('Description').fill(`Orders to ERP ${stamp}`);
  await form.getByLabel('order.paid', { exact: true }).check();
  await form.getByRole('button', { name: 'Add endpoint' }).click();
  const issued = page.getByTestId('issued-token');
  await expectText(issued, /you will not see it again/);
  const secret = await issued.getByLabel('Signing secret').inputValue();
  assert.match(secret, /^whsec_[A-Za-z0-9_-]{40,}$/);
  await issued.getByRole('button', { name: 'Copy' }).click();
  await issued.getByText('Copied to the clipboard.').waitFor();
  assert.equal(await page.evaluate(() => navigator.clipboard.readText()), secret);
  const row = page.getByTestId('webhook-endpoint').filter({ hasText: path });
  await expectText(row, new RegExp(ids.accountName));
  await expectText(row, /order\.paid/);
  await expectText(row.getByTestId('webhook-endpoint-status'), /Enabled/);
  await expectText(row, /Not failing/);
  await screenshot(page, 'webhooks');

  // The endpoint's page: the secret is not shown again, only its hint.
  await issued.getByRole('link', { name: 'Open the endpoint' }).click();
  await page.getByRole('heading', { name: 'Webhook endpoint', level: 1 }).waitFor();
  ids.endpoint = decodeURIComponent(new URL(page.url()).pathname.split('/').pop());
  await expectText(page.getByTestId('webhook-url'), new RegExp(path));
  await expectText(page.getByTestId('webhook-account'), new RegExp(ids.accountName));
  await expectText(page.getByTestId('webhook-types'), /^order\.paid$/);
  await expectText(page.getByTestId('webhook-secret-hint'), new RegExp(`…${secret.slice(-4)}$`));
  assert.ok(!(await page.evaluate(() => globalThis.document.body.innerText)).includes(secret));
  await page.reload();
  await page.getByTestId('webhook-secret-hint').waitFor();
  assert.ok(!(await page.content()).includes(secret));

  // A test event: sent at once, its outcome shown; the receiver checks the signature.
  await page.getByRole('button', { name: 'Send test event' }).click();
  const outcome = page.getByTestId('test-outcome');
  await expectText(outcome, /The test event was delivered/);
  await expectText(outcome.getByTestId('test-outcome-code'), /^200$/);
  await expectText(outcome.getByTestId('test-outcome-latency'), /^\d+ ms$/);
  await expectText(outcome.getByTestId('test-outcome-response'), /^received webhook\.test$/);
  const [testRequest] = receiver.at(path, 'webhook.test');
  assert.ok(testRequest, 'the receiver got the test event');
  assert.deepEqual(signedWith(testRequest, [secret]), [secret]);
  await expectText(deliveryRow(page, 'webhook.test').getByTestId('delivery-status'), /Succeeded/);

  // A billing event: the order is paid; its delivery shows up and succeeds.
  const orderId = await openAndPay(ids.account, 'first');
  const paid = deliveryRow(page, 'order.paid');
  await expectText(paid.getByTestId('delivery-status'), /Succeeded/, 40_000);
  await expectText(paid.getByTestId('delivery-attempts'), /^1$/);
  await expectText(paid.getByTestId('delivery-code'), /^200$/);
  await expectText(paid.getByTestId('delivery-latency'), /^\d+ ms$/);
  await expectText(paid.getByTestId('delivery-response'), /^received order\.paid$/);
  await expectText(paid.getByTestId('delivery-error'), /^—$/);
  assert.equal(
    await paid.getByTestId('delivery-event').getByRole('link').getAttribute('href'),
    `/orders/${encodeURIComponent(orderId)}`,
  );
  // Only the ticked type was sent, signed with the secret shown once.
  const [first] = receiver.at(path, 'order.paid');
  assert.equal(first.json.objectId, orderId);
  assert.equal(first.json.account.id, ids.account);
  assert.deepEqual(signedWith(first, [secret]), [secret]);
  assert.deepEqual(
    receiver.at(path).map((r) => r.headers['billing-event-type']),
    ['webhook.test', 'order.paid'],
  );
  await screenshot(page, 'webhook-endpoint');

  // Filtered by status: none failed; both succeeded; the filter is in the URL.
  const filters = page.getByRole('search', { name: 'Filter the deliveries' });
  await filters.getByLabel('Status').selectOption({ label: 'Failed' });
  await expectText(page.getByText('Nothing in this list matches the filters.'), /Nothing/);
  assert.match(page.url(), /deliveriesStatus=FAILED/);
  await filters.getByLabel('Status').selectOption({ label: 'Succeeded' });
  await expectText(page.getByRole('table').locator('caption'), /^2 of 2 deliveries, newest first$/);
  assert.deepEqual(
    await page
      .getByTestId('webhook-delivery')
      .evaluateAll((rows) => rows.map((r) => r.dataset.eventType)),
    ['order.paid', 'webhook.test'],
  );
  await filters.getByLabel('Status').selectOption({ label: 'All statuses' });

  // Resend: the same event again (same event id), delivered again.
  assert.equal(
    await deliveryRow(page, 'webhook.test').getByRole('button', { name: 'Resend' }).count(),
    0,
  );
  await paid.getByRole('button', { name: 'Resend' }).click();
  await expectResult(page, /order\.paid queued to be sent again/);
  const again = await until('the event sent again', () => receiver.at(path, 'order.paid')[1]);
  assert.equal(again.headers['billing-event-id'], first.headers['billing-event-id']);
  assert.deepEqual(signedWith(again, [secret]), [secret]);
  await expectText(paid.getByTestId('delivery-status'), /Succeeded/);
  assert.equal(await paid.count(), 1);

  // Edit: a refused URL shows the API's message; then description and types change.
  const edit = page.getByTestId('edit-webhook');
  await edit.getByLabel('URL').fill('not a url');
  await edit.getByRole('button', { name: 'Save changes' }).click();
  await expectText(edit.getByRole('alert'), /not a valid absolute URL/);
  await edit.getByLabel('URL').fill(url);
  await edit.getByLabel('Description').fill(`Orders and refunds to ERP ${stamp}`);
  await edit.getByLabel('refund.paid_out', { exact: true }).check();
  await edit.getByRole('button', { name: 'Save changes' }).click();
  await edit.getByText('Saved.').waitFor();
  await expectText(page.getByTestId('webhook-types'), /^order\.paid, refund\.paid_out$/);
  await expectText(page.getByTestId('webhook-description'), /^Orders and refunds to ERP/);

  // Rotate: 24 hours unless changed; the new secret shown once; both secrets sign meanwhile.
  const rotate = page.getByTestId('rotate-webhook');
  await expectValue(rotate.getByLabel('Overlap (hours)'), '24');
  await rotate.getByLabel('Overlap (hours)').fill('200');
  await rotate.getByRole('button', { name: 'Rotate secret' }).click();
  await confirmAction(page, 'Yes, rotate', /200 hours/);
  await expectText(rotate.getByRole('alert'), /168/);
  assert.equal(await rotate.getByTestId('issued-token').count(), 0);
  await rotate.getByLabel('Overlap (hours)').fill('2');
  await rotate.getByRole('button', { name: 'Rotate secret' }).click();
  await confirmAction(page, 'Yes, rotate', /for 2 hours/);
  await expectText(rotate.getByTestId('issued-token'), /you will not see it again/);
  const rotated = await rotate.getByLabel('Signing secret').inputValue();
  assert.match(rotated, /^whsec_/);
  assert.notEqual(rotated, secret);
  await expectText(page.getByTestId('webhook-secret-hint'), new RegExp(`…${rotated.slice(-4)}$`));
  await page.getByTestId('webhook-previous-secret').waitFor();
  await page.getByRole('button', { name: 'Send test event' }).click();
  await expectText(outcome, /The test event was delivered/);
  const secondTest = receiver.at(path, 'webhook.test')[1];
  assert.ok(secondTest, 'the receiver got the second test event');
  assert.deepEqual(signedWith(secondTest, [rotated, secret]), [rotated, secret]);

  // Disable (asked first): nothing is queued while disabled; no Resend is offered.
  await page.getByRole('button', { name: 'Disable', exact: true }).click();
  await confirmAction(page, 'Yes, disable', /Nothing is sent to/);
  await expectText(page.getByTestId('webhook-status'), /^Disabled$/);
  await expectText(page.getByTestId('webhook-status-detail'), /Disabled by an operator/);
  assert.equal(await page.getByRole('button', { name: 'Resend' }).count(), 0);
  const before = receiver.at(path).length;
  await openAndPay(ids.account, 'while-disabled');
  await new Promise((resolve) => setTimeout(resolve, 5_000));
  assert.equal(receiver.at(path).length, before);
  await expectText(page.getByRole('table').locator('caption'), /^3 of 3 deliveries/);

  // Enable again.
  await page.getByRole('button', { name: 'Enable', exact: true }).click();
  await expectText(page.getByTestId('webhook-status'), /^Enabled$/);
  await paid.getByRole('button', { name: 'Resend' }).waitFor();

  // Delete (asked first): back on the list, where it no longer is.
  await page.getByRole('button', { name: 'Delete', exact: true }).click();
  await confirmAction(page, 'Yes, delete', /cannot be undone/);
  await page.getByRole('heading', { name: 'Webhooks', level: 1 }).waitFor();
  await expectResult(page, /deleted/);
  await expectText(list, new RegExp(`other-${stamp}`));
  assert.equal(await page.getByTestId('webhook-endpoint').filter({ hasText: path }).count(), 0);
  const gone = await graphql('query ($id: ID!) { webhookEndpoint(id: $id) { id } }', {
    id: ids.endpoint,
  });
  assert.equal(gone.webhookEndpoint, null);

  // An endpoint for every account's events.
  const everyPath = `/every-${stamp}`;
  await form.getByLabel('Every account').check();
  assert.equal(await form.getByLabel('Account id').count(), 0);
  await form.getByLabel('URL').fill(receiver.url(everyPath));
  await form.getByRole('button', { name: 'Add endpoint' }).click();
  await expectText(page.getByTestId('issued-token'), /you will not see it again/);
  const everyRow = page.getByTestId('webhook-endpoint').filter({ hasText: everyPath });
  await expectText(everyRow.getByTestId('webhook-endpoint-account'), /^Every account$/);
  await expectText(everyRow, /Every event type/);
  await everyRow.getByRole('link').first().click();
  await expectText(page.getByTestId('webhook-account'), /^Every account$/);
  await page.getByRole('button', { name: 'Delete', exact: true }).click();
  await confirmAction(page, 'Yes, delete', /cannot be undone/);
  await expectResult(page, /deleted/);
  await page.context().close();
});

test('a customer administrator sees and adds only their account’s endpoints; a member has no Webhooks page', async () => {
  const page = await openPage(browser);
  await signIn(page, ids.admin);
  const nav = page.getByRole('navigation', { name: 'Main' });
  await nav.getByRole('link', { name: 'Webhooks' }).click();
  await page.getByRole('heading', { name: 'Webhooks', level: 1 }).waitFor();
  const form = page.getByTestId('create-webhook');
  await form.waitFor();
  // No choice of account: the administrator's own.
  assert.equal(await form.getByLabel('One account').count(), 0);
  assert.equal(await form.getByLabel('Account id').count(), 0);
  const path = `/fail-admin-${stamp}`;
  await form.getByLabel('URL').fill(receiver.url(path));
  await form.getByLabel('Description').fill(`Admin hook ${stamp}`);
  await form.getByRole('button', { name: 'Add endpoint' }).click();
  await expectText(page.getByTestId('issued-token'), /you will not see it again/);
  const secret = await page.getByTestId('issued-token').getByLabel('Signing secret').inputValue();
  assert.match(secret, /^whsec_/);
  const list = page.getByTestId('webhook-endpoint-list');
  await expectText(list, new RegExp(path));
  // Only the account's own endpoints: not the other account's, no account column.
  assert.doesNotMatch(await list.innerText(), new RegExp(`other-${stamp}`));
  assert.equal(await page.getByTestId('webhook-endpoint-account').count(), 0);
  const mine = await graphql(
    'query { webhookEndpoints(first: 100) { totalCount } }',
    {},
    ids.admin,
  );
  await expectText(
    list.locator('caption'),
    new RegExp(`of ${mine.webhookEndpoints.totalCount} endpoints`),
  );
  await screenshot(page, 'webhooks-customer');

  // A receiver that fails: the outcome says so, with the status and the answer.
  await page
    .getByTestId('webhook-endpoint')
    .filter({ hasText: path })
    .getByRole('link')
    .first()
    .click();
  await page.getByRole('heading', { name: 'Webhook endpoint', level: 1 }).waitFor();
  await expectText(page.getByTestId('webhook-account'), new RegExp(ids.accountName));
  await page.getByRole('button', { name: 'Send test event' }).click();
  const outcome = page.getByTestId('test-outcome');
  await expectText(outcome, /The test event was not delivered/);
  await expectText(outcome.getByTestId('test-outcome-code'), /^500$/);
  await expectText(outcome.getByTestId('test-outcome-error'), /^The endpoint answered 500$/);
  await expectText(outcome.getByTestId('test-outcome-response'), /^receiver is down$/);
  assert.equal(receiver.at(path, 'webhook.test').length, 1);
  const failed = deliveryRow(page, 'webhook.test');
  await expectText(failed.getByTestId('delivery-status'), /Failed/);
  await expectText(failed.getByTestId('delivery-error'), /The endpoint answered 500/);
  // At phone width the page does not scroll sideways.
  await page.setViewportSize(PHONE);
  await expectText(failed.getByTestId('delivery-status'), /Failed/);
  assert.ok(
    (await page.evaluate(() => globalThis.document.documentElement.scrollWidth)) <= PHONE.width,
  );
  await screenshot(page, 'webhook-endpoint-phone');

  // The other account's endpoint is not found, as in the API.
  await page.goto(`${baseUrl}/webhooks/${encodeURIComponent(ids.otherEndpoint.id)}`);
  await page.getByRole('heading', { name: 'Endpoint not found' }).waitFor();
  await page.context().close();

  const member = await openPage(browser);
  await signIn(member, ids.member);
  await member.getByRole('heading', { name: 'My account' }).waitFor();
  assert.equal(
    await member
      .getByRole('navigation', { name: 'Main' })
      .getByRole('link', { name: 'Webhooks' })
      .count(),
    0,
  );
  await member.goto(`${baseUrl}/webhooks`);
  await member.getByRole('heading', { name: 'Page not found' }).waitFor();
  await member.context().close();
});
