import { addDays, addMonths, businessDateAt } from '@billing/domain';
import type { DataSource } from 'typeorm';
import { afterAll, afterEach, beforeAll, describe, expect, inject, it } from 'vitest';
import { createDataSource } from '../src/db/data-source.js';
import { SandboxGateway } from '../src/modules/payments/payment-gateway.js';
import { Scheduler, type SchedulerOptions } from '../src/modules/scheduler/scheduler.js';
import {
  accountAt,
  activate,
  advanceClock,
  approveRefund,
  createAccount,
  expectBooksBalanced,
  localId,
  openSubscription,
  payOrder,
  requestRefund,
  verify,
} from './api-helpers.js';
import { startHarness, type Harness } from './harness.js';

let api: Harness;
let secondProcess: DataSource;
beforeAll(async () => {
  api = await startHarness();
  // A second API process: its own connection pool to the same database.
  secondProcess = await createDataSource(inject('databaseUrl')).initialize();
});
afterEach(async () => {
  await expectBooksBalanced(api);
});
afterAll(async () => {
  await secondProcess.destroy();
  await api.close();
});

/**
 * Accounts living at the real time can only have due work today if their dates lie in the
 * past, which no request can create today: these fixtures write such subscriptions directly.
 */
async function insertSubscription(
  accountId: string,
  sub: { productCode: string; start: string; end: string; withNumber?: boolean },
): Promise<{ id: string; number: string | null }> {
  const [row] = await api.db.query(
    `INSERT INTO subscriptions (account_id, product_code, plan_code, seats, status, years, opened_on, activated_on, period_start, period_end, service_data)
     VALUES ($1, $2, 'SEATS', 3, 'ACTIVE', 1, $3, $3, $3, $4, '{"customerLibrary": ["c-1"]}') RETURNING id`,
    [localId(accountId), sub.productCode, sub.start, sub.end],
  );
  let number: string | null = null;
  if (sub.withNumber) {
    const [claimed] = await api.db.query(
      `UPDATE enterprise_numbers SET subscription_id = $1
        WHERE number = (SELECT number FROM enterprise_numbers WHERE subscription_id IS NULL ORDER BY number DESC LIMIT 1 FOR UPDATE SKIP LOCKED)
        RETURNING number`,
      [row.id],
    );
    number = claimed[0].number;
    await api.db.query(`UPDATE subscriptions SET enterprise_number = $2 WHERE id = $1`, [
      row.id,
      number,
    ]);
  }
  return { id: row.id, number };
}

async function stored(id: string) {
  const [row] = await api.db.query(
    `SELECT status, recycled_on, terminated_on, enterprise_number, service_data FROM subscriptions WHERE id = $1`,
    [id],
  );
  return row;
}

async function events(
  id: string,
): Promise<Array<{ to_status: string; effective_on: string; cause: string; occurred_at: Date }>> {
  return api.db.query(
    `SELECT to_status, effective_on, cause, occurred_at FROM subscription_events WHERE subscription_id = $1 ORDER BY seq`,
    [id],
  );
}

const scheduler = (db: DataSource = api.db, options: Omit<SchedulerOptions, 'intervalMs'> = {}) =>
  new Scheduler(db, new SandboxGateway(), { intervalMs: 0, ...options });

/**
 * Approved refunds of real-time accounts whose payout fell due on `dueOn`: bought, paid and
 * refunded today through the API, then dated back (no request can approve one in the past).
 */
async function approvedRefundsDue(count: number, dueOn: string): Promise<string[]> {
  const ids: string[] = [];
  for (let i = 0; i < count; i++) {
    const account = await createAccount(api);
    const opened = await openSubscription(api, {
      accountId: account,
      seats: 3,
      productCode: 'QIDIAN',
    });
    expect(opened.userErrors).toEqual([]);
    expect((await payOrder(api, opened.order.id, opened.order.total.amount)).userErrors).toEqual(
      [],
    );
    await verify(api, account);
    expect((await activate(api, opened.subscription.id)).userErrors).toEqual([]);
    const requested = await requestRefund(api, { orderId: opened.order.id, reason: 'NO_REASON' });
    expect(requested.userErrors).toEqual([]);
    const approved = await approveRefund(api, requested.refund.id);
    expect(approved.userErrors).toEqual([]);
    await api.db.query(`UPDATE refunds SET payout_due_on = $2 WHERE id = $1`, [
      localId(requested.refund.id),
      dueOn,
    ]);
    ids.push(localId(requested.refund.id));
  }
  return ids;
}

describe('the real-time scheduler', () => {
  it('R-LIFE-2 R-LIFE-3 R-LIFE-4 R-CAT-4 runs the due work of accounts without a test clock only, catching up every transition on its own date', async () => {
    const realTime = await createAccount(api);
    const recycled = await insertSubscription(realTime, {
      productCode: 'QIDIAN',
      start: '2020-01-01',
      end: '2021-01-01',
      withNumber: true,
    });
    const sunset = await insertSubscription(realTime, {
      productCode: 'EQQ',
      start: '2021-06-01',
      end: '2022-06-01',
    });
    const today = businessDateAt(Date.now());
    const end = addDays(today, 10);
    const reminded = await insertSubscription(realTime, {
      productCode: 'QIDIAN',
      start: addMonths(end, -12),
      end,
    });
    // The same dates on an account whose clock says 2020-06-01: not the scheduler's business.
    const onClock = await accountAt(api, '2020-06-01');
    const clocked = await insertSubscription(onClock.accountId, {
      productCode: 'QIDIAN',
      start: '2020-01-01',
      end: '2021-01-01',
    });

    const run = await scheduler().tick();
    expect(run.today).toBe(today);

    expect(await stored(recycled.id)).toEqual({
      status: 'RECYCLED',
      recycled_on: '2021-02-01',
      terminated_on: null,
      enterprise_number: null,
      service_data: {},
    });
    expect(
      (await events(recycled.id)).map((e) => [
        e.to_status,
        e.effective_on,
        e.cause,
        e.occurred_at.getTime(),
      ]),
    ).toEqual([
      ['GRACE', '2021-01-01', 'PERIOD_ENDED', run.at.getTime()],
      ['RECYCLED', '2021-02-01', 'GRACE_ENDED', run.at.getTime()],
    ]);
    const [pool] = await api.db.query(
      `SELECT subscription_id FROM enterprise_numbers WHERE number = $1`,
      [recycled.number],
    );
    expect(pool.subscription_id).toBeNull();

    expect((await events(sunset.id)).map((e) => [e.to_status, e.effective_on, e.cause])).toEqual([
      ['TERMINATED', '2022-01-31', 'PRODUCT_SUNSET'],
    ]);
    const reminders = await api.db.query(
      `SELECT kind, due_on FROM renewal_reminders WHERE subscription_id = $1`,
      [reminded.id],
    );
    expect(reminders).toEqual([{ kind: 'WINDOW_OPENS', due_on: addMonths(end, -1) }]);
    expect((await stored(reminded.id)).status).toBe('ACTIVE');

    expect(await stored(clocked.id)).toMatchObject({ status: 'ACTIVE', recycled_on: null });
    expect(await events(clocked.id)).toEqual([]);
    // The clock's own advance does it, on the clock's dates.
    await advanceClock(api, onClock.clockId, '2021-03-01');
    expect((await events(clocked.id)).map((e) => [e.to_status, e.effective_on])).toEqual([
      ['GRACE', '2021-01-01'],
      ['RECYCLED', '2021-02-01'],
    ]);

    // A second run finds nothing more to do for these.
    await scheduler().tick();
    expect(await events(recycled.id)).toHaveLength(2);
    expect(
      await api.db.query(`SELECT 1 FROM renewal_reminders WHERE subscription_id = $1`, [
        reminded.id,
      ]),
    ).toHaveLength(1);
    const audit = await api.db.query(
      `SELECT action, actor_role FROM audit_log WHERE object_id = $1 ORDER BY seq`,
      [recycled.id],
    );
    expect(audit).toEqual([
      { action: 'enterGrace', actor_role: 'SYSTEM' },
      { action: 'recycle', actor_role: 'SYSTEM' },
    ]);
  });

  it('two processes share one run: each batch is claimed by one of them (SKIP LOCKED), every due subscription transitions exactly once, every reminder and payout happens once', async () => {
    const today = businessDateAt(Date.now());
    const accounts = await Promise.all(Array.from({ length: 8 }, () => createAccount(api)));
    const ending: string[] = [];
    const reminded: string[] = [];
    for (const [i, account] of accounts.entries()) {
      for (let j = 0; j < 8; j++) {
        const month = String((j % 9) + 1).padStart(2, '0');
        const sub = await insertSubscription(account, {
          productCode: 'QIDIAN',
          start: `201${i}-${month}-01`,
          end: `201${i + 1}-${month}-01`,
          withNumber: j === 0,
        });
        ending.push(sub.id);
      }
      const end = addDays(today, 5 + i);
      for (let j = 0; j < 3; j++) {
        const sub = await insertSubscription(account, {
          productCode: 'QIDIAN',
          start: addMonths(end, -12),
          end,
        });
        reminded.push(sub.id);
      }
    }
    const refunds = await approvedRefundsDue(3, addDays(today, -1));

    // Batches of 5 rows: many batches per step, so the two processes really interleave.
    const runs = await Promise.all([
      scheduler(api.db, { batchSize: 5 }).tick(),
      scheduler(secondProcess, { batchSize: 5 }).tick(),
      scheduler(api.db, { batchSize: 5 }).tick(),
      scheduler(secondProcess, { batchSize: 5 }).tick(),
    ]);

    const history: Array<{ subscription_id: string; to_status: string; n: number }> =
      await api.db.query(
        `SELECT subscription_id, to_status, count(*)::int AS n FROM subscription_events
          WHERE subscription_id = ANY($1::uuid[]) GROUP BY subscription_id, to_status`,
        [ending],
      );
    expect(history).toHaveLength(ending.length * 2);
    expect(history.every((h) => h.n === 1)).toBe(true);
    const audit = await api.db.query(
      `SELECT object_id, action, count(*)::int AS n FROM audit_log WHERE object_id = ANY($1::uuid[])
        GROUP BY object_id, action HAVING count(*) > 1`,
      [ending],
    );
    expect(audit).toEqual([]);
    for (const id of ending) expect((await stored(id)).status).toBe('RECYCLED');
    // What the runs report adds up to no more than what happened: no row was counted by both.
    const counted = runs.map((run) => run.transitions.GRACE + run.transitions.RECYCLED);
    expect(counted.reduce((a, b) => a + b, 0)).toBeLessThanOrEqual(ending.length * 2);

    const reminders: Array<{ subscription_id: string; kind: string }> = await api.db.query(
      `SELECT subscription_id, kind FROM renewal_reminders WHERE subscription_id = ANY($1::uuid[])`,
      [reminded],
    );
    // 5..12 days before the end: the window has opened, the 7-days reminder of some is due too.
    const expected = reminded.length + reminded.filter((_, k) => 5 + Math.floor(k / 3) <= 7).length;
    expect(reminders).toHaveLength(expected);

    for (const refund of refunds) {
      const [row] = await api.db.query(`SELECT status FROM refunds WHERE id = $1`, [refund]);
      expect(row.status).toBe('PAID');
      const paid = await api.db.query(
        `SELECT 1 FROM audit_log WHERE object_id = $1 AND action = 'payRefund'`,
        [refund],
      );
      expect(paid).toHaveLength(1);
    }
  });

  it('a run that dies between batches loses nothing: its committed batches stay done, its uncommitted batch is redone by the next run, nothing twice', async () => {
    const realTime = await createAccount(api);
    const subs = await Promise.all(
      Array.from({ length: 12 }, (_, i) =>
        insertSubscription(realTime, {
          productCode: 'QIDIAN',
          start: `2018-${String(i + 1).padStart(2, '0')}-01`,
          end: `2019-${String(i + 1).padStart(2, '0')}-01`,
          withNumber: i % 4 === 0,
        }),
      ),
    );
    const ids = subs.map((sub) => sub.id);
    const progress = async () => {
      const rows: Array<{ status: string; n: number }> = await api.db.query(
        `SELECT status, count(*)::int AS n FROM subscriptions WHERE id = ANY($1::uuid[]) GROUP BY status ORDER BY status`,
        [ids],
      );
      return Object.fromEntries(rows.map((r) => [r.status, r.n]));
    };

    // Dies in its third batch of our rows, before the commit: two batches of 4 stay done.
    let batches = 0;
    const dying = scheduler(api.db, {
      batchSize: 4,
      afterBatch: async (tx) => {
        const [ours] = await tx.query(
          `SELECT count(*)::int AS n FROM subscriptions WHERE id = ANY($1::uuid[]) AND status = 'GRACE'`,
          [ids],
        );
        if (ours.n > 0 && ++batches === 3) throw new Error('process died');
      },
    });
    await expect(dying.tick()).rejects.toThrow('process died');
    expect(await progress()).toEqual({ ACTIVE: 4, GRACE: 8 });

    // Its connection is killed in the middle of a batch: that batch is rolled back too.
    const killed = scheduler(secondProcess, {
      batchSize: 4,
      afterBatch: async (tx) => {
        const [{ pid }] = await tx.query(`SELECT pg_backend_pid() AS pid`);
        await api.db.query(`SELECT pg_terminate_backend($1)`, [pid]);
      },
    });
    await expect(killed.tick()).rejects.toThrow();
    expect(await progress()).toEqual({ ACTIVE: 4, GRACE: 8 });

    await scheduler().tick();
    expect(await progress()).toEqual({ RECYCLED: 12 });
    const history: Array<{ n: number }> = await api.db.query(
      `SELECT count(*)::int AS n FROM subscription_events WHERE subscription_id = ANY($1::uuid[]) GROUP BY subscription_id, to_status`,
      [ids],
    );
    expect(history).toHaveLength(24);
    expect(history.every((h) => h.n === 1)).toBe(true);
    const audit: Array<{ n: number }> = await api.db.query(
      `SELECT count(*)::int AS n FROM audit_log WHERE object_id = ANY($1::uuid[]) GROUP BY object_id, action`,
      [ids],
    );
    expect(audit).toHaveLength(24);
    expect(audit.every((a) => a.n === 1)).toBe(true);
    const pool = await api.db.query(
      `SELECT count(*)::int AS n FROM enterprise_numbers WHERE subscription_id = ANY($1::uuid[])`,
      [ids],
    );
    expect(pool[0].n).toBe(0);
  });

  it('skips an account a request is working on (it holds the account lock) and picks it up on the next run', async () => {
    const busy = await createAccount(api);
    const sub = await insertSubscription(busy, {
      productCode: 'QIDIAN',
      start: '2019-03-01',
      end: '2020-03-01',
    });
    const request = secondProcess.createQueryRunner();
    await request.connect();
    await request.startTransaction();
    await request.query(`SELECT id FROM accounts WHERE id = $1 FOR UPDATE`, [localId(busy)]);
    const started = Date.now();
    await scheduler().tick();
    expect(Date.now() - started).toBeLessThan(5_000);
    expect((await stored(sub.id)).status).toBe('ACTIVE');
    await request.rollbackTransaction();
    await request.release();
    await scheduler().tick();
    expect((await stored(sub.id)).status).toBe('RECYCLED');
  });

  it('start() runs at once and then on its interval; stop() waits for the run in progress', async () => {
    const realTime = await createAccount(api);
    const sub = await insertSubscription(realTime, {
      productCode: 'QIDIAN',
      start: '2018-01-01',
      end: '2019-01-01',
    });
    const loop = new Scheduler(api.db, new SandboxGateway(), { intervalMs: 50 }).start();
    const deadline = Date.now() + 10_000;
    while ((await stored(sub.id)).status !== 'RECYCLED' && Date.now() < deadline)
      await new Promise((resolve) => setTimeout(resolve, 20));
    await loop.stop();
    expect((await stored(sub.id)).status).toBe('RECYCLED');
    const later = await insertSubscription(realTime, {
      productCode: 'QIDIAN',
      start: '2018-02-01',
      end: '2019-02-01',
    });
    await new Promise((resolve) => setTimeout(resolve, 200));
    expect((await stored(later.id)).status).toBe('ACTIVE');
    // Disabled: an interval of 0 never starts a loop.
    await new Scheduler(api.db, new SandboxGateway(), { intervalMs: 0 }).start().stop();
    expect((await stored(later.id)).status).toBe('ACTIVE');
  });
});
