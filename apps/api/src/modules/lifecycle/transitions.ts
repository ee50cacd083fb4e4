import {
  addDays,
  transitionsBetween,
  type BusinessDate,
  type Catalog,
  type LifecycleTransition,
  type LifecycleTransitionCause,
  type SubscriptionStatus,
} from '@billing/domain';
import type { EntityManager } from 'typeorm';
import { SYSTEM_ACTOR } from '../audit/audit.js';
import { loadCatalog } from '../catalog/catalog.repository.js';
import { STATUS_EVENT, subscriptionDataSql } from '../events/events.js';
import { toLifecycleSubscription } from '../subscriptions/subscription-facts.js';
import { SubscriptionEntity } from '../subscriptions/subscription.entity.js';
import { endSubscriptions } from '../subscriptions/subscription-end.js';
import {
  forEachBatch,
  returnedRows,
  subscriptionScopeSql,
  type Cursor,
  type DueRun,
} from '../../db/due-scope.js';

/**
 * The domain's contract dates (`subscriptionDates`) in SQL, so due rows are found by the
 * database: grace is the month [end, end + 1 month) with the month-end clamp (R-TIME-2), which
 * is what PostgreSQL's `date + interval '1 month'` does (2024-01-31 → 2024-02-29).
 * test/lifecycle.test.ts checks these against the domain for every day of several years.
 */
export const recycleOnSql = (end: string) => `(${end} + interval '1 month')::date`;
export const graceEndsOnSql = (end: string) => `(${recycleOnSql(end)} - 1)`;
export const renewalOpensOnSql = (start: string, end: string) =>
  `greatest(${start}, (${end} - interval '1 month')::date)`;

/** A due subscription as it was before the transition. */
interface DueRow {
  id: string;
  seq: string;
  account_id: string;
  product_code: string;
  status: SubscriptionStatus;
  activated_on: BusinessDate | null;
  period_start: BusinessDate | null;
  period_end: BusinessDate | null;
  recycled_on: BusinessDate | null;
  terminated_on: BusinessDate | null;
  termination_cause: string | null;
  suspended_since: BusinessDate | null;
  suspension_reason: string | null;
  enterprise_number: string | null;
  effective_on: BusinessDate;
}

const DUE_COLUMNS = `s.id, s.seq, s.account_id, s.product_code, s.status, s.activated_on, s.period_start, s.period_end,
  s.recycled_on, s.terminated_on, s.termination_cause, s.suspended_since, s.suspension_reason, s.enterprise_number`;

/**
 * A step's claim statement. Parameters: $1 today, $2 batch size, $3/$4 the cursor, then the
 * scope's, then (`perProduct`) the product's code, whose placeholder is `product`.
 */
type Claim = (
  scope: { where: string; join: string; lock: (rows: string) => string },
  product: string,
) => string;

/*
 * Every claim orders by its partial index's columns in full, `test_clock_id` first even though
 * the scope fixes it: PostgreSQL does not treat `test_clock_id IS NULL` as an equality, so
 * without it the real-time run would sort every due row for each batch instead of reading the
 * next batch off the index.
 */

interface Step {
  readonly to: 'GRACE' | 'RECYCLED' | 'TERMINATED';
  readonly cause: LifecycleTransitionCause;
  readonly action: string;
  /**
   * Claims the next batch of due rows as they are, in the order of the step's partial index
   * (due date, seq) after the cursor; `effective_on` is the transition's date, which is also the
   * keyset position.
   */
  readonly claim: Claim;
  /** The claim is wrapped into `UPDATE … SET status = <to>` (a change of status only). */
  readonly claimAndChange?: boolean;
  /** Run once per product sunset by today (in sunset order), not once for all rows. */
  readonly perProduct?: boolean;
  /** Applies the step to the claimed rows; returns the enterprise numbers released, by row. */
  apply(tx: EntityManager, rows: readonly DueRow[], at: Date): Promise<Map<string, string | null>>;
  /**
   * `apply` ends the rows through `endSubscriptions`, which records their billing events in its
   * own statement; otherwise `recordTransitions` records them.
   */
  readonly ends: boolean;
  audit(
    row: DueRow,
    released: string | null,
  ): { before: Record<string, unknown>; after: Record<string, unknown> };
}

/**
 * The time-driven transitions, in the order a day applies them (R-LIFE-6): the period end,
 * then the end of grace, then a product's sunset. Run in this order with "due on or before
 * today", a run that catches up several days still records each transition on its own date
 * and reaches the state the rules give for today (a sunset on or before a boundary wins it).
 * Each step's due predicate excludes what an earlier rule wins, so the steps stay right even
 * when two processes run them at the same time.
 */
const STEPS: readonly Step[] = [
  {
    // R-LIFE-1, R-LIFE-2: ACTIVE while today < end; GRACE from the end.
    to: 'GRACE',
    cause: 'PERIOD_ENDED',
    action: 'enterGrace',
    claim: (sc) => `
      SELECT ${DUE_COLUMNS}, s.period_end AS effective_on
        FROM subscriptions s ${sc.join} JOIN products p ON p.code = s.product_code
       WHERE ${sc.where} AND s.status = 'ACTIVE' AND s.activated_on IS NOT NULL
         AND s.period_end <= $1 AND (s.period_end, s.seq) > ($3::date, $4::bigint)
         AND (p.service_ends_on IS NULL OR s.period_end < p.service_ends_on)
         AND (s.terminated_on IS NULL OR s.terminated_on > s.period_end)
       ORDER BY s.test_clock_id, s.period_end, s.seq LIMIT $2
       ${sc.lock('s')}`,
    // Claimed and changed in one statement: nothing else to do per row.
    claimAndChange: true,
    apply: async () => new Map(),
    ends: false,
    audit: (row) => ({
      before: { status: row.status },
      after: { status: 'GRACE', periodEnd: row.period_end },
    }),
  },
  {
    // R-LIFE-3, R-NUM-4: the day after the last day of grace; a suspension does not stop it.
    // The number returns to the pool and the service data is deleted; billing records stay.
    to: 'RECYCLED',
    cause: 'GRACE_ENDED',
    action: 'recycle',
    claim: (sc) => `
      SELECT ${DUE_COLUMNS}, ${recycleOnSql('s.period_end')} AS effective_on
        FROM subscriptions s ${sc.join} JOIN products p ON p.code = s.product_code
       WHERE ${sc.where} AND s.status IN ('GRACE', 'SUSPENDED') AND s.activated_on IS NOT NULL AND s.period_end IS NOT NULL
         AND ${recycleOnSql('s.period_end')} <= $1
         AND (${recycleOnSql('s.period_end')}, s.seq) > ($3::date, $4::bigint)
         AND (p.service_ends_on IS NULL OR ${recycleOnSql('s.period_end')} < p.service_ends_on)
         AND (s.terminated_on IS NULL OR s.terminated_on > ${recycleOnSql('s.period_end')})
       ORDER BY s.test_clock_id, ${recycleOnSql('s.period_end')}, s.seq LIMIT $2
       ${sc.lock('s')}`,
    apply: (tx, rows, at) =>
      endSubscriptions(
        tx,
        rows.map((row) => ({ id: row.id, to: 'RECYCLED', on: row.effective_on })),
        at,
      ),
    ends: true,
    audit: (row, released) => ({
      // The deleted service data itself is not copied here: nothing can restore it (R-LIFE-3).
      before: { status: row.status, enterpriseNumber: row.enterprise_number },
      after: {
        status: 'RECYCLED',
        recycledOn: row.effective_on,
        enterpriseNumber: null,
        releasedNumber: released,
        serviceDataDeleted: true,
      },
    }),
  },
  {
    // R-CAT-4, R-LIFE-5: every subscription of a sunset product ends on its serviceEndsOn. One
    // product at a time (there are few), each through the index (product, clock, seq).
    to: 'TERMINATED',
    cause: 'PRODUCT_SUNSET',
    action: 'terminateAtSunset',
    perProduct: true,
    claim: (sc, product) => `
      SELECT ${DUE_COLUMNS}, p.service_ends_on AS effective_on
        FROM subscriptions s ${sc.join} JOIN products p ON p.code = s.product_code
       WHERE ${sc.where} AND s.product_code = ${product} AND s.status IN ('PENDING_ACTIVATION', 'ACTIVE', 'GRACE', 'SUSPENDED')
         AND p.service_ends_on <= $1 AND p.service_ends_on >= $3::date AND s.seq > $4::bigint
         AND (s.terminated_on IS NULL OR s.terminated_on >= p.service_ends_on)
       ORDER BY s.product_code, s.test_clock_id, s.seq LIMIT $2
       ${sc.lock('s')}`,
    apply: (tx, rows, at) =>
      endSubscriptions(
        tx,
        rows.map((row) => ({
          id: row.id,
          to: 'TERMINATED',
          on: row.effective_on,
          terminationCause: 'SUNSET',
          releasesNumber: false,
        })),
        at,
      ),
    ends: true,
    audit: (row) => ({
      before: { status: row.status },
      after: { status: 'TERMINATED', terminatedOn: row.effective_on, terminationCause: 'SUNSET' },
    }),
  },
];

export interface TransitionCounts {
  GRACE: number;
  RECYCLED: number;
  TERMINATED: number;
}

/**
 * R-LIFE-1, R-LIFE-2, R-LIFE-3, R-LIFE-4, R-LIFE-5, R-LIFE-6, R-CAT-4, R-NUM-4: applies every
 * time-driven transition due on or before `today` for the run's scope, in keyset batches (a few
 * statements per batch, whatever its size). The rows are chosen in SQL; the domain's
 * `transitionsBetween` then describes each one (cause, rule ids, reason) and must agree with it, or
 * the batch is rolled back. Each transition is recorded in `subscription_events` and the audit log
 * (SYSTEM actor) at `at`. A transitioned row no longer matches its step's due predicate, so a batch
 * done twice (its process died before the commit) cannot record anything twice.
 */
export async function runDueTransitions(
  run: DueRun,
  today: BusinessDate,
  at: Date,
  options: { requestId?: string | null } = {},
): Promise<TransitionCounts> {
  const counts: TransitionCounts = { GRACE: 0, RECYCLED: 0, TERMINATED: 0 };
  const sc = subscriptionScopeSql(run.scope, 's', 'a', 5);
  for (const step of STEPS) {
    const claim = step.claim(sc, `$${5 + sc.params.length}`);
    const sql = step.claimAndChange
      ? `WITH due AS (${claim})
         UPDATE subscriptions s SET status = '${step.to}' FROM due WHERE s.id = due.id RETURNING due.*`
      : claim;
    const products: Array<string | null> = step.perProduct
      ? await run
          .batch(step.action, async (tx) => {
            const sunset: Array<{ code: string }> = await tx.query(
              `SELECT code FROM products WHERE service_ends_on <= $1 ORDER BY service_ends_on, code`,
              [today],
            );
            return { rows: 0, codes: sunset.map((p) => p.code) };
          })
          .then((r) => r.codes)
      : [null];
    for (const product of products) {
      counts[step.to] += await forEachBatch(run, step.action, async (tx, after) => {
        const rows = returnedRows<DueRow>(
          await tx.query(sql, [
            today,
            run.batchSize,
            after.on,
            after.seq,
            ...sc.params,
            ...(product === null ? [] : [product]),
          ]),
        );
        if (rows.length === 0) return { rows: 0, last: null, counted: 0 };
        const catalog = await loadCatalog(tx);
        // A disagreement with the domain throws, and the batch is rolled back.
        const done = rows.map((row) => describeTransition(step, row, catalog));
        const released = await step.apply(tx, rows, at);
        await recordTransitions(tx, step, done, released, at, options.requestId ?? null);
        return { rows: rows.length, last: lastClaimed(rows), counted: rows.length };
      });
    }
  }
  return counts;
}

/**
 * The keyset position after a batch: its greatest (due date, seq). Not simply the last row: an
 * `UPDATE … RETURNING` does not keep its claim's order.
 */
function lastClaimed(rows: readonly DueRow[]): Cursor {
  let last = rows[0]!;
  for (const row of rows) {
    if (
      row.effective_on > last.effective_on ||
      (row.effective_on === last.effective_on && BigInt(row.seq) > BigInt(last.seq))
    )
      last = row;
  }
  return { on: last.effective_on, seq: last.seq };
}

/** The domain's account of one transition the SQL applied; a disagreement is a bug, never silently recorded. */
function describeTransition(
  step: Step,
  row: DueRow,
  catalog: Catalog,
): { row: DueRow; transition: LifecycleTransition } {
  const before = Object.assign(new SubscriptionEntity(), {
    productCode: row.product_code,
    activatedOn: row.activated_on,
    periodStart: row.period_start,
    periodEnd: row.period_end,
    recycledOn: row.recycled_on,
    suspendedSince: row.suspended_since,
    suspensionReason: row.suspension_reason,
    terminatedOn: row.terminated_on,
    terminationCause: row.termination_cause,
  });
  const view = toLifecycleSubscription(before, catalog, {
    paidInFull: true,
    materialsApproved: true,
  });
  const transition = transitionsBetween(view, addDays(row.effective_on, -1), row.effective_on).find(
    (t) => t.to === step.to,
  );
  if (!transition || transition.from !== row.status || transition.cause !== step.cause) {
    throw new Error(
      `lifecycle rules and SQL disagree for subscription ${row.id} on ${row.effective_on}: SQL ${row.status} → ${step.to}, rules ${
        transition ? `${transition.from} → ${transition.to} (${transition.cause})` : 'no transition'
      }`,
    );
  }
  return { row, transition };
}

async function recordTransitions(
  tx: EntityManager,
  step: Step,
  done: ReadonlyArray<{ row: DueRow; transition: LifecycleTransition }>,
  released: ReadonlyMap<string, string | null>,
  at: Date,
  requestId: string | null,
): Promise<void> {
  // R-LIFE-6, the audit trail and (unless `endSubscriptions` did) the billing events, all from
  // one set of rows in one statement. Column arrays (unnest) rather than one JSON document:
  // PostgreSQL reads them several times faster, which is most of a batch's cost.
  const audits = done.map(({ row }) => step.audit(row, released.get(row.id) ?? null));
  const billing = step.ends
    ? ''
    : `,
     billing AS (
       INSERT INTO billing_events (type, account_id, occurred_at, business_date, test_mode, object_type, object_id, data)
       SELECT '${STATUS_EVENT[step.to]}', s.account_id, now(), t.effective_on, a.test_clock_id IS NOT NULL, 'Subscription', s.id, ${subscriptionDataSql('s')}
         FROM t JOIN subscriptions s ON s.id = t.subscription_id JOIN accounts a ON a.id = s.account_id
        ORDER BY t.effective_on, s.seq)`;
  await tx.query(
    `WITH t AS (
       SELECT * FROM unnest($1::uuid[], $2::uuid[], $3::date[], $4::text[], $5::text[], $6::text[], $7::text[], $8::text[], $9::jsonb[], $10::jsonb[], $15::jsonb[])
         AS t(subscription_id, account_id, effective_on, from_status, to_status, cause, rules, reason, before, after, reason_message)),
     events AS (
       INSERT INTO subscription_events (subscription_id, occurred_at, effective_on, from_status, to_status, cause, rules, reason, reason_message)
       SELECT t.subscription_id, $11, t.effective_on, t.from_status, t.to_status, t.cause, string_to_array(t.rules, ','), t.reason, t.reason_message
         FROM t)${billing}
     INSERT INTO audit_log (occurred_at, actor_role, actor_token_id, request_id, action, object_type, object_id, account_id, before, after)
     SELECT $11, $12, NULL, $13, $14, 'Subscription', t.subscription_id, t.account_id, t.before,
            t.after || jsonb_build_object('cause', t.cause, 'rules', to_jsonb(string_to_array(t.rules, ',')))
       FROM t`,
    [
      done.map(({ row }) => row.id),
      done.map(({ row }) => row.account_id),
      done.map(({ transition }) => transition.on),
      done.map(({ transition }) => transition.from),
      done.map(({ transition }) => transition.to),
      done.map(({ transition }) => transition.cause),
      done.map(({ transition }) => transition.rules.join(',')),
      done.map(({ transition }) => transition.reason),
      audits.map(({ before }) => JSON.stringify(before)),
      audits.map(({ after }) => JSON.stringify(after)),
      at,
      SYSTEM_ACTOR.role,
      requestId,
      step.action,
      // The reason in words for every language (R-LIFE-6): rendered in the reader's.
      done.map(({ transition }) =>
        transition.reasonMessage === undefined ? null : JSON.stringify(transition.reasonMessage),
      ),
    ],
  );
}

/** How many transitions a run applied. */
export function totalTransitions(counts: TransitionCounts): number {
  return counts.GRACE + counts.RECYCLED + counts.TERMINATED;
}
