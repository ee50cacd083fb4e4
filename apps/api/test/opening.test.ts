import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import {
  accountAt,
  activate,
  advanceClock,
  expectBooksBalanced,
  key,
  localId,
  openSubscription,
  payOrder,
  tokenFor,
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

describe('opening a subscription', () => {
  it('R-OPEN-1 prices 5 EQQ seats × ¥1,000.00 × 1 year = ¥5,000.00 from the book in force, with rule ids', async () => {
    const { accountId } = await accountAt(api, '2021-04-20');
    const opened = await openSubscription(api, { accountId, seats: 5 });
    expect(opened.userErrors).toEqual([]);
    expect(opened.order).toMatchObject({
      kind: 'NEW_SUBSCRIPTION',
      status: 'AWAITING_PAYMENT',
      total: { amount: '5000.00' },
    });
    expect(opened.order.rules.map((r: { id: string }) => r.id)).toContain('R-OPEN-1');
    expect(opened.order.lines).toHaveLength(1);
    expect(opened.order.lines[0]).toMatchObject({
      quantity: 5,
      unitPrice: { amount: '1000.00' },
      amount: { amount: '5000.00' },
    });
    expect(opened.subscription).toMatchObject({ status: 'PENDING_ACTIVATION', seats: 5 });
  });

  it('R-CAT-3 a seat count outside 3–50 is a SEAT_LIMIT userError and writes nothing', async () => {
    const { accountId } = await accountAt(api, '2021-04-20');
    for (const seats of [2, 51]) {
      const opened = await openSubscription(api, { accountId, seats });
      expect(opened.order).toBeNull();
      expect(opened.userErrors[0]).toMatchObject({ code: 'SEAT_LIMIT' });
    }
    const [{ count }] = await api.db.query(
      `SELECT count(*)::int AS count FROM orders WHERE account_id = $1`,
      [localId(accountId)],
    );
    expect(count).toBe(0);
  });

  it('R-OPEN-2 R-OPEN-3 R-OPEN-4 R-OPEN-5 pay, verify, activate: the period starts on activation with an enterprise number', async () => {
    const { accountId, clockId } = await accountAt(api, '2021-04-20');
    const admin = await tokenFor(api, accountId);
    const opened = await openSubscription(api, { accountId, seats: 5 }, admin);
    const subId = opened.subscription.id;

    const early = await activate(api, subId);
    expect(early.userErrors[0]).toMatchObject({ code: 'INVALID_STATE' });
    expect(early.userErrors[0].message).toMatch(
      /full payment and approved qualification materials/,
    );

    const partial = await payOrder(api, opened.order.id, '3000.00', 'BANK_CARD', admin);
    expect(partial.userErrors).toEqual([]);
    expect(partial.order).toMatchObject({
      status: 'AWAITING_PAYMENT',
      outstanding: { amount: '2000.00' },
    });
    const rest = await payOrder(api, opened.order.id, '2000.00', 'WECHAT_PAY', admin);
    expect(rest.order).toMatchObject({ status: 'PAID', outstanding: { amount: '0.00' } });
    expect(rest.payment.providerReference).toMatch(/^sbx_wechat_pay_/);

    const unverified = await activate(api, subId);
    expect(unverified.userErrors[0].message).toMatch(/approved qualification materials/);
    await verify(api, accountId);
    const read = await api.gql(`query($id: ID!) { order(id: $id) { fulfilmentDueOn paidOn } }`, {
      id: opened.order.id,
    });
    // paid and approved on Tue 2021-04-20: 5 working days later, across the May Day holiday
    // (2021-04-25 Sunday was an adjusted workday) — 04-21, 04-22, 04-23, 04-25, 04-26.
    expect(read.data!.order).toEqual({ paidOn: '2021-04-20', fulfilmentDueOn: '2021-04-26' });

    await advanceClock(api, clockId, '2021-05-01');
    const activated = await activate(api, subId);
    expect(activated.userErrors).toEqual([]);
    const sub = activated.subscription;
    expect(sub).toMatchObject({
      status: 'ACTIVE',
      activatedOn: '2021-05-01',
      currentPeriodStart: '2021-05-01',
      currentPeriodEnd: '2022-05-01',
      expiresOn: '2022-04-30',
    });
    expect(sub.enterpriseNumber).toMatch(/^(400|800)\d{7}$/);
    const again = await activate(api, subId);
    expect(again.userErrors[0]).toMatchObject({ code: 'INVALID_STATE' });
  });

  it('R-PAY-3 a payment after the order is paid in full is flagged duplicate and kept as refundable credit', async () => {
    const { accountId } = await accountAt(api, '2021-04-20');
    const opened = await openSubscription(api, { accountId, seats: 3 });
    await payOrder(api, opened.order.id, '3000.00');
    const dup = await payOrder(api, opened.order.id, '3000.00');
    expect(dup.payment).toMatchObject({ duplicate: true, excess: { amount: '3000.00' } });
    const over = await openSubscription(api, { accountId, seats: 3 });
    const paid = await payOrder(api, over.order.id, '3500.00');
    expect(paid.payment).toMatchObject({ duplicate: false, excess: { amount: '500.00' } });
    const [credit] = await api.db.query(
      `SELECT sum(amount)::text AS sum FROM journal_entries WHERE ledger = 'customer_credit' AND account_id = $1`,
      [localId(accountId)],
    );
    expect(credit.sum).toBe('-350000');
  });

  it('R-PAY-4 paying from the balance needs enough balance and never goes negative', async () => {
    const { accountId } = await accountAt(api, '2021-04-20');
    const opened = await openSubscription(api, { accountId, seats: 3 });
    const refused = await payOrder(api, opened.order.id, '3000.00', 'BALANCE');
    expect(refused.userErrors[0]).toMatchObject({ code: 'INSUFFICIENT_BALANCE' });
    expect(refused.payment).toBeNull();
  });
});

describe('idempotency', () => {
  it('the same key and input returns the first result and changes nothing; another input with it is refused', async () => {
    const { accountId } = await accountAt(api, '2021-04-20');
    const opened = await openSubscription(api, { accountId, seats: 3 });
    const idem = key('same');
    const first = await payOrder(api, opened.order.id, '1000.00', 'ALIPAY', undefined, idem);
    const second = await payOrder(api, opened.order.id, '1000.00', 'ALIPAY', undefined, idem);
    expect(second.payment.id).toBe(first.payment.id);
    expect(second.order.paid.amount).toBe('1000.00');
    const reused = await payOrder(api, opened.order.id, '2000.00', 'ALIPAY', undefined, idem);
    expect(reused.payment).toBeNull();
    expect(reused.userErrors[0]).toMatchObject({
      code: 'IDEMPOTENCY_KEY_REUSED',
      field: ['idempotencyKey'],
    });
  });

  it('concurrent requests with one key charge once', async () => {
    const { accountId } = await accountAt(api, '2021-04-20');
    const opened = await openSubscription(api, { accountId, seats: 3 });
    const idem = key('race');
    const results = await Promise.all(
      Array.from({ length: 10 }, () =>
        payOrder(api, opened.order.id, '100.00', 'ALIPAY', undefined, idem),
      ),
    );
    expect(new Set(results.map((r) => r.payment.id)).size).toBe(1);
    const order = await api.gql(
      `query($id: ID!) { order(id: $id) { paid { amount } payments { id } } }`,
      { id: opened.order.id },
    );
    expect(order.data!.order).toMatchObject({ paid: { amount: '100.00' } });
    expect(order.data!.order.payments).toHaveLength(1);
  });
});

describe('isolation', () => {
  it('a customer cannot open, pay or read another account’s orders: it answers as not found', async () => {
    const { accountId: mine } = await accountAt(api, '2021-04-20');
    const { accountId: theirs } = await accountAt(api, '2021-04-20');
    const token = await tokenFor(api, mine);
    const foreign = await openSubscription(api, { accountId: theirs, seats: 3 });
    const open = await openSubscription(api, { accountId: theirs, seats: 3 }, token);
    expect(open.userErrors[0]).toMatchObject({ code: 'NOT_FOUND' });
    const pay = await payOrder(api, foreign.order.id, '3000.00', 'ALIPAY', token);
    expect(pay.userErrors[0]).toMatchObject({ code: 'NOT_FOUND' });
    const read = await api.gql(
      `query($id: ID!) { order(id: $id) { id } }`,
      { id: foreign.order.id },
      token,
    );
    expect(read.data!.order).toBeNull();
    const member = await tokenFor(api, mine, 'CUSTOMER_MEMBER');
    const ownOrder = await openSubscription(api, { accountId: mine, seats: 3 });
    const memberPay = await api.gql(
      `mutation($input: PayOrderInput!) { payOrder(input: $input) { payment { id } } }`,
      {
        input: {
          orderId: ownOrder.order.id,
          method: 'ALIPAY',
          amount: '3000.00',
          idempotencyKey: key('member'),
        },
      },
      member,
    );
    expect(memberPay.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
  });
});

describe('cancelling and stale orders', () => {
  const CANCEL = `mutation($id: ID!) { cancelOrder(input: { orderId: $id }) { order { id status } userErrors { code message } } }`;

  it('R-OPEN-2 an unpaid opening can be cancelled: the order is CANCELLED and the subscription never starts', async () => {
    const { accountId } = await accountAt(api, '2021-04-20');
    const opened = await openSubscription(api, { accountId, seats: 3 });
    const cancelled = (await api.gql(CANCEL, { id: opened.order.id })).data!.cancelOrder;
    expect(cancelled).toEqual({
      order: { id: opened.order.id, status: 'CANCELLED' },
      userErrors: [],
    });
    const sub = await api.gql(
      `query($id: ID!) { subscription(id: $id) { status history { toStatus cause } } }`,
      { id: opened.subscription.id },
    );
    expect(sub.data!.subscription.status).toBe('TERMINATED');
    expect(sub.data!.subscription.history.at(-1)).toEqual({
      toStatus: 'TERMINATED',
      cause: 'ORDER_CANCELLED',
    });
    const pay = await payOrder(api, opened.order.id, '3000.00');
    expect(pay.userErrors[0]).toMatchObject({ code: 'INVALID_STATE' });
    const again = (await api.gql(CANCEL, { id: opened.order.id })).data!.cancelOrder;
    expect(again.userErrors[0]).toMatchObject({ code: 'INVALID_STATE' });
  });

  it('an order with payments on it cannot be cancelled', async () => {
    const { accountId } = await accountAt(api, '2021-04-20');
    const opened = await openSubscription(api, { accountId, seats: 3 });
    await payOrder(api, opened.order.id, '100.00');
    const refused = (await api.gql(CANCEL, { id: opened.order.id })).data!.cancelOrder;
    expect(refused.userErrors[0].message).toMatch(/request a refund/);
  });

  it('R-SEAT-1 an add-seat order placed while active cannot be paid once the subscription is in grace; cancelling it releases its seats', async () => {
    const { accountId, clockId } = await accountAt(api, '2021-04-20');
    const opened = await openSubscription(api, { accountId, seats: 5 });
    await payOrder(api, opened.order.id, '5000.00');
    await verify(api, accountId);
    await advanceClock(api, clockId, '2021-05-01');
    await activate(api, opened.subscription.id);
    await advanceClock(api, clockId, '2021-09-20');
    const added = await api.gql(
      `mutation($id: ID!, $k: String!) { addSeats(input: { subscriptionId: $id, seats: 2, idempotencyKey: $k }) { order { id total { amount } } userErrors { code } } }`,
      { id: opened.subscription.id, k: key('add') },
    );
    const orderId = added.data!.addSeats.order.id;
    await advanceClock(api, clockId, '2022-05-02');
    const pay = await payOrder(api, orderId, added.data!.addSeats.order.total.amount);
    expect(pay.userErrors[0]).toMatchObject({ code: 'INVALID_STATE' });
    expect(pay.userErrors[0].message).toMatch(/R-SEAT-1/);
    expect((await api.gql(CANCEL, { id: orderId })).data!.cancelOrder.order.status).toBe(
      'CANCELLED',
    );
    const sub = await api.gql(`query($id: ID!) { subscription(id: $id) { seats pendingSeats } }`, {
      id: opened.subscription.id,
    });
    expect(sub.data!.subscription).toEqual({ seats: 5, pendingSeats: 0 });
  });
});
