// One customer's life on a test clock (docs/api-contract.md, "Time"): an operator opens the account
// and its EQQ subscription, the customer adds seats after reading the quote, pays, asks for a
// refund, and an operator approves it. The tests run in order and share the account.
import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import {
  PHONE,
  baseUrl,
  confirmAction,
  createToken,
  expectText,
  expectResult,
  expectValue,
  graphql,
  launchBrowser,
  openPage,
  screenshotEn,
  screenshotPair,
  screenshotZh,
  switchLanguage,
  signIn,
} from './browser.mjs';

let browser;
const stamp = Date.now();
const accountName = `Journey Trading ${stamp}`;
const clockName = `Journey clock ${stamp}`;
/** Filled in as the journey goes. */
const journey = { accountId: '', customerToken: '', addSeatsOrderId: '', refundId: '' };

before(async () => {
  browser = await launchBrowser();
});
after(async () => {
  await browser?.close();
});

/** The live quote (or refund preview) once it answers exactly the inputs on screen. */
function freshPreview(page, testId = 'quote') {
  return page.locator(`[data-testid="${testId}"][data-fresh="true"]`);
}

async function advanceClock(page, date) {
  const form = page.getByRole('form', { name: 'Move forward' });
  await form.getByLabel('To date').fill(date);
  await form.getByRole('button', { name: 'Advance the clock' }).click();
  await confirmAction(page, /^Advance to /, new RegExp(`to ${longDate(date)} 10:00`));
  await page.getByTestId('clock-today').getByText(longDate(date)).waitFor();
  await expectResult(page, new RegExp(`advanced to ${longDate(date)} 10:00`));
}

/** "2021-10-10" as the English UI writes it ("Oct 10, 2021"). */
function longDate(date) {
  const [year, month, day] = date.split('-').map(Number);
  const names = [
    'Jan',
    'Feb',
    'Mar',
    'Apr',
    'May',
    'Jun',
    'Jul',
    'Aug',
    'Sep',
    'Oct',
    'Nov',
    'Dec',
  ];
  return `${names[month - 1]} ${day}, ${year}`;
}

function nav(page, name) {
  return page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name, exact: true });
}

test('R-OPEN-1 R-OPEN-2 R-OPEN-3 an operator opens an account on a test clock and its EQQ subscription', async () => {
  const operator = await openPage(browser);
  await signIn(operator);
  await nav(operator, 'Test clocks').click();
  await operator.getByRole('heading', { name: 'Test clocks', level: 1 }).waitFor();

  const create = operator.getByRole('form', { name: 'New test clock' });
  await create.getByLabel('Name').fill(clockName);
  await create.getByLabel('Date').fill('2021-04-20');
  await create.getByLabel('Time').fill('10:00');
  await create.getByRole('button', { name: 'Create the clock' }).click();
  await operator.getByRole('heading', { name: clockName }).waitFor();
  await operator.getByTestId('clock-today').getByText('Apr 20, 2021').waitFor();

  const newAccount = operator.getByRole('form', { name: 'New account on this clock' });
  await newAccount.getByLabel('Account name').fill(accountName);
  await newAccount.getByRole('button', { name: 'Create the account' }).click();
  await newAccount.getByRole('status').getByText(`Account “${accountName}” created.`).waitFor();
  await operator.getByTestId('clock-account').getByRole('link', { name: accountName }).waitFor();
  await newAccount.getByRole('link', { name: 'Open' }).click();
  await operator.getByRole('heading', { name: accountName, level: 1 }).waitFor();
  journey.accountId = decodeURIComponent(new URL(operator.url()).pathname.split('/')[2]);
  assert.match(
    await operator.getByText('This account lives on test clock').innerText(),
    /Journey clock/,
  );

  // The operator buys for the customer through the customer's own view of the account.
  await operator.getByRole('link', { name: 'Open the customer view' }).click();
  await operator.getByRole('heading', { name: `${accountName} — customer view` }).waitFor();
  await operator
    .getByRole('navigation', { name: 'Account sections' })
    .getByRole('link', { name: 'Buy' })
    .click();
  await operator.getByLabel('Product').selectOption('EQQ');
  await operator.getByLabel('Plan').selectOption('SEATS');
  await operator.getByLabel('Seats', { exact: true }).fill('5');
  const quote = freshPreview(operator);
  await quote.waitFor();
  await expectText(quote, /5 seats × ¥1,000.00 × 1 year/);
  await expectText(quote.locator('tfoot'), /¥5,000\.00/);
  await operator.getByRole('button', { name: 'Place the order' }).click();
  await operator.getByTestId('order-placed').getByText('¥5,000.00').waitFor();
  await operator.getByRole('link', { name: 'Open the order to pay' }).click();

  await operator.getByRole('heading', { name: /New subscription/ }).waitFor();
  await expectValue(operator.getByLabel('Amount (¥)'), '5000.00');
  await operator.getByLabel('Method').selectOption('ALIPAY');
  await operator.getByRole('button', { name: 'Pay', exact: true }).click();
  await confirmAction(operator, 'Pay ¥5,000.00', /¥5,000\.00 is charged by Alipay/);
  await expectResult(
    operator,
    /Payment recorded: ¥5,000\.00 by Alipay; the order is paid in full\. Open the order/,
  );
  await expectText(operator.getByTestId('outstanding'), /¥0\.00/);
  await operator.context().close();

  // The customer sends the qualification materials; an operator approves them (R-OPEN-2).
  journey.customerToken = await createToken(journey.accountId, 'CUSTOMER_ADMIN');
  const customer = await openPage(browser);
  await signIn(customer, journey.customerToken);
  await customer.getByRole('heading', { name: 'My account' }).waitFor();
  await customer.getByRole('link', { name: 'Verification' }).click();
  await customer
    .getByLabel('Enterprise name on the business licence')
    .fill(`${accountName} Co., Ltd.`);
  await customer.getByLabel('Documents').fill('licence.pdf\nlegal-rep-id.pdf\ncontact.txt');
  await customer.getByRole('button', { name: 'Submit for review' }).click();
  await customer.getByText('Materials submitted for review.').waitFor();
  await customer.getByTestId('verification').getByText('Under review').waitFor();
  await customer.context().close();

  const reviewer = await openPage(browser);
  await signIn(reviewer);
  await nav(reviewer, 'Verification').click();
  // The account lives on a test clock: the queue shows live accounts until Test mode is on.
  await reviewer.getByRole('switch', { name: 'Test mode' }).check();
  const item = reviewer.getByTestId('verification-item').filter({ hasText: accountName });
  await item.getByText('legal-rep-id.pdf').waitFor();
  await screenshotPair(reviewer, 'verification-review');
  await item.getByRole('button', { name: 'Approve' }).click();
  await confirmAction(reviewer, `Approve the verification of ${accountName}`);
  await item.waitFor({ state: 'detached' });
  await expectResult(reviewer, `Verification approved: ${accountName} can now be activated.`);

  // Activation waits for payment and materials, then starts the period (R-OPEN-3).
  await nav(reviewer, 'Test clocks').click();
  await reviewer
    .getByLabel('Clock', { exact: true })
    .selectOption({ label: `${clockName} — 2021-04-20` });
  await advanceClock(reviewer, '2021-05-01');
  await reviewer.getByTestId('clock-account').getByRole('link', { name: accountName }).click();
  await reviewer.getByRole('link', { name: 'Open the customer view' }).click();
  await reviewer.getByRole('button', { name: 'Activate' }).click();
  await confirmAction(
    reviewer,
    /^Activate Enterprise QQ .* from today$/,
    /5 seats, ¥5,000\.00 paid: the service starts today/,
  );
  await expectResult(reviewer, /Subscription activated: .*5 seats, service period May 1, 2021/);
  const card = reviewer.getByTestId('subscription');
  await card.getByText('Active', { exact: true }).waitFor();
  await card
    .getByTestId('expires-on')
    .getByText(/Apr 30, 2022/)
    .waitFor();

  // Five months later: the seats journey happens on 2021-10-10.
  await nav(reviewer, 'Test clocks').click();
  await advanceClock(reviewer, '2021-10-10');
  const onClock = reviewer.getByTestId('clock-account').filter({ hasText: accountName });
  const history = onClock.getByTestId('history');
  await history.getByText(/Activated 2021-05-01/).waitFor();
  await expectText(history, /R-OPEN-3/);
  await expectText(onClock.getByTestId('days-left'), /\d+/);
  await screenshotPair(reviewer, 'test-clocks');
  await reviewer.context().close();
});

test('R-SEAT-3 R-SEAT-4 a customer reads the add-seats quote (6 × 95 × 7 months = 3,990), orders and pays', async () => {
  const page = await openPage(browser);
  await signIn(page, journey.customerToken);
  await page.getByRole('heading', { name: 'My account' }).waitFor();
  await page.getByTestId('clock-notice').getByText('Oct 10, 2021').waitFor();
  const card = page.getByTestId('subscription');
  await card.getByRole('button', { name: 'Add seats' }).click();

  // A refusal is shown next to the field it concerns (R-SEAT-1, R-CAT-3).
  const seats = page.getByLabel('Seats to add');
  await seats.fill('60');
  await page
    .getByRole('alert')
    .getByText(/maximum of 50/)
    .first()
    .waitFor();
  assert.equal(await seats.getAttribute('aria-invalid'), 'true');
  assert.equal(await page.getByRole('button', { name: 'Order these seats' }).isDisabled(), true);

  await seats.fill('6');
  const quote = freshPreview(page);
  await quote.getByRole('cell', { name: '6 seats × ¥95.00 × 7 months' }).waitFor();
  const line = quote.locator('tbody tr').first();
  const cells = await line.locator('td').allInnerTexts();
  assert.deepEqual(cells.slice(0, 5), [
    '6 seats × ¥95.00 × 7 months',
    '6',
    '7',
    '¥95.00',
    '¥3,990.00',
  ]);
  assert.match(cells[5], /R-SEAT-3/);
  assert.match(cells[5], /R-SEAT-4/);
  await expectText(quote.locator('tfoot'), /¥3,990\.00/);
  await expectText(quote.getByTestId('quote-explanation'), /rounded to 7/);
  await screenshotEn(page, 'portal-add-seats-quote');
  // The same quote in Chinese: the page is drawn anew, so the seats are asked for again.
  await switchLanguage(page, 'zh-CN');
  await card.getByRole('button', { name: '增加工号' }).click();
  await page.getByLabel('增加工号数').fill('6');
  await freshPreview(page).getByRole('cell', { name: /6/ }).first().waitFor();
  await screenshotZh(page, 'portal-add-seats-quote', { zh: /增加工号数/ });
  await switchLanguage(page, 'en');
  await card.getByRole('button', { name: 'Add seats' }).click();
  await seats.fill('6');
  await quote.getByRole('cell', { name: '6 seats × ¥95.00 × 7 months' }).waitFor();

  await page.getByRole('button', { name: 'Order these seats' }).click();
  await page.getByTestId('order-placed').getByText('¥3,990.00').waitFor();
  await page.getByRole('link', { name: 'Open the order to pay' }).click();
  await page.getByRole('heading', { name: /Added seats/ }).waitFor();
  journey.addSeatsOrderId = decodeURIComponent(new URL(page.url()).pathname.split('/')[2]);
  await expectValue(page.getByLabel('Amount (¥)'), '3990.00');
  await page.getByLabel('Method').selectOption('WECHAT_PAY');
  await page.getByRole('button', { name: 'Pay', exact: true }).click();
  await confirmAction(page, 'Pay ¥3,990.00', /¥3,990\.00 is charged by WeChat Pay/);
  await expectResult(page, /Payment recorded: ¥3,990\.00 by WeChat Pay; the order is paid in full/);
  await expectText(page.getByTestId('outstanding'), /¥0\.00/);

  await page
    .getByRole('navigation', { name: 'Main' })
    .getByRole('link', { name: 'My account' })
    .click();
  await expectText(page.getByTestId('subscription').getByTestId('seats'), /11/);
  await screenshotPair(page, 'portal');
  await page.context().close();
});

test('R-REF-NONREF R-REF-DUPLICATE the customer previews refunds, then requests one and sees its decision', async () => {
  const page = await openPage(browser);
  await signIn(page, journey.customerToken);
  await page.getByRole('heading', { name: 'My account' }).waitFor();
  await page.goto(`${baseUrl}/orders/${encodeURIComponent(journey.addSeatsOrderId)}`);
  await page.getByRole('heading', { name: 'Request a refund' }).waitFor();

  // Added seats are not refundable once paid: the preview says why and nothing can be sent.
  let preview = freshPreview(page, 'refund-preview');
  await preview.getByText('Not refundable', { exact: true }).waitFor();
  await expectText(preview.getByTestId('refund-explanation'), /R-REF-NONREF/);
  assert.equal(await page.getByRole('button', { name: 'Request this refund' }).isDisabled(), true);

  // Set-up through the API: the same order paid a second time (R-PAY-3).
  await graphql(
    `
      mutation ($input: PayOrderInput!) {
        payOrder(input: $input) {
          payment {
            duplicate
          }
          userErrors {
            message
          }
        }
      }
    `,
    {
      input: {
        orderId: journey.addSeatsOrderId,
        method: 'WECHAT_PAY',
        amount: '3990.00',
        idempotencyKey: `dup-${stamp}`,
      },
    },
    journey.customerToken,
  );
  await page.reload();
  await page.getByLabel('Reason').selectOption('DUPLICATE_PAYMENT');
  await page.getByLabel('Evidence').fill('wechat-receipt-2.png');
  preview = freshPreview(page, 'refund-preview');
  await preview.getByText('Refundable', { exact: true }).waitFor();
  await expectText(preview.getByTestId('refund-amount'), /¥3,990\.00/);
  await expectText(preview.getByTestId('refund-payout'), /¥3,990\.00/);
  await expectText(preview.getByTestId('refund-explanation'), /R-REF-DUPLICATE/);
  await expectText(preview.locator('.considered-list'), /R-REF-CAP did not apply/);
  await screenshotEn(page, 'refund-preview');
  // The same preview in Chinese: the page is drawn anew, so the form is filled in again.
  const fillRefund = async (reason, evidence) => {
    await page.getByLabel(reason).selectOption('DUPLICATE_PAYMENT');
    await page.getByLabel(evidence).fill('wechat-receipt-2.png');
    await expectText(
      freshPreview(page, 'refund-preview').getByTestId('refund-payout'),
      /¥3,990\.00/,
    );
  };
  await switchLanguage(page, 'zh-CN');
  await fillRefund('原因', '证明材料');
  await screenshotZh(page, 'refund-preview', { zh: /R-REF-DUPLICATE/ });
  await switchLanguage(page, 'en');
  await fillRefund('Reason', 'Evidence');

  await page.getByRole('button', { name: 'Request this refund' }).click();
  await page
    .getByTestId('refund-requested')
    .getByRole('link', { name: 'Follow the request' })
    .click();
  await page.getByRole('heading', { name: /Refund · Duplicate payment/ }).waitFor();
  journey.refundId = decodeURIComponent(new URL(page.url()).pathname.split('/')[2]);
  await expectText(page.getByTestId('refund-status'), /Requested/);
  await expectText(page.getByTestId('payout-due'), /Set once approved/);
  await expectText(page.getByTestId('refund-decision'), /Refundable/);
  await page.context().close();
});

test('R-REF-REVIEW R-REF-PAYOUT an operator approves the refund from the queue; the customer sees the decision', async () => {
  const operator = await openPage(browser);
  await signIn(operator);
  await nav(operator, 'Refunds').click();
  await operator.getByRole('heading', { name: 'Refund review' }).waitFor();
  // The account lives on a test clock: the console shows live accounts until Test mode is on.
  await operator.getByRole('switch', { name: 'Test mode' }).check();
  const item = operator.getByTestId('queue-item').filter({ hasText: accountName });
  await item.getByText('wechat-receipt-2.png').waitFor();
  await expectText(item.getByTestId('refund-decision'), /R-REF-DUPLICATE/);
  await screenshotPair(operator, 'refund-queue');
  await item.getByLabel('Reviewer’s note').fill('Second WeChat payment confirmed.');
  await item.getByRole('button', { name: 'Approve' }).click();
  await confirmAction(operator, /^Approve the refund of ¥/, /The subscription continues\./);
  await item.waitFor({ state: 'detached' });
  await expectResult(operator, /Refund approved: ¥.* to WeChat Pay, payout due Oct 19, 2021/);

  // The order's journal: payments in, the refund owed back (operators only).
  await operator.goto(`${baseUrl}/orders/${encodeURIComponent(journey.addSeatsOrderId)}`);
  await operator.getByRole('heading', { name: 'Journal entries' }).waitFor();
  await operator.getByTestId('journal-entry').first().waitFor();
  assert.ok((await operator.getByTestId('journal-entry').count()) >= 4);
  await operator.getByTestId('audit-entry').first().waitFor();
  await screenshotPair(operator, 'order-journal');
  await operator.context().close();

  const customer = await openPage(browser);
  await signIn(customer, journey.customerToken);
  await customer.getByRole('heading', { name: 'My account' }).waitFor();
  await customer
    .getByRole('navigation', { name: 'Account sections' })
    .getByRole('link', { name: 'Refunds' })
    .click();
  await customer.getByTestId('refund-row').getByRole('link', { name: 'Duplicate payment' }).click();
  await expectText(customer.getByTestId('refund-status'), /Approved/);
  // 7 working days after approval on Sun 2021-10-10 (R-REF-PAYOUT, R-TIME-3), as the API says.
  await expectText(customer.getByTestId('payout-due'), /Oct 19, 2021/);
  assert.match(
    await customer.getByTestId('decision-note').innerText(),
    /Second WeChat payment confirmed/,
  );
  await screenshotPair(customer, 'refund-approved');
  await customer.context().close();
});

test('R-CAT-4 R-REF-PAYOUT advancing the clock runs what fell due: the refund is paid, EQQ ends at its sunset', async () => {
  const operator = await openPage(browser);
  await signIn(operator);
  await nav(operator, 'Test clocks').click();
  await operator
    .getByLabel('Clock', { exact: true })
    .selectOption({ label: `${clockName} — 2021-10-10` });
  await advanceClock(operator, '2022-02-01');
  const onClock = operator.getByTestId('clock-account').filter({ hasText: accountName });
  await onClock.getByText('Terminated', { exact: true }).first().waitFor();
  await expectText(onClock.getByTestId('history'), /R-CAT-4/);
  await screenshotPair(operator, 'test-clocks-advanced');

  await operator.goto(`${baseUrl}/refunds/${encodeURIComponent(journey.refundId)}`);
  await operator.getByTestId('refund-status').getByText('Paid out').waitFor();
  await operator.context().close();
});

/** Set-up through the API: a 3-seat Qidian subscription active from 2021-05-01, its clock moved to `today`. */
async function qidianAccountOn(name, today) {
  const clock = await graphql(
    `
      mutation ($name: String!) {
        createTestClock(input: { name: $name, frozenAt: "2021-05-01T10:00:00+08:00" }) {
          testClock {
            id
          }
        }
      }
    `,
    { name: `${name} clock` },
  );
  const clockId = clock.createTestClock.testClock.id;
  const created = await graphql(
    `
      mutation ($name: String!, $clockId: ID) {
        createAccount(input: { name: $name, testClockId: $clockId }) {
          account {
            id
          }
        }
      }
    `,
    { name, clockId },
  );
  const accountId = created.createAccount.account.id;
  const opened = await graphql(
    `
      mutation ($input: OpenSubscriptionInput!) {
        openSubscription(input: $input) {
          order {
            id
            total {
              amount
            }
          }
          subscription {
            id
          }
          userErrors {
            message
          }
        }
      }
    `,
    {
      input: {
        accountId,
        productCode: 'QIDIAN',
        planCode: 'SEATS',
        seats: 3,
        years: 1,
        idempotencyKey: `open-${name}`,
      },
    },
  );
  const { order, subscription } = opened.openSubscription;
  await graphql(
    `
      mutation ($input: PayOrderInput!) {
        payOrder(input: $input) {
          userErrors {
            message
          }
        }
      }
    `,
    {
      input: {
        orderId: order.id,
        method: 'BANK_CARD',
        amount: order.total.amount,
        idempotencyKey: `pay-${name}`,
      },
    },
  );
  await graphql(
    `
      mutation ($id: ID!) {
        submitVerification(
          input: { accountId: $id, verifiedName: "Qidian Co.", documents: ["licence.pdf"] }
        ) {
          userErrors {
            message
          }
        }
      }
    `,
    { id: accountId },
  );
  await graphql(
    `
      mutation ($id: ID!) {
        approveVerification(input: { accountId: $id }) {
          userErrors {
            message
          }
        }
      }
    `,
    { id: accountId },
  );
  const activated = await graphql(
    `
      mutation ($id: ID!) {
        activateSubscription(input: { subscriptionId: $id }) {
          subscription {
            status
          }
          userErrors {
            message
          }
        }
      }
    `,
    { id: subscription.id },
  );
  assert.equal(activated.activateSubscription.subscription?.status, 'ACTIVE');
  await graphql(
    `
      mutation ($id: ID!, $to: DateTime!) {
        advanceTestClock(input: { id: $id, to: $to }) {
          userErrors {
            message
          }
        }
      }
    `,
    { id: clockId, to: `${today}T10:00:00+08:00` },
  );
}

test('R-RENEW-1 R-LIFE-2 R-LIFE-3 the dashboard charts revenue and refunds and lists renewals due, grace and recycling', async () => {
  const renewing = `Renewing Co ${stamp}`;
  const lapsing = `Lapsing Co ${stamp}`;
  await qidianAccountOn(renewing, '2022-03-15'); // period ends 2022-05-01: renewal due
  await qidianAccountOn(lapsing, '2022-05-26'); // in grace until 2022-05-31, recycled next

  const page = await openPage(browser);
  await signIn(page);
  await nav(page, 'Dashboard').click();
  // These accounts live at test clocks: the live dashboard leaves them out, test mode shows them.
  await page.getByRole('heading', { name: 'Dashboard' }).waitFor();
  assert.equal(await page.getByTestId('test-mode-banner').count(), 0);
  await page.getByRole('switch', { name: 'Test mode' }).check();
  await expectText(page.getByTestId('test-mode-banner'), /only the accounts living at test clocks/);
  await page.getByRole('img', { name: 'Revenue by month (net of refunds)' }).waitFor();
  await page.getByRole('img', { name: 'Refund requests by reason' }).waitFor();
  await expectText(page.getByTestId('refunds-chart'), /Duplicate payment/);
  await expectText(page.getByTestId('revenue-chart').locator('table'), /Apr 2021/);
  await page.getByTestId('renewals-due').getByRole('link', { name: renewing }).waitFor();
  await page.getByTestId('in-grace').getByRole('link', { name: lapsing }).waitFor();
  const recycled = page.getByTestId('recycled-soon').locator('li').filter({ hasText: lapsing });
  await expectText(recycled, /Recycled on Jun 1, 2022/);
  await screenshotPair(page, 'dashboard-charts');

  // The switch holds across pages: the accounts list shows test-clock accounts only.
  await nav(page, 'Accounts').click();
  await page.getByTestId('test-mode-banner').waitFor();
  await page.getByLabel('Search').fill(renewing);
  await page.getByRole('link', { name: renewing }).waitFor();
  await nav(page, 'Dashboard').click();
  await page.getByRole('switch', { name: 'Test mode' }).uncheck();
  await page.getByTestId('test-mode-banner').waitFor({ state: 'detached' });
  await page
    .getByTestId('renewals-due')
    .getByRole('link', { name: renewing })
    .waitFor({ state: 'detached' });
  await page.context().close();
});

test('the customer portal works at phone width', async () => {
  const page = await openPage(browser, { viewport: PHONE });
  await signIn(page, journey.customerToken);
  await page.getByRole('heading', { name: 'My account' }).waitFor();
  await page.getByTestId('subscription').waitFor();
  const overflow = () =>
    page.evaluate(() => globalThis.document.documentElement.scrollWidth - globalThis.innerWidth);
  assert.ok((await overflow()) <= 0, `the portal scrolls sideways by ${await overflow()}px`);
  await screenshotPair(page, 'portal-phone', { fullPage: false });
  await screenshotPair(page, 'portal-phone-full');

  // EQQ ended at its sunset: nothing is offered that the card says is not allowed any more.
  const card = page.getByTestId('subscription');
  for (const action of ['Renew', 'Add seats'])
    assert.equal(await card.getByRole('button', { name: action }).count(), 0, action);
  // An ended subscription has no days left to count: neither the fact nor its label is shown.
  const ended = card.filter({ has: page.getByText('Terminated', { exact: true }) });
  await ended.first().waitFor();
  assert.equal(await ended.getByTestId('days-left').count(), 0);
  assert.equal(await ended.getByText('Days left').count(), 0);

  // A new purchase's live quote fits the phone.
  await page
    .getByRole('navigation', { name: 'Account sections' })
    .getByRole('link', { name: 'Buy' })
    .click();
  await page.getByLabel('Product').selectOption('QIDIAN');
  await page.getByLabel('Plan').selectOption('SEATS');
  await page.getByLabel('Seats', { exact: true }).fill('5');
  await freshPreview(page).waitFor();
  assert.ok((await overflow()) <= 0, `the quote scrolls sideways by ${await overflow()}px`);
  await page.getByTestId('quote').scrollIntoViewIfNeeded();
  await screenshotEn(page, 'portal-phone-quote', { fullPage: false });
  // The same quote in Chinese: the page is drawn anew, so the purchase is filled in again.
  const fillPurchase = async (product, plan, seats) => {
    await page.getByLabel(product).selectOption('QIDIAN');
    await page.getByLabel(plan).selectOption('SEATS');
    await page.getByLabel(seats, { exact: true }).fill('5');
    await freshPreview(page).waitFor();
    await page.getByTestId('quote').scrollIntoViewIfNeeded();
  };
  await switchLanguage(page, 'zh-CN');
  await fillPurchase('产品', '版本', '工号数');
  await screenshotZh(page, 'portal-phone-quote', { fullPage: false, zh: /工号/ });
  await switchLanguage(page, 'en');
  await fillPurchase('Product', 'Plan', 'Seats');

  // Set-up through the API: January's postpaid usage (R-PAY-5), issued on the clock's 2022-02-01.
  await graphql(
    `
      mutation ($input: IssuePostpaidBillInput!) {
        issuePostpaidBill(input: $input) {
          userErrors {
            message
          }
        }
      }
    `,
    {
      input: {
        accountId: journey.accountId,
        month: '2022-01',
        lines: [{ description: 'SMS: 1,200 messages', amount: '60.00' }],
        idempotencyKey: `bill-${stamp}`,
      },
    },
  );
  await page.getByRole('link', { name: 'Orders' }).click();
  await page.getByTestId('order-row').first().waitFor();
  // Newest first: the added seats (2021-10-10) above the opening order (2021-04-20), and the
  // WeChat payments of October above April's Alipay one.
  const orders = page.getByTestId('order-row');
  assert.equal(await orders.count(), 2);
  await expectText(orders.first(), /Added seats/);
  await expectText(orders.last(), /New subscription/);
  await expectText(page.getByText(/2 of 2 orders/), /newest first/);
  const payments = page.getByTestId('payment-row');
  await expectText(payments.first(), /WeChat Pay/);
  await expectText(payments.last(), /Alipay/);
  // Each payment's time names its zone and, the account living on a test clock, that clock.
  await expectText(payments.first(), /\d{2}:\d{2} UTC\+8 \(test clock\)/);
  const bill = page.getByTestId('postpaid-bill');
  await bill.getByRole('heading', { name: 'Jan 2022' }).waitFor();
  await expectText(bill, /SMS: 1,200 messages/);
  await bill.getByRole('button', { name: 'Pay ¥60.00' }).waitFor();
  assert.ok((await overflow()) <= 0, `the orders scroll sideways by ${await overflow()}px`);
  await screenshotPair(page, 'portal-phone-orders');

  // Paying the bill asks first, at phone width too; cancelling pays nothing.
  await bill.getByRole('button', { name: 'Pay ¥60.00' }).click();
  const dialog = page.getByRole('dialog', { name: 'Pay the bill for Jan 2022?' });
  await expectText(dialog, /¥60\.00 \(late fee so far included: ¥0\.00\) is charged by Bank card/);
  assert.ok((await overflow()) <= 0, `the dialog scrolls sideways by ${await overflow()}px`);
  await screenshotEn(page, 'confirm-postpaid-phone', { fullPage: false });
  await dialog.getByRole('button', { name: 'Cancel' }).click();
  await dialog.waitFor({ state: 'detached' });
  // The same question in Chinese, cancelled too.
  await switchLanguage(page, 'zh-CN');
  await bill.getByRole('button', { name: '支付 ¥60.00' }).click();
  const zhDialog = page.getByRole('dialog', { name: /^支付 .* 的账单？$/ });
  await screenshotZh(page, 'confirm-postpaid-phone', { fullPage: false, zh: /的账单？/ });
  await zhDialog.getByRole('button', { name: '取消' }).click();
  await zhDialog.waitFor({ state: 'detached' });
  await switchLanguage(page, 'en');
  await expectText(bill, /Issued|Overdue/);
  await bill.getByRole('button', { name: 'Pay ¥60.00' }).click();
  await confirmAction(page, 'Pay ¥60.00');
  const notice = await expectResult(page, /Bill for Jan 2022 paid: ¥60\.00 by Bank card\./);
  assert.match(
    await notice.getByRole('link', { name: 'See the bill' }).getAttribute('href'),
    /#bill-/,
  );
  await expectText(bill, /Paid/);
  assert.ok((await overflow()) <= 0, `the notice scrolls sideways by ${await overflow()}px`);
  await page.context().close();
});
