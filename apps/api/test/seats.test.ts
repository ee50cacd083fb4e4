import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import {
  SUBSCRIPTION_FIELDS,
  activeSubscription,
  addSeats,
  advanceClock,
  expectBooksBalanced,
  key,
  localId,
  payOrder,
  quote,
  removeSeats,
  renewSubscription,
  ruleIds,
  tokenFor,
  upgradeSubscription,
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

/** 5 EQQ seats: opened 2021-04-20, paid, verified, activated 2021-05-01 → period [2021-05-01, 2022-05-01). */
const fiveEqqSeats = () =>
  activeSubscription(api, { openOn: '2021-04-20', activateOn: '2021-05-01', seats: 5 });

async function readSubscription(id: string, token?: string) {
  const result = await api.gql(
    `query($id: ID!) { subscription(id: $id) { ${SUBSCRIPTION_FIELDS} history { cause fromStatus toStatus reason rules { id } } } }`,
    { id },
    token,
  );
  expect(result.errors).toBeUndefined();
  return result.data!.subscription;
}

async function countOrders(subscriptionId: string, kind: string): Promise<number> {
  const [{ count }] = await api.db.query(
    `SELECT count(*)::int AS count FROM orders WHERE subscription_id = $1 AND kind = $2`,
    [localId(subscriptionId), kind],
  );
  return count;
}

describe('adding seats', () => {
  it('R-SEAT-3 R-SEAT-4 R-SEAT-2: 5 seats activated 2021-05-01, add 6 on 2021-10-10 → 6 × 95 × 7 months = 3,990.00; the seats count once paid', async () => {
    const { clockId, subscriptionId } = await fiveEqqSeats();
    await advanceClock(api, clockId, '2021-10-10');
    const added = await addSeats(api, subscriptionId, 6);
    expect(added.userErrors).toEqual([]);
    expect(added.order).toMatchObject({
      kind: 'ADD_SEATS',
      status: 'AWAITING_PAYMENT',
      seats: 6,
      orderDate: '2021-10-10',
      periodStart: '2021-10-10',
      periodEnd: '2022-05-01',
      total: { amount: '3990.00' },
      explanation:
        '6 seats × ¥95.00 × 7 months = ¥3,990.00 (R-SEAT-3: 6 months and 21 days rounded to 7; R-SEAT-4: tier 11–20)',
    });
    expect(added.order.lines).toHaveLength(1);
    expect(added.order.lines[0]).toMatchObject({
      quantity: 6,
      months: 7,
      unitPrice: { amount: '95.00' },
      amount: { amount: '3990.00' },
    });
    expect(ruleIds(added.order.lines[0].rules)).toEqual(['R-SEAT-3', 'R-SEAT-4']);
    expect(ruleIds(added.order.rules)).toEqual(
      expect.arrayContaining(['R-SEAT-1', 'R-SEAT-2', 'R-SEAT-3', 'R-SEAT-4', 'R-CAT-3']),
    );
    // Not paid yet: the seats are reserved, not held.
    expect(added.subscription).toMatchObject({ seats: 5, pendingSeats: 6 });

    const paid = await payOrder(api, added.order.id, '3990.00');
    expect(paid.order).toMatchObject({ status: 'FULFILLED', paidOn: '2021-10-10' });
    expect(await readSubscription(subscriptionId)).toMatchObject({
      seats: 11,
      pendingSeats: 0,
      currentPeriodEnd: '2022-05-01',
    });
  });

  it('R-SEAT-3 an add on 2021-10-16 (15 days left over) bills 6 months: 6 × 95 × 6 = 3,420.00', async () => {
    const { clockId, subscriptionId } = await fiveEqqSeats();
    await advanceClock(api, clockId, '2021-10-16');
    const added = await addSeats(api, subscriptionId, 6);
    expect(added.order).toMatchObject({ total: { amount: '3420.00' } });
    expect(added.order.lines[0]).toMatchObject({
      quantity: 6,
      months: 6,
      unitPrice: { amount: '95.00' },
      amount: { amount: '3420.00' },
    });
    expect(added.order.explanation).toMatch(/R-SEAT-3: 6 months and 15 days rounded to 6/);
  });

  it('R-SEAT-3 an add 11 days before the period end bills 0 months: paid in full as placed, the seats count at once', async () => {
    const { clockId, subscriptionId } = await activeSubscription(api, {
      openOn: '2021-04-20',
      activateOn: '2021-05-01',
      seats: 5,
      productCode: 'QIDIAN',
    });
    await advanceClock(api, clockId, '2022-04-20');
    const added = await addSeats(api, subscriptionId, 2);
    expect(added.userErrors).toEqual([]);
    expect(added.order).toMatchObject({ status: 'FULFILLED', total: { amount: '0.00' } });
    expect(added.order.lines[0]).toMatchObject({
      quantity: 2,
      months: 0,
      unitPrice: { amount: '120.00' },
      amount: { amount: '0.00' },
    });
    expect(added.subscription).toMatchObject({ seats: 7, pendingSeats: 0 });
  });

  it('R-SEAT-1 R-LIFE-2 seats cannot be added in grace: INVALID_STATE and no order written', async () => {
    // Period [2020-10-01, 2021-10-01): grace from 2021-10-01 (before the EQQ sunset).
    const { clockId, subscriptionId } = await activeSubscription(api, {
      openOn: '2020-09-20',
      activateOn: '2020-10-01',
      seats: 5,
    });
    await advanceClock(api, clockId, '2021-10-05');
    expect(await readSubscription(subscriptionId)).toMatchObject({ status: 'GRACE', seats: 5 });
    const refused = await addSeats(api, subscriptionId, 1);
    expect(refused.order).toBeNull();
    expect(refused.userErrors).toHaveLength(1);
    expect(refused.userErrors[0]).toMatchObject({ code: 'INVALID_STATE' });
    expect(refused.userErrors[0].message).toMatch(/ACTIVE.*GRACE.*R-SEAT-1/);
    expect(await countOrders(subscriptionId, 'ADD_SEATS')).toBe(0);
  });

  it('R-CAT-3 R-SEAT-1 a new total of 51 is a SEAT_LIMIT userError on ["seats"] and writes nothing', async () => {
    const { clockId, subscriptionId } = await fiveEqqSeats();
    await advanceClock(api, clockId, '2021-10-10');
    const refused = await addSeats(api, subscriptionId, 46);
    expect(refused.order).toBeNull();
    expect(refused.userErrors).toEqual([
      {
        code: 'SEAT_LIMIT',
        field: ['seats'],
        message:
          "Adding 46 seats to 5 makes 51, above the plan's maximum of 50: add at most 45 (R-SEAT-1, R-CAT-3)",
      },
    ]);
    expect(await countOrders(subscriptionId, 'ADD_SEATS')).toBe(0);
    const fits = await addSeats(api, subscriptionId, 45);
    expect(fits.order).toMatchObject({ total: { amount: '28350.00' } }); // 45 × 90 (tier 21–50) × 7
  });

  it('R-CAT-3 R-SEAT-1 seats of add-seat orders awaiting payment are reserved against the maximum', async () => {
    const { clockId, subscriptionId } = await fiveEqqSeats();
    await advanceClock(api, clockId, '2021-10-10');
    const first = await addSeats(api, subscriptionId, 40);
    expect(first.order).toMatchObject({
      status: 'AWAITING_PAYMENT',
      total: { amount: '25200.00' },
    }); // 40 × 90 × 7
    expect(first.subscription).toMatchObject({ seats: 5, pendingSeats: 40 });
    const over = await addSeats(api, subscriptionId, 6);
    expect(over.order).toBeNull();
    expect(over.userErrors[0]).toMatchObject({ code: 'SEAT_LIMIT', field: ['seats'] });
    expect(over.userErrors[0].message).toBe(
      '40 seats of add-seat orders awaiting payment are reserved: 11 + 40 seats. Plan SEATS allows 3–50 seats, got 51: choose a seat count in that range (R-CAT-3)',
    );
    // Priced on the seats held (a pending order may never be paid): 5 + 5 = 10 → tier 3–10.
    const second = await addSeats(api, subscriptionId, 5);
    expect(second.order).toMatchObject({ total: { amount: '3500.00' } }); // 5 × 100 × 7
    expect(second.subscription).toMatchObject({ seats: 5, pendingSeats: 45 });
    // Paid in either order, each adds what it bought.
    await payOrder(api, second.order.id, '3500.00');
    expect(await readSubscription(subscriptionId)).toMatchObject({ seats: 10, pendingSeats: 40 });
    await payOrder(api, first.order.id, '25200.00');
    expect(await readSubscription(subscriptionId)).toMatchObject({ seats: 50, pendingSeats: 0 });
    expect((await addSeats(api, subscriptionId, 1)).userErrors[0]).toMatchObject({
      code: 'SEAT_LIMIT',
    });
  });

  it('R-CAT-4 no seats can be bought for EQQ on or after renewalsEndOn 2021-10-28: PRODUCT_SUNSET', async () => {
    const { clockId, subscriptionId } = await fiveEqqSeats();
    await advanceClock(api, clockId, '2021-10-28');
    const refused = await addSeats(api, subscriptionId, 1);
    expect(refused.order).toBeNull();
    expect(refused.userErrors[0]).toMatchObject({ code: 'PRODUCT_SUNSET' });
    expect(refused.userErrors[0].message).toMatch(/2021-10-28: .* \(R-CAT-4\)$/);
  });

  it('the same idempotency key returns the first order; another input with it is IDEMPOTENCY_KEY_REUSED', async () => {
    const { clockId, subscriptionId } = await fiveEqqSeats();
    await advanceClock(api, clockId, '2021-10-10');
    const idem = key('add-same');
    const first = await addSeats(api, subscriptionId, 6, undefined, idem);
    const again = await addSeats(api, subscriptionId, 6, undefined, idem);
    expect(again.order.id).toBe(first.order.id);
    expect(again.subscription.pendingSeats).toBe(6);
    const reused = await addSeats(api, subscriptionId, 7, undefined, idem);
    expect(reused.order).toBeNull();
    expect(reused.userErrors[0]).toMatchObject({
      code: 'IDEMPOTENCY_KEY_REUSED',
      field: ['idempotencyKey'],
    });
    expect(await countOrders(subscriptionId, 'ADD_SEATS')).toBe(1);
  });
});

describe('removing seats', () => {
  it('R-SEAT-5 R-LIFE-6 the count drops at once, nothing is refunded, the change is recorded; not below minSeats', async () => {
    const { accountId, clockId, subscriptionId } = await fiveEqqSeats();
    await advanceClock(api, clockId, '2021-06-15');
    const admin = await tokenFor(api, accountId);
    const removed = await removeSeats(api, subscriptionId, 2, admin);
    expect(removed.userErrors).toEqual([]);
    expect(removed.subscription).toMatchObject({ seats: 3, legacySeats: 0, status: 'ACTIVE' });
    const sub = await readSubscription(subscriptionId);
    const event = sub.history.find((e: { cause: string }) => e.cause === 'SEATS_REMOVED');
    expect(event).toMatchObject({
      fromStatus: 'ACTIVE',
      toStatus: 'ACTIVE',
      reason: '5 → 3 seats from 2021-06-15, no refund (R-SEAT-5); the next renewal bills 3',
    });
    expect(ruleIds(event.rules)).toEqual(expect.arrayContaining(['R-SEAT-5', 'R-REF-NONREF']));
    const [{ refunds }] = await api.db.query(
      `SELECT count(*)::int AS refunds FROM refunds WHERE account_id = $1`,
      [localId(accountId)],
    );
    expect(refunds).toBe(0);
    const [audit] = await api.db.query(
      `SELECT before, after FROM audit_log WHERE action = 'removeSeats' AND object_id = $1`,
      [localId(subscriptionId)],
    );
    expect(audit).toMatchObject({ before: { seats: 5 }, after: { seats: 3, refund: 0 } });

    const belowMin = await removeSeats(api, subscriptionId, 1, admin);
    expect(belowMin.subscription).toBeNull();
    expect(belowMin.userErrors[0]).toMatchObject({ code: 'SEAT_LIMIT', field: ['seats'] });
    expect((await readSubscription(subscriptionId)).seats).toBe(3);
  });
});

describe('isolation', () => {
  it('a customer gets NOT_FOUND for another account’s subscription in addSeats, removeSeats, renewSubscription, upgradeSubscription and quote; nothing is written', async () => {
    const { clockId, subscriptionId } = await fiveEqqSeats();
    await advanceClock(api, clockId, '2021-10-10');
    const { accountId: other } = await activeSubscription(api, {
      openOn: '2021-04-20',
      activateOn: '2021-04-20',
      seats: 3,
    });
    const stranger = await tokenFor(api, other);
    const notFound = {
      code: 'NOT_FOUND',
      field: ['subscriptionId'],
      message:
        'There is no such subscription you can see: check the id, or look the subscription up again in its list',
    };

    const add = await addSeats(api, subscriptionId, 1, stranger);
    expect(add).toEqual({ order: null, subscription: null, userErrors: [notFound] });
    const remove = await removeSeats(api, subscriptionId, 1, stranger);
    expect(remove).toEqual({ subscription: null, userErrors: [notFound] });
    const renew = await renewSubscription(api, subscriptionId, 1, stranger);
    expect(renew).toEqual({ order: null, subscription: null, userErrors: [notFound] });
    const upgrade = await upgradeSubscription(api, subscriptionId, 'QIDIAN', stranger);
    expect(upgrade).toEqual({ subscription: null, order: null, userErrors: [notFound] });
    for (const input of [
      { action: 'ADD_SEATS', subscriptionId, seats: 6 },
      { action: 'RENEWAL', subscriptionId, years: 1 },
    ]) {
      const quoted = await quote(api, input, stranger);
      expect(quoted).toMatchObject({ total: null, lines: [], userErrors: [notFound] });
    }
    const read = await api.gql(
      `query($id: ID!) { subscription(id: $id) { id } }`,
      { id: subscriptionId },
      stranger,
    );
    expect(read.data!.subscription).toBeNull();
    expect(await readSubscription(subscriptionId)).toMatchObject({
      seats: 5,
      pendingSeats: 0,
      product: { code: 'EQQ' },
      migration: null,
    });
    expect(await countOrders(subscriptionId, 'ADD_SEATS')).toBe(0);
  });

  it('a member of the account may quote but not change the subscription (FORBIDDEN: a role that may not do it)', async () => {
    const { accountId, clockId, subscriptionId } = await fiveEqqSeats();
    await advanceClock(api, clockId, '2021-10-10');
    const member = await tokenFor(api, accountId, 'CUSTOMER_MEMBER');
    for (const mutation of ['addSeats', 'removeSeats']) {
      const input = mutation === 'addSeats' ? 'AddSeatsInput' : 'RemoveSeatsInput';
      const denied = await api.gql(
        `mutation($input: ${input}!) { ${mutation}(input: $input) { userErrors { code } } }`,
        {
          input: { subscriptionId, seats: 1, idempotencyKey: `member-${mutation}` },
        },
        member,
      );
      expect(denied.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    }
    expect(
      await quote(api, { action: 'ADD_SEATS', subscriptionId, seats: 6 }, member),
    ).toMatchObject({ total: { amount: '3990.00' }, userErrors: [] });
    const admin = await tokenFor(api, accountId);
    expect(await addSeats(api, subscriptionId, 6, admin)).toMatchObject({
      order: { total: { amount: '3990.00' } },
      userErrors: [],
    });
  });
});
