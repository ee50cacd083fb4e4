import { postpaidBill } from '@billing/domain';
import { ruleRefs, toLineItem } from '../../graphql/explain.type.js';
import { inCallerLanguage } from '../../locale.js';
import { money } from '../../graphql/money.type.js';
import { toGlobalId } from '../../graphql/node.js';
import { PaymentMethod } from '../payments/payment.type.js';
import type { PostpaidBillEntity } from './postpaid-bill.entity.js';
import { PostpaidBill, PostpaidBillStatus } from './postpaid.type.js';

export function toPostpaidBill(entity: PostpaidBillEntity): PostpaidBill {
  const period = postpaidBill(entity.month, []);
  const assessment = entity.lateFeeAssessment;
  return Object.assign(new PostpaidBill(), {
    id: toGlobalId('PostpaidBill', entity.id),
    entity,
    month: entity.month,
    periodStart: period.ok ? period.period.start : `${entity.month}-01`,
    periodEnd: period.ok ? period.period.end : entity.issuedOn,
    issuedOn: entity.issuedOn,
    dueOn: entity.dueOn,
    status: PostpaidBillStatus[entity.status],
    amount: money(entity.amount),
    lateFee: money(entity.lateFee),
    paid: money(entity.paid),
    outstanding: money(entity.status === 'PAID' ? 0 : entity.amount + entity.lateFee - entity.paid),
    lines: entity.lines.map(toLineItem),
    explanation: inCallerLanguage(entity.explanation, entity.explanationMessage),
    rules: ruleRefs(entity.rules),
    lateFeeLines: (assessment?.lines ?? []).map(toLineItem),
    lateFeeExplanation:
      assessment && entity.lateFeeAssessedOn
        ? inCallerLanguage(assessment.reason, assessment.reasonMessage)
        : null,
    lateFeeAssessedOn: entity.lateFeeAssessedOn,
    daysOverdue: entity.lateFeeAssessedOn ? (assessment?.daysOverdue ?? 0) : 0,
    suspendsOn: assessment?.suspendsOn ?? entity.dueOn,
    closesOn: assessment?.closesOn ?? entity.dueOn,
    paidOn: entity.paidOn,
    paidAt: entity.paidAt,
    method: entity.paymentMethod ? PaymentMethod[entity.paymentMethod] : null,
  });
}
