import { addYears, daysBetween, subscriptionDates, type BusinessDate } from '@billing/domain';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import {
  graceEndsOnSql,
  recycleOnSql,
  renewalOpensOnSql,
} from '../src/modules/lifecycle/transitions.js';
import {
  accountAt,
  activate,
  activeSubscription,
  addSeats,
  advanceClock,
  expectBooksBalanced,
  localId,
  openSubscription,
  payOrder,
  tokenFor,
  upgradeSubscription,
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

const SUBSCRIPTION = `query($id: ID!) { subscription(id: $id) {
  id status statusReason currentPeriodEnd expiresOn graceEndsOn enterpriseNumber
  entitlements { initiateSessions service addSeats renew }
  history { effectiveOn occurredAt fromStatus toStatus cause reason rules { id } }
  reminders { kind dueOn periodEnd sentAt message rules { id } }
  orders { id kind status payments { id amount { amount } } }
} }`;

async function readSubscription(id: string, token?: string) {
  const result = await api.gql(SUBSCRIPTION, { id }, token);
  expect(result.errors).toBeUndefined();
  return result.data!.subscription;
}

async function storedStatus(id: string): Promise<string> {
  const [row] = await api.db.query(`SELECT status FROM subscriptions WHERE id = $1`, [localId(id)]);
  return row.status;
}

/** The API's status (the domain's subscriptionState at read time) and the stored column agree. */
async function expectStatus(id: string, status: string) {
  const sub = await readSubscription(id);
  expect(sub.status).toBe(status);
  expect(await storedStatus(id)).toBe(status);
  return sub;
}

/** The transitions recorded by the passing of time (not activation, upgrades, …), as comparable tuples. */
const timed = (
  history: Array<{
    cause: string;
    effectiveOn: string;
    fromStatus: string;
    toStatus: string;
    rules: Array<{ id: string }>;
  }>,
) =>
  history
    .filter((e) => ['PERIOD_ENDED', 'GRACE_ENDED', 'PRODUCT_SUNSET'].includes(e.cause))
    .map((e) => ({
      on: e.effectiveOn,
      from: e.fromStatus,
      to: e.toStatus,
      cause: e.cause,
      rules: e.rules.map((r) => r.id),
    }));

describe('expiry, grace and recycling through a test clock', () => {
  it('R-LIFE-1 R-LIFE-2 R-LIFE-3 R-LIFE-6 R-NUM-4 R-OPEN-5: ACTIVE → GRACE on the period end → RECYCLED the day after grace; the number returns to the pool, service data is deleted, billing records stay', async () => {
    // EQQ opened 2021-04-20, activated 2021-05-01 with an enterprise number, moved to Qidian
    // before the EQQ sunset (R-MIG-1 keeps the number and the period end).
    const { accountId, clockId, subscriptionId } = await activeSubscription(api, {
      openOn: '2021-04-20',
      activateOn: '2021-05-01',
      seats: 5,
    });
    const number = (await readSubscription(subscriptionId)).enterpriseNumber as string;
    expect(number).toMatch(/^(400|800)\d{7}$/);
    await api.db.query(`UPDATE subscriptions SET service_data = $2 WHERE id = $1`, [
      localId(subscriptionId),
      JSON.stringify({
        customerLibrary: ['c-1', 'c-2'],
        massMessageQuota: 500,
        chatHistory: ['hello'],
      }),
    ]);
    await advanceClock(api, clockId, '2021-10-10');
    const upgraded = await upgradeSubscription(api, subscriptionId);
    expect(upgraded.userErrors).toEqual([]);

    await advanceClock(api, clockId, '2022-04-30');
    const last = await expectStatus(subscriptionId, 'ACTIVE');
    expect(last).toMatchObject({
      expiresOn: '2022-04-30',
      graceEndsOn: '2022-05-31',
      entitlements: { initiateSessions: true },
    });

    await advanceClock(api, clockId, '2022-05-01');
    const grace = await expectStatus(subscriptionId, 'GRACE');
    expect(grace.entitlements).toEqual({
      initiateSessions: false,
      service: true,
      addSeats: false,
      renew: true,
    });
    expect(grace.enterpriseNumber).toBe(number);
    const refused = await addSeats(api, subscriptionId, 2);
    expect(refused.order).toBeNull();
    expect(refused.userErrors[0]).toMatchObject({ code: 'INVALID_STATE' });

    await advanceClock(api, clockId, '2022-05-31');
    await expectStatus(subscriptionId, 'GRACE');

    await advanceClock(api, clockId, '2022-06-01');
    const recycled = await expectStatus(subscriptionId, 'RECYCLED');
    expect(recycled.enterpriseNumber).toBeNull();
    expect(recycled.entitlements).toEqual({
      initiateSessions: false,
      service: false,
      addSeats: false,
      renew: false,
    });
    const [pool] = await api.db.query(
      `SELECT subscription_id, released_at FROM enterprise_numbers WHERE number = $1`,
      [number],
    );
    expect(pool.subscription_id).toBeNull();
    expect(pool.released_at).toEqual(new Date('2022-06-01T00:00:00+08:00'));
    const [row] = await api.db.query(
      `SELECT service_data, recycled_on, enterprise_number FROM subscriptions WHERE id = $1`,
      [localId(subscriptionId)],
    );
    expect(row).toEqual({ service_data: {}, recycled_on: '2022-06-01', enterprise_number: null });
    // The audit trail names the number the recycle released (R-NUM-4) and the one it held.
    const [audit] = await api.db.query(
      `SELECT before, after FROM audit_log WHERE action = 'recycle' AND object_id = $1`,
      [localId(subscriptionId)],
    );
    expect(audit.before).toEqual({ status: 'GRACE', enterpriseNumber: number });
    expect(audit.after).toMatchObject({
      status: 'RECYCLED',
      recycledOn: '2022-06-01',
      enterpriseNumber: null,
      releasedNumber: number,
      serviceDataDeleted: true,
    });

    // R-LIFE-3: orders and payments are kept and still readable.
    expect(recycled.orders.map((o: { kind: string }) => o.kind)).toEqual([
      'NEW_SUBSCRIPTION',
      'UPGRADE',
    ]);
    expect(recycled.orders[0].payments).toEqual([
      expect.objectContaining({ amount: { amount: '5000.00' } }),
    ]);
    const account = await api.gql(
      `query($id: ID!) { account(id: $id) { orders { totalCount } payments { totalCount } } }`,
      { id: accountId },
    );
    expect(account.data!.account).toEqual({
      orders: { totalCount: 2 },
      payments: { totalCount: 1 },
    });

    // R-LIFE-6: each transition with its date, cause and rule ids, recorded at the start of its day.
    expect(timed(recycled.history)).toEqual([
      {
        on: '2022-05-01',
        from: 'ACTIVE',
        to: 'GRACE',
        cause: 'PERIOD_ENDED',
        rules: ['R-LIFE-6', 'R-LIFE-2', 'R-RENEW-1'],
      },
      {
        on: '2022-06-01',
        from: 'GRACE',
        to: 'RECYCLED',
        cause: 'GRACE_ENDED',
        rules: ['R-LIFE-6', 'R-LIFE-3', 'R-NUM-4'],
      },
    ]);
    const events = recycled.history.filter((e: { cause: string }) => e.cause === 'GRACE_ENDED');
    expect(events[0].occurredAt).toBe('2022-05-31T16:00:00.000Z');
    expect(events[0].reason).toMatch(/grace ended on 2022-05-31/);
    expect(recycled.history.map((e: { toStatus: string }) => e.toStatus)).toEqual([
      'PENDING_ACTIVATION',
      'ACTIVE',
      'ACTIVE',
      'GRACE',
      'RECYCLED',
    ]);

    // Another advance changes nothing more.
    await advanceClock(api, clockId, '2022-09-01');
    expect((await readSubscription(subscriptionId)).history).toHaveLength(5);
  });

  it('R-LIFE-4 R-RENEW-1 reminders are sent once each, when the window opens (2022-04-01) and 7 days before the end (2022-04-24), and customers read them', async () => {
    const { accountId, clockId, subscriptionId } = await activeSubscription(api, {
      openOn: '2021-04-20',
      activateOn: '2021-05-01',
      seats: 3,
      productCode: 'QIDIAN',
    });
    const member = await tokenFor(api, accountId, 'CUSTOMER_MEMBER');
    await advanceClock(api, clockId, '2022-03-31');
    expect((await readSubscription(subscriptionId)).reminders).toEqual([]);

    await advanceClock(api, clockId, '2022-04-01');
    const opened = await readSubscription(subscriptionId, member);
    expect(opened.reminders).toEqual([
      {
        kind: 'WINDOW_OPENS',
        dueOn: '2022-04-01',
        periodEnd: '2022-05-01',
        // Sent at the start of its day (00:00 in Asia/Shanghai), as the scheduler would.
        sentAt: '2022-03-31T16:00:00.000Z',
        message: expect.stringContaining('Renewal window opens on 2022-04-01'),
        rules: [{ id: 'R-LIFE-4' }, { id: 'R-RENEW-1' }],
      },
    ]);

    await advanceClock(api, clockId, '2022-04-23');
    expect((await readSubscription(subscriptionId)).reminders).toHaveLength(1);
    await advanceClock(api, clockId, '2022-04-30');
    const both = await readSubscription(subscriptionId);
    expect(
      both.reminders.map((r: { kind: string; dueOn: string; sentAt: string }) => [
        r.kind,
        r.dueOn,
        r.sentAt,
      ]),
    ).toEqual([
      ['WINDOW_OPENS', '2022-04-01', '2022-03-31T16:00:00.000Z'],
      // Also at the start of its day, during the advance that went past it.
      ['SEVEN_DAYS_BEFORE_END', '2022-04-24', '2022-04-23T16:00:00.000Z'],
    ]);
    await advanceClock(api, clockId, '2022-05-20');
    expect((await readSubscription(subscriptionId)).reminders).toHaveLength(2);
    const [{ count }] = await api.db.query(
      `SELECT count(*)::int AS count FROM renewal_reminders WHERE subscription_id = $1`,
      [localId(subscriptionId)],
    );
    expect(count).toBe(2);
  });

  it('R-LIFE-6 advancing one day at a time records exactly what one jump records', async () => {
    const stepped = await activeSubscription(api, {
      openOn: '2021-04-20',
      activateOn: '2021-05-01',
      seats: 3,
      productCode: 'QIDIAN',
    });
    const jumped = await activeSubscription(api, {
      openOn: '2021-04-20',
      activateOn: '2021-05-01',
      seats: 3,
      productCode: 'QIDIAN',
    });
    await advanceClock(api, stepped.clockId, '2022-03-30');
    for (
      let day = new Date('2022-03-31T10:00:00+08:00');
      day <= new Date('2022-06-02T10:00:00+08:00');
      day = new Date(day.getTime() + 86_400_000)
    ) {
      await advanceClock(api, stepped.clockId, day.toISOString());
    }
    await advanceClock(api, jumped.clockId, '2022-06-02');
    const [a, b] = await Promise.all([
      readSubscription(stepped.subscriptionId),
      readSubscription(jumped.subscriptionId),
    ]);
    expect(timed(a.history)).toEqual(timed(b.history));
    expect(timed(a.history).map((t) => t.on)).toEqual(['2022-05-01', '2022-06-01']);
    const when = (s: {
      history: Array<{ cause: string; occurredAt: string }>;
      reminders: Array<{ dueOn: string; sentAt: string }>;
    }) => ({
      events: s.history
        .filter((e) => e.cause === 'PERIOD_ENDED' || e.cause === 'GRACE_ENDED')
        .map((e) => e.occurredAt),
      reminders: s.reminders.map((r) => [r.dueOn, r.sentAt]),
    });
    expect(when(a)).toEqual(when(b));
    expect(a.status).toBe('RECYCLED');
  });
});

describe('sunset (R-CAT-4)', () => {
  it('R-CAT-4 R-LIFE-5 every EQQ subscription ends on 2022-01-31: active, pending, in grace, and a sunset beats the grace of the same day', async () => {
    const active = await activeSubscription(api, {
      openOn: '2021-04-20',
      activateOn: '2021-05-01',
      seats: 5,
    });
    // Period [2021-01-31, 2022-01-31): ends on the sunset day itself → TERMINATED, never GRACE.
    const tie = await activeSubscription(api, {
      openOn: '2021-01-20',
      activateOn: '2021-01-31',
      seats: 3,
    });
    // Period [2021-01-10, 2022-01-10): grace from 2022-01-10, terminated on 2022-01-31 before its recycling on 2022-02-10.
    const inGrace = await activeSubscription(api, {
      openOn: '2021-01-05',
      activateOn: '2021-01-10',
      seats: 3,
    });
    const { accountId, clockId } = await accountAt(api, '2021-05-10');
    const pending = await openSubscription(api, { accountId, seats: 3 });

    for (const clock of [active.clockId, tie.clockId, clockId])
      await advanceClock(api, clock, '2022-01-30');
    await expectStatus(active.subscriptionId, 'ACTIVE');
    await expectStatus(tie.subscriptionId, 'ACTIVE');
    await expectStatus(pending.subscription.id, 'PENDING_ACTIVATION');

    for (const clock of [active.clockId, tie.clockId, clockId])
      await advanceClock(api, clock, '2022-01-31');
    // inGrace jumps over both of its transitions in one advance.
    await advanceClock(api, inGrace.clockId, '2022-03-01');

    const terminated = await expectStatus(active.subscriptionId, 'TERMINATED');
    expect(terminated.entitlements).toEqual({
      initiateSessions: false,
      service: false,
      addSeats: false,
      renew: false,
    });
    expect(timed(terminated.history)).toEqual([
      {
        on: '2022-01-31',
        from: 'ACTIVE',
        to: 'TERMINATED',
        cause: 'PRODUCT_SUNSET',
        rules: ['R-LIFE-6', 'R-CAT-4', 'R-LIFE-5'],
      },
    ]);
    const [row] = await api.db.query(
      `SELECT terminated_on, termination_cause FROM subscriptions WHERE id = $1`,
      [localId(active.subscriptionId)],
    );
    expect(row).toEqual({ terminated_on: '2022-01-31', termination_cause: 'SUNSET' });

    expect(timed((await expectStatus(tie.subscriptionId, 'TERMINATED')).history)).toEqual([
      {
        on: '2022-01-31',
        from: 'ACTIVE',
        to: 'TERMINATED',
        cause: 'PRODUCT_SUNSET',
        rules: ['R-LIFE-6', 'R-CAT-4', 'R-LIFE-5'],
      },
    ]);
    expect(timed((await expectStatus(inGrace.subscriptionId, 'TERMINATED')).history)).toEqual([
      {
        on: '2022-01-10',
        from: 'ACTIVE',
        to: 'GRACE',
        cause: 'PERIOD_ENDED',
        rules: ['R-LIFE-6', 'R-LIFE-2', 'R-RENEW-1'],
      },
      {
        on: '2022-01-31',
        from: 'GRACE',
        to: 'TERMINATED',
        cause: 'PRODUCT_SUNSET',
        rules: ['R-LIFE-6', 'R-CAT-4', 'R-LIFE-5'],
      },
    ]);
    expect(timed((await expectStatus(pending.subscription.id, 'TERMINATED')).history)).toEqual([
      {
        on: '2022-01-31',
        from: 'PENDING_ACTIVATION',
        to: 'TERMINATED',
        cause: 'PRODUCT_SUNSET',
        rules: ['R-LIFE-6', 'R-CAT-4', 'R-LIFE-5'],
      },
    ]);
    await advanceClock(api, active.clockId, '2022-07-01');
    expect(await storedStatus(active.subscriptionId)).toBe('TERMINATED');
  });
});

describe('the grace boundary in SQL (R-LIFE-2, R-LIFE-3, R-TIME-2)', () => {
  it('R-LIFE-2 R-LIFE-3 R-RENEW-1 R-TIME-2 PostgreSQL interval arithmetic gives the domain’s graceEndsOn, recycleOn and renewalOpensOn for every period end of 2019–2028', async () => {
    const rows: Array<{
      period_start: BusinessDate;
      period_end: BusinessDate;
      grace_ends_on: BusinessDate;
      recycle_on: BusinessDate;
      renewal_opens_on: BusinessDate;
    }> = await api.db.query(
      `SELECT e.period_start, e.period_end, ${graceEndsOnSql('e.period_end')} AS grace_ends_on, ${recycleOnSql('e.period_end')} AS recycle_on,
                ${renewalOpensOnSql('e.period_start', 'e.period_end')} AS renewal_opens_on
           FROM (SELECT (d - interval '1 year')::date AS period_start, d::date AS period_end
                   FROM generate_series('2019-01-01'::date, '2028-12-31'::date, interval '1 day') AS d
                 UNION ALL
                 -- short periods: the window opens on the start (renewalOpensOn is not before it)
                 SELECT (d - interval '20 days')::date, d::date FROM generate_series('2024-01-01'::date, '2024-03-31'::date, interval '1 day') AS d) e
          ORDER BY 1, 2`,
    );
    expect(rows.length).toBe(3653 + 91);
    const mismatches = rows.filter((row) => {
      const domain = subscriptionDates({ start: row.period_start, end: row.period_end });
      return (
        domain.graceEndsOn !== row.grace_ends_on ||
        domain.recycleOn !== row.recycle_on ||
        domain.renewalOpensOn !== row.renewal_opens_on
      );
    });
    expect(mismatches).toEqual([]);
    const byEnd = new Map(
      rows
        .filter((row) => daysBetween(row.period_start, row.period_end) >= 365)
        .map((row) => [row.period_end, row]),
    );
    // Month ends clamp (R-TIME-2): Jan 31 → Feb 28/29, Feb 29 → Mar 29, and the spec's examples.
    expect(byEnd.get('2024-01-31' as BusinessDate)).toMatchObject({
      grace_ends_on: '2024-02-28',
      recycle_on: '2024-02-29',
      renewal_opens_on: '2023-12-31',
    });
    expect(byEnd.get('2023-01-31' as BusinessDate)).toMatchObject({
      grace_ends_on: '2023-02-27',
      recycle_on: '2023-02-28',
    });
    expect(byEnd.get('2024-02-29' as BusinessDate)).toMatchObject({
      grace_ends_on: '2024-03-28',
      recycle_on: '2024-03-29',
      renewal_opens_on: '2024-01-29',
    });
    expect(byEnd.get('2022-02-01' as BusinessDate)).toMatchObject({
      grace_ends_on: '2022-02-28',
      recycle_on: '2022-03-01',
    });
    expect(byEnd.get('2022-05-01' as BusinessDate)).toMatchObject({
      grace_ends_on: '2022-05-31',
      recycle_on: '2022-06-01',
      renewal_opens_on: '2022-04-01',
    });
    expect(byEnd.get('2024-03-31' as BusinessDate)).toMatchObject({
      grace_ends_on: '2024-04-29',
      recycle_on: '2024-04-30',
      renewal_opens_on: '2024-02-29',
    });
    expect(addYears('2024-02-29' as BusinessDate, 1)).toBe('2025-02-28');
  });

  it('R-LIFE-3 R-TIME-2 a period ending 2024-01-31 is in grace through 2024-02-28 and recycled on 2024-02-29', async () => {
    const { clockId, subscriptionId } = await activeSubscription(api, {
      openOn: '2023-01-20',
      activateOn: '2023-01-31',
      seats: 3,
      productCode: 'QIDIAN',
    });
    await advanceClock(api, clockId, '2024-02-28');
    const grace = await expectStatus(subscriptionId, 'GRACE');
    expect(grace).toMatchObject({ currentPeriodEnd: '2024-01-31', graceEndsOn: '2024-02-28' });
    await advanceClock(api, clockId, '2024-02-29');
    await expectStatus(subscriptionId, 'RECYCLED');
  });
});

describe('activation and pay before the lifecycle', () => {
  it('R-OPEN-2 R-LIFE-1 a subscription waiting for activation has no time-driven transition', async () => {
    const { accountId, clockId } = await accountAt(api, '2023-04-20');
    const opened = await openSubscription(api, { accountId, seats: 3, productCode: 'QIDIAN' });
    await payOrder(api, opened.order.id, opened.order.total.amount);
    await verify(api, accountId);
    await advanceClock(api, clockId, '2025-04-20');
    await expectStatus(opened.subscription.id, 'PENDING_ACTIVATION');
    const activated = await activate(api, opened.subscription.id);
    expect(activated.subscription).toMatchObject({
      status: 'ACTIVE',
      currentPeriodEnd: '2026-04-20',
    });
    expect(await storedStatus(opened.subscription.id)).toBe('ACTIVE');
  });
});
