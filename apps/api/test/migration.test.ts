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

/** 3 EQQ seats bought at 1,000 (opened 2021-04-20, activated 2021-05-01, period end 2022-05-01). */
const threeEqqSeats = () =>
  activeSubscription(api, { openOn: '2021-04-20', activateOn: '2021-05-01', seats: 3 });

async function readSubscription(id: string) {
  const result = await api.gql(
    `query($id: ID!) { subscription(id: $id) { ${SUBSCRIPTION_FIELDS} enterpriseNumber history { cause fromStatus toStatus reason rules { id } } } }`,
    { id },
  );
  expect(result.errors).toBeUndefined();
  return result.data!.subscription;
}

describe('EQQ → Qidian upgrade', () => {
  it('R-MIG-1 R-MIG-2 R-MIG-3 R-MIG-4 the spec example: 3 seats at 1,000 upgraded, 3 Qidian seats added → renewal 6,600.00; 1 removed → 5,600.00', async () => {
    const { clockId, subscriptionId } = await threeEqqSeats();
    await advanceClock(api, clockId, '2021-11-01');
    const before = await readSubscription(subscriptionId);

    const upgraded = await upgradeSubscription(api, subscriptionId);
    expect(upgraded.userErrors).toEqual([]);
    expect(upgraded.order).toMatchObject({
      kind: 'UPGRADE',
      status: 'FULFILLED',
      total: { amount: '0.00' },
      orderDate: '2021-11-01',
      explanation:
        '3 seats moved from EQQ to QIDIAN, period end 2022-05-01 kept (R-MIG-1: upgraded on 2021-11-01, on or before 2021-12-31: original-price promotion; R-MIG-2: 3 seats at ¥1,000.00 per year from EQQ-2010)',
    });
    expect(upgraded.order.lines).toHaveLength(1);
    expect(upgraded.order.lines[0]).toMatchObject({ quantity: 3, amount: { amount: '0.00' } });
    expect(ruleIds(upgraded.order.rules)).toEqual(expect.arrayContaining(['R-MIG-1', 'R-MIG-2']));
    expect(upgraded.subscription).toMatchObject({
      status: 'ACTIVE',
      seats: 3,
      legacySeats: 3,
      product: { code: 'QIDIAN' },
      plan: { code: 'SEATS' },
      currentPeriodEnd: '2022-05-01',
      migration: {
        fromProductCode: 'EQQ',
        upgradedOn: '2021-11-01',
        promotion: true,
        legacySeats: 3,
        legacyUnitPrice: { amount: '1000.00' },
      },
    });
    const after = await readSubscription(subscriptionId);
    expect(after.enterpriseNumber).toBe(before.enterpriseNumber);
    expect(after.history.find((e: { cause: string }) => e.cause === 'UPGRADED')).toMatchObject({
      fromStatus: 'ACTIVE',
      toStatus: 'ACTIVE',
    });

    // Qidian seats: 3 × 120 (tier 3–10 of the total 6) × 6 months; E never grows (R-MIG-4).
    const added = await addSeats(api, subscriptionId, 3);
    expect(added.order).toMatchObject({ total: { amount: '2160.00' } });
    await payOrder(api, added.order.id, '2160.00');
    expect(await readSubscription(subscriptionId)).toMatchObject({ seats: 6, legacySeats: 3 });

    const quoted = await quote(api, {
      action: 'RENEWAL',
      subscriptionId,
      years: 1,
      asOf: '2022-04-01',
    });
    expect(quoted).toMatchObject({
      total: { amount: '6600.00' },
      periodStart: '2022-05-01',
      periodEnd: '2023-05-01',
      userErrors: [],
    });
    expect(quoted.lines).toEqual([
      expect.objectContaining({
        quantity: 3,
        unitPrice: { amount: '1000.00' },
        amount: { amount: '3000.00' },
      }),
      expect.objectContaining({
        quantity: 3,
        unitPrice: { amount: '1200.00' },
        amount: { amount: '3600.00' },
      }),
    ]);
    expect(ruleIds(quoted.rules)).toContain('R-MIG-3');
    expect(quoted.explanation).toMatch(
      /^\(3 legacy seats × ¥1,000.00 \+ 3 seats × ¥1,200.00\) × 1 year = ¥6,600.00 \(R-MIG-3/,
    );

    const removed = await removeSeats(api, subscriptionId, 1);
    expect(removed.subscription).toMatchObject({
      seats: 5,
      legacySeats: 2,
      migration: { legacySeats: 2, legacyUnitPrice: { amount: '1000.00' } },
    });
    const event = (await readSubscription(subscriptionId)).history.find(
      (e: { cause: string }) => e.cause === 'SEATS_REMOVED',
    );
    expect(ruleIds(event.rules)).toContain('R-MIG-4');
    const requoted = await quote(api, {
      action: 'RENEWAL',
      subscriptionId,
      years: 1,
      asOf: '2022-04-01',
    });
    expect(requoted.total).toEqual({ amount: '5600.00', currency: 'CNY' });

    // EQQ's service end (2022-01-31) no longer applies; the renewal is priced as quoted.
    await advanceClock(api, clockId, '2022-04-01');
    expect(await readSubscription(subscriptionId)).toMatchObject({
      status: 'ACTIVE',
      product: { code: 'QIDIAN' },
    });
    const renewed = await renewSubscription(api, subscriptionId);
    expect(renewed.order).toMatchObject({
      total: { amount: '5600.00' },
      periodStart: '2022-05-01',
      periodEnd: '2023-05-01',
    });
    const paid = await payOrder(api, renewed.order.id, '5600.00');
    expect(paid.order.status).toBe('FULFILLED');
    // R-MIG-3: the promotion serves every renewal.
    expect(await readSubscription(subscriptionId)).toMatchObject({
      seats: 5,
      legacySeats: 2,
      currentPeriodEnd: '2023-05-01',
      migration: { promotion: true },
    });
  });

  it('R-MIG-1 an upgrade on 2022-01-01 gets no promotion: no legacy seats, renewals at the Qidian market price', async () => {
    const { clockId, subscriptionId } = await threeEqqSeats();
    await advanceClock(api, clockId, '2022-01-01');
    const upgraded = await upgradeSubscription(api, subscriptionId);
    expect(upgraded.userErrors).toEqual([]);
    expect(ruleIds(upgraded.order.rules)).not.toContain('R-MIG-2');
    expect(upgraded.order.explanation).toMatch(/after 2021-12-31: no original-price promotion/);
    expect(upgraded.subscription).toMatchObject({
      seats: 3,
      legacySeats: 0,
      currentPeriodEnd: '2022-05-01',
      migration: { promotion: false, legacySeats: 0 },
    });
    const quoted = await quote(api, {
      action: 'RENEWAL',
      subscriptionId,
      years: 1,
      asOf: '2022-04-01',
    });
    expect(quoted.total).toEqual({ amount: '3600.00', currency: 'CNY' }); // 3 × 1,200
  });

  it('R-CAT-4 an EQQ subscription not upgraded ends on 2022-01-31 and can no longer be upgraded', async () => {
    const { clockId, subscriptionId } = await threeEqqSeats();
    await advanceClock(api, clockId, '2022-01-31');
    expect(await readSubscription(subscriptionId)).toMatchObject({ status: 'TERMINATED' });
    const refused = await upgradeSubscription(api, subscriptionId);
    expect(refused.subscription).toBeNull();
    expect(refused.userErrors[0]).toMatchObject({ code: 'INVALID_STATE' });
  });

  it('R-MIG-1 only the upgrade path is accepted: another target or a Qidian subscription is INVALID_INPUT; nothing is written', async () => {
    const { clockId, subscriptionId } = await threeEqqSeats();
    await advanceClock(api, clockId, '2021-11-01');
    const wrongTarget = await upgradeSubscription(api, subscriptionId, 'EXMAIL');
    expect(wrongTarget.userErrors).toEqual([
      {
        code: 'INVALID_INPUT',
        field: ['toProductCode'],
        message: 'EQQ upgrades to QIDIAN, not EXMAIL: the target product must be QIDIAN (R-MIG-1)',
      },
    ]);
    const [{ count }] = await api.db.query(
      `SELECT count(*)::int AS count FROM orders WHERE subscription_id = $1 AND kind = 'UPGRADE'`,
      [localId(subscriptionId)],
    );
    expect(count).toBe(0);
    expect(await readSubscription(subscriptionId)).toMatchObject({
      product: { code: 'EQQ' },
      migration: null,
    });

    const idem = key('upgrade-once');
    const first = await upgradeSubscription(api, subscriptionId, 'QIDIAN', undefined, idem);
    const replay = await upgradeSubscription(api, subscriptionId, 'QIDIAN', undefined, idem);
    expect(replay.order.id).toBe(first.order.id);
    const twice = await upgradeSubscription(api, subscriptionId);
    expect(twice.userErrors[0]).toMatchObject({ code: 'INVALID_INPUT', field: ['subscriptionId'] });
  });
});
