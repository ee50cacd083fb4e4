import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import {
  accountAt,
  expectBooksBalanced,
  key,
  localId,
  openSubscription,
  payOrder,
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

const balanceOf = async (accountId: string) =>
  (await api.gql(`query($id: ID!) { account(id: $id) { balance { amount } } }`, { id: accountId }))
    .data!.account.balance.amount;

describe('prepaid balance (R-PAY-4)', () => {
  it('R-PAY-4 top up 3,000.00, pay a 3,000.00 order from the balance, the next balance payment is refused INSUFFICIENT_BALANCE; balance 0.00', async () => {
    const { accountId } = await accountAt(api, '2021-04-20');
    const topUp = await topUpBalance(api, accountId, '3000.00', 'WECHAT_PAY');
    expect(topUp.userErrors).toEqual([]);
    expect(topUp.account.balance.amount).toBe('3000.00');
    expect(topUp.payment).toMatchObject({
      method: 'WECHAT_PAY',
      purpose: 'TOP_UP',
      amount: { amount: '3000.00' },
    });
    const journal = await api.db.query(
      `SELECT ledger, amount::text FROM journal_entries WHERE source_id = $1 ORDER BY ledger`,
      [localId(topUp.payment.id)],
    );
    expect(journal).toEqual([
      { ledger: 'cash:WECHAT_PAY', amount: '300000' },
      { ledger: 'customer_balance', amount: '-300000' },
    ]);

    const first = await openSubscription(api, { accountId, seats: 3 });
    const paid = await payOrder(api, first.order.id, '3000.00', 'BALANCE');
    expect(paid.userErrors).toEqual([]);
    expect(paid.order.status).toBe('PAID');
    expect(await balanceOf(accountId)).toBe('0.00');

    const second = await openSubscription(api, { accountId, seats: 3 });
    const refused = await payOrder(api, second.order.id, '3000.00', 'BALANCE');
    expect(refused.payment).toBeNull();
    expect(refused.userErrors).toHaveLength(1);
    expect(refused.userErrors[0]).toMatchObject({
      code: 'INSUFFICIENT_BALANCE',
      message:
        'the balance of ¥0.00 does not cover ¥3,000.00 (¥3,000.00 short), and it can never go negative: top up the balance with topUpBalance first, or pay another way (R-PAY-4)',
    });
    expect(await balanceOf(accountId)).toBe('0.00');
    const [{ sum }] = await api.db.query(
      `SELECT sum(amount)::text AS sum FROM journal_entries WHERE ledger = 'customer_balance' AND account_id = $1`,
      [localId(accountId)],
    );
    expect(sum).toBe('0');
  });

  it('R-PAY-4 a top-up comes from a payment method, is positive, and a declined charge writes nothing', async () => {
    const { accountId } = await accountAt(api, '2021-04-20');
    const fromBalance = await topUpBalance(api, accountId, '100.00', 'BALANCE');
    expect(fromBalance).toMatchObject({
      account: null,
      payment: null,
      userErrors: [{ code: 'INVALID_INPUT', field: ['method'] }],
    });
    const zero = await topUpBalance(api, accountId, '0.00');
    expect(zero.userErrors[0]).toMatchObject({ code: 'INVALID_INPUT', field: ['amount'] });
    const declined = await topUpBalance(api, accountId, '100.13', 'BANK_CARD');
    expect(declined.userErrors[0]).toMatchObject({ code: 'INVALID_STATE', field: ['amount'] });
    expect(declined.userErrors[0].message).toMatch(/^Payment declined/);
    const [{ count }] = await api.db.query(
      `SELECT count(*)::int AS count FROM payments WHERE account_id = $1`,
      [localId(accountId)],
    );
    expect(count).toBe(0);
    expect(await balanceOf(accountId)).toBe('0.00');
    const malformed = await api.gql(
      `mutation($input: TopUpBalanceInput!) { topUpBalance(input: $input) { userErrors { code } } }`,
      {
        input: { accountId, method: 'ALIPAY', amount: '10.001', idempotencyKey: key() },
      },
    );
    expect(malformed.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
  });

  it('R-PAY-4 the same idempotency key tops up once; another amount with it is IDEMPOTENCY_KEY_REUSED', async () => {
    const { accountId } = await accountAt(api, '2021-04-20');
    const idem = key('top-up-once');
    const results = await Promise.all(
      Array.from({ length: 5 }, () =>
        topUpBalance(api, accountId, '500.00', 'ALIPAY', undefined, idem),
      ),
    );
    expect(new Set(results.map((r) => r.payment.id)).size).toBe(1);
    expect(await balanceOf(accountId)).toBe('500.00');
    const reused = await topUpBalance(api, accountId, '600.00', 'ALIPAY', undefined, idem);
    expect(reused.userErrors[0]).toMatchObject({
      code: 'IDEMPOTENCY_KEY_REUSED',
      field: ['idempotencyKey'],
    });
    expect(await balanceOf(accountId)).toBe('500.00');
  });

  it('a customer cannot top up another account (NOT_FOUND); a member cannot top up at all (FORBIDDEN)', async () => {
    const { accountId: mine } = await accountAt(api, '2021-04-20');
    const { accountId: theirs } = await accountAt(api, '2021-04-20');
    const admin = await tokenFor(api, mine);
    const foreign = await topUpBalance(api, theirs, '100.00', 'ALIPAY', admin);
    expect(foreign).toEqual({
      account: null,
      payment: null,
      userErrors: [
        {
          code: 'NOT_FOUND',
          message:
            'There is no such account you can see: check the id, or look the account up again in its list',
          field: ['accountId'],
        },
      ],
    });
    const own = await topUpBalance(api, mine, '100.00', 'ALIPAY', admin);
    expect(own.account.balance.amount).toBe('100.00');
    const member = await tokenFor(api, mine, 'CUSTOMER_MEMBER');
    const byMember = await api.gql(
      `mutation($input: TopUpBalanceInput!) { topUpBalance(input: $input) { userErrors { code } } }`,
      {
        input: { accountId: mine, method: 'ALIPAY', amount: '100.00', idempotencyKey: key() },
      },
      member,
    );
    expect(byMember.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    expect(await balanceOf(theirs)).toBe('0.00');
  });
});
