import { renderMessage, type Message } from '../explain/messages.js';
import type { LineItem, Refusal } from '../explain/results.js';
import { decideRefund } from '../refunds/refund-decision.js';
import type { RefundDecision, RefundInput, RefundRuleCheck } from '../refunds/refund-types.js';

/** Throws unless `message` is there and written in English is exactly `english`. */
function sameInEnglish(what: string, english: string, message: Message | undefined): void {
  if (message === undefined) throw new Error(`${what} has no message: ${english}`);
  const rendered = renderMessage(message, 'en');
  if (rendered !== english)
    throw new Error(`${what} in English differs:\n  text:    ${english}\n  message: ${rendered}`);
}

/**
 * Every text of `decision` (explanation, refusal, each rule's why, each line) checked against its
 * message written in English, which must be the very same text.
 */
export function checkRefundMessages(decision: RefundDecision): void {
  sameInEnglish('explanation', decision.explanation, decision.explanationMessage);
  if (decision.refusal !== null)
    sameInEnglish('refusal', decision.refusal.message, decision.refusal.text);
  for (const check of decision.considered)
    sameInEnglish(`why of ${check.rule}`, check.why, check.whyMessage);
  for (const line of decision.lines) sameInEnglish('line', line.description, line.message);
}

/**
 * `decideRefund` for the English tests: each message is first checked to render the English
 * text it stands next to, then left out, so that the tests compare the English texts alone.
 * Every decision the refund tests make thereby shows that the English output is unchanged.
 */
export function decideInEnglish(input: RefundInput): RefundDecision {
  const decision = decideRefund(input);
  checkRefundMessages(decision);
  const considered: RefundRuleCheck[] = decision.considered.map((check) => ({
    rule: check.rule,
    applied: check.applied,
    why: check.why,
  }));
  const lines: LineItem[] = decision.lines.map((line) => ({
    description: line.description,
    quantity: line.quantity,
    months: line.months,
    unitPrice: line.unitPrice,
    amount: line.amount,
    rules: line.rules,
  }));
  let refusal: Refusal | null = null;
  if (decision.refusal !== null) {
    const { code, message, rules, field } = decision.refusal;
    refusal = field === undefined ? { code, message, rules } : { code, message, rules, field };
  }
  return {
    eligible: decision.eligible,
    amount: decision.amount,
    fee: decision.fee,
    payout: decision.payout,
    rules: decision.rules,
    considered,
    explanation: decision.explanation,
    lines,
    endsSubscription: decision.endsSubscription,
    refusal,
  };
}
