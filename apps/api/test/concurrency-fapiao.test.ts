import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import {
  accountAt,
  expectBooksBalanced,
  key,
  localId,
  openSubscription,
  payOrder,
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
const ERRORS = 'userErrors { code message field }';

let fapiaoSeq = 10_000_000 + Math.floor(Math.random() * 80_000_000);
/** A fresh 8-digit fapiao number (the test database is shared by the test files). */
const nextNumber = () => String(fapiaoSeq++);

/** A requested invoice of a fresh verified account's paid Qidian order (3 seats). */
async function requestedInvoice(on: string): Promise<string> {
  const { accountId } = await accountAt(api, on);
  await verify(api, accountId, NAME);
  const opened = await openSubscription(api, {
    accountId,
    productCode: 'QIDIAN',
    planCode: 'SEATS',
    seats: 3,
  });
  const paid = await payOrder(api, opened.order.id, opened.order.total.amount, 'ALIPAY');
  const requested = await api.gql(
    `mutation($input: RequestInvoiceInput!) { requestInvoice(input: $input) { invoice { id } ${ERRORS} } }`,
    {
      input: { paymentId: paid.payment.id, title: NAME, type: 'GENERAL', idempotencyKey: key() },
    },
  );
  expect(requested.data!.requestInvoice.userErrors).toEqual([]);
  return requested.data!.requestInvoice.invoice.id as string;
}

function issue(invoiceId: string, number: string, issuedOn: string) {
  return api.gql(
    `mutation($input: IssueInvoiceInput!) { issueInvoice(input: $input) { invoice { id status number } ${ERRORS} } }`,
    { input: { invoiceId, number, issuedOn, idempotencyKey: key('issue') } },
  );
}

describe('concurrent fapiao numbers (R-INV-3)', () => {
  it('R-INV-3 parallel issues of one fapiao number for different invoices of different accounts: exactly one wins, the others get FAPIAO_NUMBER_TAKEN', async () => {
    const invoices = await Promise.all(
      Array.from({ length: 8 }, () => requestedInvoice('2024-05-06')),
    );
    const number = nextNumber();
    const outcomes = await Promise.all(
      invoices.map((invoiceId) => issue(invoiceId, number, '2024-05-06')),
    );
    for (const outcome of outcomes) expect(outcome.errors).toBeUndefined();
    const payloads = outcomes.map((o) => o.data!.issueInvoice);
    const winners = payloads.filter((p) => p.userErrors.length === 0);
    expect(winners).toHaveLength(1);
    expect(winners[0].invoice).toMatchObject({ status: 'ISSUED', number });
    // Every other issue was refused with a clear error, never by a crash.
    for (const loser of payloads.filter((p) => p.userErrors.length > 0)) {
      expect(loser.invoice).toMatchObject({ status: 'REQUESTED', number: null });
      expect(loser.userErrors).toEqual([
        {
          code: 'FAPIAO_NUMBER_TAKEN',
          message: `the fapiao number ${number} is already used by another invoice (a number is used once, voided or not): check the number on the fapiao (R-INV-3)`,
          field: ['number'],
        },
      ]);
    }
    const ids = invoices.map(localId);
    const rows: Array<{ status: string; count: number }> = await api.db.query(
      `SELECT status, count(*)::int AS count FROM invoices WHERE id = ANY($1::uuid[]) GROUP BY status ORDER BY status`,
      [ids],
    );
    expect(rows).toEqual([
      { status: 'ISSUED', count: 1 },
      { status: 'REQUESTED', count: 7 },
    ]);
    const claims = await api.db.query(`SELECT invoice_id FROM fapiao_numbers WHERE number = $1`, [
      number,
    ]);
    expect(claims).toEqual([{ invoice_id: localId(winners[0].invoice.id) }]);
  });

  it('R-INV-3 a number on a voided fapiao is refused to another invoice issuing in parallel with the void', async () => {
    const [first, second] = await Promise.all([
      requestedInvoice('2024-05-06'),
      requestedInvoice('2024-05-06'),
    ]);
    const number = nextNumber();
    const issued = await issue(first, number, '2024-05-06');
    expect(issued.data!.issueInvoice.userErrors).toEqual([]);
    const [voided, reused] = await Promise.all([
      api.gql(`mutation($input: VoidInvoiceInput!) { voidInvoice(input: $input) { ${ERRORS} } }`, {
        input: { invoiceId: first, reason: 'wrong title', idempotencyKey: key('void') },
      }),
      issue(second, number, '2024-05-06'),
    ]);
    expect(voided.data!.voidInvoice.userErrors).toEqual([]);
    expect(reused.data!.issueInvoice.userErrors.map((e: { code: string }) => e.code)).toEqual([
      'FAPIAO_NUMBER_TAKEN',
    ]);
    // A fresh number issues the second invoice.
    const fresh = await issue(second, nextNumber(), '2024-05-06');
    expect(fresh.data!.issueInvoice.userErrors).toEqual([]);
  });
});
