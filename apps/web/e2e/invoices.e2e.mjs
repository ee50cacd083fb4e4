// R-INV-2, R-INV-3: an operator issues an overdue invoice from the console; the customer sees it
// issued in the portal and downloads its fapiao PDF.
import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import { createToken, expectText, graphql, launchBrowser, openPage, signIn } from './browser.mjs';

const STAMP = Date.now();
const NAME = `发票测试有限公司 ${STAMP}`;
const NUMBER = String(10_000_000 + (Date.now() % 89_999_999));
let browser;
let customerToken;

before(async () => {
  browser = await launchBrowser();
  // Idempotency keys are printable ASCII (the API refuses anything else).
  const key = (what) => `${what}-invoices-e2e-${STAMP}`;
  const clock = await graphql(
    'mutation ($name: String!) { createTestClock(input: { name: $name, frozenAt: "2024-01-31T10:00:00+08:00" }) { testClock { id } } }',
    { name: key('clock') },
  );
  const clockId = clock.createTestClock.testClock.id;
  const created = await graphql(
    'mutation ($name: String!, $clock: ID) { createAccount(input: { name: $name, testClockId: $clock }) { account { id } } }',
    { name: NAME, clock: clockId },
  );
  const accountId = created.createAccount.account.id;
  await graphql(
    'mutation ($id: ID!, $name: String!) { submitVerification(input: { accountId: $id, verifiedName: $name, documents: ["licence.pdf", "legal-rep-id.pdf", "contact.txt"] }) { userErrors { message } } }',
    { id: accountId, name: NAME },
  );
  await graphql(
    'mutation ($id: ID!) { approveVerification(input: { accountId: $id }) { userErrors { message } } }',
    { id: accountId },
  );
  const opened = await graphql(
    'mutation ($input: OpenSubscriptionInput!) { openSubscription(input: $input) { order { id total { amount } } } }',
    {
      input: {
        accountId,
        productCode: 'QIDIAN',
        planCode: 'SEATS',
        seats: 3,
        years: 1,
        idempotencyKey: key('open'),
      },
    },
  );
  const order = opened.openSubscription.order;
  const paid = await graphql(
    'mutation ($input: PayOrderInput!) { payOrder(input: $input) { payment { id } userErrors { message } } }',
    {
      input: {
        orderId: order.id,
        method: 'ALIPAY',
        amount: order.total.amount,
        idempotencyKey: key('pay'),
      },
    },
  );
  const requested = await graphql(
    'mutation ($input: RequestInvoiceInput!) { requestInvoice(input: $input) { userErrors { message } } }',
    {
      input: {
        paymentId: paid.payOrder.payment.id,
        title: NAME,
        type: 'GENERAL',
        idempotencyKey: key('invoice'),
      },
    },
  );
  assert.deepEqual(requested.requestInvoice.userErrors, []);
  // Due on 2024-04-09 (45 working days after 2024-01-31): three days overdue on 2024-04-12.
  await graphql(
    'mutation ($id: ID!) { advanceTestClock(input: { id: $id, to: "2024-04-12T10:00:00+08:00" }) { userErrors { message } } }',
    { id: clockId },
  );
  customerToken = await createToken(accountId, 'CUSTOMER_ADMIN');
});
after(async () => {
  await browser?.close();
});

test('R-INV-2 an operator issues an overdue invoice from the console; R-INV-3 the customer sees it issued and downloads the fapiao', async () => {
  const operator = await openPage(browser);
  await signIn(operator);
  await operator
    .getByRole('navigation', { name: 'Main' })
    .getByRole('link', { name: 'Overdue invoices' })
    .click();
  await operator.getByRole('heading', { name: 'Overdue invoices' }).waitFor();
  // The account lives on a test clock: the console shows live accounts until Test mode is on.
  await operator.getByRole('switch', { name: 'Test mode' }).check();
  const item = operator.getByTestId('overdue-invoice').filter({ hasText: NAME });
  await expectText(item, /3 days overdue/);
  await expectText(item, /2024/);
  await item.getByLabel('Fapiao number').fill('1234');
  await item.getByLabel('Issue date').fill('2024-04-12');
  await item.getByRole('button', { name: 'Issue the fapiao' }).click();
  await expectText(item, /8 digits/);
  await item.getByLabel('Fapiao number').fill(NUMBER);
  await item.getByRole('button', { name: 'Issue the fapiao' }).click();
  // Issued, it leaves the overdue list.
  await operator.getByTestId('overdue-invoice').filter({ hasText: NAME }).waitFor({
    state: 'detached',
  });
  await operator.context().close();

  const customer = await openPage(browser);
  await signIn(customer, customerToken);
  await customer.getByRole('link', { name: 'Invoices' }).first().click();
  const invoice = customer.getByTestId('invoice').filter({ hasText: NAME });
  await expectText(invoice, /Issued/);
  await expectText(invoice.getByTestId('invoice-number'), new RegExp(NUMBER));
  const [download] = await Promise.all([
    customer.waitForEvent('download'),
    invoice.getByRole('button', { name: 'Download fapiao (PDF)' }).click(),
  ]);
  assert.equal(download.suggestedFilename(), `fapiao-${NUMBER}.pdf`);
  const path = await download.path();
  const { readFileSync } = await import('node:fs');
  assert.equal(readFileSync(path).subarray(0, 5).toString('latin1'), '%PDF-');
  await customer.context().close();
});
