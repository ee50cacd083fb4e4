import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import {
  accountAt,
  activeSubscription,
  advanceClock,
  approveRefund,
  createAccount,
  expectBooksBalanced,
  key,
  localId,
  openSubscription,
  payOrder,
  requestRefund,
  shanghaiToday,
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

const EVENT = `id type occurredAt businessDate testMode objectType objectId data account { id }`;
type Event = {
  id: string;
  type: string;
  occurredAt: string;
  businessDate: string;
  testMode: boolean;
  objectType: string;
  objectId: string;
  data: Record<string, any>;
  account: { id: string };
};
type Page = {
  totalCount: number;
  edges: Array<{ cursor: string; node: Event }>;
  pageInfo: {
    hasNextPage: boolean;
    hasPreviousPage: boolean;
    startCursor: string | null;
    endCursor: string | null;
  };
};

const EVENTS = `query($first: Int, $after: String, $last: Int, $before: String, $orderBy: ListOrder,
                      $accountId: ID, $types: [String!]) {
  billingEvents(first: $first, after: $after, last: $last, before: $before, orderBy: $orderBy,
                accountId: $accountId, types: $types) {
    totalCount
    edges { cursor node { ${EVENT} } }
    pageInfo { hasNextPage hasPreviousPage startCursor endCursor }
  }
}`;

function billingEvents(variables: Record<string, unknown>, token?: string | null) {
  return api.gql<{ billingEvents: Page }>(EVENTS, variables, token);
}

async function page(variables: Record<string, unknown>, token?: string | null): Promise<Page> {
  const result = await billingEvents(variables, token);
  expect(result.errors).toBeUndefined();
  return result.data!.billingEvents;
}

/** Every event of an account, oldest first. */
async function eventsOf(accountId: string): Promise<Event[]> {
  return (await page({ accountId, first: 100 })).edges.map((edge) => edge.node);
}

describe('events recorded with the change', () => {
  it('a paid order: order.created, order.paid, payment.succeeded in that order, on the test clock’s business date, with snapshots as the API shows them', async () => {
    const { accountId } = await accountAt(api, '2024-03-01');
    const opened = await openSubscription(api, { accountId, seats: 3, productCode: 'QIDIAN' });
    expect(opened.userErrors).toEqual([]);
    const paid = await payOrder(api, opened.order.id, opened.order.total.amount);
    expect(paid.userErrors).toEqual([]);

    const events = await eventsOf(accountId);
    expect(events.map((event) => event.type)).toEqual([
      'order.created',
      'order.paid',
      'payment.succeeded',
    ]);
    for (const event of events) {
      expect(event.businessDate).toBe('2024-03-01');
      expect(event.testMode).toBe(true);
      expect(event.account.id).toBe(accountId);
      // Real time, not the clock's.
      expect(Math.abs(Date.parse(event.occurredAt) - Date.now())).toBeLessThan(60_000);
    }
    const [created, orderPaid, payment] = events;
    expect(created!.objectType).toBe('Order');
    expect(created!.objectId).toBe(opened.order.id);
    expect(orderPaid!.objectId).toBe(opened.order.id);
    expect(payment!.objectType).toBe('Payment');
    expect(payment!.objectId).toBe(paid.payment.id);

    // The snapshots match what the API answers for the same fields.
    const order = await api.gql(
      `query($id: ID!) { order(id: $id) { id status total { amount currency } paid { amount currency } account { id } subscription { id } } }`,
      { id: opened.order.id },
    );
    const now = order.data!.order;
    expect(created!.data).toMatchObject({
      id: now.id,
      status: 'AWAITING_PAYMENT',
      total: now.total,
      paid: { amount: '0.00', currency: 'CNY' },
      account: now.account,
      subscription: now.subscription,
    });
    expect(orderPaid!.data).toMatchObject({
      id: now.id,
      status: now.status,
      total: now.total,
      paid: now.paid,
      paidOn: '2024-03-01',
    });
    expect(payment!.data).toMatchObject({
      id: paid.payment.id,
      amount: { amount: paid.payment.amount.amount, currency: 'CNY' },
      method: 'ALIPAY',
      status: 'SUCCEEDED',
      duplicate: false,
      order: { id: opened.order.id },
      providerReference: paid.payment.providerReference,
    });

    // One event by its id.
    const one = await api.gql(`query($id: ID!) { billingEvent(id: $id) { ${EVENT} } }`, {
      id: payment!.id,
    });
    expect(one.data!.billingEvent).toEqual(payment);
  });

  it('a live account’s events are dated today in Shanghai and not in test mode; a partial payment is a payment.succeeded without order.paid', async () => {
    const accountId = await createAccount(api);
    const opened = await openSubscription(api, { accountId, seats: 3, productCode: 'QIDIAN' });
    await payOrder(api, opened.order.id, '100.00');
    const events = await eventsOf(accountId);
    expect(events.map((event) => [event.type, event.businessDate, event.testMode])).toEqual([
      ['order.created', shanghaiToday(), false],
      ['payment.succeeded', shanghaiToday(), false],
    ]);
  });

  it('an idempotent retry emits nothing more; a refused mutation emits nothing', async () => {
    const { accountId } = await accountAt(api, '2024-03-01');
    const openKey = key('open');
    const open = () =>
      api.gql(
        `mutation($input: OpenSubscriptionInput!) { openSubscription(input: $input) { order { id total { amount } } userErrors { code } } }`,
        {
          input: {
            accountId,
            productCode: 'QIDIAN',
            planCode: 'SEATS',
            seats: 3,
            years: 1,
            idempotencyKey: openKey,
          },
        },
      );
    const first = (await open()).data!.openSubscription;
    const again = (await open()).data!.openSubscription;
    expect(again.order.id).toBe(first.order.id);
    const payKey = key('pay');
    await payOrder(api, first.order.id, first.order.total.amount, 'ALIPAY', undefined, payKey);
    const replay = await payOrder(
      api,
      first.order.id,
      first.order.total.amount,
      'ALIPAY',
      undefined,
      payKey,
    );
    expect(replay.userErrors).toEqual([]);
    expect((await eventsOf(accountId)).map((event) => event.type)).toEqual([
      'order.created',
      'order.paid',
      'payment.succeeded',
    ]);

    // Refused: the balance cannot pay, a refund of nothing paid, an order opened with no seats.
    const second = await openSubscription(api, { accountId, seats: 3, productCode: 'QIDIAN' });
    const [before] = await api.db.query(`SELECT count(*)::int AS n FROM billing_events`);
    const declined = await payOrder(api, second.order.id, '10.00', 'BALANCE');
    expect(declined.userErrors).not.toEqual([]);
    const refused = await requestRefund(api, { orderId: second.order.id, reason: 'NO_REASON' });
    expect(refused.userErrors).not.toEqual([]);
    const none = await openSubscription(api, { accountId, seats: 0, productCode: 'QIDIAN' });
    expect(none.userErrors).not.toEqual([]);
    const [after] = await api.db.query(`SELECT count(*)::int AS n FROM billing_events`);
    expect(after.n).toBe(before.n);
  });

  it('a refund: refund.requested, refund.approved, refund.paid_out, with snapshots as the API shows them; a rejection is refund.rejected', async () => {
    const { accountId, clockId, openingOrderId } = await activeSubscription(api, {
      openOn: '2024-03-01',
      activateOn: '2024-03-01',
      seats: 3,
      productCode: 'QIDIAN',
    });
    await advanceClock(api, clockId, '2024-03-04');
    const requested = await requestRefund(api, { orderId: openingOrderId, reason: 'NO_REASON' });
    expect(requested.userErrors).toEqual([]);
    const refundId = requested.refund.id;
    await approveRefund(api, refundId);
    const paid = await api.gql(
      `mutation($id: ID!) { payRefund(input: { refundId: $id }) { refund { id status amount { amount currency } fee { amount currency } payout { amount currency } paidAt } userErrors { code } } }`,
      { id: refundId },
    );
    expect(paid.data!.payRefund.userErrors).toEqual([]);

    const events = (await eventsOf(accountId)).filter((event) => event.objectType === 'Refund');
    expect(events.map((event) => [event.type, event.businessDate, event.objectId])).toEqual([
      ['refund.requested', '2024-03-04', refundId],
      ['refund.approved', '2024-03-04', refundId],
      ['refund.paid_out', '2024-03-04', refundId],
    ]);
    expect(events[0]!.data).toMatchObject({
      id: refundId,
      status: 'REQUESTED',
      amount: { amount: requested.refund.amount.amount, currency: 'CNY' },
      order: { id: openingOrderId },
      decidedOn: null,
    });
    expect(events[1]!.data).toMatchObject({ status: 'APPROVED', decidedOn: '2024-03-04' });
    const now = paid.data!.payRefund.refund;
    expect(events[2]!.data).toMatchObject({
      id: now.id,
      status: now.status,
      amount: now.amount,
      fee: now.fee,
      payout: now.payout,
      paidAt: now.paidAt,
    });
    expect(events[2]!.data.parts[0].reference).toEqual(expect.any(String));

    // By type.
    const byType = await page({ accountId, types: ['refund.approved', 'order.paid'] });
    expect(byType.edges.map((edge) => edge.node.type)).toEqual(['order.paid', 'refund.approved']);

    const other = await activeSubscription(api, {
      openOn: '2024-06-03',
      activateOn: '2024-06-03',
      seats: 3,
      productCode: 'QIDIAN',
    });
    const second = await requestRefund(api, {
      orderId: other.openingOrderId,
      reason: 'NO_REASON',
    });
    const rejected = await api.gql(
      `mutation($id: ID!) { rejectRefund(input: { refundId: $id, note: "Service already used" }) { userErrors { code } } }`,
      { id: second.refund.id },
    );
    expect(rejected.data!.rejectRefund.userErrors).toEqual([]);
    const [last] = (await page({ accountId: other.accountId, last: 1 })).edges;
    expect(last!.node).toMatchObject({
      type: 'refund.rejected',
      objectId: second.refund.id,
      data: { status: 'REJECTED', decisionNote: 'Service already used', decidedOn: '2024-06-03' },
    });
  });
});

describe('subscription and invoice events', () => {
  it('subscription.activated, then the lifecycle run’s subscription.grace and subscription.recycled on the dates they take effect, with snapshots as the API shows them', async () => {
    const { accountId, clockId, subscriptionId } = await activeSubscription(api, {
      openOn: '2024-03-01',
      activateOn: '2024-03-05',
      seats: 3,
      productCode: 'QIDIAN',
    });
    const read = async () =>
      (
        await api.gql(
          `query($id: ID!) { subscription(id: $id) { id status activatedOn currentPeriodEnd enterpriseNumber account { id } } }`,
          { id: subscriptionId },
        )
      ).data!.subscription;
    const active = await read();
    const subscriptionEvents = async () =>
      (await eventsOf(accountId)).filter((event) => event.type.startsWith('subscription.'));
    const [activated] = await subscriptionEvents();
    expect(activated).toMatchObject({
      type: 'subscription.activated',
      businessDate: '2024-03-05',
      testMode: true,
      objectId: subscriptionId,
      data: {
        id: active.id,
        status: 'ACTIVE',
        activatedOn: active.activatedOn,
        currentPeriodEnd: active.currentPeriodEnd,
        account: active.account,
        product: { code: 'QIDIAN' },
      },
    });

    await advanceClock(api, clockId, '2025-03-10');
    const inGrace = await read();
    expect(inGrace.status).toBe('GRACE');
    await advanceClock(api, clockId, '2025-04-20');
    const recycled = await read();
    expect(recycled.status).toBe('RECYCLED');
    const events = await subscriptionEvents();
    expect(events.map((event) => [event.type, event.businessDate])).toEqual([
      ['subscription.activated', '2024-03-05'],
      ['subscription.grace', active.currentPeriodEnd],
      ['subscription.recycled', '2025-04-05'],
    ]);
    expect(events[1]!.data).toMatchObject({ id: subscriptionId, status: 'GRACE' });
    expect(events[2]!.data).toMatchObject({
      id: subscriptionId,
      status: 'RECYCLED',
      enterpriseNumber: recycled.enterpriseNumber,
      recycledOn: '2025-04-05',
    });
    // Once: a run of the same day finds nothing more to do.
    await advanceClock(api, clockId, '2025-04-21');
    expect(await subscriptionEvents()).toHaveLength(3);
  });

  it('invoice.issued, once per key, with the fapiao number and issued amount', async () => {
    const { accountId, clockId } = await accountAt(api, '2024-01-31');
    await verify(api, accountId, 'Events Test Co., Ltd.');
    const opened = await openSubscription(api, { accountId, seats: 3, productCode: 'QIDIAN' });
    const paid = await payOrder(api, opened.order.id, opened.order.total.amount);
    const requested = await api.gql(
      `mutation($input: RequestInvoiceInput!) { requestInvoice(input: $input) { invoice { id } userErrors { code } } }`,
      {
        input: {
          paymentId: paid.payment.id,
          title: 'Events Test Co., Ltd.',
          type: 'GENERAL',
          idempotencyKey: key('inv'),
        },
      },
    );
    const invoiceId = requested.data!.requestInvoice.invoice.id;
    await advanceClock(api, clockId, '2024-02-20');
    const number = String(10_000_000 + Math.floor(Math.random() * 80_000_000));
    const input = { invoiceId, number, issuedOn: '2024-02-19', idempotencyKey: key('issue') };
    const issue = () =>
      api.gql(
        `mutation($input: IssueInvoiceInput!) { issueInvoice(input: $input) { invoice { id status number issuedAmount { amount currency } } userErrors { code } } }`,
        { input },
      );
    const issued = (await issue()).data!.issueInvoice;
    expect(issued.userErrors).toEqual([]);
    expect((await issue()).data!.issueInvoice).toEqual(issued);
    const events = (await eventsOf(accountId)).filter((event) => event.objectType === 'Invoice');
    expect(events).toHaveLength(1);
    expect(events[0]).toMatchObject({
      type: 'invoice.issued',
      businessDate: '2024-02-20',
      objectId: invoiceId,
      data: {
        id: issued.invoice.id,
        status: issued.invoice.status,
        number: issued.invoice.number,
        issuedAmount: issued.invoice.issuedAmount,
        issuedOn: '2024-02-19',
        payment: { id: paid.payment.id },
      },
    });
  });
});

describe('the list', () => {
  /** `count` events of a new account, seeded by SQL. */
  async function seeded(count: number): Promise<{ accountId: string; ids: string[] }> {
    const accountId = await createAccount(api);
    const rows: Array<{ id: string }> = await api.db.query(
      `INSERT INTO billing_events (type, account_id, occurred_at, business_date, test_mode, object_type, object_id, data)
       SELECT 'order.created', $1, now(), '2024-01-01', false, 'Order', gen_random_uuid(), jsonb_build_object('n', g)
         FROM generate_series(1, $2::int) g ORDER BY g RETURNING id`,
      [localId(accountId), count],
    );
    return { accountId, ids: rows.map((row) => row.id) };
  }

  it('pages forwards and backwards, both orders, without skips or repeats', async () => {
    const { accountId } = await seeded(47);
    const all = (await page({ accountId, first: 100 })).edges.map((edge) => edge.node.id);
    expect(all).toHaveLength(47);
    expect((await page({ accountId, first: 100 })).edges.map((edge) => edge.node.data.n)).toEqual(
      Array.from({ length: 47 }, (_, i) => i + 1),
    );

    const forwards: string[] = [];
    let after: string | null = null;
    for (;;) {
      const p: Page = await page({ accountId, first: 10, after });
      forwards.push(...p.edges.map((edge) => edge.node.id));
      expect(p.totalCount).toBe(47);
      if (!p.pageInfo.hasNextPage) break;
      after = p.pageInfo.endCursor;
    }
    expect(forwards).toEqual(all);

    const backwards: string[] = [];
    let before: string | null = null;
    for (;;) {
      const p: Page = await page({ accountId, last: 10, before });
      backwards.unshift(...p.edges.map((edge) => edge.node.id));
      if (!p.pageInfo.hasPreviousPage) break;
      before = p.pageInfo.startCursor;
    }
    expect(backwards).toEqual(all);

    const newest: string[] = [];
    after = null;
    for (;;) {
      const p: Page = await page({ accountId, first: 20, after, orderBy: 'NEWEST_FIRST' });
      newest.push(...p.edges.map((edge) => edge.node.id));
      if (!p.pageInfo.hasNextPage) break;
      after = p.pageInfo.endCursor;
    }
    expect(newest).toEqual([...all].reverse());
  });

  it('a customer admin sees only its own account’s events; a member is FORBIDDEN; an unknown type is BAD_USER_INPUT', async () => {
    const mine = await seeded(3);
    const theirs = await seeded(2);
    const admin = await tokenFor(api, mine.accountId);
    const member = await tokenFor(api, mine.accountId, 'CUSTOMER_MEMBER');

    const own = await page({ first: 100 }, admin);
    expect(own.totalCount).toBe(3);
    expect(own.edges.every((edge) => edge.node.account.id === mine.accountId)).toBe(true);
    expect((await page({ accountId: mine.accountId }, admin)).totalCount).toBe(3);
    const foreign = await page({ accountId: theirs.accountId }, admin);
    expect(foreign.edges).toEqual([]);
    expect(foreign.totalCount).toBe(0);
    const theirEvent = (await page({ accountId: theirs.accountId })).edges[0]!.node.id;
    const hidden = await api.gql(
      `query($id: ID!) { billingEvent(id: $id) { id } }`,
      {
        id: theirEvent,
      },
      admin,
    );
    expect(hidden.errors).toBeUndefined();
    expect(hidden.data!.billingEvent).toBeNull();

    const forbidden = await billingEvents({ first: 5 }, member);
    expect(forbidden.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    const forbiddenOne = await api.gql(
      `query($id: ID!) { billingEvent(id: $id) { id } }`,
      {
        id: own.edges[0]!.node.id,
      },
      member,
    );
    expect(forbiddenOne.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');

    const unknown = await billingEvents({ types: ['order.paid', 'order.shipped'] });
    expect(unknown.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    expect(unknown.errors?.[0]?.message).toContain('“order.shipped”');
    expect(unknown.errors?.[0]?.message).toContain('"refund.paid_out"');
  });
});
