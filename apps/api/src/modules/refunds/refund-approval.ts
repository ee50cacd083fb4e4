import {
  principalMethod,
  PRC_CALENDAR,
  refundBooking,
  refundPayoutDueDate,
  type BusinessDate,
  type RefundDecision,
} from '@billing/domain';
import type { EntityManager } from 'typeorm';
import { recordAudit, type Actor } from '../audit/audit.js';
import { recordEvents } from '../events/events.js';
import { refundEvent } from './refund-events.js';
import { postJournal } from '../journal/journal.js';
import { OrderEntity } from '../orders/order.entity.js';
import type { OrderRefundFacts } from './refund-facts.js';

import { RefundEntity, type RefundPart } from './refund.entity.js';

/**
 * Books an approved refund, whoever approved it (an operator's review, or R-TERM-1 when the
 * provider ends the agreement): the parts go back to their payments' methods (R-REF-PAYOUT),
 * the amount comes off the order (R-REF-CAP: the DB CHECK refunded ≤ paid is the last line of
 * defence), the payout is due 7 working days after `on`, and the journal moves revenue and
 * excess credit to refunds payable, keeping the fee (R-REF-FEE). Saves the refund.
 */
export async function bookRefundApproval(
  tx: EntityManager,
  args: {
    refund: RefundEntity;
    facts: OrderRefundFacts;
    decision: RefundDecision;
    /** The decision as stored on the refund. */
    storedDecision: RefundEntity['decision'];
    parts: RefundPart[];
    on: BusinessDate;
    at: Date;
    note: string | null;
  },
): Promise<{ orderBefore: { refunded: number; status: string } }> {
  const { refund, facts, decision, parts, on, at, note } = args;
  const order = facts.order;
  const orderBefore = { refunded: order.refunded, status: order.status };
  await tx.query(
    `UPDATE payments p SET refunded = p.refunded + v.amount
       FROM jsonb_to_recordset($1::jsonb) AS v(id uuid, amount bigint) WHERE p.id = v.id`,
    [JSON.stringify(parts.map((part) => ({ id: part.paymentId, amount: part.amount })))],
  );
  // What the refund does to its order and the books is the rules engine's (R-REF-CAP, R-REF-FEE).
  const booked = refundBooking(order, decision, parts);
  order.refunded = booked.orderRefunded;
  order.status = booked.orderStatus;
  await tx
    .getRepository(OrderEntity)
    .update({ id: order.id }, { refunded: order.refunded, status: order.status });

  const payoutDue = refundPayoutDueDate(PRC_CALENDAR, on);
  Object.assign(refund, {
    status: 'APPROVED',
    eligible: true,
    amount: decision.amount,
    fee: decision.fee,
    method: principalMethod(parts)!,
    decision: args.storedDecision,
    parts,
    decidedAt: at,
    decidedOn: on,
    decisionNote: note,
    // R-REF-PAYOUT: beyond the calendar's data there is no due date; the reason says why.
    payoutDueOn: payoutDue.ok ? payoutDue.date : null,
    payoutDueReason: payoutDue.ok ? payoutDue.reason : payoutDue.refusal.message,
    payoutDueReasonMessage: payoutDue.ok
      ? payoutDue.reasonMessage
      : (payoutDue.refusal.text ?? null),
  } satisfies Partial<RefundEntity>);
  await tx.getRepository(RefundEntity).save(refund);
  await recordEvents(tx, [refundEvent('refund.approved', refund, on)]);

  await postJournal(tx, {
    sourceType: 'Refund',
    sourceId: refund.id,
    memo: decision.explanation,
    memoMessage: decision.explanationMessage ?? null,
    rules: decision.rules,
    lines: booked.journal.map((line) => ({ ...line, accountId: refund.accountId })),
  });
  return { orderBefore };
}

/**
 * The audit record of an approved refund, whoever approved it (an operator's review, or R-TERM-1
 * when the provider ends the agreement): the refund and its order before and after, the parts
 * paid back by method, the note, and what the caller adds (the subscription it ended, the rules
 * that decided an automatic approval).
 */
export async function recordRefundApproval(
  tx: EntityManager,
  actor: Actor,
  args: {
    refund: RefundEntity;
    order: OrderEntity;
    parts: readonly RefundPart[];
    before: Record<string, unknown>;
    note: string | null;
    at: Date;
    also?: Record<string, unknown>;
  },
): Promise<void> {
  const { refund, order, parts, note, at } = args;
  await recordAudit(tx, actor, {
    action: 'approveRefund',
    objectType: 'Refund',
    objectId: refund.id,
    accountId: refund.accountId,
    before: args.before,
    after: {
      status: refund.status,
      amount: refund.amount,
      fee: refund.fee,
      payoutDueOn: refund.payoutDueOn,
      orderRefunded: order.refunded,
      orderStatus: order.status,
      parts: parts.map((part) => ({
        paymentId: part.paymentId,
        method: part.method,
        amount: part.amount,
        payout: part.payout,
      })),
      ...args.also,
      note,
    },
    at,
  });
}
