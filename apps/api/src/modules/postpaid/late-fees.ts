import { lateFee, type BusinessDate, type Fen } from '@billing/domain';
import { randomUUID } from 'node:crypto';
import type { EntityManager } from 'typeorm';
import { SYSTEM_ACTOR } from '../audit/audit.js';
import { postpaidBillDataSql } from '../events/events.js';
import {
  forEachBatch,
  inTransaction,
  scopeSql,
  type DueRun,
  type DueScope,
} from '../../db/due-scope.js';
import type { PostpaidBillStatus, StoredLateFeeAssessment } from './postpaid-bill.entity.js';

interface DueBill {
  id: string;
  seq: string;
  account_id: string;
  amount: string;
  paid: string;
  late_fee: string;
  due_on: BusinessDate;
  status: PostpaidBillStatus;
}

const BILL_STATUS: Record<StoredLateFeeAssessment['status'], PostpaidBillStatus> = {
  CURRENT: 'ISSUED',
  OVERDUE: 'OVERDUE',
  SUSPENDED: 'SUSPENDED',
  CLOSED: 'CLOSED',
};

/** The account status a bill's status imposes (R-PAY-5): suspended at 30 days overdue, closed at 90. */
const ACCOUNT_STATUS: Partial<Record<PostpaidBillStatus, 'SUSPENDED' | 'CLOSED'>> = {
  SUSPENDED: 'SUSPENDED',
  CLOSED: 'CLOSED',
};

export interface LateFeeRun {
  /** Bills assessed. */
  bills: number;
  /** Late fees posted, in fen. */
  accrued: Fen;
}

/**
 * R-PAY-5: brings the late fee and status of every unpaid, overdue postpaid bill of the scope up
 * to `today`, in set-based batches. The domain's `lateFee(unpaid, dueOn, today)` is the whole fee
 * so far (rounded half-up once, R-MONEY-1); what was not posted yet is posted now (receivable
 * +, late_fee_income −), so the fee is exact to the fen however often this runs. At 30 days
 * overdue the account is suspended, at 90 closed (and the fee stops). Each change is audited
 * (SYSTEM actor); a bill becoming overdue is the billing event `postpaid_bill.overdue`.
 */
export async function accrueLateFees(
  tx: EntityManager,
  scope: DueScope,
  today: BusinessDate,
  at: Date,
  options: { requestId?: string | null } = {},
): Promise<LateFeeRun> {
  return accrueDueLateFees(inTransaction(tx, scope), today, at, options);
}

/**
 * The same as a step of the due work, in keyset batches of (dueOn, seq). An assessed bill is
 * assessed as of today (`late_fee_assessed_on`) and leaves the due predicate until tomorrow, so
 * a batch done again after its process died before the commit posts nothing twice.
 */
export async function accrueDueLateFees(
  run: DueRun,
  today: BusinessDate,
  at: Date,
  options: { requestId?: string | null } = {},
): Promise<LateFeeRun> {
  const sc = scopeSql(run.scope, 'a', 5);
  const sql = `
    SELECT b.id, b.seq, b.account_id, b.amount, b.paid, b.late_fee, b.due_on, b.status
      FROM postpaid_bills b JOIN accounts a ON a.id = b.account_id
     WHERE ${sc.where} AND b.status IN ('ISSUED', 'OVERDUE', 'SUSPENDED') AND b.due_on < $1
       AND (b.late_fee_assessed_on IS NULL OR b.late_fee_assessed_on < $1)
       AND (b.due_on, b.seq) > ($3::date, $4::bigint)
     ORDER BY b.due_on, b.seq LIMIT $2
     ${sc.lock('b')}`;
  const result: LateFeeRun = { bills: 0, accrued: 0 };
  result.bills = await forEachBatch(run, 'assessLateFees', async (tx, after) => {
    const bills: DueBill[] = await tx.query(sql, [
      today,
      run.batchSize,
      after.on,
      after.seq,
      ...sc.params,
    ]);
    if (bills.length === 0) return { rows: 0, last: null, counted: 0 };
    result.accrued += await assess(tx, bills, today, at, options.requestId ?? null);
    const last = bills.at(-1)!;
    return { rows: bills.length, last: { on: last.due_on, seq: last.seq }, counted: bills.length };
  });
  return result;
}

async function assess(
  tx: EntityManager,
  bills: readonly DueBill[],
  today: BusinessDate,
  at: Date,
  requestId: string | null,
): Promise<Fen> {
  const assessed = bills.map((bill) => {
    const unpaid = Math.max(0, Number(bill.amount) - Number(bill.paid));
    const outcome = lateFee(unpaid, bill.due_on, today);
    if (!outcome.ok)
      throw new Error(`late fee of postpaid bill ${bill.id}: ${outcome.refusal.message}`);
    const { ok: _ok, ...assessment } = outcome;
    const before = Number(bill.late_fee);
    return {
      bill,
      id: bill.id,
      account_id: bill.account_id,
      late_fee: Math.max(before, assessment.fee),
      delta: Math.max(0, assessment.fee - before),
      status: BILL_STATUS[assessment.status],
      assessment: { asOf: today, ...assessment } satisfies StoredLateFeeAssessment,
      before: { status: bill.status, lateFee: before },
    };
  });

  // The bills, an audit entry for each one whose fee or status changed, and the billing event
  // of each one that became overdue (`postpaid_bill.overdue`, dated the day it did: the day
  // after its due date), its snapshot the bill as updated.
  await tx.query(
    `WITH t AS (
       SELECT * FROM jsonb_to_recordset($1::jsonb) AS t(id uuid, account_id uuid, late_fee bigint, status text, assessment jsonb, before jsonb)),
     updated AS (
       UPDATE postpaid_bills b SET late_fee = t.late_fee, status = t.status, late_fee_assessment = t.assessment, late_fee_assessed_on = $2
         FROM t WHERE b.id = t.id
       RETURNING b.*, t.before->>'status' AS status_before),
     billing AS (
       INSERT INTO billing_events (type, account_id, occurred_at, business_date, test_mode, object_type, object_id, data)
       SELECT 'postpaid_bill.overdue', u.account_id, now(), (u.late_fee_assessment->>'overdueFrom')::date,
              a.test_clock_id IS NOT NULL, 'PostpaidBill', u.id, ${postpaidBillDataSql('u')}
         FROM updated u JOIN accounts a ON a.id = u.account_id
        WHERE u.status_before = 'ISSUED' AND u.status <> 'ISSUED'
        ORDER BY u.due_on, u.seq)
     INSERT INTO audit_log (occurred_at, actor_role, actor_token_id, request_id, action, object_type, object_id, account_id, before, after)
     SELECT $3, $4, NULL, $5, 'assessLateFee', 'PostpaidBill', t.id, t.account_id, t.before,
            jsonb_build_object('status', t.status, 'lateFee', t.late_fee, 'daysOverdue', t.assessment->'daysOverdue',
                               'rules', t.assessment->'rules', 'reason', t.assessment->'reason')
       FROM t WHERE t.late_fee <> (t.before->>'lateFee')::bigint OR t.status <> t.before->>'status'`,
    [
      JSON.stringify(
        assessed.map(({ id, account_id, late_fee, status, assessment, before }) => ({
          id,
          account_id,
          late_fee,
          status,
          assessment,
          before,
        })),
      ),
      today,
      at,
      SYSTEM_ACTOR.role,
      requestId,
    ],
  );

  // Journal: receivable + / late_fee_income −, one balanced transaction per bill.
  const postings = assessed
    .filter((a) => a.delta > 0)
    .map((a) => ({
      transaction_id: randomUUID(),
      id: a.id,
      account_id: a.account_id,
      delta: a.delta,
      memo: a.assessment.reason,
      memo_message: a.assessment.reasonMessage,
      rules: a.assessment.rules,
    }));
  if (postings.length > 0) {
    await tx.query(
      `INSERT INTO journal_entries (transaction_id, ledger, account_id, amount, source_type, source_id, memo, rules, memo_message)
       SELECT t.transaction_id, l.ledger, t.account_id, l.amount, 'PostpaidBill', t.id, t.memo, ARRAY(SELECT jsonb_array_elements_text(t.rules)), t.memo_message
         FROM jsonb_to_recordset($1::jsonb) AS t(transaction_id uuid, id uuid, account_id uuid, delta bigint, memo text, memo_message jsonb, rules jsonb)
        CROSS JOIN LATERAL (VALUES ('receivable', t.delta), ('late_fee_income', -t.delta)) AS l(ledger, amount)`,
      [JSON.stringify(postings)],
    );
  }

  // R-PAY-5: suspension at 30 days, closure at 90 — the most severe bill of each account decides.
  const severity = { SUSPENDED: 1, CLOSED: 2 } as const;
  const byAccount = new Map<
    string,
    {
      account_id: string;
      status: 'SUSPENDED' | 'CLOSED';
      bill_id: string;
      reason: string;
      rules: readonly string[];
    }
  >();
  for (const a of assessed) {
    const target = ACCOUNT_STATUS[a.status];
    if (!target || a.status === a.bill.status) continue;
    const known = byAccount.get(a.account_id);
    if (!known || severity[target] > severity[known.status]) {
      byAccount.set(a.account_id, {
        account_id: a.account_id,
        status: target,
        bill_id: a.id,
        reason: a.assessment.reason,
        rules: a.assessment.rules,
      });
    }
  }
  if (byAccount.size > 0) {
    await tx.query(
      `WITH t AS (
         SELECT * FROM jsonb_to_recordset($1::jsonb) AS t(account_id uuid, status text, bill_id uuid, reason text, rules jsonb)),
       changed AS (
         UPDATE accounts a SET status = t.status
           FROM t, accounts o
          WHERE a.id = t.account_id AND o.id = a.id AND (o.status = 'ACTIVE' OR (o.status = 'SUSPENDED' AND t.status = 'CLOSED'))
         RETURNING a.id, o.status AS before, t.status AS after, t.bill_id, t.reason, t.rules)
       INSERT INTO audit_log (occurred_at, actor_role, actor_token_id, request_id, action, object_type, object_id, account_id, before, after)
       SELECT $2, $3, NULL, $4, CASE WHEN c.after = 'CLOSED' THEN 'closeAccount' ELSE 'suspendAccount' END, 'Account', c.id, c.id,
              jsonb_build_object('status', c.before),
              jsonb_build_object('status', c.after, 'postpaidBillId', c.bill_id, 'reason', c.reason, 'rules', c.rules)
         FROM changed c`,
      [JSON.stringify([...byAccount.values()]), at, SYSTEM_ACTOR.role, requestId],
    );
  }
  return postings.reduce((sum, p) => sum + p.delta, 0);
}
