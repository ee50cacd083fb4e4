import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import {
  QUOTE_FIELDS,
  accountAt,
  activeSubscription,
  addSeats,
  advanceClock,
  expectBooksBalanced,
  localId,
  quote,
  ruleIds,
  shanghaiToday,
  tokenFor,
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

/** Every row an account's actions could write, counted (other test files share the database). */
async function rowsOf(accountId: string): Promise<Record<string, number>> {
  const id = localId(accountId);
  const [row] = await api.db.query(
    `SELECT (SELECT count(*) FROM orders WHERE account_id = $1)::int AS orders,
            (SELECT count(*) FROM order_lines l JOIN orders o ON o.id = l.order_id WHERE o.account_id = $1)::int AS lines,
            (SELECT count(*) FROM subscriptions WHERE account_id = $1)::int AS subscriptions,
            (SELECT count(*) FROM subscription_events e JOIN subscriptions s ON s.id = e.subscription_id WHERE s.account_id = $1)::int AS events,
            (SELECT count(*) FROM audit_log WHERE account_id = $1)::int AS audit,
            (SELECT count(*) FROM idempotency_keys WHERE scope = 'account:' || $1)::int AS keys,
            (SELECT coalesce(sum(seats), 0) FROM subscriptions WHERE account_id = $1)::int AS seats`,
    [id],
  );
  return row;
}

describe('quote', () => {
  it('R-OPEN-1 NEW_SUBSCRIPTION: priced on the account’s clock by default, or on asOf (pre-2010 book); no side effect', async () => {
    const { accountId } = await accountAt(api, '2021-04-20');
    const before = await rowsOf(accountId);
    const today = await quote(api, {
      action: 'NEW_SUBSCRIPTION',
      accountId,
      productCode: 'EQQ',
      planCode: 'SEATS',
      seats: 5,
      years: 1,
    });
    expect(today).toMatchObject({
      action: 'NEW_SUBSCRIPTION',
      asOf: '2021-04-20',
      total: { amount: '5000.00', currency: 'CNY' },
      periodStart: '2021-04-20',
      periodEnd: '2022-04-20',
      userErrors: [],
      explanation:
        '5 seats × ¥1,000.00 × 1 year = ¥5,000.00 (R-OPEN-1: price book EQQ-2010 in force on 2021-04-20, tier 3–10)',
    });
    expect(today.lines).toEqual([
      expect.objectContaining({
        quantity: 5,
        unitPrice: { amount: '1000.00' },
        amount: { amount: '5000.00' },
      }),
    ]);
    expect(ruleIds(today.rules)).toContain('R-OPEN-1');
    const in2009 = await quote(api, {
      action: 'NEW_SUBSCRIPTION',
      accountId,
      productCode: 'EQQ',
      planCode: 'SEATS',
      seats: 5,
      years: 1,
      asOf: '2009-12-31',
    });
    expect(in2009).toMatchObject({ asOf: '2009-12-31', total: { amount: '4000.00' } });
    expect(await rowsOf(accountId)).toEqual(before);
  });

  it('R-CAT-4 R-CAT-3 a refused NEW_SUBSCRIPTION quote has total null, no lines, and the refusal in userErrors', async () => {
    const { accountId } = await accountAt(api, '2021-10-28');
    const sunset = await quote(api, {
      action: 'NEW_SUBSCRIPTION',
      accountId,
      productCode: 'EQQ',
      planCode: 'SEATS',
      seats: 5,
      years: 1,
    });
    expect(sunset).toMatchObject({ total: null, lines: [], periodStart: null, periodEnd: null });
    expect(sunset.userErrors).toHaveLength(1);
    expect(sunset.userErrors[0]).toMatchObject({ code: 'PRODUCT_SUNSET' });
    expect(ruleIds(sunset.rules)).toEqual(['R-CAT-4']);
    const tooMany = await quote(api, {
      action: 'NEW_SUBSCRIPTION',
      accountId,
      productCode: 'QIDIAN',
      planCode: 'SEATS',
      seats: 51,
      years: 1,
    });
    expect(tooMany).toMatchObject({
      total: null,
      userErrors: [{ code: 'SEAT_LIMIT', field: ['seats'] }],
    });
  });

  it('NEW_SUBSCRIPTION without an account is priced on the real today (Asia/Shanghai)', async () => {
    const quoted = await quote(api, {
      action: 'NEW_SUBSCRIPTION',
      productCode: 'QIDIAN',
      planCode: 'SEATS',
      seats: 5,
      years: 1,
    });
    expect(quoted.asOf).toBe(shanghaiToday());
    expect(quoted.total).toEqual({ amount: '6000.00', currency: 'CNY' });
  });

  it('R-SEAT-3 R-SEAT-4 ADD_SEATS: the contract example (6 seats on 2021-10-10 → 3,990.00), asOf from the account’s clock; no side effect', async () => {
    const { accountId, clockId, subscriptionId } = await activeSubscription(api, {
      openOn: '2021-04-20',
      activateOn: '2021-05-01',
      seats: 5,
    });
    await advanceClock(api, clockId, '2021-10-10');
    const before = await rowsOf(accountId);
    const quoted = await quote(api, { action: 'ADD_SEATS', subscriptionId, seats: 6 });
    expect(quoted).toMatchObject({
      action: 'ADD_SEATS',
      asOf: '2021-10-10',
      total: { amount: '3990.00', currency: 'CNY' },
      periodStart: '2021-10-10',
      periodEnd: '2022-05-01',
      // R-CAT-4: EQQ's service ends on 2022-01-31, before the period priced ends.
      serviceEndsOn: '2022-01-31',
      explanation:
        '6 seats × ¥95.00 × 7 months = ¥3,990.00 (R-SEAT-3: 6 months and 21 days rounded to 7; R-SEAT-4: tier 11–20)',
      userErrors: [],
    });
    expect(quoted.lines).toEqual([
      {
        description: '6 seats × ¥95.00 × 7 months',
        quantity: 6,
        months: 7,
        unitPrice: { amount: '95.00' },
        amount: { amount: '3990.00' },
        rules: [{ id: 'R-SEAT-3' }, { id: 'R-SEAT-4' }],
      },
    ]);
    const later = await quote(api, {
      action: 'ADD_SEATS',
      subscriptionId,
      seats: 6,
      asOf: '2021-10-16',
    });
    expect(later).toMatchObject({ asOf: '2021-10-16', total: { amount: '3420.00' } });
    expect(later.lines[0].months).toBe(6);
    const refused = await quote(api, { action: 'ADD_SEATS', subscriptionId, seats: 46 });
    expect(refused).toMatchObject({
      total: null,
      lines: [],
      periodStart: null,
      periodEnd: null,
      serviceEndsOn: null,
      userErrors: [{ code: 'SEAT_LIMIT', field: ['seats'] }],
    });
    expect(await rowsOf(accountId)).toEqual(before);

    // It answers what addSeats would: seats of orders awaiting payment are reserved.
    await addSeats(api, subscriptionId, 40);
    expect(await quote(api, { action: 'ADD_SEATS', subscriptionId, seats: 5 })).toMatchObject({
      total: { amount: '3500.00' },
    });
    const reserved = await quote(api, { action: 'ADD_SEATS', subscriptionId, seats: 6 });
    expect(reserved).toMatchObject({
      total: null,
      userErrors: [{ code: 'SEAT_LIMIT', field: ['seats'] }],
    });
    expect(reserved.explanation).toMatch(
      /40 seats of add-seat orders awaiting payment are reserved/,
    );
  });

  it('R-RENEW-1 R-CAT-4 R-RENEW-3 RENEWAL: refused outside the window and for sunset EQQ, priced from the previous end otherwise', async () => {
    const eqq = await activeSubscription(api, {
      openOn: '2021-04-20',
      activateOn: '2021-05-01',
      seats: 5,
    });
    await advanceClock(api, eqq.clockId, '2021-10-10');
    const early = await quote(api, {
      action: 'RENEWAL',
      subscriptionId: eqq.subscriptionId,
      years: 1,
    });
    expect(early).toMatchObject({
      asOf: '2021-10-10',
      total: null,
      userErrors: [{ code: 'OUTSIDE_WINDOW' }],
    });
    expect(ruleIds(early.rules)).toEqual(['R-RENEW-1']);
    const sunset = await quote(api, {
      action: 'RENEWAL',
      subscriptionId: eqq.subscriptionId,
      years: 1,
      asOf: '2022-04-01',
    });
    expect(sunset).toMatchObject({ total: null, userErrors: [{ code: 'PRODUCT_SUNSET' }] });

    const qidian = await activeSubscription(api, {
      openOn: '2021-04-20',
      activateOn: '2021-05-01',
      seats: 11,
      productCode: 'QIDIAN',
    });
    const before = await rowsOf(qidian.accountId);
    const renewal = await quote(api, {
      action: 'RENEWAL',
      subscriptionId: qidian.subscriptionId,
      years: 2,
      asOf: '2022-04-01',
    });
    expect(renewal).toMatchObject({
      total: { amount: '25300.00' },
      periodStart: '2022-05-01',
      periodEnd: '2024-05-01',
      userErrors: [],
    }); // 11 × 1,150 × 2
    expect(renewal.lines).toEqual([
      expect.objectContaining({
        quantity: 11,
        months: null,
        unitPrice: { amount: '1150.00' },
        amount: { amount: '25300.00' },
      }),
    ]);
    expect(ruleIds(renewal.rules)).toEqual(expect.arrayContaining(['R-RENEW-2', 'R-RENEW-3']));
    expect(await rowsOf(qidian.accountId)).toEqual(before);
  });

  it('customers quote only for their own account: another account or its subscription answers NOT_FOUND', async () => {
    const mine = await activeSubscription(api, {
      openOn: '2021-04-20',
      activateOn: '2021-05-01',
      seats: 5,
    });
    const { accountId: theirs } = await accountAt(api, '2021-04-20');
    const member = await tokenFor(api, mine.accountId, 'CUSTOMER_MEMBER');
    // Own account by default: dated by its clock.
    const own = await quote(
      api,
      { action: 'NEW_SUBSCRIPTION', productCode: 'EQQ', planCode: 'SEATS', seats: 3, years: 1 },
      member,
    );
    expect(own).toMatchObject({ asOf: '2021-05-01', total: { amount: '3000.00' } });
    const foreign = await quote(
      api,
      {
        action: 'NEW_SUBSCRIPTION',
        accountId: theirs,
        productCode: 'EQQ',
        planCode: 'SEATS',
        seats: 3,
        years: 1,
      },
      member,
    );
    expect(foreign).toMatchObject({
      total: null,
      userErrors: [{ code: 'NOT_FOUND', field: ['accountId'] }],
    });
    const strangerToken = await tokenFor(api, theirs);
    const stranger = await quote(
      api,
      { action: 'ADD_SEATS', subscriptionId: mine.subscriptionId, seats: 1 },
      strangerToken,
    );
    expect(stranger).toMatchObject({
      total: null,
      userErrors: [{ code: 'NOT_FOUND', field: ['subscriptionId'] }],
    });
    const garbage = await quote(api, { action: 'RENEWAL', subscriptionId: 'not-an-id', years: 1 });
    expect(garbage.userErrors).toEqual(stranger.userErrors);
  });

  it('a quote missing a field its action needs is BAD_USER_INPUT; without credentials UNAUTHENTICATED', async () => {
    const missing = await api.gql(
      `query { quote(input: { action: ADD_SEATS, seats: 6 }) { ${QUOTE_FIELDS} } }`,
    );
    expect(missing.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    const anonymous = await api.gql(
      `query { quote(input: { action: NEW_SUBSCRIPTION, productCode: "EQQ", planCode: "SEATS", seats: 3, years: 1 }) { total { amount } } }`,
      {},
      null,
    );
    expect(anonymous.errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
  });

  it('R-CAT-4 a quote says when the period priced runs past the product’s service end; R-MIG-1 EQQ offers the Qidian upgrade until 2021-12-31', async () => {
    const { accountId } = await accountAt(api, '2021-04-20');
    const priced = (productCode: string, asOf: string) =>
      quote(api, {
        action: 'NEW_SUBSCRIPTION',
        accountId,
        productCode,
        planCode: 'SEATS',
        seats: 5,
        years: 1,
        asOf,
      });
    // EQQ bought on 2021-04-20 would run to 2022-04-20; its service ends on 2022-01-31.
    expect(await priced('EQQ', '2021-04-20')).toMatchObject({
      periodEnd: '2022-04-20',
      serviceEndsOn: '2022-01-31',
    });
    // Bought before 2021-01-31, its year ends by the service end: nothing to say.
    expect(await priced('EQQ', '2021-01-20')).toMatchObject({
      periodEnd: '2022-01-20',
      serviceEndsOn: null,
    });
    // Qidian is not sunset.
    expect(await priced('QIDIAN', '2021-04-20')).toMatchObject({ serviceEndsOn: null });

    const catalog = await api.gql(
      `{ catalog { code renewalsEndOn serviceEndsOn upgrade { toProductCode toPlanCode promotionUpgradeBy } } }`,
    );
    expect(catalog.errors).toBeUndefined();
    const products = new Map(
      catalog.data!.catalog.map((product: { code: string }) => [product.code, product]),
    );
    expect(products.get('EQQ')).toEqual({
      code: 'EQQ',
      renewalsEndOn: '2021-10-28',
      serviceEndsOn: '2022-01-31',
      upgrade: { toProductCode: 'QIDIAN', toPlanCode: 'SEATS', promotionUpgradeBy: '2021-12-31' },
    });
    expect(products.get('QIDIAN')).toMatchObject({ upgrade: null, serviceEndsOn: null });
  });

  it('R-MIG-1 R-CAT-4 an EQQ subscription shows its upgrade offer: with the promotion to 2021-12-31, without it after, none from the service end', async () => {
    const { clockId, subscriptionId } = await activeSubscription(api, {
      openOn: '2021-04-20',
      activateOn: '2021-05-01',
      seats: 5,
    });
    const offer = async () => {
      const result = await api.gql(
        `query($id: ID!) { subscription(id: $id) { status product { code renewalsEndOn serviceEndsOn } upgradeOffer { toProductCode toPlanCode promotion promotionUpgradeBy rules { id } } } }`,
        { id: subscriptionId },
      );
      expect(result.errors).toBeUndefined();
      expect(result.data!.subscription.product).toEqual({
        code: 'EQQ',
        renewalsEndOn: '2021-10-28',
        serviceEndsOn: '2022-01-31',
      });
      return result.data!.subscription.upgradeOffer;
    };
    expect(await offer()).toEqual({
      toProductCode: 'QIDIAN',
      toPlanCode: 'SEATS',
      promotion: true,
      promotionUpgradeBy: '2021-12-31',
      rules: [{ id: 'R-MIG-1' }, { id: 'R-MIG-2' }, { id: 'R-MIG-3' }],
    });
    await advanceClock(api, clockId, '2022-01-01');
    expect(await offer()).toMatchObject({ promotion: false, rules: [{ id: 'R-MIG-1' }] });
    await advanceClock(api, clockId, '2022-01-31');
    expect(await offer()).toBeNull();
  });
});
