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
  tokenFor,
  verify,
} from './api-helpers.js';
import { OPERATOR_TOKEN, startHarness, type Harness } from './harness.js';
import { download, pdfText } from './pdf-text.js';

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
const FIELDS = `id status number issuedOn issuedAmount { amount } credited { amount } dueOn daysOverdue documentUrl creditNoteUrl
  voidedFapiaos { number issuedOn amount { amount } reason }`;
const ERRORS = 'userErrors { code message field }';

let fapiaoSeq = 10_000_000 + Math.floor(Math.random() * 80_000_000);
/** A fresh 8-digit fapiao number (the test database is shared by the test files). */
const nextNumber = () => String(fapiaoSeq++);

async function invoiceFor(
  on: string,
  product: { productCode: string; planCode: string; seats: number } = {
    productCode: 'QIDIAN',
    planCode: 'SEATS',
    seats: 3,
  },
) {
  const { accountId, clockId } = await accountAt(api, on);
  await verify(api, accountId, NAME);
  const opened = await openSubscription(api, { accountId, ...product });
  const paid = await payOrder(api, opened.order.id, opened.order.total.amount, 'ALIPAY');
  const requested = await api.gql(
    `mutation($input: RequestInvoiceInput!) { requestInvoice(input: $input) { invoice { id } ${ERRORS} } }`,
    {
      input: {
        paymentId: paid.payment.id,
        title: NAME,
        type: 'GENERAL',
        idempotencyKey: key('inv'),
      },
    },
  );
  expect(requested.data!.requestInvoice.userErrors).toEqual([]);
  return {
    accountId,
    clockId,
    orderId: opened.order.id as string,
    subscriptionId: opened.subscription.id as string,
    invoiceId: requested.data!.requestInvoice.invoice.id as string,
  };
}

async function issue(
  input: { invoiceId: string; number: string; issuedOn: string; idempotencyKey?: string },
  token: string = OPERATOR_TOKEN,
) {
  return api.gql(
    `mutation($input: IssueInvoiceInput!) { issueInvoice(input: $input) { invoice { ${FIELDS} } ${ERRORS} } }`,
    { input: { idempotencyKey: key('issue'), ...input } },
    token,
  );
}

async function voidInvoice(input: { invoiceId: string; reason: string; idempotencyKey?: string }) {
  const result = await api.gql(
    `mutation($input: VoidInvoiceInput!) { voidInvoice(input: $input) { invoice { ${FIELDS} } ${ERRORS} } }`,
    { input: { idempotencyKey: key('void'), ...input } },
  );
  expect(result.errors).toBeUndefined();
  return result.data!.voidInvoice;
}

async function readInvoice(accountId: string, token: string = OPERATOR_TOKEN) {
  const result = await api.gql(
    `query($id: ID!) { account(id: $id) { invoices(first: 5) { edges { node { ${FIELDS} } } } } }`,
    { id: accountId },
    token,
  );
  expect(result.errors).toBeUndefined();
  return result.data!.account.invoices.edges[0].node;
}

async function auditActions(invoiceId: string): Promise<string[]> {
  const rows: Array<{ action: string }> = await api.db.query(
    `SELECT action FROM audit_log WHERE object_id = $1 ORDER BY seq`,
    [localId(invoiceId)],
  );
  return rows.map((row) => row.action);
}

describe('invoices issued (R-INV-2, R-INV-3)', () => {
  it('R-INV-2 an operator issues a requested invoice with its fapiao number and date, once per key; the customer downloads the fapiao PDF', async () => {
    const { accountId, clockId, invoiceId } = await invoiceFor('2024-01-31');
    await advanceClock(api, clockId, '2024-02-20');
    const number = nextNumber();
    const idempotencyKey = key('issue');
    const issued = await issue({ invoiceId, number, issuedOn: '2024-02-19', idempotencyKey });
    expect(issued.errors).toBeUndefined();
    expect(issued.data!.issueInvoice).toEqual({
      invoice: {
        id: invoiceId,
        status: 'ISSUED',
        number,
        issuedOn: '2024-02-19',
        issuedAmount: { amount: '3600.00' },
        credited: { amount: '0.00' },
        dueOn: '2024-04-09',
        daysOverdue: 0,
        documentUrl: `/invoices/${invoiceId}.pdf`,
        creditNoteUrl: null,
        voidedFapiaos: [],
      },
      userErrors: [],
    });
    const replay = await issue({ invoiceId, number, issuedOn: '2024-02-19', idempotencyKey });
    expect(replay.data!.issueInvoice).toEqual(issued.data!.issueInvoice);
    expect(await auditActions(invoiceId)).toEqual(['requestInvoice', 'issueInvoice']);

    // The customer sees it issued in the portal, and downloads the fapiao.
    const customer = await tokenFor(api, accountId, 'CUSTOMER_MEMBER');
    expect(await readInvoice(accountId, customer)).toMatchObject({ status: 'ISSUED', number });
    const pdf = await download(api, `/invoices/${invoiceId}.pdf`, customer);
    expect(pdf.status).toBe(200);
    expect(pdf.type).toBe('application/pdf');
    const text = await pdfText(pdf.bytes);
    for (const expected of [
      number,
      '2024-02-19',
      NAME,
      '增值税普通发票',
      '¥3,600.00',
      '价税合计',
      '计费规则未规定增值税税率',
    ])
      expect(text).toContain(expected);

    // Same token rules as /graphql: another account's customer and a stranger see nothing.
    const other = await accountAt(api, '2024-01-31');
    const stranger = await tokenFor(api, other.accountId);
    expect((await download(api, `/invoices/${invoiceId}.pdf`, stranger)).status).toBe(404);
    expect((await download(api, `/invoices/${invoiceId}.pdf`, null)).status).toBe(401);
    expect((await download(api, `/invoices/${invoiceId}.pdf`, 'not-a-token')).status).toBe(401);
    expect((await download(api, `/invoices/${invoiceId}.pdf`, OPERATOR_TOKEN)).status).toBe(200);
    expect((await download(api, `/invoices/${invoiceId}/credit-note.pdf`, customer)).status).toBe(
      404,
    );
    expect((await download(api, `/invoices/bm90LWFuLWlk.pdf`, OPERATOR_TOKEN)).status).toBe(404);
  });

  it('R-INV-2 a malformed number, a date before the request or after today, and an issued invoice are refused with stable codes and change nothing; customers may not issue', async () => {
    const { accountId, clockId, invoiceId } = await invoiceFor('2024-03-01');
    await advanceClock(api, clockId, '2024-03-11');
    const refused = async (input: { number: string; issuedOn: string }) => {
      const result = await issue({ invoiceId, ...input });
      expect(result.errors).toBeUndefined();
      expect(result.data!.issueInvoice.invoice.status).toBe('REQUESTED');
      return result.data!.issueInvoice.userErrors.map((e: { code: string; field: string[] }) => [
        e.code,
        e.field,
      ]);
    };
    expect(await refused({ number: '1234567', issuedOn: '2024-03-05' })).toEqual([
      ['INVALID_INPUT', ['number']],
    ]);
    expect(await refused({ number: 'ABCDEFGH', issuedOn: '2024-03-05' })).toEqual([
      ['INVALID_INPUT', ['number']],
    ]);
    expect(await refused({ number: nextNumber(), issuedOn: '2024-02-29' })).toEqual([
      ['INVALID_INPUT', ['issuedOn']],
    ]);
    expect(await refused({ number: nextNumber(), issuedOn: '2024-03-12' })).toEqual([
      ['INVALID_INPUT', ['issuedOn']],
    ]);
    expect(await auditActions(invoiceId)).toEqual(['requestInvoice']);

    const customer = await tokenFor(api, accountId);
    const forbidden = await issue(
      { invoiceId, number: nextNumber(), issuedOn: '2024-03-05' },
      customer,
    );
    expect(forbidden.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');

    // A 20-digit number of a fully digital fapiao, spaces folded.
    const digital = '2444 2000 0000 ' + String(Date.now()).slice(-8);
    const ok = await issue({ invoiceId, number: digital, issuedOn: '2024-03-11' });
    expect(ok.data!.issueInvoice.invoice.number).toBe(digital.replace(/ /g, ''));
    const twice = await issue({ invoiceId, number: nextNumber(), issuedOn: '2024-03-11' });
    expect(twice.data!.issueInvoice.userErrors).toEqual([
      {
        code: 'INVALID_STATE',
        message: 'this invoice is already issued; void it first to issue it again (R-INV-3)',
        field: null,
      },
    ]);
    const missing = await issue({
      invoiceId: 'bm90LWFuLWlk',
      number: nextNumber(),
      issuedOn: '2024-03-11',
    });
    expect(missing.data!.issueInvoice.userErrors[0].code).toBe('NOT_FOUND');
  });

  it('R-INV-3 a voided fapiao is kept with its reason; the invoice is re-issued under a new number and a used number is never reused', async () => {
    const { accountId, clockId, invoiceId } = await invoiceFor('2024-05-06');
    await advanceClock(api, clockId, '2024-05-20');
    const first = nextNumber();
    await issue({ invoiceId, number: first, issuedOn: '2024-05-10' });
    const refusedVoid = await voidInvoice({ invoiceId, reason: '   ' });
    expect(refusedVoid.userErrors.map((e: { code: string }) => e.code)).toEqual(['INVALID_INPUT']);
    const voided = await voidInvoice({ invoiceId, reason: '抬头地址有误 wrong address' });
    expect(voided.userErrors).toEqual([]);
    expect(voided.invoice).toMatchObject({
      status: 'REQUESTED',
      number: null,
      issuedOn: null,
      documentUrl: null,
      voidedFapiaos: [
        {
          number: first,
          issuedOn: '2024-05-10',
          amount: { amount: '3600.00' },
          reason: '抬头地址有误 wrong address',
        },
      ],
    });
    const reused = await issue({ invoiceId, number: first, issuedOn: '2024-05-20' });
    expect(reused.data!.issueInvoice.userErrors).toEqual([
      {
        code: 'FAPIAO_NUMBER_TAKEN',
        message: `the fapiao number ${first} was already used by a voided fapiao of this invoice and is never used again: check the number, a re-issued fapiao needs a new one (R-INV-3)`,
        field: ['number'],
      },
    ]);
    const second = nextNumber();
    const reissued = await issue({ invoiceId, number: second, issuedOn: '2024-05-20' });
    expect(reissued.data!.issueInvoice.invoice).toMatchObject({
      status: 'ISSUED',
      number: second,
      voidedFapiaos: [{ number: first }],
    });
    expect(await readInvoice(accountId)).toMatchObject({ number: second });
    expect(await auditActions(invoiceId)).toEqual([
      'requestInvoice',
      'issueInvoice',
      'voidInvoice',
      'issueInvoice',
    ]);
    const text = await pdfText(
      (await download(api, `/invoices/${invoiceId}.pdf`, OPERATOR_TOKEN)).bytes,
    );
    expect(text).toContain(second);
    expect(text).not.toContain(first);
  });

  it('R-INV-2 requests past their due date are listed for operators, paged by keyset, with the days overdue on the account’s clock', async () => {
    const a = await invoiceFor('2024-01-31');
    const b = await invoiceFor('2024-01-31');
    const onTime = await invoiceFor('2024-01-31');
    await advanceClock(api, a.clockId, '2024-04-12');
    await advanceClock(api, b.clockId, '2024-04-10');
    await advanceClock(api, onTime.clockId, '2024-04-09');

    const ids: string[] = [];
    const days = new Map<string, number>();
    let after: string | null = null;
    for (let guard = 0; guard < 100; guard++) {
      const page: { errors?: unknown; data?: Record<string, any> } = await api.gql(
        `query($after: String) { overdueInvoices(first: 2, after: $after) { totalCount pageInfo { hasNextPage endCursor }
          edges { node { id status dueOn daysOverdue } } } }`,
        { after },
      );
      expect(page.errors).toBeUndefined();
      const connection = page.data!.overdueInvoices;
      expect(connection.edges.length).toBeLessThanOrEqual(2);
      for (const { node } of connection.edges) {
        expect(node.status).toBe('REQUESTED');
        ids.push(node.id);
        days.set(node.id, node.daysOverdue);
      }
      if (!connection.pageInfo.hasNextPage) break;
      after = connection.pageInfo.endCursor;
    }
    expect(ids).toContain(a.invoiceId);
    expect(ids).toContain(b.invoiceId);
    expect(ids).not.toContain(onTime.invoiceId);
    expect(ids.indexOf(a.invoiceId)).toBeLessThan(ids.indexOf(b.invoiceId));
    expect(days.get(a.invoiceId)).toBe(3);
    expect(days.get(b.invoiceId)).toBe(1);

    // The customer sees the due date and the delay in the portal; only operators see the list.
    const customer = await tokenFor(api, a.accountId);
    expect(await readInvoice(a.accountId, customer)).toMatchObject({
      status: 'REQUESTED',
      dueOn: '2024-04-09',
      daysOverdue: 3,
    });
    const denied = await api.gql(`{ overdueInvoices(first: 1) { totalCount } }`, {}, customer);
    expect(denied.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');

    // Issuing it takes it off the list.
    await issue({ invoiceId: a.invoiceId, number: nextNumber(), issuedOn: '2024-04-12' });
    const rows: Array<{ id: string }> = await api.db.query(
      `SELECT id FROM invoices WHERE status = 'REQUESTED' AND id = $1`,
      [localId(a.invoiceId)],
    );
    expect(rows).toEqual([]);
  });

  it('R-INV-3 a refund after the fapiao was issued is credited by a red-letter credit note, downloadable as its own PDF; the fapiao can then no longer be voided', async () => {
    const { clockId, orderId, subscriptionId, invoiceId } = await invoiceFor('2024-03-15', {
      productCode: 'MEETING',
      planCode: 'PRO_ANNUAL',
      seats: 1,
    });
    await activate(api, subscriptionId);
    const number = nextNumber();
    await issue({ invoiceId, number, issuedOn: '2024-03-15' });
    await advanceClock(api, clockId, '2024-09-15');
    const refund = await requestRefund(api, { orderId, reason: 'USER_CANCELLATION' });
    expect((await approveRefund(api, refund.refund.id)).userErrors).toEqual([]);
    const node = await api.gql(
      `query($id: ID!) { order(id: $id) { payments { invoice { ${FIELDS} creditedOn } } } }`,
      { id: orderId },
    );
    const invoice = node.data!.order.payments[0].invoice;
    expect(invoice).toMatchObject({
      status: 'ISSUED',
      number,
      issuedAmount: { amount: '300.00' },
      credited: { amount: '148.77' },
      creditedOn: '2024-09-15',
      creditNoteUrl: `/invoices/${invoiceId}/credit-note.pdf`,
    });
    const note = await download(api, invoice.creditNoteUrl, OPERATOR_TOKEN);
    expect(note.status).toBe(200);
    const text = await pdfText(note.bytes);
    for (const expected of [
      '红字发票',
      number,
      '2024-03-15',
      '2024-09-15',
      NAME,
      '-¥148.77',
      '¥151.23',
      'R-INV-3',
    ])
      expect(text).toContain(expected);
    const refusedVoid = await voidInvoice({ invoiceId, reason: 'too late' });
    expect(refusedVoid.userErrors).toEqual([
      {
        code: 'INVALID_STATE',
        message:
          'a red-letter credit note stands against this fapiao, so it cannot be voided: leave it, the credit notes correct it (R-INV-3)',
        field: null,
      },
    ]);
  });
});
