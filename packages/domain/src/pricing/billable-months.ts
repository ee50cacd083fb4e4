import type { RuleId } from '../explain/rules.js';
import { dateParts, daysInMonth, type BusinessDate } from '../time/business-date.js';

/** R-SEAT-3: how many months an added seat is billed for, and why. */
export interface BillableMonths {
  /** Months billed: `wholeMonths`, plus one when the remainder is 16 days or more. */
  readonly months: number;
  /** Largest m with addDate + m months ≤ periodEnd (R-TIME-2 month-end clamp). */
  readonly wholeMonths: number;
  /** periodEnd − (addDate + wholeMonths months), in days. */
  readonly remainderDays: number;
  readonly roundedUp: boolean;
  readonly rules: readonly RuleId[];
  /** e.g. "6 months and 21 days rounded to 7". */
  readonly reason: string;
}

const SEAT_3: readonly RuleId[] = ['R-SEAT-3', 'R-TIME-2'];
/** R-SEAT-3: a remainder of this many days or more counts as one more month. */
const ROUND_UP_FROM_DAYS = 16;

/**
 * R-SEAT-3: billable months from the add date D to the period end E. Take the largest m with
 * D + m months ≤ E; the remainder r = E − (D + m months) in days counts as a month when
 * r ≥ 16 and is dropped when r ≤ 15. Activated 5/1 (period end the next 5/1): add on 10/1 → 7,
 * 10/10 → 7, 10/16 → 6. D on or after E bills 0 months.
 */
export function billableMonths(addDate: BusinessDate, periodEnd: BusinessDate): BillableMonths {
  if (addDate >= periodEnd) {
    return {
      months: 0,
      wholeMonths: 0,
      remainderDays: 0,
      roundedUp: false,
      rules: SEAT_3,
      reason: 'no time left before the period end',
    };
  }
  // Integer arithmetic on the date parts (this is on the quote hot path); the property tests
  // check it against addMonths/daysBetween.
  const d = dateParts(addDate);
  const e = dateParts(periodEnd);
  let wholeMonths = (e.year - d.year) * 12 + (e.month - d.month);
  // D + wholeMonths lands in E's month on day min(D.day, month length) (R-TIME-2).
  let remainderDays = e.day - Math.min(d.day, daysInMonth(e.year, e.month));
  if (remainderDays < 0) {
    // It passes E: one month less, landing in the month before E's.
    wholeMonths -= 1;
    const year = e.month === 1 ? e.year - 1 : e.year;
    const month = e.month === 1 ? 12 : e.month - 1;
    const length = daysInMonth(year, month);
    remainderDays = length - Math.min(d.day, length) + e.day;
  }
  const roundedUp = remainderDays >= ROUND_UP_FROM_DAYS;
  const months = roundedUp ? wholeMonths + 1 : wholeMonths;
  return {
    months,
    wholeMonths,
    remainderDays,
    roundedUp,
    rules: SEAT_3,
    reason: billableReason(wholeMonths, remainderDays, months),
  };
}

function billableReason(wholeMonths: number, remainderDays: number, months: number): string {
  const whole = wholeMonths === 1 ? '1 month' : `${wholeMonths} months`;
  if (remainderDays === 0) return `${whole} exactly`;
  const days = remainderDays === 1 ? '1 day' : `${remainderDays} days`;
  return `${whole} and ${days} rounded to ${months}`;
}
