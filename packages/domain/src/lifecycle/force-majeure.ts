import { msg } from '../explain/messages.js';
import { refuse, type Outcome, type Refusal } from '../explain/results.js';
import type { RuleId } from '../explain/rules.js';
import { addDays } from '../time/business-date.js';
import type { Period } from '../time/period.js';

/** Days of force majeure after which either side may end the agreement (R-FM-1, agreement 9.3). */
export const FORCE_MAJEURE_TERMINATION_DAYS = 30;

function invalidDays(days: number): { ok: false; refusal: Refusal } | null {
  return Number.isInteger(days) && days >= 0
    ? null
    : refuse('INVALID_INPUT', msg('fm.days', { got: days }), ['R-FM-1'], ['days']);
}

/** R-FM-1: force majeure extends the service period by the suspension's length, in natural days. */
export function extendForForceMajeure(
  period: Period,
  suspensionDays: number,
): Outcome<{ period: Period; rules: RuleId[]; reason: string }> {
  const invalid = invalidDays(suspensionDays);
  if (invalid) return invalid;
  const extended = { start: period.start, end: addDays(period.end, suspensionDays) };
  return {
    ok: true,
    period: extended,
    rules: ['R-FM-1'],
    reason: `Period end ${period.end} extended by ${suspensionDays} days of force majeure to ${extended.end} (R-FM-1)`,
  };
}

/**
 * R-FM-1: after 30 days of force majeure either side may end the agreement. Agreement 9.3 says
 * 三十个自然日以上, which includes the 30th day (Civil Code art. 1259), so 30 days suffice.
 */
export function mayEndAfterForceMajeure(
  days: number,
): Outcome<{ mayEnd: boolean; rules: RuleId[]; reason: string }> {
  const invalid = invalidDays(days);
  if (invalid) return invalid;
  const mayEnd = days >= FORCE_MAJEURE_TERMINATION_DAYS;
  return {
    ok: true,
    mayEnd,
    rules: ['R-FM-1'],
    reason: mayEnd
      ? `Force majeure has lasted ${days} days (≥ ${FORCE_MAJEURE_TERMINATION_DAYS}): either side may end the agreement (R-FM-1)`
      : `Force majeure has lasted ${days} days (< ${FORCE_MAJEURE_TERMINATION_DAYS}): the agreement continues, the period is extended (R-FM-1)`,
  };
}
