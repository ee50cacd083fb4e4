/**
 * Lifecycle due work at scale: the real-time scheduler's run moving N subscriptions one step
 * (ACTIVE → GRACE; separately GRACE → RECYCLED), with their history and audit rows, against a
 * baseline — one hand-written set-based SQL statement writing the same rows — and the same run
 * shared by two OS processes against one.
 *
 * Seeded by SQL: real-time accounts holding 10 subscriptions each, all falling due today.
 * Every run starts from a fresh seed. Figures are printed, never asserted.
 *
 *   pnpm bench:lifecycle [--sizes=10000,100000] [--runs=N] [--steps=grace,recycle] [--two-process-sizes=100000]
 *
 * The 1M case is behind the flag (`--sizes=10000,100000,1000000`): seeding and running a
 * million subscriptions several times, with its baseline, takes the whole benchmark well past
 * a quarter of an hour. Runs per size: 5 at 10k, 3 at 100k, 2 at 1M unless `--runs` says.
 */
import 'reflect-metadata';
import { addMonths, businessDateAt, type BusinessDate } from '@billing/domain';
import { fork, type ChildProcess } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import type { DataSource } from 'typeorm';
import { createDataSource } from '../db/data-source.js';
import { SandboxGateway } from '../modules/payments/payment-gateway.js';
import { subscriptionDataSql } from '../modules/events/events.js';
import { Scheduler } from '../modules/scheduler/scheduler.js';
import {
  benchDatabase,
  formatSummary,
  machineFacts,
  ratioLine,
  summarize,
  type Summary,
} from './kit.js';

const SUBSCRIPTIONS_PER_ACCOUNT = 10;
type Step = 'grace' | 'recycle';

/** One instant for the whole benchmark, so "today" cannot change between seed and run. */
const AT = new Date();
const TODAY: BusinessDate = businessDateAt(AT.getTime());

function option(name: string): string | undefined {
  const prefix = `--${name}=`;
  return process.argv.find((arg) => arg.startsWith(prefix))?.slice(prefix.length);
}
const numbers = (raw: string) =>
  raw
    .split(',')
    .filter((n) => n.trim() !== '')
    .map((n) => Number(n.replaceAll('_', '')));

/**
 * Empties what a run writes and seeds `size` subscriptions of real-time accounts, due today:
 * ACTIVE with their period ending today (`grace`), or GRACE since a month ago (`recycle`).
 */
async function seed(db: DataSource, size: number, step: Step): Promise<void> {
  await db.query(
    `TRUNCATE accounts, subscriptions, subscription_events, audit_log, renewal_reminders, enterprise_numbers CASCADE`,
  );
  await db.query(
    `INSERT INTO accounts (name, verification_status) SELECT 'Bench ' || g, 'APPROVED' FROM generate_series(1, $1) g`,
    [Math.ceil(size / SUBSCRIPTIONS_PER_ACCOUNT)],
  );
  const end = step === 'grace' ? TODAY : addMonths(TODAY, -1);
  const start = addMonths(end, -12);
  await db.query(
    `INSERT INTO subscriptions (account_id, product_code, plan_code, seats, status, years, opened_on, activated_on, period_start, period_end)
     SELECT a.id, 'QIDIAN', 'SEATS', 3, $2, 1, $3, $3, $3, $4
       FROM accounts a CROSS JOIN generate_series(1, $5) g
      ORDER BY a.seq, g LIMIT $1`,
    [size, step === 'grace' ? 'ACTIVE' : 'GRACE', start, end, SUBSCRIPTIONS_PER_ACCOUNT],
  );
  await db.query(`VACUUM ANALYZE accounts, subscriptions, subscription_events, audit_log`);
}

/** The project: the real-time scheduler's run, as an API process runs it. */
async function projectRun(db: DataSource): Promise<number> {
  const scheduler = new Scheduler(db, new SandboxGateway(), { intervalMs: 0, now: () => AT });
  const result = await scheduler.tick();
  return result.transitions.GRACE + result.transitions.RECYCLED;
}

/**
 * The baseline: one statement doing the same writes set-based — the same UPDATE, one
 * subscription_events row, one billing_events row (its snapshot built by the same SQL) and one
 * audit_log row per subscription — with the rule ids, a reason of the same shape and its message
 * (key and parameters, as the run stores it for other languages), and nothing else (no batches, no domain check, no SKIP LOCKED).
 */
async function baselineRun(db: DataSource, step: Step): Promise<number> {
  const sql =
    step === 'grace'
      ? `WITH due AS (
           SELECT s.id, s.account_id, s.status, s.period_end, s.period_end AS effective_on
             FROM subscriptions s JOIN accounts a ON a.id = s.account_id
            WHERE a.test_clock_id IS NULL AND s.status = 'ACTIVE' AND s.activated_on IS NOT NULL AND s.period_end <= $1
            FOR UPDATE OF s),
         changed AS (
           UPDATE subscriptions s SET status = 'GRACE' FROM due WHERE s.id = due.id RETURNING due.*),
         events AS (
           INSERT INTO subscription_events (subscription_id, occurred_at, effective_on, from_status, to_status, cause, rules, reason, reason_message)
           SELECT id, $2, effective_on, status, 'GRACE', 'PERIOD_ENDED', ARRAY['R-LIFE-2', 'R-LIFE-6'],
                  'The period ended on ' || effective_on || ': the subscription is in grace for one month (R-LIFE-2)',
                  jsonb_build_object('key', 'transition.periodEnded', 'params', jsonb_build_object(
                    'from', jsonb_build_object('status', status), 'to', jsonb_build_object('status', 'GRACE'),
                    'on', effective_on, 'graceEndsOn', (effective_on + interval '1 month' - interval '1 day')::date))
             FROM changed),
         billing AS (
           INSERT INTO billing_events (type, account_id, occurred_at, business_date, test_mode, object_type, object_id, data)
           SELECT 'subscription.grace', s.account_id, now(), c.effective_on, false, 'Subscription', s.id,
                  ${subscriptionDataSql('s')} || jsonb_build_object('status', 'GRACE')
             FROM changed c JOIN subscriptions s ON s.id = c.id)
         INSERT INTO audit_log (occurred_at, actor_role, actor_token_id, request_id, action, object_type, object_id, account_id, before, after)
         SELECT $2, 'SYSTEM', NULL, NULL, 'enterGrace', 'Subscription', id, account_id, jsonb_build_object('status', status),
                jsonb_build_object('status', 'GRACE', 'periodEnd', period_end, 'cause', 'PERIOD_ENDED', 'rules', jsonb_build_array('R-LIFE-2', 'R-LIFE-6'))
           FROM changed`
      : `WITH due AS (
           SELECT s.id, s.account_id, s.status, s.enterprise_number, (s.period_end + interval '1 month')::date AS effective_on
             FROM subscriptions s JOIN accounts a ON a.id = s.account_id
            WHERE a.test_clock_id IS NULL AND s.status IN ('GRACE', 'SUSPENDED') AND s.activated_on IS NOT NULL
              AND (s.period_end + interval '1 month')::date <= $1
            FOR UPDATE OF s),
         released AS (
           UPDATE enterprise_numbers e SET subscription_id = NULL, released_at = $2
             FROM due WHERE e.subscription_id = due.id RETURNING due.id, e.number),
         changed AS (
           UPDATE subscriptions s
              SET status = 'RECYCLED', recycled_on = due.effective_on, service_data = '{}'::jsonb, enterprise_number = NULL
             FROM due LEFT JOIN released r ON r.id = due.id WHERE s.id = due.id
           RETURNING due.*, r.number AS released_number),
         events AS (
           INSERT INTO subscription_events (subscription_id, occurred_at, effective_on, from_status, to_status, cause, rules, reason, reason_message)
           SELECT id, $2, effective_on, status, 'RECYCLED', 'GRACE_ENDED', ARRAY['R-LIFE-3', 'R-NUM-4', 'R-LIFE-6'],
                  'Grace ended on ' || (effective_on - 1) || ': the subscription is recycled, its number returns to the pool and its service data is deleted (R-LIFE-3, R-NUM-4)',
                  jsonb_build_object('key', 'transition.graceEnded', 'params', jsonb_build_object(
                    'from', jsonb_build_object('status', status), 'to', jsonb_build_object('status', 'RECYCLED'),
                    'on', effective_on, 'graceEndsOn', effective_on - 1))
             FROM changed),
         billing AS (
           INSERT INTO billing_events (type, account_id, occurred_at, business_date, test_mode, object_type, object_id, data)
           SELECT 'subscription.recycled', s.account_id, now(), c.effective_on, false, 'Subscription', s.id,
                  ${subscriptionDataSql('s')}
                    || jsonb_build_object('status', 'RECYCLED', 'recycledOn', c.effective_on, 'enterpriseNumber', NULL)
             FROM changed c JOIN subscriptions s ON s.id = c.id)
         INSERT INTO audit_log (occurred_at, actor_role, actor_token_id, request_id, action, object_type, object_id, account_id, before, after)
         SELECT $2, 'SYSTEM', NULL, NULL, 'recycle', 'Subscription', id, account_id,
                jsonb_build_object('status', status, 'enterpriseNumber', enterprise_number),
                jsonb_build_object('status', 'RECYCLED', 'recycledOn', effective_on, 'enterpriseNumber', NULL, 'releasedNumber', released_number,
                                   'serviceDataDeleted', true, 'cause', 'GRACE_ENDED', 'rules', jsonb_build_array('R-LIFE-3', 'R-NUM-4', 'R-LIFE-6'))
           FROM changed`;
  await db.transaction((tx) => tx.query(sql, [TODAY, AT]));
  const [counted] = (await db.query(
    `SELECT count(*)::int AS n FROM subscriptions WHERE status = $1`,
    [step === 'grace' ? 'GRACE' : 'RECYCLED'],
  )) as Array<{ n: number }>;
  return counted?.n ?? 0;
}

const seconds = (started: number) => (performance.now() - started) / 1000;

/** Times one run of `work` on a fresh seed; checks it moved every seeded subscription. */
async function timed(
  db: DataSource,
  size: number,
  step: Step,
  work: () => Promise<number>,
): Promise<number> {
  await seed(db, size, step);
  const started = performance.now();
  const moved = await work();
  const took = seconds(started);
  if (moved !== size) throw new Error(`expected ${size} transitions, got ${moved}`);
  return took;
}

// --- two OS processes sharing one run ---

interface WorkerReport {
  transitions: number;
  seconds: number;
}

/** A worker process: connects, says it is ready, runs one scheduler run when told, reports. */
async function worker(url: string): Promise<void> {
  const db = await createDataSource(url).initialize();
  process.on('message', (message: string) => {
    if (message !== 'go') return;
    const started = performance.now();
    void projectRun(db).then(async (transitions) => {
      process.send!({ transitions, seconds: seconds(started) } satisfies WorkerReport);
      await db.destroy();
      process.exit(0);
    });
  });
  process.send!('ready');
}

/** `count` worker processes run the scheduler at once; the time from "go" to the last one done. */
async function processesRun(url: string, count: number): Promise<{ took: number; moved: number }> {
  const self = fileURLToPath(import.meta.url);
  const children: ChildProcess[] = [];
  const ready: Array<Promise<void>> = [];
  const done: Array<Promise<WorkerReport>> = [];
  for (let i = 0; i < count; i++) {
    const child = fork(self, ['--worker', `--url=${url}`], { stdio: 'inherit' });
    children.push(child);
    ready.push(new Promise((resolve) => child.once('message', (m) => m === 'ready' && resolve())));
    done.push(
      new Promise((resolve, reject) => {
        child.on('message', (m) => typeof m === 'object' && resolve(m as WorkerReport));
        child.once('exit', (code) => code !== 0 && reject(new Error(`worker exited ${code}`)));
      }),
    );
  }
  await Promise.all(ready);
  const started = performance.now();
  for (const child of children) child.send('go');
  const reports = await Promise.all(done);
  return { took: seconds(started), moved: reports.reduce((sum, r) => sum + r.transitions, 0) };
}

async function main(): Promise<void> {
  const sizes = numbers(option('sizes') ?? '10000,100000');
  const steps = (option('steps') ?? 'grace,recycle').split(',') as Step[];
  const twoProcessSizes = numbers(option('two-process-sizes') ?? '100000');
  const runsFor = (size: number) =>
    Number(option('runs') ?? (size >= 1_000_000 ? 2 : size >= 100_000 ? 3 : 5));

  const database = await benchDatabase();
  const db = await createDataSource(database.url).initialize();
  try {
    console.log(await machineFacts(database.url));
    console.log(
      `seed: ${SUBSCRIPTIONS_PER_ACCOUNT} subscriptions per real-time account, all due ${TODAY}; every run on a fresh seed`,
    );
    const medians = new Map<string, number>();
    for (const size of sizes) {
      const runs = runsFor(size);
      for (const step of steps) {
        const project: number[] = [];
        const baseline: number[] = [];
        for (let i = 0; i < runs; i++) {
          project.push(await timed(db, size, step, () => projectRun(db)));
          baseline.push(await timed(db, size, step, () => baselineRun(db, step)));
        }
        const p = summarize(project);
        const b = summarize(baseline);
        medians.set(`${step}:${size}`, p.median);
        medians.set(`baseline:${step}:${size}`, b.median);
        const label = step === 'grace' ? 'ACTIVE → GRACE' : 'GRACE → RECYCLED';
        console.log(
          `\n${label}, ${size.toLocaleString('en')} subscriptions, ${runs} runs` +
            ` (project ${rate(size, p)}; baseline ${rate(size, b)})`,
        );
        // A ratio of throughputs: project ÷ baseline, so higher is better.
        console.log(
          ratioLine(
            'throughput (transitions/s)',
            perSecond(size, project),
            perSecond(size, baseline),
            'transitions/s',
            '≥ 0.5×',
          ),
        );
        console.log(`  time (min / median / max): project ${formatSummary(p, 's')}`);
        console.log(`                             baseline ${formatSummary(b, 's')}`);
        if (size >= 1_000_000)
          console.log(`  1M time: project median ${p.median.toFixed(1)} s (target ≤ 120 s)`);
      }
    }
    for (const step of steps) {
      const small = medians.get(`${step}:10000`);
      const big = medians.get(`${step}:100000`);
      const baseSmall = medians.get(`baseline:${step}:10000`);
      const baseBig = medians.get(`baseline:${step}:100000`);
      // The baseline's own ratio beside it: on a shared machine whose load changes between the
      // 10k and the 100k runs, that tells the machine's share from the project's.
      if (small && big && baseSmall && baseBig)
        console.log(
          `\nlinearity ${step}: 100k median / 10k median = ${(big / small).toFixed(1)}× (target ≤ 12×); baseline's ${(baseBig / baseSmall).toFixed(1)}×`,
        );
    }
    for (const size of twoProcessSizes) {
      const runs = runsFor(size);
      const one: number[] = [];
      const two: number[] = [];
      for (let i = 0; i < runs; i++) {
        for (const [count, samples] of [
          [1, one],
          [2, two],
        ] as const) {
          await seed(db, size, 'grace');
          const { took, moved } = await processesRun(database.url, count);
          if (moved !== size) throw new Error(`expected ${size} transitions, got ${moved}`);
          samples.push(took);
        }
      }
      console.log(
        `\nshared run, ACTIVE → GRACE, ${size.toLocaleString('en')} subscriptions, ${runs} runs (OS processes; wall time from "go" to the last one done)`,
      );
      console.log(`  one process  (min / median / max): ${formatSummary(summarize(one), 's')}`);
      console.log(`  two processes (min / median / max): ${formatSummary(summarize(two), 's')}`);
      console.log(
        `  speed-up (medians): ${(summarize(one).median / summarize(two).median).toFixed(2)}×`,
      );
    }
  } finally {
    await db.destroy();
    await database.stop();
  }
}

const perSecond = (size: number, samples: readonly number[]): Summary =>
  summarize(samples.map((s) => size / s));
const rate = (size: number, summary: Summary) =>
  `median ${Math.round(size / summary.median).toLocaleString('en')}/s`;

if (process.argv.includes('--worker')) {
  await worker(option('url')!);
} else {
  await main();
}
