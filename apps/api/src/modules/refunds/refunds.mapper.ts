import type { BusinessDate, RefundDecision as DomainRefundDecision } from '@billing/domain';
import { ruleRefs, toLineItem } from '../../graphql/explain.type.js';
import { inCallerLanguage } from '../../locale.js';
import { money } from '../../graphql/money.type.js';
import { toGlobalId } from '../../graphql/node.js';
import type { UserError } from '../../graphql/user-error.js';
import { PaymentMethod } from '../payments/payment.type.js';
import type { RefundEntity } from './refund.entity.js';
import { Refund, RefundDecision, RefundReason, RefundStatus } from './refund.type.js';

/**
 * The engine's decision as the API shows it. A refusal the API adds on top of an eligible
 * decision (the service already refunded) shows as not eligible, with nothing to refund.
 */
export function toRefundDecision(
  decision: DomainRefundDecision,
  asOf: BusinessDate,
  userErrors: UserError[] = [],
): RefundDecision {
  const refused = userErrors.length > 0 && decision.eligible;
  return {
    eligible: decision.eligible && !refused,
    amount: money(refused ? 0 : decision.amount),
    fee: money(refused ? 0 : decision.fee),
    payout: money(refused ? 0 : decision.payout),
    rules: ruleRefs(decision.rules),
    explanation: refused
      ? userErrors[0]!.message
      : inCallerLanguage(decision.explanation, decision.explanationMessage),
    considered: decision.considered.map((check) => ({
      rule: ruleRefs([check.rule])[0]!,
      applied: check.applied,
      why: inCallerLanguage(check.why, check.whyMessage),
    })),
    lines: refused ? [] : decision.lines.map(toLineItem),
    endsSubscription: !refused && decision.endsSubscription,
    asOf,
    userErrors,
  };
}

export function toRefund(entity: RefundEntity): Refund {
  return Object.assign(new Refund(), {
    id: toGlobalId('Refund', entity.id),
    entity,
    reason: RefundReason[entity.reason],
    status: RefundStatus[entity.status],
    eligible: entity.eligible,
    amount: money(entity.amount),
    fee: money(entity.fee),
    payout: money(entity.amount - entity.fee),
    method: PaymentMethod[entity.method],
    note: entity.note,
    evidence: entity.evidence,
    requestedAt: entity.requestedAt,
    requestedOn: entity.requestedOn,
    reviewDueOn: entity.reviewDueOn,
    reviewDueReason:
      entity.reviewDueReason === null
        ? null
        : inCallerLanguage(entity.reviewDueReason, entity.reviewDueReasonMessage),
    decidedAt: entity.decidedAt,
    decidedOn: entity.decidedOn,
    decisionNote: entity.decisionNote,
    payoutDueOn: entity.payoutDueOn,
    payoutDueReason:
      entity.payoutDueReason === null
        ? null
        : inCallerLanguage(entity.payoutDueReason, entity.payoutDueReasonMessage),
    paidAt: entity.paidAt,
    decision: toRefundDecision(entity.decision, entity.decision.asOf),
    parts: entity.parts.map((part) => ({
      paymentId: part.paymentId,
      method: PaymentMethod[part.method],
      amount: money(part.amount),
      payout: money(part.payout),
      reference: part.reference ?? null,
    })),
  });
}
