import { toDayNumber, type BusinessDate } from '../time/business-date.js';

/**
 * R-TIME-4: "within N natural days of D" — the request date is on or before D + N days.
 * Only the upper bound is this rule; whether a request may precede D is the caller's rule.
 * `n` is a whole number of days ≥ 0 (a programmer error otherwise).
 */
export function withinNaturalDays(
  eventDate: BusinessDate,
  requestDate: BusinessDate,
  n: number,
): boolean {
  if (!Number.isSafeInteger(n) || n < 0)
    throw new RangeError(`natural days must be a whole number ≥ 0, got ${n}`);
  return toDayNumber(requestDate) - toDayNumber(eventDate) <= n;
}
