import type { BusinessDate } from '@billing/domain';
import { toGlobalId } from '../../graphql/node.js';
import { instant, moneyData, ref, type BillingEventInput } from '../events/events.js';
import type { RefundEntity, RefundPart } from './refund.entity.js';

/** A refund as `Refund` returns it (its parts with their payments' ids). */
export function refundData(
  refund: RefundEntity,
  parts: readonly RefundPart[] = refund.parts,
): Record<string, unknown> {
  return {
    id: toGlobalId('Refund', refund.id),
    account: ref('Account', refund.accountId),
    order: ref('Order', refund.orderId),
    reason: refund.reason,
    status: refund.status,
    eligible: refund.eligible,
    amount: moneyData(refund.amount),
    fee: moneyData(refund.fee),
    payout: moneyData(refund.amount - refund.fee),
    method: refund.method,
    note: refund.note ?? null,
    evidence: refund.evidence,
    requestedAt: instant(refund.requestedAt),
    requestedOn: refund.requestedOn,
    reviewDueOn: refund.reviewDueOn ?? null,
    decidedAt: instant(refund.decidedAt),
    decidedOn: refund.decidedOn ?? null,
    decisionNote: refund.decisionNote ?? null,
    payoutDueOn: refund.payoutDueOn ?? null,
    paidAt: instant(refund.paidAt),
    parts: parts.map((part) => ({
      payment: ref('Payment', part.paymentId),
      method: part.method,
      amount: moneyData(part.amount),
      payout: moneyData(part.payout),
      reference: part.reference ?? null,
    })),
  };
}

/** A refund's event. */
export function refundEvent(
  type: 'refund.requested' | 'refund.approved' | 'refund.rejected' | 'refund.paid_out',
  refund: RefundEntity,
  businessDate: BusinessDate,
  parts?: readonly RefundPart[],
): BillingEventInput {
  return {
    type,
    accountId: refund.accountId,
    businessDate,
    objectType: 'Refund',
    objectId: refund.id,
    data: refundData(refund, parts),
  };
}
