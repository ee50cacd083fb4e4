import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import {
  accountAt,
  advanceClock,
  expectBooksBalanced,
  key,
  ledgerSum,
  localId,
  tokenFor,
  topUpBalance,
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

const BILL_FIELDS = `id month periodStart periodEnd issuedOn dueOn status amount { amount } lateFee { amount } paid { amount } outstanding { amount }
  lines { description quantity unitPrice { amount } amount { amount } rules { id } } explanation rules { id }
  lateFeeLines { description amount { amount } rules { id } } lateFeeExplanation lateFeeAssessedOn daysOverdue suspendsOn closesOn paidOn method`;

async function issue(
  accountId: string,
  month: string,
  lines: Array<{ description: string; amount: string }>,
  idempotencyKey = key('bill'),
  token?: string,
) {
  const result = await api.gql(
    `mutation($input: IssuePostpaidBillInput!) { issuePostpaidBill(input: $input) { postpaidBill { ${BILL_FIELDS} } userErrors { code message field } } }`,
    { input: { accountId, month, lines, idempotencyKey } },
    token,
  );
  return result;
}

async function pay(
  billId: string,
  amount: string,
  method = 'ALIPAY',
  token?: string,
  idempotencyKey = key('pay-bill'),
) {
  const result = await api.gql(
    `mutation($input: PayPostpaidBillInput!) { payPostpaidBill(input: $input) { postpaidBill { ${BILL_FIELDS} } userErrors { code message field } } }`,
    { input: { billId, method, amount, idempotencyKey } },
    token,
  );
  expect(result.errors).toBeUndefined();
  return result.data!.payPostpaidBill;
}

async function bill(id: string) {
  const result = await api.gql(
    `query($id: ID!) { postpaidBill(id: $id) { ${BILL_FIELDS} account { status } } }`,
    { id },
  );
  expect(result.errors).toBeUndefined();
  return result.data!.postpaidBill;
}

async function accountStatus(accountId: string): Promise<string> {
  const result = await api.gql(`query($id: ID!) { account(id: $id) { status } }`, {
    id: accountId,
  });
  return result.data!.account.status;
}

describe('postpaid bills (R-PAY-5)', () => {
  it('R-PAY-5 the bill for a month is issued on the 1st of the next month and due on the 15th; the receivable is posted', async () => {
    const { accountId, clockId } = await accountAt(api, '2024-01-20');
    const early = await issue(accountId, '2024-01', [
      { description: 'SMS: 1,200 messages', amount: '60.00' },
    ]);
    expect(early.data!.issuePostpaidBill).toMatchObject({
      postpaidBill: null,
      userErrors: [{ code: 'INVALID_STATE', field: ['month'] }],
    });
    expect(early.data!.issuePostpaidBill.userErrors[0].message).toMatch(/issued on 2024-02-01/);

    await advanceClock(api, clockId, '2024-02-01');
    const idem = key('bill');
    const issued = await issue(
      accountId,
      '2024-01',
      [
        { description: 'SMS: 1,200 messages', amount: '60.00' },
        { description: 'Chat bot', amount: '63.45' },
      ],
      idem,
    );
    expect(issued.errors).toBeUndefined();
    const created = issued.data!.issuePostpaidBill.postpaidBill;
    expect(created).toMatchObject({
      month: '2024-01',
      periodStart: '2024-01-01',
      periodEnd: '2024-02-01',
      issuedOn: '2024-02-01',
      dueOn: '2024-02-15',
      status: 'ISSUED',
      amount: { amount: '123.45' },
      lateFee: { amount: '0.00' },
      outstanding: { amount: '123.45' },
      lateFeeLines: [],
      lateFeeExplanation: null,
      daysOverdue: 0,
      suspendsOn: '2024-03-16',
      closesOn: '2024-05-15',
    });
    expect(created.lines).toEqual([
      {
        description: 'SMS: 1,200 messages',
        quantity: 1,
        unitPrice: { amount: '60.00' },
        amount: { amount: '60.00' },
        rules: [{ id: 'R-PAY-5' }],
      },
      {
        description: 'Chat bot',
        quantity: 1,
        unitPrice: { amount: '63.45' },
        amount: { amount: '63.45' },
        rules: [{ id: 'R-PAY-5' }],
      },
    ]);
    expect(created.explanation).toBe(
      'usage of 2024-01: 2 lines, ¥123.45; issued 2024-02-01, due 2024-02-15 (R-PAY-5)',
    );
    expect(await ledgerSum(api, 'receivable', accountId)).toBe('12345');

    const replay = await issue(
      accountId,
      '2024-01',
      [
        { description: 'SMS: 1,200 messages', amount: '60.00' },
        { description: 'Chat bot', amount: '63.45' },
      ],
      idem,
    );
    expect(replay.data!.issuePostpaidBill.postpaidBill.id).toBe(created.id);
    const twice = await issue(accountId, '2024-01', [{ description: 'SMS', amount: '1.00' }]);
    expect(twice.data!.issuePostpaidBill.userErrors).toEqual([
      {
        code: 'INVALID_STATE',
        message:
          "The bill for 2024-01 was already issued, so no action is needed: see it in the account's postpaid bills (R-PAY-5)",
        field: ['month'],
      },
    ]);
    const badMonth = await issue(accountId, '2024-13', [{ description: 'SMS', amount: '1.00' }]);
    expect(badMonth.data!.issuePostpaidBill.userErrors[0]).toMatchObject({
      code: 'INVALID_INPUT',
      field: ['month'],
    });
    expect(await ledgerSum(api, 'receivable', accountId)).toBe('12345');

    const listed = await api.gql(
      `query($id: ID!) { account(id: $id) { postpaidBills { totalCount edges { node { id month } } } } }`,
      { id: accountId },
    );
    expect(listed.data!.account.postpaidBills).toEqual({
      totalCount: 1,
      edges: [{ node: { id: created.id, month: '2024-01' } }],
    });
  });

  it('R-PAY-5 R-MONEY-1 the late fee is 0.05% of the unpaid amount per day, rounded half-up once, exact to the fen; 30 days overdue suspends; paying in full settles it', async () => {
    const { accountId, clockId } = await accountAt(api, '2024-02-01');
    const created = (await issue(accountId, '2024-01', [{ description: 'SMS', amount: '123.45' }]))
      .data!.issuePostpaidBill.postpaidBill;

    await advanceClock(api, clockId, '2024-02-15');
    expect(await bill(created.id)).toMatchObject({ status: 'ISSUED', lateFee: { amount: '0.00' } });

    // ¥123.45 × 0.05% × 3 days = 18.5175 fen → 19 fen (per-day rounding would give 18).
    await advanceClock(api, clockId, '2024-02-18');
    const overdue = await bill(created.id);
    expect(overdue).toMatchObject({
      status: 'OVERDUE',
      lateFee: { amount: '0.19' },
      outstanding: { amount: '123.64' },
      daysOverdue: 3,
      lateFeeAssessedOn: '2024-02-18',
    });
    expect(overdue.lateFeeLines).toEqual([
      {
        description: 'Late fee: ¥123.45 × 0.05% × 3 days after 2024-02-15',
        amount: { amount: '0.19' },
        rules: [{ id: 'R-PAY-5' }, { id: 'R-MONEY-1' }],
      },
    ]);
    expect(overdue.lateFeeExplanation).toMatch(
      /^¥123\.45 × 0\.05% × 3 days = ¥0\.19 late fee, rounded half-up once/,
    );
    expect(await ledgerSum(api, 'late_fee_income', accountId)).toBe('-19');

    // 20 days: 123.45 fen → 123 fen (whole, not 19 + 17 × daily amounts).
    await advanceClock(api, clockId, '2024-03-06');
    expect(await bill(created.id)).toMatchObject({
      status: 'OVERDUE',
      lateFee: { amount: '1.23' },
      daysOverdue: 20,
    });
    expect(await ledgerSum(api, 'late_fee_income', accountId)).toBe('-123');
    expect(await accountStatus(accountId)).toBe('ACTIVE');

    // 30 days overdue (2024-03-16): suspended; 185.175 fen → 185 fen.
    await advanceClock(api, clockId, '2024-03-16');
    expect(await bill(created.id)).toMatchObject({
      status: 'SUSPENDED',
      lateFee: { amount: '1.85' },
      outstanding: { amount: '125.30' },
      daysOverdue: 30,
    });
    expect(await accountStatus(accountId)).toBe('SUSPENDED');

    const stale = await pay(created.id, '125.29');
    expect(stale).toMatchObject({
      postpaidBill: null,
      userErrors: [{ code: 'INVALID_INPUT', field: ['amount'] }],
    });
    expect(stale.userErrors[0].message).toMatch(/¥125\.30 \(¥123\.45 billed \+ ¥1\.85 late fee\)/);

    const paid = await pay(created.id, '125.30', 'WECHAT_PAY');
    expect(paid.userErrors).toEqual([]);
    expect(paid.postpaidBill).toMatchObject({
      status: 'PAID',
      paid: { amount: '125.30' },
      outstanding: { amount: '0.00' },
      paidOn: '2024-03-16',
      method: 'WECHAT_PAY',
    });
    expect(await accountStatus(accountId)).toBe('ACTIVE');
    expect(await ledgerSum(api, 'receivable', accountId)).toBe('0');
    expect(await ledgerSum(api, 'late_fee_income', accountId)).toBe('-185');

    // Paid: nothing accrues any more.
    await advanceClock(api, clockId, '2024-06-01');
    expect(await bill(created.id)).toMatchObject({ status: 'PAID', lateFee: { amount: '1.85' } });
    expect(await ledgerSum(api, 'late_fee_income', accountId)).toBe('-185');
    const again = await pay(created.id, '125.30');
    expect(again.userErrors[0]).toMatchObject({ code: 'INVALID_STATE' });
  });

  it('R-PAY-5 at 90 days overdue the account is closed and the fee stops (¥45.00 on ¥1,000.00); the debt remains payable', async () => {
    const { accountId, clockId } = await accountAt(api, '2024-02-01');
    const created = (
      await issue(accountId, '2024-01', [{ description: 'Usage', amount: '1000.00' }])
    ).data!.issuePostpaidBill.postpaidBill;
    // One jump over the overdue, suspension and closure days.
    await advanceClock(api, clockId, '2024-05-15');
    expect(await bill(created.id)).toMatchObject({
      status: 'CLOSED',
      lateFee: { amount: '45.00' },
      daysOverdue: 90,
    });
    expect(await accountStatus(accountId)).toBe('CLOSED');
    await advanceClock(api, clockId, '2024-12-31');
    expect(await bill(created.id)).toMatchObject({
      status: 'CLOSED',
      lateFee: { amount: '45.00' },
    });
    expect(await ledgerSum(api, 'late_fee_income', accountId)).toBe('-4500');

    const audit = await api.gql(
      `query($id: ID!) { auditLog(accountId: $id, first: 50) { edges { node { action actorRole objectType before after } } } }`,
      { id: accountId },
    );
    const actions = audit.data!.auditLog.edges.map(
      (e: { node: { action: string; actorRole: string } }) => [e.node.action, e.node.actorRole],
    );
    expect(actions).toContainEqual(['suspendAccount', 'SYSTEM']);
    expect(actions).toContainEqual(['closeAccount', 'SYSTEM']);

    const closedIssue = await issue(accountId, '2024-02', [
      { description: 'Usage', amount: '1.00' },
    ]);
    expect(closedIssue.data!.issuePostpaidBill.userErrors[0]).toMatchObject({
      code: 'INVALID_STATE',
      message:
        'The account is closed, so no new bill is issued: settle its open bills with payPostpaidBill (R-PAY-5)',
    });
    const paid = await pay(created.id, '1045.00');
    expect(paid.postpaidBill).toMatchObject({ status: 'PAID' });
    expect(await accountStatus(accountId)).toBe('CLOSED');
  });

  it('R-PAY-5 R-MONEY-1 accruing day by day posts exactly the fee of one jump', async () => {
    const daily = await accountAt(api, '2024-02-01');
    const jump = await accountAt(api, '2024-02-01');
    const a = (await issue(daily.accountId, '2024-01', [{ description: 'Usage', amount: '77.77' }]))
      .data!.issuePostpaidBill.postpaidBill;
    const b = (await issue(jump.accountId, '2024-01', [{ description: 'Usage', amount: '77.77' }]))
      .data!.issuePostpaidBill.postpaidBill;
    for (let day = 16; day <= 29; day++) await advanceClock(api, daily.clockId, `2024-02-${day}`);
    await advanceClock(api, jump.clockId, '2024-02-29');
    // 7,777 fen × 5 × 14 / 10,000 = 54.439 fen → 54 fen.
    expect((await bill(a.id)).lateFee).toEqual({ amount: '0.54' });
    expect((await bill(b.id)).lateFee).toEqual({ amount: '0.54' });
    expect(await ledgerSum(api, 'late_fee_income', daily.accountId)).toBe('-54');
    expect(await ledgerSum(api, 'late_fee_income', jump.accountId)).toBe('-54');
  });

  it('R-PAY-4 R-PAY-5 a customer administrator pays their own bill from the balance; others cannot see it; only operators issue bills', async () => {
    const { accountId, clockId } = await accountAt(api, '2024-02-01');
    const other = await accountAt(api, '2024-02-01');
    const admin = await tokenFor(api, accountId);
    const member = await tokenFor(api, accountId, 'CUSTOMER_MEMBER');
    const stranger = await tokenFor(api, other.accountId);
    const forbidden = await issue(
      accountId,
      '2024-01',
      [{ description: 'Usage', amount: '10.00' }],
      key('bill'),
      admin,
    );
    expect(forbidden.errors![0]!.extensions!.code).toBe('FORBIDDEN');
    const created = (
      await issue(accountId, '2024-01', [{ description: 'Usage', amount: '300.00' }])
    ).data!.issuePostpaidBill.postpaidBill;

    const hidden = await api.gql(
      `query($id: ID!) { postpaidBill(id: $id) { id } }`,
      { id: created.id },
      stranger,
    );
    expect(hidden.data!.postpaidBill).toBeNull();
    expect((await pay(created.id, '300.00', 'ALIPAY', stranger)).userErrors[0]).toMatchObject({
      code: 'NOT_FOUND',
      field: ['billId'],
    });
    expect((await pay(created.id, '300.00', 'ALIPAY', member)).userErrors[0]).toMatchObject({
      code: 'NOT_FOUND',
    });

    const short = await pay(created.id, '300.00', 'BALANCE', admin);
    expect(short.userErrors[0]).toMatchObject({ code: 'INSUFFICIENT_BALANCE' });
    const [row] = await api.db.query(`SELECT status, paid FROM postpaid_bills WHERE id = $1`, [
      localId(created.id),
    ]);
    expect(row).toEqual({ status: 'ISSUED', paid: '0' });

    expect((await topUpBalance(api, accountId, '500.00')).userErrors).toEqual([]);
    await advanceClock(api, clockId, '2024-02-10');
    const paid = await pay(created.id, '300.00', 'BALANCE', admin);
    expect(paid.postpaidBill).toMatchObject({
      status: 'PAID',
      method: 'BALANCE',
      paidOn: '2024-02-10',
    });
    const balance = await api.gql(
      `query($id: ID!) { account(id: $id) { balance { amount } } }`,
      { id: accountId },
      admin,
    );
    expect(balance.data!.account.balance).toEqual({ amount: '200.00' });
    expect(await ledgerSum(api, 'receivable', accountId)).toBe('0');
  });
});
