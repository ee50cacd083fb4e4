import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { FreePlansNoPeriodEnd1700000000980 } from '../src/db/migrations/1700000000980-free-plans-no-period-end.js';
import {
  accountAt,
  activate,
  activeSubscription,
  advanceClock,
  expectBooksBalanced,
  localId,
  openSubscription,
  payOrder,
  renewSubscription,
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

/** Runs the migration's `up` again on the test database (already migrated: it must be idempotent). */
async function migrateUp(): Promise<void> {
  const runner = api.db.createQueryRunner();
  try {
    await runner.startTransaction();
    await new FreePlansNoPeriodEnd1700000000980().up(runner);
    await runner.commitTransaction();
  } catch (error) {
    await runner.rollbackTransaction();
    throw error;
  } finally {
    await runner.release();
  }
}

async function stored(subscriptionId: string) {
  const [row] = await api.db.query(
    `SELECT status, period_start, period_end, reminders_for, next_reminder_on, recycled_on FROM subscriptions WHERE id = $1`,
    [localId(subscriptionId)],
  );
  return row;
}

/**
 * A free subscription as the code before the migration left it: activated with a one-year
 * period (and its opening order with that period), then sent into grace or recycled.
 */
async function oldFreeSubscription(
  activatedOn: string,
  old: { status: string; periodEnd: string; recycledOn?: string },
) {
  const { accountId, clockId } = await accountAt(api, activatedOn);
  await verify(api, accountId);
  const opened = await openSubscription(api, {
    accountId,
    productCode: 'EXMAIL',
    planCode: 'FREE',
    seats: 5,
  });
  if (opened.order.status === 'AWAITING_PAYMENT') await payOrder(api, opened.order.id, '0.00');
  expect((await activate(api, opened.subscription.id)).userErrors).toEqual([]);
  const id = localId(opened.subscription.id);
  await api.db.query(
    `UPDATE subscriptions SET period_end = $2, status = $3, recycled_on = $4,
            reminders_for = $2, next_reminder_on = NULL WHERE id = $1`,
    [id, old.periodEnd, old.status, old.recycledOn ?? null],
  );
  await api.db.query(
    `UPDATE orders SET period_end = $2 WHERE subscription_id = $1 AND kind = 'NEW_SUBSCRIPTION'`,
    [id, old.periodEnd],
  );
  return { accountId, clockId, subscriptionId: opened.subscription.id as string };
}

describe('migration 1700000000980: free plans have no period end (R-CAT-2)', () => {
  it('R-CAT-2 R-LIFE-1 an old free subscription in grace only because of its free period is ACTIVE again with no period end; one still active loses its period end; history says why', async () => {
    const inGrace = await oldFreeSubscription('2021-04-20', {
      status: 'GRACE',
      periodEnd: '2022-04-20',
    });
    await api.db.query(
      `UPDATE test_clocks SET frozen_at = '2022-05-05T10:00:00+08:00' WHERE id = $1`,
      [localId(inGrace.clockId)],
    );
    const active = await oldFreeSubscription('2022-01-10', {
      status: 'ACTIVE',
      periodEnd: '2023-01-10',
    });
    const recycled = await oldFreeSubscription('2020-01-10', {
      status: 'RECYCLED',
      periodEnd: '2021-01-10',
      recycledOn: '2021-02-10',
    });
    // A paid subscription in grace keeps its period and its grace.
    const paid = await activeSubscription(api, {
      openOn: '2021-04-20',
      activateOn: '2021-05-01',
      seats: 3,
      productCode: 'QIDIAN',
      planCode: 'SEATS',
    });
    await advanceClock(api, paid.clockId, '2022-05-10');

    await migrateUp();

    expect(await stored(inGrace.subscriptionId)).toEqual({
      status: 'ACTIVE',
      period_start: '2021-04-20',
      period_end: null,
      reminders_for: null,
      next_reminder_on: null,
      recycled_on: null,
    });
    expect(await stored(active.subscriptionId)).toMatchObject({
      status: 'ACTIVE',
      period_end: null,
      reminders_for: null,
    });
    expect(await stored(recycled.subscriptionId)).toMatchObject({
      status: 'RECYCLED',
      period_end: '2021-01-10',
      recycled_on: '2021-02-10',
    });
    expect(await stored(paid.subscriptionId)).toMatchObject({
      status: 'GRACE',
      period_end: '2022-05-01',
    });
    const orders = await api.db.query(
      `SELECT period_start, period_end FROM orders WHERE subscription_id = $1`,
      [localId(inGrace.subscriptionId)],
    );
    expect(orders).toEqual([{ period_start: '2021-04-20', period_end: null }]);

    const read = await api.gql(
      `query($id: ID!) { subscription(id: $id) { status openEnded currentPeriodEnd graceEndsOn history { cause fromStatus toStatus effectiveOn reason rules { id } } } }`,
      { id: inGrace.subscriptionId },
    );
    expect(read.errors).toBeUndefined();
    const sub = read.data!.subscription;
    expect(sub).toMatchObject({
      status: 'ACTIVE',
      openEnded: true,
      currentPeriodEnd: null,
      graceEndsOn: null,
    });
    expect(sub.history.at(-1)).toEqual({
      cause: 'FREE_PLAN_NO_PERIOD_END',
      fromStatus: 'GRACE',
      toStatus: 'ACTIVE',
      effectiveOn: '2022-05-05',
      reason:
        'A free plan has no time limit (R-CAT-2): the period end 2022-04-20 no longer applies, so it leaves grace and is active again with no period end (R-LIFE-1)',
      rules: [{ id: 'R-CAT-2' }, { id: 'R-LIFE-1' }],
    });

    // Time passing no longer recycles it, and running the migration again changes nothing.
    await advanceClock(api, inGrace.clockId, '2023-01-01');
    expect(await stored(inGrace.subscriptionId)).toMatchObject({
      status: 'ACTIVE',
      period_end: null,
    });
    await migrateUp();
    const events = await api.db.query(
      `SELECT count(*)::int AS count FROM subscription_events WHERE subscription_id = $1 AND cause = 'FREE_PLAN_NO_PERIOD_END'`,
      [localId(inGrace.subscriptionId)],
    );
    expect(events).toEqual([{ count: 1 }]);
    // And a renewal of it is refused (R-CAT-2).
    const renewed = await renewSubscription(api, inGrace.subscriptionId);
    expect(renewed.userErrors[0].message).toContain('R-CAT-2');
  });

  it('R-CAT-2 the period check allows an activated subscription with no end, never an end without a start', async () => {
    const { subscriptionId } = await oldFreeSubscription('2021-04-20', {
      status: 'ACTIVE',
      periodEnd: '2022-04-20',
    });
    await expect(
      api.db.query(`UPDATE subscriptions SET period_start = NULL WHERE id = $1`, [
        localId(subscriptionId),
      ]),
    ).rejects.toThrow(/subscriptions_period_end_needs_start/);
  });
});
