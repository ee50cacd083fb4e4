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
import { toLifecycleSubscription } from '../subscriptions/subscription-facts.js';
import { SubscriptionEntity } from '../subscriptions/subscription.entity.js';
import { DUE_BATCH_SIZE, returnedRows, scopeSql, type DueScope } from './due-scope.js';

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
  released_number?: string | null;
}

const DUE_COLUMNS = `s.id, s.account_id, s.product_code, s.status, s.activated_on, s.period_start, s.period_end,
  s.recycled_on, s.terminated_on, s.termination_cause, s.suspended_since, s.suspension_reason, s.enterprise_number`;
const DUE_FROM = `subscriptions s JOIN accounts a ON a.id = s.account_id JOIN products p ON p.code = s.product_code`;

interface Step {
  readonly to: SubscriptionStatus;
  readonly cause: LifecycleTransitionCause;
  readonly action: string;
  /** One statement: lock a batch of due rows, change them, return them as they were. $1 today, $2 batch size. */
  statement(where: string, lock: (rows: string) => string, at: string): string;
  /** The statement takes the instant `at` as a parameter. */
  readonly usesAt?: boolean;
  audit(row: DueRow): { before: Record<string, unknown>; after: Record<string, unknown> };
}

/**
 * The time-driven transitions, in the order a day applies them (R-LIFE-6): the period end,
 * then the end of grace, then a product's sunset. Run in this order with "due on or before
 * today", a run that catches up several days still records each transition on its own date
 * and reaches the state the rules give for today (a sunset on or before a boundary wins it).
 */
const STEPS: readonly Step[] = [
  {
    // R-LIFE-1/2: ACTIVE while today < end; GRACE from the end.
    to: 'GRACE',
    cause: 'PERIOD_ENDED',
    action: 'enterGrace',
    statement: (where, lock) => `
      WITH due AS (
        SELECT ${DUE_COLUMNS}, s.period_end AS effective_on
          FROM ${DUE_FROM}
         WHERE ${where} AND s.status = 'ACTIVE' AND s.activated_on IS NOT NULL AND s.period_end <= $1
           AND (p.service_ends_on IS NULL OR s.period_end < p.service_ends_on)
           AND (s.terminated_on IS NULL OR s.terminated_on > s.period_end)
         ORDER BY s.seq LIMIT $2
         ${lock('s')})
      UPDATE subscriptions s SET status = 'GRACE' FROM due WHERE s.id = due.id
      RETURNING due.*`,
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
    usesAt: true,
    statement: (where, lock, at) => `
      WITH due AS (
        SELECT ${DUE_COLUMNS}, ${recycleOnSql('s.period_end')} AS effective_on
          FROM ${DUE_FROM}
         WHERE ${where} AND s.status IN ('GRACE', 'SUSPENDED') AND s.activated_on IS NOT NULL AND s.period_end IS NOT NULL
           AND ${recycleOnSql('s.period_end')} <= $1
           AND (p.service_ends_on IS NULL OR ${recycleOnSql('s.period_end')} < p.service_ends_on)
           AND (s.terminated_on IS NULL OR s.terminated_on > ${recycleOnSql('s.period_end')})
         ORDER BY s.seq LIMIT $2
         ${lock('s')}),
      released AS (
        UPDATE enterprise_numbers e SET subscription_id = NULL, released_at = ${at}
          FROM due WHERE e.subscription_id = due.id
        RETURNING e.subscription_id, e.number)
      UPDATE subscriptions s
         SET status = 'RECYCLED', recycled_on = due.effective_on, service_data = '{}'::jsonb, enterprise_number = NULL
        FROM due LEFT JOIN released r ON r.subscription_id = due.id
       WHERE s.id = due.id
      RETURNING due.*, r.number AS released_number`,
    audit: (row) => ({
      // The deleted service data itself is not copied here: nothing can restore it (R-LIFE-3).
      before: { status: row.status, enterpriseNumber: row.enterprise_number },
      after: {
        status: 'RECYCLED',
        recycledOn: row.effective_on,
        enterpriseNumber: null,
        releasedNumber: row.released_number ?? null,
        serviceDataDeleted: true,
      },
    }),
  },
  {
    // R-CAT-4, R-LIFE-5: every subscription of a sunset product ends on its serviceEndsOn.
    to: 'TERMINATED',
    cause: 'PRODUCT_SUNSET',
    action: 'terminateAtSunset',
    statement: (where, lock) => `
      WITH due AS (
        SELECT ${DUE_COLUMNS}, p.service_ends_on AS effective_on
          FROM ${DUE_FROM}
         WHERE ${where} AND s.status IN ('PENDING_ACTIVATION', 'ACTIVE', 'GRACE', 'SUSPENDED')
           AND p.service_ends_on IS NOT NULL AND p.service_ends_on <= $1
           AND (s.terminated_on IS NULL OR s.terminated_on >= p.service_ends_on)
         ORDER BY s.seq LIMIT $2
         ${lock('s')})
      UPDATE subscriptions s SET status = 'TERMINATED', terminated_on = due.effective_on, termination_cause = 'SUNSET'
        FROM due WHERE s.id = due.id
      RETURNING due.*`,
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
 * R-LIFE-1..6, R-CAT-4, R-NUM-4: applies every time-driven transition due on or before
 * `today` for the scope, in set-based batches (a few statements per batch, whatever its size).
 * The rows are chosen in SQL; the domain's `transitionsBetween` then describes each one (cause,
 * rule ids, reason) and must agree with it, or the batch is rolled back. Each transition is
 * recorded in `subscription_events` and the audit log (SYSTEM actor) at `at`.
 */
export async function runDueTransitions(
  tx: EntityManager,
  scope: DueScope,
  today: BusinessDate,
  at: Date,
  options: { requestId?: string | null } = {},
): Promise<TransitionCounts> {
  const catalog = await loadCatalog(tx);
  const counts: TransitionCounts = { GRACE: 0, RECYCLED: 0, TERMINATED: 0 };
  const sc = scopeSql(scope, 'a', 3);
  for (const step of STEPS) {
    const sql = step.statement(sc.where, sc.lock, `$${3 + sc.params.length}`);
    const params = [today, DUE_BATCH_SIZE, ...sc.params, ...(step.usesAt ? [at] : [])];
    for (;;) {
      const rows = returnedRows<DueRow>(await tx.query(sql, params));
      if (rows.length > 0)
        await recordTransitions(
          tx,
          step,
          rows.map((row) => describeTransition(step, row, catalog)),
          at,
          options.requestId ?? null,
        );
      counts[step.to as keyof TransitionCounts] += rows.length;
      if (rows.length < DUE_BATCH_SIZE) break;
    }
  }
  return counts;
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
  at: Date,
  requestId: string | null,
): Promise<void> {
  const records = done.map(({ row, transition }) => {
    const { before, after } = step.audit(row);
    return {
      subscription_id: row.id,
      account_id: row.account_id,
      effective_on: transition.on,
      from_status: transition.from,
      to_status: transition.to,
      cause: transition.cause,
      rules: transition.rules,
      reason: transition.reason,
      action: step.action,
      before,
      after: { ...after, cause: transition.cause, rules: transition.rules },
    };
  });
  // R-LIFE-6 and the audit trail, both from one set of records in one statement.
  await tx.query(
    `WITH t AS (
       SELECT * FROM jsonb_to_recordset($1::jsonb) AS t(subscription_id uuid, account_id uuid, effective_on date, from_status text,
         to_status text, cause text, rules jsonb, reason text, action text, before jsonb, after jsonb)),
     events AS (
       INSERT INTO subscription_events (subscription_id, occurred_at, effective_on, from_status, to_status, cause, rules, reason)
       SELECT t.subscription_id, $2, t.effective_on, t.from_status, t.to_status, t.cause,
              ARRAY(SELECT jsonb_array_elements_text(t.rules)), t.reason
         FROM t)
     INSERT INTO audit_log (occurred_at, actor_role, actor_token_id, request_id, action, object_type, object_id, account_id, before, after)
     SELECT $2, $3, NULL, $4, t.action, 'Subscription', t.subscription_id, t.account_id, t.before, t.after FROM t`,
    [JSON.stringify(records), at, SYSTEM_ACTOR.role, requestId],
  );
}

/** How many transitions a run applied. */
export function totalTransitions(counts: TransitionCounts): number {
  return counts.GRACE + counts.RECYCLED + counts.TERMINATED;
}
