import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import {
  advanceClock,
  createAccount,
  createClock,
  expectBooksBalanced,
  key,
  openSubscription,
  payOrder,
} from './api-helpers.js';
import { startHarness, type Harness } from './harness.js';

let api: Harness;
let statements: string[] | null = null;
beforeAll(async () => {
  api = await startHarness({ logQueries: (sql) => statements?.push(sql) });
});
afterEach(async () => {
  await expectBooksBalanced(api);
});
afterAll(async () => {
  await api.close();
});

/** The SQL statements the API sends while answering one request. */
async function countStatements(
  query: string,
  variables: Record<string, unknown>,
): Promise<{ count: number; data: any }> {
  statements = [];
  const result = await api.gql(query, variables);
  const count = statements.length;
  statements = null;
  expect(result.errors).toBeUndefined();
  return { count, data: result.data };
}

const PAGE = `query Page($first: Int!, $search: String!) {
  accounts(first: $first, filter: { search: $search }) {
    totalCount
    edges { node {
      id name balance { amount }
      subscriptions {
        id status statusReason expiresOn graceEndsOn entitlements { initiateSessions addSeats }
        history { cause effectiveOn rules { id } }
        reminders { kind dueOn }
        orders { id kind status total { amount } lines { description amount { amount } rules { id } } payments { id amount { amount } } }
      }
      orders(first: 5) { totalCount edges { node { id payments { id } } } }
      payments { totalCount }
      postpaidBills { totalCount edges { node { id lateFee { amount } } } }
      auditLog(first: 3) { totalCount edges { node { action actorRole } } }
    } }
  }
}`;

describe('reads without N+1', () => {
  it('an operator’s accounts page with subscriptions { status orders lines payments } takes as many SQL statements for 20 accounts as for 5', async () => {
    const tag = `n1-${key()}`;
    for (let i = 0; i < 20; i++) {
      const clockId = await createClock(api, '2021-04-20');
      const accountId = await createAccount(api, `${tag} ${i}`, clockId);
      const opened = await openSubscription(api, { accountId, seats: 3, productCode: 'QIDIAN' });
      await payOrder(api, opened.order.id, '1000.00');
      if (i % 2 === 0) {
        await payOrder(api, opened.order.id, '2600.00', 'WECHAT_PAY');
        await advanceClock(api, clockId, '2021-05-01');
      }
    }
    // Warm the per-process catalog cache, so both counts measure the same work.
    await countStatements(PAGE, { first: 1, search: tag });

    const five = await countStatements(PAGE, { first: 5, search: tag });
    const twenty = await countStatements(PAGE, { first: 20, search: tag });
    expect(five.data.accounts.edges).toHaveLength(5);
    expect(twenty.data.accounts.edges).toHaveLength(20);
    expect(twenty.data.accounts.totalCount).toBe(20);
    const subscriptions = twenty.data.accounts.edges.flatMap((e: any) => e.node.subscriptions);
    expect(subscriptions).toHaveLength(20);
    expect(
      subscriptions.flatMap((s: any) => s.orders.flatMap((o: any) => o.payments)),
    ).toHaveLength(30);
    expect(subscriptions.flatMap((s: any) => s.orders.flatMap((o: any) => o.lines))).toHaveLength(
      20,
    );
    expect(twenty.count).toBe(five.count);
    // One statement per level and kind, not per row: a small constant.
    expect(five.count).toBeGreaterThanOrEqual(10);
    expect(five.count).toBeLessThanOrEqual(20);
  });
});

describe('payOrder reads only what the payment needs', () => {
  it('R-PAY-2 a payment on an order with 30 earlier payments takes the same 6 statements as the first: its transaction (lock, key, order, writes), answered from what it wrote; the token signed in on an earlier request', async () => {
    const accountId = await createAccount(api, `pay-${key()}`);
    const opened = await openSubscription(api, { accountId, seats: 3, productCode: 'QIDIAN' });
    const PAY = `mutation($input: PayOrderInput!) { payOrder(input: $input) {
      payment { id amount { amount } paidAt } order { id status paid { amount } } userErrors { code } } }`;
    const pay = (amount: string) =>
      countStatements(PAY, {
        input: { orderId: opened.order.id, method: 'ALIPAY', amount, idempotencyKey: key('pay') },
      });
    const first = await pay('1.00');
    expect(first.data.payOrder.userErrors).toEqual([]);
    for (let i = 0; i < 29; i++) await payOrder(api, opened.order.id, '1.00');
    const later = await pay('1.00');
    expect(later.data.payOrder.userErrors).toEqual([]);
    expect(later.data.payOrder.order.paid.amount).toBe('31.00');
    expect(later.count).toBe(first.count);
    // START TRANSACTION and COMMIT count too; the operator's token was read by an earlier
    // request and is remembered (sign-in-cache.test.ts).
    expect(later.count).toBe(6);
  });
});
