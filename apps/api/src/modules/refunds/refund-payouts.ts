import {
  businessDateAt,
  fenParam,
  msg,
  refundDestination,
  renderMessage,
  startOfBusinessDate,
  type BusinessDate,
  type Fen,
  type Message,
} from '@billing/domain';
import { In, type EntityManager } from 'typeorm';
import { SYSTEM_ACTOR, recordAudit, type Actor } from '../audit/audit.js';
import { realNow } from '../clock/clock.js';
import { recordEvents } from '../events/events.js';
import { refundEvent } from './refund-events.js';
import { postJournal } from '../journal/journal.js';
import type { PaymentGateway } from '../payments/payment-gateway.js';
import { forEachBatch, inTransaction, scopeSql, type DueRun } from '../../db/due-scope.js';
import { RefundEntity, type RefundPart } from './refund.entity.js';

/**
 * R-REF-PAYOUT: pays every APPROVED refund due by `today` (payoutDueOn ≤ today) of the given
 * accounts, or of every account without a test clock (real time), back to the original payment
 * methods, inside the caller's transaction. Returns how many refunds were paid.
 */
export async function payDueRefunds(
  tx: EntityManager,
  gateway: PaymentGateway,
  scope: { accountIds: string[] } | { realTime: true },
  today: BusinessDate,
): Promise<number> {
  if ('accountIds' in scope) {
    if (scope.accountIds.length === 0) return 0;
    // The lock order of withAccountLock: accounts first, in id order, then their refunds, so a
    // concurrent payRefund or approveRefund waits instead of deadlocking.
    await tx.query(`SELECT id FROM accounts WHERE id = ANY($1::uuid[]) ORDER BY id FOR UPDATE`, [
      scope.accountIds,
    ]);
  }
  return payDueRefundBatches(inTransaction(tx, scope), gateway, today);
}

/**
 * R-REF-PAYOUT as a step of the due work: the run's due refunds in keyset batches of
 * (payoutDueOn, seq). A paid refund is PAID and leaves the due predicate; a declined one stays
 * APPROVED for the next run and this run's cursor moves past it. A refund with no due date
 * (beyond the calendar's data) is not paid here: an operator pays it with `payRefund`. Our
 * payout reference is stable per refund and payment, so a batch done again after its process
 * died before the commit does not pay anyone twice.
 */
export async function payDueRefundBatches(
  run: DueRun,
  gateway: PaymentGateway,
  today: BusinessDate,
): Promise<number> {
  const sc = scopeSql(run.scope, 'a', 5);
  const sql = `
    SELECT r.id, r.seq, r.payout_due_on, r.account_id, tc.frozen_at
      FROM refunds r JOIN accounts a ON a.id = r.account_id LEFT JOIN test_clocks tc ON tc.id = a.test_clock_id
     WHERE ${sc.where} AND r.status = 'APPROVED' AND r.payout_due_on <= $1
       AND (r.payout_due_on, r.seq) > ($3::date, $4::bigint)
     ORDER BY r.payout_due_on, r.seq LIMIT $2
     ${sc.lock('r')}`;
  return forEachBatch(run, 'payRefunds', async (tx, after) => {
    const due: Array<{
      id: string;
      seq: string;
      payout_due_on: BusinessDate;
      account_id: string;
      frozen_at: Date | null;
    }> = await tx.query(sql, [today, run.batchSize, after.on, after.seq, ...sc.params]);
    if (due.length === 0) return { rows: 0, last: null, counted: 0 };
    const refunds = (
      await tx.getRepository(RefundEntity).findBy({ id: In(due.map((r) => r.id)) })
    ).sort((a, b) => Number(a.seq) - Number(b.seq));
    // Paid now on the account's clock; a run catching up on an earlier day dates it on that day.
    const real = realNow().instant;
    const paidAt = (now: Date) =>
      businessDateAt(now.getTime()) > today ? new Date(startOfBusinessDate(today)) : now;
    const instants = new Map(due.map((r) => [r.account_id, paidAt(r.frozen_at ?? real)]));
    const { paid } = await payOutRefunds(
      tx,
      gateway,
      refunds,
      (accountId) => instants.get(accountId) ?? paidAt(real),
      SYSTEM_ACTOR,
    );
    const last = due.at(-1)!;
    return { rows: due.length, last: { on: last.payout_due_on, seq: last.seq }, counted: paid };
  });
}

/**
 * Pays approved refunds back to their payments' methods (R-PAY-1, R-REF-PAYOUT): each part
 * through the gateway (a card to the same card: the original provider reference goes with it),
 * or back into the prepaid balance (R-PAY-4). Our payout reference is stable per refund and
 * payment, so a payout retried after a failure is not paid twice by the provider. A refund any
 * part of which is declined stays APPROVED (retried on the next run) and the failure is audited.
 * The caller holds the accounts' locks.
 */
export async function payOutRefunds(
  tx: EntityManager,
  gateway: PaymentGateway,
  refunds: readonly RefundEntity[],
  instantOf: (accountId: string) => Date,
  actor: Actor,
): Promise<{ paid: number; failures: string[] }> {
  const done: Array<{ refund: RefundEntity; parts: RefundPart[]; at: Date }> = [];
  const failures: string[] = [];
  for (const refund of refunds) {
    const at = instantOf(refund.accountId);
    const parts: RefundPart[] = [];
    let failure: string | null = null;
    for (const part of refund.parts) {
      const method = refundDestination(part.method);
      if (part.payout === 0) {
        parts.push({ ...part, reference: null });
      } else if (method === 'BALANCE') {
        parts.push({ ...part, reference: `balance:${refund.accountId}` });
      } else {
        const result = await gateway.payout({
          method,
          amount: part.payout,
          reference: `refund:${refund.id}:${part.paymentId}`,
          originalProviderReference: part.providerReference,
        });
        if (!result.ok) {
          failure = result.message;
          break;
        }
        parts.push({ ...part, reference: result.providerReference });
      }
    }
    if (failure !== null) {
      failures.push(failure);
      await recordAudit(tx, actor, {
        action: 'refundPayoutFailed',
        objectType: 'Refund',
        objectId: refund.id,
        accountId: refund.accountId,
        after: { message: failure },
        at,
      });
      continue;
    }
    done.push({ refund, parts, at });
  }
  if (done.length === 0) return { paid: 0, failures };

  await tx.query(
    `UPDATE refunds r SET status = 'PAID', paid_at = v.at, parts = v.parts
       FROM jsonb_to_recordset($1::jsonb) AS v(id uuid, at timestamptz, parts jsonb)
      WHERE r.id = v.id AND r.status = 'APPROVED'`,
    [
      JSON.stringify(
        done.map(({ refund, parts, at }) => ({ id: refund.id, at: at.toISOString(), parts })),
      ),
    ],
  );
  await recordEvents(
    tx,
    done.map(({ refund, parts, at }) =>
      refundEvent(
        'refund.paid_out',
        { ...refund, status: 'PAID', paidAt: at },
        businessDateAt(at.getTime()),
        parts,
      ),
    ),
  );
  const toBalance = new Map<string, number>();
  for (const { refund, parts } of done) {
    for (const part of parts) {
      if (refundDestination(part.method) === 'BALANCE' && part.payout > 0) {
        toBalance.set(refund.accountId, (toBalance.get(refund.accountId) ?? 0) + part.payout);
      }
    }
  }
  if (toBalance.size > 0) {
    await tx.query(
      `UPDATE accounts a SET balance = a.balance + v.amount
         FROM jsonb_to_recordset($1::jsonb) AS v(id uuid, amount bigint) WHERE a.id = v.id`,
      [JSON.stringify([...toBalance].map(([id, amount]) => ({ id, amount })))],
    );
  }
  for (const { refund, parts, at } of done) {
    const payout = parts.reduce((sum, part) => sum + part.payout, 0);
    await postJournal(tx, {
      sourceType: 'Refund',
      sourceId: refund.id,
      ...paidBackMemo(payout, [...new Set(parts.map((p) => p.method))].join(', ')),
      rules: ['R-REF-PAYOUT'],
      lines: [
        { ledger: 'refunds_payable', accountId: refund.accountId, amount: payout },
        ...parts.map((part) =>
          refundDestination(part.method) === 'BALANCE'
            ? { ledger: 'customer_balance', accountId: refund.accountId, amount: -part.payout }
            : { ledger: `cash:${refundDestination(part.method)}`, amount: -part.payout },
        ),
      ],
    });
    await recordAudit(tx, actor, {
      action: 'payRefund',
      objectType: 'Refund',
      objectId: refund.id,
      accountId: refund.accountId,
      before: { status: 'APPROVED' },
      after: {
        status: 'PAID',
        paidAt: at,
        parts: parts.map((p) => ({ method: p.method, payout: p.payout, reference: p.reference })),
      },
      at,
    });
  }
  return { paid: done.length, failures };
}

/** The journal memo of a payout, in English and as a message for other languages. */
function paidBackMemo(payout: Fen, methods: string): { memo: string; memoMessage: Message } {
  const memoMessage = msg('refund.paidBack', { amount: fenParam(payout), methods });
  return { memo: renderMessage(memoMessage, 'en'), memoMessage };
}
