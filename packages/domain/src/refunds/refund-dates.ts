import { addWorkingDays, type WorkingDayCalendar } from '../calendar/index.js';
import { msg, type Message } from '../explain/messages.js';
import { refuse, type Outcome } from '../explain/results.js';
import type { RuleId } from '../explain/rules.js';
import type { BusinessDate } from '../time/business-date.js';

/** R-REF-PAYOUT: an approved refund is paid within 7 working days of approval. */
export const REFUND_PAYOUT_WORKING_DAYS = 7;
/** R-REF-REVIEW: a refund request gets a first response within 1 working day. */
export const REFUND_REVIEW_WORKING_DAYS = 1;

type DueDate = Outcome<{
  date: BusinessDate;
  rules: RuleId[];
  reason: string;
  /** `reason` as a message, the working-day count nested in it. */
  reasonMessage: Message;
}>;

function dueDate(
  cal: WorkingDayCalendar,
  from: BusinessDate,
  days: number,
  rule: RuleId,
  what: (date: BusinessDate, how: string) => string,
  whatMessage: (date: BusinessDate, how: Message) => Message,
): DueDate {
  const due = addWorkingDays(cal, from, days);
  if (!due.ok)
    return refuse(
      due.refusal.code,
      due.refusal.text ?? due.refusal.message,
      [rule, ...due.refusal.rules],
      due.refusal.field,
    );
  return {
    ok: true,
    date: due.date,
    rules: [rule, 'R-TIME-3'],
    reason: what(due.date, due.reason),
    reasonMessage: whatMessage(due.date, due.reasonMessage),
  };
}

/**
 * R-REF-PAYOUT: the day an approved refund must be paid by, 7 working days after approval
 * (R-TIME-3), back to the original payment method. 2024-09-27 → 2024-10-12.
 */
export function refundPayoutDueDate(cal: WorkingDayCalendar, approvedOn: BusinessDate): DueDate {
  return dueDate(
    cal,
    approvedOn,
    REFUND_PAYOUT_WORKING_DAYS,
    'R-REF-PAYOUT',
    (date, how) =>
      `Refund paid back to the original payment method by ${date}, 7 working days after approval on ${approvedOn} (R-REF-PAYOUT; ${how})`,
    (date, how) => msg('refund.payoutDue', { date, approvedOn, how }),
  );
}

/** R-REF-REVIEW: the day a refund request must get its first response by, 1 working day after it. */
export function refundReviewDueDate(cal: WorkingDayCalendar, requestedOn: BusinessDate): DueDate {
  return dueDate(
    cal,
    requestedOn,
    REFUND_REVIEW_WORKING_DAYS,
    'R-REF-REVIEW',
    (date, how) =>
      `First response to the refund request due by ${date}, 1 working day after it was filed on ${requestedOn} (R-REF-REVIEW; ${how})`,
    (date, how) => msg('refund.reviewDue', { date, requestedOn, how }),
  );
}
