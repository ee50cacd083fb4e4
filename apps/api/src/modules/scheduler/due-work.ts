import type { BusinessDate } from '@billing/domain';
import type { EntityManager } from 'typeorm';
import type { DueScope } from '../lifecycle/due-scope.js';
import { recordDueReminders } from '../lifecycle/reminders.js';
import {
  totalTransitions,
  runDueTransitions,
  type TransitionCounts,
} from '../lifecycle/transitions.js';
import { effectDueTerminations } from '../operations/termination-effect.js';
import type { PaymentGateway } from '../payments/payment-gateway.js';
import { accrueLateFees, type LateFeeRun } from '../postpaid/late-fees.js';
import { payDueRefunds } from '../refunds/refund-payouts.js';

export interface DueWorkResult {
  /** Termination notices that took effect (R-TERM-1). */
  terminations: number;
  transitions: TransitionCounts;
  reminders: number;
  refundsPaid: number;
  lateFees: LateFeeRun;
}

export const nothingDone = (result: DueWorkResult): boolean =>
  result.terminations === 0 &&
  totalTransitions(result.transitions) === 0 &&
  result.reminders === 0 &&
  result.refundsPaid === 0 &&
  result.lateFees.bills === 0;

/**
 * Everything that falls due by the passing of time, on or before `today`, for a scope — the
 * same code for the real-time scheduler and for test-clock advances, in one transaction:
 * termination notices taking effect (R-TERM-1; first, so an agreement ending on its period end
 * is terminated, not sent into grace), lifecycle transitions (R-LIFE-1..6, R-CAT-4, R-NUM-4),
 * renewal reminders (R-LIFE-4), refund payouts (R-REF-PAYOUT) and postpaid late fees (R-PAY-5).
 * Each step handles what is due "on or before today" that it has not handled yet, so a run after
 * a pause catches up.
 */
export async function runDueWork(
  tx: EntityManager,
  gateway: PaymentGateway,
  scope: DueScope,
  today: BusinessDate,
  at: Date,
  options: { requestId?: string | null } = {},
): Promise<DueWorkResult> {
  const terminations = await effectDueTerminations(tx, scope, today, at, options);
  const transitions = await runDueTransitions(tx, scope, today, at, options);
  const reminders = await recordDueReminders(tx, scope, today, at);
  const refundsPaid = await payDueRefunds(
    tx,
    gateway,
    'realTime' in scope ? { realTime: true } : { accountIds: [...scope.accountIds] },
    today,
  );
  const lateFees = await accrueLateFees(tx, scope, today, at, options);
  return { terminations, transitions, reminders, refundsPaid, lateFees };
}

/**
 * The days in (from, to) on which something can fall due for the accounts, ascending: period
 * ends, recycling days, sunsets, reminder days, refund payout days, and the days a postpaid
 * bill becomes overdue, suspended and closed, and termination notices' effective days. A
 * test-clock advance runs the due work on each of them and then on `to`; on the days in between
 * nothing falls due, so this is the same as running every day, in order, at a fraction of the cost.
 */
export async function dueDaysBetween(
  tx: EntityManager,
  accountIds: readonly string[],
  from: BusinessDate,
  to: BusinessDate,
): Promise<BusinessDate[]> {
  const rows: Array<{ day: BusinessDate }> = await tx.query(
    `SELECT DISTINCT day FROM (
       SELECT s.period_end AS day FROM subscriptions s WHERE s.account_id = ANY($1::uuid[]) AND s.status = 'ACTIVE'
       UNION ALL
       SELECT (s.period_end + interval '1 month')::date FROM subscriptions s
        WHERE s.account_id = ANY($1::uuid[]) AND s.status IN ('ACTIVE', 'GRACE', 'SUSPENDED') AND s.period_end IS NOT NULL
       UNION ALL
       SELECT greatest(s.period_start, (s.period_end - interval '1 month')::date) FROM subscriptions s
        WHERE s.account_id = ANY($1::uuid[]) AND s.status = 'ACTIVE'
       UNION ALL
       SELECT s.period_end - 7 FROM subscriptions s WHERE s.account_id = ANY($1::uuid[]) AND s.status = 'ACTIVE'
       UNION ALL
       SELECT p.service_ends_on FROM subscriptions s JOIN products p ON p.code = s.product_code
        WHERE s.account_id = ANY($1::uuid[]) AND s.status IN ('PENDING_ACTIVATION', 'ACTIVE', 'GRACE', 'SUSPENDED')
       UNION ALL
       SELECT r.payout_due_on FROM refunds r WHERE r.account_id = ANY($1::uuid[]) AND r.status = 'APPROVED'
       UNION ALL
       SELECT b.due_on + o.days FROM postpaid_bills b CROSS JOIN (VALUES (1), (30), (90)) AS o(days)
        WHERE b.account_id = ANY($1::uuid[]) AND b.status <> 'PAID'
       UNION ALL
       SELECT n.effective_on FROM termination_notices n WHERE n.account_id = ANY($1::uuid[]) AND n.status = 'SCHEDULED'
     ) due WHERE day > $2 AND day < $3 ORDER BY day`,
    [[...accountIds], from, to],
  );
  return rows.map((row) => row.day);
}
