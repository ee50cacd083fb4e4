import { addDays, addMonths, businessDateAt } from '@billing/domain';
import type { DataSource } from 'typeorm';
import { afterAll, afterEach, beforeAll, describe, expect, inject, it } from 'vitest';
import { createDataSource } from '../src/db/data-source.js';
import { SandboxGateway } from '../src/modules/payments/payment-gateway.js';
import { SCHEDULER_LOCK_KEY, Scheduler } from '../src/modules/scheduler/scheduler.js';
import {
  accountAt,
  advanceClock,
  createAccount,
  expectBooksBalanced,
  localId,
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

const scheduler = (db: DataSource = api.db) =>
  new Scheduler(db, new SandboxGateway(), { intervalMs: 0 });

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
    expect(run.ran).toBe(true);
    if (!run.ran) return;
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

  it('two processes never run at once: a run skips while another holds the lock, and concurrent runs record each transition once', async () => {
    const realTime = await createAccount(api);
    const subs = await Promise.all(
      Array.from({ length: 6 }, (_, i) =>
        insertSubscription(realTime, {
          productCode: 'QIDIAN',
          start: `2019-0${i + 1}-01`,
          end: `2020-0${i + 1}-01`,
        }),
      ),
    );

    // Another process is running: this one skips and changes nothing.
    const other = secondProcess.createQueryRunner();
    await other.connect();
    await other.startTransaction();
    await other.query(`SELECT pg_advisory_xact_lock($1)`, [SCHEDULER_LOCK_KEY]);
    expect(await scheduler().tick()).toEqual({ ran: false });
    expect((await stored(subs[0]!.id)).status).toBe('ACTIVE');
    await other.rollbackTransaction();
    await other.release();

    // Two processes at the same time: each transition is recorded exactly once.
    const runs = await Promise.all([
      scheduler(api.db).tick(),
      scheduler(secondProcess).tick(),
      scheduler(api.db).tick(),
      scheduler(secondProcess).tick(),
    ]);
    expect(runs.some((run) => run.ran)).toBe(true);
    for (const sub of subs) {
      expect((await events(sub.id)).map((e) => e.to_status)).toEqual(['GRACE', 'RECYCLED']);
      expect((await stored(sub.id)).status).toBe('RECYCLED');
    }
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
    const run = await scheduler().tick();
    expect(run.ran).toBe(true);
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
