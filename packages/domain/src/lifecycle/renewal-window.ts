import { msg } from '../explain/messages.js';
import { addWorkingDays, type WorkingDayCalendar } from '../calendar/index.js';
import { refuse, type Outcome } from '../explain/results.js';
import type { RuleId } from '../explain/rules.js';
import type { BusinessDate } from '../time/business-date.js';
import type { Period } from '../time/period.js';
import { freePlanRenewalRefusal } from './free-plans.js';
import {
  subscriptionDates,
  subscriptionState,
  type LifecycleSubscription,
} from './subscription-state.js';

/** Working days to fulfil a paid renewal (R-RENEW-5). */
export const RENEWAL_FULFILMENT_WORKING_DAYS = 3;

export interface RenewalWindow {
  /** First day a renewal is accepted: 1 month before the period end (R-RENEW-1). */
  readonly opensOn: BusinessDate;
  /** Last day a renewal is accepted: the last day of grace (R-RENEW-1, R-LIFE-2). */
  readonly closesOn: BusinessDate;
  readonly rules: readonly RuleId[];
  readonly reason: string;
}

/**
 * R-RENEW-1: the renewal window opens 1 month before the period end and stays open through
 * the grace month. Period [2021-05-01, 2022-05-01) → open 2022-04-01 through 2022-05-31.
 */
export function renewalWindow(period: Period): RenewalWindow {
  const dates = subscriptionDates(period);
  return {
    opensOn: dates.renewalOpensOn,
    closesOn: dates.graceEndsOn,
    rules: ['R-RENEW-1', 'R-LIFE-2', 'R-TIME-2'],
    reason: `Renewal open from ${dates.renewalOpensOn} (1 month before the period end ${period.end}) through ${dates.graceEndsOn}, the last day of grace (R-RENEW-1)`,
  };
}

/**
 * Whether the subscription may be renewed on `today` (R-RENEW-1). Refuses with PRODUCT_SUNSET on
 * or after a sunset product's renewalsEndOn (R-CAT-4), INVALID_STATE when not activated,
 * recycled, suspended or terminated, OUTSIDE_WINDOW before the window opens.
 */
export function canRenew(
  sub: LifecycleSubscription,
  today: BusinessDate,
): Outcome<{
  window: { opensOn: BusinessDate; closesOn: BusinessDate };
  rules: RuleId[];
  reason: string;
}> {
  const sunset = sub.productSunset;
  if (sunset && today >= sunset.renewalsEndOn) {
    return refuse('PRODUCT_SUNSET', msg('renewWindow.sunset', { date: sunset.renewalsEndOn }), [
      'R-CAT-4',
      'R-RENEW-1',
    ]);
  }
  const state = subscriptionState(sub, today);
  switch (state.status) {
    case 'PENDING_ACTIVATION':
      return refuse('INVALID_STATE', msg('renewWindow.notActivated'), ['R-OPEN-2', 'R-RENEW-1']);
    case 'RECYCLED':
      return refuse(
        'INVALID_STATE',
        msg('renewWindow.recycled', {
          on: state.recycleOn ?? msg('renewWindow.earlierDate'),
        }),
        ['R-LIFE-3', 'R-RENEW-1'],
      );
    case 'SUSPENDED':
      return refuse(
        'INVALID_STATE',
        msg('renewWindow.suspended', { why: state.reasonMessage ?? state.reason }),
        ['R-LIFE-5', 'R-VIO-1', 'R-RENEW-1'],
      );
    case 'TERMINATED':
      return refuse(
        'INVALID_STATE',
        msg('renewWindow.terminated', { why: state.reasonMessage ?? state.reason }),
        ['R-LIFE-5', 'R-RENEW-1'],
      );
    case 'ACTIVE':
    case 'GRACE':
      break;
  }
  // R-CAT-2: an open-ended free plan has no period end, so no renewal window.
  if (state.period === null) return freePlanRenewalRefusal();
  const window = {
    opensOn: state.renewalOpensOn as BusinessDate,
    closesOn: state.graceEndsOn as BusinessDate,
  };
  if (today < window.opensOn) {
    return refuse(
      'OUTSIDE_WINDOW',
      msg('renewWindow.notYet', { date: window.opensOn, end: String(state.period?.end) }),
      ['R-RENEW-1'],
    );
  }
  const inGrace = state.status === 'GRACE';
  return {
    ok: true,
    window,
    rules: inGrace ? ['R-RENEW-1', 'R-LIFE-2', 'R-RENEW-2'] : ['R-RENEW-1', 'R-RENEW-2'],
    reason: inGrace
      ? `Renewable in grace through ${window.closesOn}; the new period starts at the previous end ${state.period?.end} (R-RENEW-1, R-LIFE-2, R-RENEW-2)`
      : `Renewable: window open ${window.opensOn} through ${window.closesOn}; the new period starts at ${state.period?.end} (R-RENEW-1, R-RENEW-2)`,
  };
}

/** R-RENEW-5: a paid renewal is fulfilled within 3 working days of payment (R-TIME-3). */
export function renewalFulfilmentDueDate(
  cal: WorkingDayCalendar,
  paidOn: BusinessDate,
): Outcome<{ date: BusinessDate; rules: RuleId[]; reason: string }> {
  const due = addWorkingDays(cal, paidOn, RENEWAL_FULFILMENT_WORKING_DAYS);
  if (!due.ok)
    return refuse(
      due.refusal.code,
      due.refusal.text ?? due.refusal.message,
      ['R-RENEW-5', ...due.refusal.rules],
      due.refusal.field,
    );
  return {
    ok: true,
    date: due.date,
    rules: ['R-RENEW-5', 'R-TIME-3'],
    reason: `Renewal paid on ${paidOn} is to be fulfilled by ${due.date} (R-RENEW-5): ${due.reason}`,
  };
}
