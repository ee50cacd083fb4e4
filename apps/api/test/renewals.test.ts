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
  renewSubscription,
  ruleIds,
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

async function readSubscription(id: string) {
  const result = await api.gql(
    `query($id: ID!) { subscription(id: $id) { ${SUBSCRIPTION_FIELDS} activatedOn history { cause fromStatus toStatus effectiveOn reason rules { id } } } }`,
    { id },
  );
  expect(result.errors).toBeUndefined();
  return result.data!.subscription;
}

async function renewalOrders(subscriptionId: string): Promise<number> {
  const [{ count }] = await api.db.query(
    `SELECT count(*)::int AS count FROM orders WHERE subscription_id = $1 AND kind = 'RENEWAL'`,
    [localId(subscriptionId)],
  );
  return count;
}

describe('renewing', () => {
  it('R-RENEW-1 R-RENEW-3 R-RENEW-5 refused before the window, then 5 seats grown to 11 renew at 11 × 950 = 10,450.00 from the previous end', async () => {
    // EQQ period [2020-10-01, 2021-10-01): the window opens 2021-09-01, before the sunset (2021-10-28).
    const { clockId, subscriptionId } = await activeSubscription(api, {
      openOn: '2020-09-20',
      activateOn: '2020-10-01',
      seats: 5,
    });
    await advanceClock(api, clockId, '2021-03-10');
    const added = await addSeats(api, subscriptionId, 6);
    expect(added.order).toMatchObject({ total: { amount: '3990.00' } }); // 6 × 95 × 7 months (to 2021-10-01)
    await payOrder(api, added.order.id, '3990.00');

    await advanceClock(api, clockId, '2021-08-31');
    const early = await renewSubscription(api, subscriptionId);
    expect(early.order).toBeNull();
    expect(early.userErrors).toEqual([
      {
        code: 'OUTSIDE_WINDOW',
        field: null,
        message:
          'Renewal opens on 2021-09-01, 1 month before the period end 2021-10-01: renew on or after that date (R-RENEW-1)',
      },
    ]);
    expect(await renewalOrders(subscriptionId)).toBe(0);

    await advanceClock(api, clockId, '2021-09-01');
    expect((await readSubscription(subscriptionId)).renewalOpensOn).toBe('2021-09-01');
    const twoYears = await renewSubscription(api, subscriptionId, 2);
    expect(twoYears.userErrors[0]).toMatchObject({ code: 'INVALID_INPUT' }); // R-RENEW-2: EQQ renews exactly 1 year
    const renewed = await renewSubscription(api, subscriptionId, 1);
    expect(renewed.userErrors).toEqual([]);
    expect(renewed.order).toMatchObject({
      kind: 'RENEWAL',
      status: 'AWAITING_PAYMENT',
      years: 1,
      seats: 11,
      total: { amount: '10450.00' },
      periodStart: '2021-10-01',
      periodEnd: '2022-10-01',
      fulfilmentDueOn: null,
    });
    expect(renewed.order.lines).toEqual([
      expect.objectContaining({
        quantity: 11,
        months: null,
        unitPrice: { amount: '950.00' },
        amount: { amount: '10450.00' },
      }),
    ]);
    expect(ruleIds(renewed.order.lines[0].rules)).toContain('R-RENEW-3');
    expect(ruleIds(renewed.order.rules)).toEqual(
      expect.arrayContaining(['R-RENEW-1', 'R-RENEW-2', 'R-RENEW-3']),
    );
    expect(renewed.order.explanation).toMatch(
      /^11 seats × ¥950.00 × 1 year = ¥10,450.00 \(R-RENEW-3: price book EQQ-2010 in force on 2021-09-01/,
    );
    // One renewal order at a time: a second would pay for the same year.
    const second = await renewSubscription(api, subscriptionId);
    expect(second.userErrors[0]).toMatchObject({ code: 'INVALID_STATE' });
    expect(await renewalOrders(subscriptionId)).toBe(1);

    const paid = await payOrder(api, renewed.order.id, '10450.00');
    // Paid Wed 2021-09-01: 3 working days → 09-02, 09-03, 09-06 (R-RENEW-5, R-TIME-3).
    expect(paid.order).toMatchObject({
      status: 'FULFILLED',
      paidOn: '2021-09-01',
      fulfilmentDueOn: '2021-09-06',
    });
    expect(await readSubscription(subscriptionId)).toMatchObject({
      status: 'ACTIVE',
      seats: 11,
      currentPeriodEnd: '2022-10-01',
      renewalOpensOn: '2022-09-01',
    });
    // The window moved with the period end.
    expect((await renewSubscription(api, subscriptionId)).userErrors[0]).toMatchObject({
      code: 'OUTSIDE_WINDOW',
    });
  });

  it('R-RENEW-2 R-LIFE-2 R-RENEW-5 ordered 2022-04-15, paid in grace on 2022-05-20 → new period [2022-05-01, 2023-05-01), ACTIVE again, due 2022-05-25', async () => {
    const { clockId, subscriptionId } = await activeSubscription(api, {
      openOn: '2021-04-20',
      activateOn: '2021-05-01',
      seats: 5,
      productCode: 'QIDIAN',
    });
    await advanceClock(api, clockId, '2022-04-15');
    const renewed = await renewSubscription(api, subscriptionId);
    expect(renewed.order).toMatchObject({
      total: { amount: '6000.00' },
      periodStart: '2022-05-01',
      periodEnd: '2023-05-01',
    }); // 5 × 1,200

    await advanceClock(api, clockId, '2022-05-20');
    expect(await readSubscription(subscriptionId)).toMatchObject({
      status: 'GRACE',
      graceEndsOn: '2022-05-31',
    });
    const paid = await payOrder(api, renewed.order.id, '6000.00');
    // Fri 2022-05-20 + 3 working days → 05-23, 05-24, 05-25.
    expect(paid.order).toMatchObject({
      status: 'FULFILLED',
      paidOn: '2022-05-20',
      fulfilmentDueOn: '2022-05-25',
      periodStart: '2022-05-01',
      periodEnd: '2023-05-01',
    });
    const sub = await readSubscription(subscriptionId);
    // The current period is the renewed one; the first period's start stays as activatedOn.
    expect(sub).toMatchObject({
      status: 'ACTIVE',
      activatedOn: '2021-05-01',
      currentPeriodStart: '2022-05-01',
      currentPeriodEnd: '2023-05-01',
      expiresOn: '2023-04-30',
      renewalOpensOn: '2023-04-01',
      graceEndsOn: '2023-05-31',
    });
    const event = sub.history.find((e: { cause: string }) => e.cause === 'RENEWED');
    expect(event).toMatchObject({
      fromStatus: 'GRACE',
      toStatus: 'ACTIVE',
      effectiveOn: '2022-05-20',
      reason:
        'Renewed in grace: new period [2022-05-01, 2023-05-01), continuing from the previous period end (R-RENEW-2)',
    });
    expect(ruleIds(event.rules)).toEqual(['R-RENEW-2', 'R-LIFE-2']);
    const [row] = await api.db.query(
      `SELECT activated_on, period_start, period_end FROM subscriptions WHERE id = $1`,
      [localId(subscriptionId)],
    );
    expect(row).toEqual({
      activated_on: '2021-05-01',
      period_start: '2022-05-01',
      period_end: '2023-05-01',
    });
  });

  it('R-RENEW-2 R-RENEW-1 R-LIFE-4 a renewal paid before the period end: the current period becomes [previous end, new end), the history shows it, the next window and reminders follow the new period', async () => {
    const { clockId, subscriptionId } = await activeSubscription(api, {
      openOn: '2021-04-20',
      activateOn: '2021-05-01',
      seats: 5,
      productCode: 'QIDIAN',
    });
    await advanceClock(api, clockId, '2022-04-10');
    const renewed = await renewSubscription(api, subscriptionId);
    expect(renewed.userErrors).toEqual([]);
    await payOrder(api, renewed.order.id, renewed.order.total.amount);
    const sub = await readSubscription(subscriptionId);
    expect(sub).toMatchObject({
      status: 'ACTIVE',
      activatedOn: '2021-05-01',
      currentPeriodStart: '2022-05-01',
      currentPeriodEnd: '2023-05-01',
      renewalOpensOn: '2023-04-01',
    });
    const events = sub.history.filter((e: { cause: string }) => e.cause === 'RENEWED');
    expect(events).toHaveLength(1);
    expect(events[0]).toMatchObject({
      fromStatus: 'ACTIVE',
      toStatus: 'ACTIVE',
      effectiveOn: '2022-04-10',
      reason:
        'Renewed: new period [2022-05-01, 2023-05-01), continuing from the previous period end (R-RENEW-2)',
    });
    expect(ruleIds(events[0].rules)).toEqual(['R-RENEW-2']);

    // The old period's end passes without grace; a second renewal continues from 2023-05-01.
    await advanceClock(api, clockId, '2022-05-01');
    expect((await readSubscription(subscriptionId)).status).toBe('ACTIVE');
    await advanceClock(api, clockId, '2023-04-01');
    const reminders = await api.gql(
      `query($id: ID!) { subscription(id: $id) { reminders { kind dueOn periodEnd } } }`,
      { id: subscriptionId },
    );
    // R-LIFE-4: no 7-day reminder for the old period end once renewed; the new window's reminder is sent.
    expect(reminders.data!.subscription.reminders).toEqual([
      { kind: 'WINDOW_OPENS', dueOn: '2022-04-01', periodEnd: '2022-05-01' },
      { kind: 'WINDOW_OPENS', dueOn: '2023-04-01', periodEnd: '2023-05-01' },
    ]);
    const second = await renewSubscription(api, subscriptionId);
    expect(second.userErrors).toEqual([]);
    expect(second.order).toMatchObject({ periodStart: '2023-05-01', periodEnd: '2024-05-01' });
    await payOrder(api, second.order.id, second.order.total.amount);
    expect(await readSubscription(subscriptionId)).toMatchObject({
      activatedOn: '2021-05-01',
      currentPeriodStart: '2023-05-01',
      currentPeriodEnd: '2024-05-01',
    });
  });

  it('R-RENEW-1 R-LIFE-2 a renewal placed in grace is allowed; R-RENEW-2 other products renew up to 3 years at once', async () => {
    const { clockId, subscriptionId } = await activeSubscription(api, {
      openOn: '2021-04-20',
      activateOn: '2021-05-01',
      seats: 5,
      productCode: 'QIDIAN',
    });
    await advanceClock(api, clockId, '2022-05-31');
    const renewed = await renewSubscription(api, subscriptionId, 3);
    expect(renewed.userErrors).toEqual([]);
    expect(renewed.order).toMatchObject({
      years: 3,
      total: { amount: '18000.00' },
      periodStart: '2022-05-01',
      periodEnd: '2025-05-01',
    });
    expect(ruleIds(renewed.order.rules)).toEqual(
      expect.arrayContaining(['R-RENEW-1', 'R-LIFE-2', 'R-RENEW-2']),
    );
  });

  it('R-LIFE-3 a recycled subscription cannot be renewed: INVALID_STATE, no order', async () => {
    const { clockId, subscriptionId } = await activeSubscription(api, {
      openOn: '2021-04-20',
      activateOn: '2021-05-01',
      seats: 5,
      productCode: 'QIDIAN',
    });
    await advanceClock(api, clockId, '2022-06-01');
    const refused = await renewSubscription(api, subscriptionId);
    expect(refused.userErrors[0]).toMatchObject({ code: 'INVALID_STATE' });
    expect(refused.userErrors[0].message).toMatch(/R-LIFE-3/);
    expect(await renewalOrders(subscriptionId)).toBe(0);
  });

  it('R-CAT-4 EQQ takes no renewal on or after 2021-10-28: PRODUCT_SUNSET, no order', async () => {
    // Period [2020-11-01, 2021-11-01): the window opens 2021-10-01.
    const { clockId, subscriptionId } = await activeSubscription(api, {
      openOn: '2020-10-20',
      activateOn: '2020-11-01',
      seats: 3,
    });
    await advanceClock(api, clockId, '2021-10-28');
    const refused = await renewSubscription(api, subscriptionId);
    expect(refused.order).toBeNull();
    expect(refused.userErrors).toEqual([
      {
        code: 'PRODUCT_SUNSET',
        field: null,
        message:
          'The product takes no renewals on or after 2021-10-28: use the service until it ends, or open a subscription to another product (R-CAT-4)',
      },
    ]);
    expect(await renewalOrders(subscriptionId)).toBe(0);
  });

  it('idempotency: the same key returns the first renewal order', async () => {
    const { clockId, subscriptionId } = await activeSubscription(api, {
      openOn: '2021-04-20',
      activateOn: '2021-05-01',
      seats: 5,
      productCode: 'QIDIAN',
    });
    await advanceClock(api, clockId, '2022-04-15');
    const idem = key('renew-same');
    const first = await renewSubscription(api, subscriptionId, 1, undefined, idem);
    const again = await renewSubscription(api, subscriptionId, 1, undefined, idem);
    expect(again.order.id).toBe(first.order.id);
    expect(
      (await renewSubscription(api, subscriptionId, 2, undefined, idem)).userErrors[0],
    ).toMatchObject({ code: 'IDEMPOTENCY_KEY_REUSED' });
  });
});

describe('legacy prices', () => {
  it('R-LEGACY-1 R-LEGACY-2 an account opened in 2009 gets one add-seat purchase and its first renewal at the pre-2010 book, then the 2010 book', async () => {
    const { clockId, subscriptionId, openingOrderId } = await activeSubscription(api, {
      openOn: '2009-06-01',
      activateOn: '2009-06-10',
      seats: 5,
    });
    const opening = await api.gql(`query($id: ID!) { order(id: $id) { total { amount } } }`, {
      id: openingOrderId,
    });
    expect(opening.data!.order.total.amount).toBe('4000.00'); // 5 × 800 (EQQ-2000)

    // Period [2009-06-10, 2010-06-10); 2010-04-10 → 2 months exactly.
    await advanceClock(api, clockId, '2010-04-10');
    const legacyAdd = await addSeats(api, subscriptionId, 1);
    expect(legacyAdd.order).toMatchObject({ total: { amount: '160.00' } }); // 1 × 80 × 2
    expect(legacyAdd.order.lines[0]).toMatchObject({ months: 2, unitPrice: { amount: '80.00' } });
    expect(ruleIds(legacyAdd.order.lines[0].rules)).toContain('R-LEGACY-2');
    // The one legacy purchase is reserved by the order awaiting payment: the next is at the 2010 book.
    const marketAdd = await addSeats(api, subscriptionId, 1);
    expect(marketAdd.order).toMatchObject({ total: { amount: '200.00' } }); // 1 × 100 × 2 (tier 3–10)
    expect(ruleIds(marketAdd.order.rules)).not.toContain('R-LEGACY-2');
    await payOrder(api, marketAdd.order.id, '200.00');
    await payOrder(api, legacyAdd.order.id, '160.00');
    expect(await readSubscription(subscriptionId)).toMatchObject({ seats: 7, pendingSeats: 0 });
    const third = await addSeats(api, subscriptionId, 1);
    expect(third.order).toMatchObject({ total: { amount: '200.00' } });
    expect(ruleIds(third.order.rules)).not.toContain('R-LEGACY-2');
    await payOrder(api, third.order.id, '200.00');

    await advanceClock(api, clockId, '2010-05-10');
    const firstRenewal = await renewSubscription(api, subscriptionId);
    expect(firstRenewal.order).toMatchObject({
      total: { amount: '6400.00' },
      periodStart: '2010-06-10',
      periodEnd: '2011-06-10',
    }); // 8 × 800
    expect(ruleIds(firstRenewal.order.lines[0].rules)).toEqual(
      expect.arrayContaining(['R-RENEW-3', 'R-LEGACY-1']),
    );
    expect(firstRenewal.order.explanation).toMatch(
      /R-LEGACY-1: first renewal at the opening price book EQQ-2000/,
    );
    await payOrder(api, firstRenewal.order.id, '6400.00');

    await advanceClock(api, clockId, '2011-05-10');
    const secondRenewal = await renewSubscription(api, subscriptionId);
    expect(secondRenewal.order).toMatchObject({
      total: { amount: '8000.00' },
      periodStart: '2011-06-10',
      periodEnd: '2012-06-10',
    }); // 8 × 1,000
    expect(ruleIds(secondRenewal.order.rules)).not.toContain('R-LEGACY-1');
    expect(secondRenewal.order.explanation).toMatch(/price book EQQ-2010 in force on 2011-05-10/);
  });
});
