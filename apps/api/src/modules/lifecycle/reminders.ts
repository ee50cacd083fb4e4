import {
  reminderDates,
  type BusinessDate,
  type RenewalReminderKind,
  type RuleId,
} from '@billing/domain';
import type { EntityManager } from 'typeorm';
import type { Queryable } from '../../db/queryable.js';
import { DUE_BATCH_SIZE, scopeSql, type DueScope } from './due-scope.js';
import { renewalOpensOnSql } from './transitions.js';

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
  sent: RenewalReminderKind[];
}

/**
 * R-LIFE-4: records each renewal reminder due on or before `today` for the scope's active
 * subscriptions, once per subscription, kind and period. SQL finds the subscriptions whose
 * window has opened and that still miss a reminder of their current period; the domain's
 * `reminderDates` says which reminders and why. The table's UNIQUE key makes "once" hold even
 * if two runs overlap. Returns how many were recorded.
 */
export async function recordDueReminders(
  tx: EntityManager,
  scope: DueScope,
  today: BusinessDate,
  at: Date,
): Promise<number> {
  const sc = scopeSql(scope, 'a', 4);
  let recorded = 0;
  let afterSeq = '0';
  for (;;) {
    const candidates: Candidate[] = await tx.query(
      `SELECT s.id, s.seq, s.account_id, s.period_start, s.period_end,
              ARRAY(SELECT r.kind FROM renewal_reminders r WHERE r.subscription_id = s.id AND r.period_end = s.period_end) AS sent
         FROM subscriptions s JOIN accounts a ON a.id = s.account_id
        WHERE ${sc.where} AND s.seq > $3 AND s.status = 'ACTIVE' AND s.period_end > $1
          AND least(${renewalOpensOnSql('s.period_start', 's.period_end')}, s.period_end - 7) <= $1
          AND (SELECT count(*) FROM renewal_reminders r WHERE r.subscription_id = s.id AND r.period_end = s.period_end) < 2
        ORDER BY s.seq LIMIT $2`,
      [today, DUE_BATCH_SIZE, afterSeq, ...sc.params],
    );
    const due = candidates.flatMap((sub) =>
      reminderDates({ start: sub.period_start, end: sub.period_end })
        .filter((reminder) => reminder.on <= today && !sub.sent.includes(reminder.kind))
        .map((reminder) => ({
          account_id: sub.account_id,
          subscription_id: sub.id,
          kind: reminder.kind,
          due_on: reminder.on,
          period_end: sub.period_end,
          message: reminder.reason,
          rules: reminder.rules,
        })),
    );
    if (due.length > 0) {
      const inserted: unknown[] = await tx.query(
        `INSERT INTO renewal_reminders (account_id, subscription_id, kind, due_on, period_end, sent_at, message, rules)
         SELECT t.account_id, t.subscription_id, t.kind, t.due_on, t.period_end, $2, t.message, ARRAY(SELECT jsonb_array_elements_text(t.rules))
           FROM jsonb_to_recordset($1::jsonb) AS t(account_id uuid, subscription_id uuid, kind text, due_on date, period_end date, message text, rules jsonb)
         ON CONFLICT ON CONSTRAINT one_reminder_per_period DO NOTHING
         RETURNING id`,
        [JSON.stringify(due), at],
      );
      recorded += inserted.length;
    }
    if (candidates.length < DUE_BATCH_SIZE) return recorded;
    afterSeq = candidates.at(-1)!.seq;
  }
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
