import {
  reminderDates,
  type BusinessDate,
  type RenewalReminderKind,
  type RuleId,
} from '@billing/domain';
import type { Queryable } from '../../db/queryable.js';
import { reminderDataSql, subscriptionDataSql } from '../events/events.js';
import { forEachBatch, subscriptionScopeSql, type DueRun } from '../../db/due-scope.js';

/** A renewal reminder as stored (R-LIFE-4). */
export interface ReminderRow {
  id: string;
  seq: string;
  subscription_id: string;
  kind: RenewalReminderKind;
  due_on: BusinessDate;
  period_end: BusinessDate;
  sent_at: Date;
  message: string;
  rules: RuleId[];
}

interface Candidate {
  id: string;
  seq: string;
  account_id: string;
  period_start: BusinessDate;
  period_end: BusinessDate;
  due_on: BusinessDate;
  sent: RenewalReminderKind[];
}

/**
 * The day the next renewal reminder of a subscription's current period falls due, as the
 * partial index `subscriptions_due_reminder` has it: once a run has recorded a period's
 * reminders so far (`reminders_for` = its end), the next one still to come; before that, the
 * first of the period (R-LIFE-4: the renewal window opening, or 7 days before the end).
 */
export const NEXT_REMINDER_ON_SQL = `(CASE WHEN s.reminders_for = s.period_end THEN s.next_reminder_on
              ELSE least(greatest(s.period_start, (s.period_end - interval '1 month')::date), s.period_end - 7) END)`;
/** The index's predicate: an active period with a reminder still to record. */
const REMINDER_PENDING_SQL = `s.status = 'ACTIVE' AND s.period_end IS NOT NULL
   AND (s.reminders_for IS DISTINCT FROM s.period_end OR s.next_reminder_on IS NOT NULL)`;

/**
 * R-LIFE-4: records each renewal reminder due on or before `today` for the run's active
 * subscriptions, once per subscription, kind and period, in keyset batches. SQL finds the
 * subscriptions whose next reminder is due; the domain's `reminderDates` says which reminders
 * and why. Each subscription then remembers the next reminder still to come, so it is not read
 * again before that day. The table's UNIQUE key makes "once" hold even if a batch is done
 * twice. Each reminder recorded is also a billing event, `renewal.reminder_due` about the
 * subscription, in the same statement. Returns how many were recorded.
 */
export async function recordDueReminders(
  run: DueRun,
  today: BusinessDate,
  at: Date,
): Promise<number> {
  const sc = subscriptionScopeSql(run.scope, 's', 'a', 5);
  // Reminders move no money: a request working on the account does not stop them, only one
  // working on the subscription row itself.
  const lock = 'realTime' in run.scope ? 'FOR UPDATE OF s SKIP LOCKED' : 'FOR UPDATE OF s';
  const sql = `
    SELECT s.id, s.seq, s.account_id, s.period_start, s.period_end, ${NEXT_REMINDER_ON_SQL} AS due_on,
           ARRAY(SELECT r.kind FROM renewal_reminders r WHERE r.subscription_id = s.id AND r.period_end = s.period_end) AS sent
      FROM subscriptions s
     WHERE ${sc.where} AND ${REMINDER_PENDING_SQL} AND s.period_end > $1
       AND ${NEXT_REMINDER_ON_SQL} <= $1 AND (${NEXT_REMINDER_ON_SQL}, s.seq) > ($3::date, $4::bigint)
     ORDER BY s.test_clock_id, ${NEXT_REMINDER_ON_SQL}, s.seq LIMIT $2
     ${lock}`;
  return forEachBatch(run, 'remind', async (tx, after) => {
    const candidates: Candidate[] = await tx.query(sql, [
      today,
      run.batchSize,
      after.on,
      after.seq,
      ...sc.params,
    ]);
    if (candidates.length === 0) return { rows: 0, last: null, counted: 0 };
    const due = [];
    const marks = [];
    for (const sub of candidates) {
      const reminders = reminderDates({ start: sub.period_start, end: sub.period_end }).filter(
        (reminder) => !sub.sent.includes(reminder.kind),
      );
      for (const reminder of reminders.filter((r) => r.on <= today)) {
        due.push({
          account_id: sub.account_id,
          subscription_id: sub.id,
          kind: reminder.kind,
          due_on: reminder.on,
          period_end: sub.period_end,
          message: reminder.reason,
          rules: reminder.rules,
        });
      }
      const next = reminders.find((r) => r.on > today)?.on ?? null;
      marks.push({ id: sub.id, period_end: sub.period_end, next });
    }
    let recorded = 0;
    if (due.length > 0) {
      // With the billing event of each reminder recorded (`renewal.reminder_due`, on its due
      // date): only of those inserted now, so a batch done again records none twice.
      const inserted: unknown[] = await tx.query(
        `WITH inserted AS (
           INSERT INTO renewal_reminders (account_id, subscription_id, kind, due_on, period_end, sent_at, message, rules)
           SELECT t.account_id, t.subscription_id, t.kind, t.due_on, t.period_end, $2, t.message, ARRAY(SELECT jsonb_array_elements_text(t.rules))
             FROM jsonb_to_recordset($1::jsonb) AS t(account_id uuid, subscription_id uuid, kind text, due_on date, period_end date, message text, rules jsonb)
           ON CONFLICT ON CONSTRAINT one_reminder_per_period DO NOTHING
           RETURNING *),
         billing AS (
           INSERT INTO billing_events (type, account_id, occurred_at, business_date, test_mode, object_type, object_id, data)
           SELECT 'renewal.reminder_due', s.account_id, now(), r.due_on, a.test_clock_id IS NOT NULL, 'Subscription', s.id,
                  ${subscriptionDataSql('s')} || jsonb_build_object('reminder', ${reminderDataSql('r')})
             FROM inserted r JOIN subscriptions s ON s.id = r.subscription_id JOIN accounts a ON a.id = s.account_id
            ORDER BY r.due_on, s.seq, r.kind)
         SELECT id FROM inserted`,
        [JSON.stringify(due), at],
      );
      recorded = inserted.length;
    }
    await tx.query(
      `UPDATE subscriptions s SET reminders_for = t.period_end, next_reminder_on = t.next
         FROM jsonb_to_recordset($1::jsonb) AS t(id uuid, period_end date, next date)
        WHERE s.id = t.id`,
      [JSON.stringify(marks)],
    );
    const last = candidates.at(-1)!;
    return { rows: candidates.length, last: { on: last.due_on, seq: last.seq }, counted: recorded };
  });
}

/** The reminders of many subscriptions in one query (per-request loader), oldest first. */
export async function remindersOf(
  db: Queryable,
  subscriptionIds: readonly string[],
): Promise<ReminderRow[]> {
  return db.query(
    `SELECT id, seq, subscription_id, kind, due_on, period_end, sent_at, message, rules
       FROM renewal_reminders WHERE subscription_id = ANY($1::uuid[]) ORDER BY seq`,
    [[...subscriptionIds]],
  );
}
