import {
  msg,
  refundParts,
  renderMessage,
  type BusinessDate,
  type RefundDecision,
} from '@billing/domain';
import type { EntityManager } from 'typeorm';
import type { Actor } from '../audit/audit.js';
import { creditInvoicesForRefund } from '../invoices/invoices.service.js';
import type { OrderRefundFacts, RefundClaim } from '../refunds/refund-facts.js';
import { bookRefundApproval, recordRefundApproval } from '../refunds/refund-approval.js';

import { RefundEntity } from '../refunds/refund.entity.js';

/** R-TERM-1: a refund the provider owes is approved at once, with no review to wait for. */
const NO_REVIEW = msg('refund.noReview');

/**
 * Books a refund the provider owes without a request to review (R-TERM-1: the provider ends the
 * agreement) with the same bookkeeping as an approval (`bookRefundApproval`), then credits the
 * invoices (R-INV-3) and audits it.
 * Returns null when the payments cannot cover the amount (nothing written).
 */
export async function bookApprovedRefund(
  tx: EntityManager,
  actor: Actor,
  args: {
    facts: OrderRefundFacts;
    decision: RefundDecision;
    claim: RefundClaim;
    on: BusinessDate;
    at: Date;
    note: string;
  },
): Promise<RefundEntity | null> {
  const { facts, decision, claim, on, at, note } = args;
  const parts = refundParts(facts.payments, decision.amount, decision.fee);
  if (!parts) return null;
  const order = facts.order;
  const repo = tx.getRepository(RefundEntity);
  const refund = repo.create({
    accountId: order.accountId,
    orderId: order.id,
    reason: claim.reason,
    note,
    evidence: [],
    status: 'REQUESTED',
    eligible: true,
    amount: decision.amount,
    fee: decision.fee,
    method: parts[0]!.method,
    decision: {},
    parts,
    requestedAt: at,
    requestedOn: on,
    reviewDueOn: null,
    reviewDueReason: renderMessage(NO_REVIEW, 'en'),
    reviewDueReasonMessage: NO_REVIEW,
  });
  const { orderBefore } = await bookRefundApproval(tx, {
    refund,
    facts,
    decision,
    storedDecision: { ...decision, asOf: on, claim: { eventAt: null, outageHours: null } },
    parts,
    on,
    at,
    note,
  });
  const before = { orderRefunded: orderBefore.refunded, orderStatus: orderBefore.status };
  await creditInvoicesForRefund(tx, actor, refund, parts, at);
  await recordRefundApproval(tx, actor, {
    refund,
    order,
    parts,
    before,
    note,
    at,
    also: { rules: decision.rules },
  });
  return refund;
}
