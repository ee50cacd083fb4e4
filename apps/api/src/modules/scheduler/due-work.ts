import type { BusinessDate } from '@billing/domain';
import type { EntityManager } from 'typeorm';
import type { DueRun } from '../../db/due-scope.js';
import { NEXT_REMINDER_ON_SQL, recordDueReminders } from '../lifecycle/reminders.js';
import {
  recycleOnSql,
  totalTransitions,
  runDueTransitions,
  type TransitionCounts,
} from '../lifecycle/transitions.js';
import { effectDueTerminations } from '../operations/termination-effect.js';
import type { PaymentGateway } from '../payments/payment-gateway.js';
import { accrueDueLateFees, type LateFeeRun } from '../postpaid/late-fees.js';
import { payDueRefundBatches } from '../refunds/refund-payouts.js';

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
 * Everything that falls due by the passing of time, on or before `today`, for a run's scope —
 * the same code for the real-time scheduler (each batch its own transaction, shared by every API
 * process) and for test-clock advances (all in the advance's transaction): termination notices
 * taking effect (R-TERM-1; first, so an agreement ending on its period end is terminated, not
 * sent into grace), lifecycle transitions (R-LIFE-1, R-LIFE-2, R-LIFE-3, R-LIFE-4, R-LIFE-5,
 * R-LIFE-6, R-CAT-4, R-NUM-4), renewal reminders (R-LIFE-4), refund payouts (R-REF-PAYOUT) and
 * postpaid late fees (R-PAY-5). Each step handles what is due "on or before today" that it has not
 * handled yet, so a run after a pause (or after a process died mid-run) catches up.
 */
export async function runDueWork(
  run: DueRun,
  gateway: PaymentGateway,
  today: BusinessDate,
  at: Date,
  options: { requestId?: string | null } = {},
): Promise<DueWorkResult> {
  const terminations = await effectDueTerminations(run, today, at, options);
  const transitions = await runDueTransitions(run, today, at, options);
  const reminders = await recordDueReminders(run, today, at);
  const refundsPaid = await payDueRefundBatches(run, gateway, today);
  const lateFees = await accrueDueLateFees(run, today, at, options);
  return { terminations, transitions, reminders, refundsPaid, lateFees };
}

/**
 * The first day in (from, to) on which something can fall due for a test clock's accounts, or
 * null: a period end, a recycling day, a reminder day, a sunset, a refund payout day, a day a
 * postpaid bill becomes overdue, suspended or closed, a termination notice's effective day. A
 * test-clock advance runs the due work on each such day in turn and then on `to`; on the days in
 * between nothing falls due, so this is the same as running every day, in order, at a fraction
 * of the cost. Each candidate is the first entry of a due index after `from`, so asking costs
 * the same at 100 subscriptions as at 100,000.
 */
export async function nextDueDay(
  tx: EntityManager,
  testClockId: string,
  from: BusinessDate,
  to: BusinessDate,
): Promise<BusinessDate | null> {
  const [row]: Array<{ day: BusinessDate | null }> = await tx.query(
    `SELECT least(
       (SELECT min(s.period_end) FROM subscriptions s
         WHERE s.test_clock_id = $1 AND s.status = 'ACTIVE' AND s.activated_on IS NOT NULL AND s.period_end > $2),
       (SELECT min(${recycleOnSql('s.period_end')}) FROM subscriptions s
         WHERE s.test_clock_id = $1 AND s.status IN ('GRACE', 'SUSPENDED') AND s.activated_on IS NOT NULL
           AND s.period_end IS NOT NULL AND ${recycleOnSql('s.period_end')} > $2),
       (SELECT min(${NEXT_REMINDER_ON_SQL}) FROM subscriptions s
         WHERE s.test_clock_id = $1 AND s.status = 'ACTIVE' AND s.period_end IS NOT NULL
           AND (s.reminders_for IS DISTINCT FROM s.period_end OR s.next_reminder_on IS NOT NULL)
           AND ${NEXT_REMINDER_ON_SQL} > $2),
       (SELECT min(p.service_ends_on) FROM products p
         WHERE p.service_ends_on > $2 AND EXISTS (
           SELECT 1 FROM subscriptions s WHERE s.product_code = p.code AND s.test_clock_id = $1
              AND s.status IN ('PENDING_ACTIVATION', 'ACTIVE', 'GRACE', 'SUSPENDED'))),
       (SELECT min(r.payout_due_on) FROM refunds r JOIN accounts a ON a.id = r.account_id
         WHERE a.test_clock_id = $1 AND r.status = 'APPROVED' AND r.payout_due_on > $2),
       (SELECT min(b.due_on + o.days) FROM postpaid_bills b JOIN accounts a ON a.id = b.account_id
          CROSS JOIN (VALUES (1), (30), (90)) AS o(days)
         WHERE a.test_clock_id = $1 AND b.status <> 'PAID' AND b.due_on + o.days > $2),
       (SELECT min(n.effective_on) FROM termination_notices n JOIN accounts a ON a.id = n.account_id
         WHERE a.test_clock_id = $1 AND n.status = 'SCHEDULED' AND n.effective_on > $2)
     ) AS day`,
    [testClockId, from],
  );
  const day = row?.day ?? null;
  return day !== null && day < to ? day : null;
}
