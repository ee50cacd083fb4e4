import type { RuleId } from '../explain/rules.js';
import { addDays, type BusinessDate } from '../time/business-date.js';
import type { Period } from '../time/period.js';
import { subscriptionDates } from './subscription-state.js';

/** Days before the period end of the second renewal reminder (R-LIFE-4). */
export const FINAL_REMINDER_DAYS_BEFORE_END = 7;

export type RenewalReminderKind = 'WINDOW_OPENS' | 'SEVEN_DAYS_BEFORE_END';

export interface RenewalReminder {
  readonly kind: RenewalReminderKind;
  readonly on: BusinessDate;
  readonly rules: readonly RuleId[];
  readonly reason: string;
}

/**
 * R-LIFE-4: a renewal reminder is due when the renewal window opens (end − 1 month, R-RENEW-1)
 * and again 7 days before the period end (end − 7 days; the period [2021-05-01, 2022-05-01)
 * expires 2022-04-30 and is reminded on 2022-04-01 and 2022-04-24). Ascending by date;
 * a reminder that would fall before the period start is dropped.
 */
export function reminderDates(period: Period): RenewalReminder[] {
  const opensOn = subscriptionDates(period).renewalOpensOn;
  const finalOn = addDays(period.end, -FINAL_REMINDER_DAYS_BEFORE_END);
  const reminders: RenewalReminder[] = [
    {
      kind: 'WINDOW_OPENS',
      on: opensOn,
      rules: ['R-LIFE-4', 'R-RENEW-1'],
      reason: `Renewal window opens on ${opensOn}, 1 month before the period end ${period.end} (R-LIFE-4, R-RENEW-1)`,
    },
  ];
  if (finalOn >= period.start) {
    reminders.push({
      kind: 'SEVEN_DAYS_BEFORE_END',
      on: finalOn,
      rules: ['R-LIFE-4'],
      reason: `${FINAL_REMINDER_DAYS_BEFORE_END} days before the period end ${period.end} (last day of service ${addDays(period.end, -1)}) (R-LIFE-4)`,
    });
  }
  return finalOn < opensOn ? reminders.reverse() : reminders;
}

/** R-LIFE-4: the reminders of a period falling due in (from, to], for the scheduler (run from its last run to today). */
export function remindersDue(
  period: Period,
  from: BusinessDate,
  to: BusinessDate,
): RenewalReminder[] {
  return reminderDates(period).filter((reminder) => reminder.on > from && reminder.on <= to);
}
