import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import {
  accountAt,
  activate,
  advanceClock,
  approveRefund,
  expectBooksBalanced,
  key,
  localId,
  openSubscription,
  payOrder,
  requestRefund,
  ruleIds,
  tokenFor,
  topUpBalance,
  verify,
} from './api-helpers.js';
import { startHarness, type Harness } from './harness.js';

let api: Harness;
beforeAll(async () => {
  api = await startHarness();
});
afterEach(async () => {
  await expectBooksBalanced(api);
});
afterAll(async () => {
  await api.close();
});

const NAME = '某某科技有限公司(南山分公司)';
const INVOICE_FIELDS = `id title type status amount { amount } credited { amount } dueOn dueReason explanation rules { id } payment { id } account { id }`;

async function requestInvoice(
  api: Harness,
  input: { paymentId: string; title?: string; type?: string; idempotencyKey?: string },
  token?: string,
) {
  const result = await api.gql(
    `mutation($input: RequestInvoiceInput!) { requestInvoice(input: $input) { invoice { ${INVOICE_FIELDS} } userErrors { code message field } } }`,
    { input: { title: NAME, type: 'GENERAL', idempotencyKey: key('invoice'), ...input } },
    token,
  );
  expect(result.errors).toBeUndefined();
  return result.data!.requestInvoice;
}

/** A verified account (verified name NAME) with a paid Qidian order (3 seats, ¥3,600.00). */
async function paidOrder(
  on: string,
  product: { productCode?: string; planCode?: string; seats?: number } = {},
) {
  const { accountId, clockId } = await accountAt(api, on);
  await verify(api, accountId, NAME);
  const opened = await openSubscription(api, {
    accountId,
    productCode: product.productCode ?? 'QIDIAN',
    planCode: product.planCode ?? 'SEATS',
    seats: product.seats ?? 3,
  });
  const paid = await payOrder(api, opened.order.id, opened.order.total.amount, 'ALIPAY');
  expect(paid.userErrors).toEqual([]);
  return {
    accountId,
    clockId,
    orderId: opened.order.id as string,
    subscriptionId: opened.subscription.id as string,
    paymentId: paid.payment.id as string,
  };
}

describe('invoices (R-INV-1, R-INV-2, R-INV-3)', () => {
  it('R-INV-1 R-INV-2 a general invoice titled with the verified name, due on the 45th working day after the payment; R-INV-3 never twice', async () => {
    const { accountId, paymentId } = await paidOrder('2024-01-31');
    // Full-width brackets are the same title (NFKC).
    const requested = await requestInvoice(api, {
      paymentId,
      title: ' 某某科技有限公司（南山分公司） ',
    });
    expect(requested.userErrors).toEqual([]);
    expect(requested.invoice).toMatchObject({
      title: NAME,
      type: 'GENERAL',
      status: 'REQUESTED',
      amount: { amount: '3600.00' },
      credited: { amount: '0.00' },
      dueOn: '2024-04-09',
      dueReason:
        'invoice due by 2024-04-09, the 45th working day after the payment confirmed on 2024-01-31 (R-INV-2, R-TIME-3)',
      explanation: `general invoice to ${NAME} for ¥3,600.00 (R-INV-1)`,
      payment: { id: paymentId },
      account: { id: accountId },
    });
    expect(ruleIds(requested.invoice.rules)).toEqual(['R-INV-1', 'R-INV-2', 'R-TIME-3']);

    const twice = await requestInvoice(api, { paymentId });
    expect(twice).toEqual({
      invoice: null,
      userErrors: [
        {
          code: 'ALREADY_INVOICED',
          message:
            'this payment has already been invoiced, and an invoice is never issued twice: use the existing invoice (R-INV-3)',
          field: null,
        },
      ],
    });
    const read = await api.gql(
      `query($id: ID!) { account(id: $id) { invoices(first: 10) { totalCount edges { node { id } } } payments(first: 10) { edges { node { id invoice { id } } } } } }`,
      {
        id: accountId,
      },
    );
    expect(read.data!.account.invoices).toEqual({
      totalCount: 1,
      edges: [{ node: { id: requested.invoice.id } }],
    });
    expect(read.data!.account.payments.edges).toEqual([
      { node: { id: paymentId, invoice: { id: requested.invoice.id } } },
    ]);
    // The database is the last line of defence.
    await expect(
      api.db.query(
        `INSERT INTO invoices (account_id, payment_id, title, type, amount, status, requested_at) VALUES ($1, $2, 'x', 'GENERAL', 1, 'REQUESTED', now())`,
        [localId(accountId), localId(paymentId)],
      ),
    ).rejects.toThrow(/one_invoice_per_payment/);
  });

  it('R-INV-1 a title other than the verified name is refused TITLE_MISMATCH; an unverified account cannot be invoiced', async () => {
    const { paymentId } = await paidOrder('2024-03-01');
    const mismatch = await requestInvoice(api, { paymentId, title: '某某科技有限公司' });
    expect(mismatch).toEqual({
      invoice: null,
      userErrors: [
        {
          code: 'TITLE_MISMATCH',
          message: `the invoice title “某某科技有限公司” must equal the verified enterprise name “${NAME}”: use the verified name as the title (R-INV-1)`,
          field: ['title'],
        },
      ],
    });
    const { accountId } = await accountAt(api, '2024-03-01');
    const opened = await openSubscription(api, {
      accountId,
      productCode: 'QIDIAN',
      planCode: 'SEATS',
      seats: 3,
    });
    const paid = await payOrder(api, opened.order.id, '3600.00');
    const unverified = await requestInvoice(api, { paymentId: paid.payment.id });
    expect(unverified.userErrors[0]).toMatchObject({ code: 'INVALID_STATE' });
    expect(unverified.userErrors[0].message).toMatch(/no verified enterprise name/);
  });

  it('R-INV-1 a special VAT invoice needs the general-taxpayer certificate, which an operator records', async () => {
    const { accountId, paymentId } = await paidOrder('2024-03-01');
    const refused = await requestInvoice(api, { paymentId, type: 'SPECIAL_VAT' });
    expect(refused.userErrors).toEqual([
      {
        code: 'INVALID_STATE',
        message:
          'a special VAT invoice (增值税专用发票) needs the general-taxpayer certificate on file: have an operator record it with setGeneralTaxpayer first, or request a general VAT invoice instead (R-INV-1)',
        field: ['type'],
      },
    ]);
    const admin = await tokenFor(api, accountId);
    const byCustomer = await api.gql(
      `mutation($id: ID!) { setGeneralTaxpayer(input: { accountId: $id, generalTaxpayer: true }) { userErrors { code } } }`,
      { id: accountId },
      admin,
    );
    expect(byCustomer.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    const marked = await api.gql(
      `mutation($id: ID!) { setGeneralTaxpayer(input: { accountId: $id, generalTaxpayer: true }) { account { generalTaxpayer } userErrors { code } } }`,
      {
        id: accountId,
      },
    );
    expect(marked.data!.setGeneralTaxpayer).toEqual({
      account: { generalTaxpayer: true },
      userErrors: [],
    });
    const special = await requestInvoice(api, { paymentId, type: 'SPECIAL_VAT' }, admin);
    expect(special.userErrors).toEqual([]);
    expect(special.invoice).toMatchObject({
      type: 'SPECIAL_VAT',
      amount: { amount: '3600.00' },
      explanation: `special VAT invoice to ${NAME} for ¥3,600.00 (R-INV-1)`,
    });
  });

  it('R-INV-3 a refunded amount is not invoiced: Meeting Pro ¥300.00 with 148.77 refunded is invoiced for 151.23', async () => {
    const { clockId, orderId, subscriptionId, paymentId } = await paidOrder('2024-03-15', {
      productCode: 'MEETING',
      planCode: 'PRO_ANNUAL',
      seats: 1,
    });
    await activate(api, subscriptionId);
    await advanceClock(api, clockId, '2024-09-15');
    const refund = await requestRefund(api, { orderId, reason: 'USER_CANCELLATION' });
    expect((await approveRefund(api, refund.refund.id)).userErrors).toEqual([]);
    const invoice = await requestInvoice(api, { paymentId });
    expect(invoice.userErrors).toEqual([]);
    expect(invoice.invoice).toMatchObject({
      amount: { amount: '151.23' },
      explanation: `general invoice to ${NAME} for ¥151.23: payment ¥300.00 − refunded ¥148.77 (R-INV-1, R-INV-3)`,
    });
    expect(ruleIds(invoice.invoice.rules)).toEqual(['R-INV-1', 'R-INV-3', 'R-INV-2', 'R-TIME-3']);
  });

  it('R-INV-3 a refund after invoicing is credited by a red-letter note; a full refund reverses the invoice and nothing is left to invoice', async () => {
    const { clockId, orderId, subscriptionId, paymentId } = await paidOrder('2024-03-15', {
      productCode: 'MEETING',
      planCode: 'PRO_ANNUAL',
      seats: 1,
    });
    await activate(api, subscriptionId);
    const invoice = await requestInvoice(api, { paymentId });
    await advanceClock(api, clockId, '2024-09-15');
    const refund = await requestRefund(api, { orderId, reason: 'USER_CANCELLATION' });
    await approveRefund(api, refund.refund.id);
    const credited = await api.gql(
      `query($id: ID!) { order(id: $id) { payments { invoice { status amount { amount } credited { amount } } } } }`,
      { id: orderId },
    );
    expect(credited.data!.order.payments[0].invoice).toEqual({
      status: 'REQUESTED',
      amount: { amount: '300.00' },
      credited: { amount: '148.77' },
    });
    const [audit] = await api.db.query(
      `SELECT after FROM audit_log WHERE object_id = $1 AND action = 'creditInvoice'`,
      [localId(invoice.invoice.id)],
    );
    expect(audit.after.reason).toBe(
      'red-letter credit note of ¥148.77 against the ¥300.00 invoice: a refunded amount is not invoiced (R-INV-3)',
    );

    const full = await paidOrder('2024-03-15', {
      productCode: 'MEETING',
      planCode: 'PRO_ANNUAL',
      seats: 1,
    });
    await activate(api, full.subscriptionId);
    await requestInvoice(api, { paymentId: full.paymentId });
    const sevenDay = await requestRefund(api, { orderId: full.orderId, reason: 'NO_REASON' });
    await approveRefund(api, sevenDay.refund.id);
    const reversed = await api.gql(
      `query($id: ID!) { order(id: $id) { payments { invoice { status credited { amount } } } } }`,
      { id: full.orderId },
    );
    expect(reversed.data!.order.payments[0].invoice).toEqual({
      status: 'REVERSED',
      credited: { amount: '300.00' },
    });

    const again = await paidOrder('2024-03-15', {
      productCode: 'MEETING',
      planCode: 'PRO_ANNUAL',
      seats: 1,
    });
    await activate(api, again.subscriptionId);
    const r = await requestRefund(api, { orderId: again.orderId, reason: 'NO_REASON' });
    await approveRefund(api, r.refund.id);
    const nothing = await requestInvoice(api, { paymentId: again.paymentId });
    expect(nothing.userErrors).toEqual([
      {
        code: 'INVALID_STATE',
        message:
          'the payment of ¥300.00 was refunded in full: there is nothing to invoice, so no action is needed (R-INV-3)',
        field: null,
      },
    ]);
  });

  it('R-INV-1 only the part of a payment applied to a paid order is invoiced: not a partial payment yet, not a duplicate, not a top-up', async () => {
    const { accountId } = await accountAt(api, '2024-03-01');
    await verify(api, accountId, NAME);
    const opened = await openSubscription(api, {
      accountId,
      productCode: 'QIDIAN',
      planCode: 'SEATS',
      seats: 3,
    });
    const part = await payOrder(api, opened.order.id, '1000.00');
    expect((await requestInvoice(api, { paymentId: part.payment.id })).userErrors[0]).toMatchObject(
      {
        code: 'INVALID_STATE',
        message:
          'an invoice can be requested only for a paid order: pay the order first, then request the invoice (R-INV-1)',
      },
    );
    const over = await payOrder(api, opened.order.id, '3000.00');
    expect(over.payment.excess.amount).toBe('400.00');
    const dup = await payOrder(api, opened.order.id, '100.00');
    expect(dup.payment.duplicate).toBe(true);
    expect((await requestInvoice(api, { paymentId: dup.payment.id })).userErrors[0]).toMatchObject({
      code: 'INVALID_STATE',
      field: ['paymentId'],
    });
    const overInvoice = await requestInvoice(api, { paymentId: over.payment.id });
    expect(overInvoice.invoice.amount.amount).toBe('2600.00');
    expect((await requestInvoice(api, { paymentId: part.payment.id })).invoice.amount.amount).toBe(
      '1000.00',
    );
    const topUp = await topUpBalance(api, accountId, '50.00');
    expect(
      (await requestInvoice(api, { paymentId: topUp.payment.id })).userErrors[0],
    ).toMatchObject({ code: 'INVALID_STATE', field: ['paymentId'] });
  });

  it('R-INV-2 a payment whose 45th working day falls past the calendar’s data gets no due date, and the reason says why (BEYOND_CALENDAR)', async () => {
    const { paymentId } = await paidOrder('2026-11-02');
    const invoice = await requestInvoice(api, { paymentId });
    expect(invoice.userErrors).toEqual([]);
    expect(invoice.invoice.dueOn).toBeNull();
    expect(invoice.invoice.dueReason).toMatch(
      /^The invoice due date cannot be computed \(R-INV-2\): 45 working days after 2026-11-02 falls after 2026-12-31/,
    );
  });

  it('a customer gets NOT_FOUND for another account’s payments and sees none of its invoices; a member cannot request invoices', async () => {
    const mine = await paidOrder('2024-03-01');
    const theirs = await paidOrder('2024-03-01');
    const theirInvoice = await requestInvoice(api, { paymentId: theirs.paymentId });
    const admin = await tokenFor(api, mine.accountId);
    expect(await requestInvoice(api, { paymentId: theirs.paymentId }, admin)).toEqual({
      invoice: null,
      userErrors: [
        {
          code: 'NOT_FOUND',
          message:
            'There is no such payment you can see: check the id, or look the payment up again in its list',
          field: ['paymentId'],
        },
      ],
    });
    const read = await api.gql(
      `query($id: ID!) { account(id: $id) { invoices(first: 5) { totalCount } } }`,
      { id: theirs.accountId },
      admin,
    );
    expect(read.data!.account).toBeNull();
    const node = await api.gql(
      `query($id: ID!) { node(id: $id) { id } }`,
      { id: theirInvoice.invoice.id },
      admin,
    );
    expect(node.data!.node).toBeNull();
    const member = await tokenFor(api, mine.accountId, 'CUSTOMER_MEMBER');
    const byMember = await api.gql(
      `mutation($input: RequestInvoiceInput!) { requestInvoice(input: $input) { userErrors { code } } }`,
      {
        input: { paymentId: mine.paymentId, title: NAME, type: 'GENERAL', idempotencyKey: key() },
      },
      member,
    );
    expect(byMember.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
  });

  it('Invoice implements Node: node(id) resolves an invoice for an operator and for its own account’s admin, never another account’s', async () => {
    const mine = await paidOrder('2024-03-04');
    const theirs = await paidOrder('2024-03-04');
    const myInvoice = await requestInvoice(api, { paymentId: mine.paymentId });
    const theirInvoice = await requestInvoice(api, { paymentId: theirs.paymentId });
    expect(myInvoice.userErrors).toEqual([]);
    const NODE = `query($id: ID!) { node(id: $id) { __typename id ... on Invoice { title status amount { amount } payment { id } account { id } } } }`;
    const byOperator = await api.gql(NODE, { id: myInvoice.invoice.id });
    expect(byOperator.errors).toBeUndefined();
    expect(byOperator.data!.node).toEqual({
      __typename: 'Invoice',
      id: myInvoice.invoice.id,
      title: NAME,
      status: 'REQUESTED',
      amount: myInvoice.invoice.amount,
      payment: { id: mine.paymentId },
      account: { id: mine.accountId },
    });
    const admin = await tokenFor(api, mine.accountId);
    const own = await api.gql(NODE, { id: myInvoice.invoice.id }, admin);
    expect(own.errors).toBeUndefined();
    expect(own.data!.node).toMatchObject({ __typename: 'Invoice', id: myInvoice.invoice.id });
    const member = await tokenFor(api, mine.accountId, 'CUSTOMER_MEMBER');
    expect((await api.gql(NODE, { id: myInvoice.invoice.id }, member)).data!.node).toMatchObject({
      id: myInvoice.invoice.id,
    });
    // Another account's invoice is not found, exactly like any other node of another account.
    const other = await api.gql(NODE, { id: theirInvoice.invoice.id }, admin);
    expect(other.errors).toBeUndefined();
    expect(other.data!.node).toBeNull();
    const otherPayment = await api.gql(NODE, { id: theirs.paymentId }, admin);
    expect(otherPayment.data!.node).toBeNull();
    // An invoice id of an unknown invoice, and a malformed one, are not found either.
    const unknown = Buffer.from('Invoice:00000000-0000-4000-8000-000000000000', 'utf8').toString(
      'base64url',
    );
    expect((await api.gql(NODE, { id: unknown })).data!.node).toBeNull();
    expect((await api.gql(NODE, { id: 'not-an-id' })).data!.node).toBeNull();
  });
});
