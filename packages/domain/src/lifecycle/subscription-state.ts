import { msg, renderMessage, type Message } from '../explain/messages.js';
import type { SubscriptionStatus } from '../core/codes.js';
import type { RuleId } from '../explain/rules.js';
import {
  addDays,
  addMonths,
  daysBetween,
  maxDate,
  type BusinessDate,
} from '../time/business-date.js';
import type { Period } from '../time/period.js';

/** Why a subscription was terminated (R-LIFE-5): product sunset (R-CAT-4), agreement ended, or a ban (R-VIO-1). */
export type LifecycleTerminationCause = 'SUNSET' | 'AGREEMENT_ENDED' | 'VIOLATION_BAN';

/**
 * What the lifecycle rules read from a stored subscription. The API persists these fields;
 * the status is always derived from them and "today" (a stored status is never trusted over
 * the dates, except for the events: suspension, termination and a recorded recycling).
 */
export interface LifecycleSubscription {
  /** Day the subscription was activated (R-OPEN-2, R-OPEN-3); null while PENDING_ACTIVATION. */
  readonly activatedOn: BusinessDate | null;
  /** The current paid period [start, end) as stored, before any force-majeure extension. */
  readonly period: Period | null;
  /**
   * Activated with no period end: a free plan (R-CAT-2, no time limit). `period` is null; it is
   * ACTIVE until terminated, with no renewal, grace or recycling.
   */
  readonly openEnded?: boolean;
  readonly paidInFull: boolean;
  readonly materialsApproved: boolean;
  /** Recorded recycling (R-LIFE-3); recycling also follows from the dates without it. */
  readonly recycledOn?: BusinessDate | null;
  /** Violation suspension in force (R-VIO-1); lifted by setting it back to null. */
  readonly suspension?: {
    readonly since: BusinessDate;
    readonly reason: string;
    readonly kind: 'VIOLATION';
  } | null;
  /** Termination event, effective from `on` (R-LIFE-5). */
  readonly terminatedOn?: {
    readonly on: BusinessDate;
    readonly cause: LifecycleTerminationCause;
  } | null;
  /** The product's sunset dates (R-CAT-4), copied from the catalog. */
  readonly productSunset?: {
    readonly renewalsEndOn: BusinessDate;
    readonly serviceEndsOn: BusinessDate;
  } | null;
  /** Total days of force-majeure suspension; extends the period end (R-FM-1). */
  readonly forceMajeureDays?: number;
}

/** What the customer may do in the current status (R-LIFE-2, R-LIFE-5). */
export interface LifecycleEntitlements {
  readonly initiateSessions: boolean;
  readonly service: boolean;
  readonly addSeats: boolean;
  readonly renew: boolean;
}

/** Causes of the transitions that happen by the passing of time (R-LIFE-6). */
export type LifecycleTransitionCause = 'PERIOD_ENDED' | 'GRACE_ENDED' | 'PRODUCT_SUNSET';

/** One status change, with its date, cause and rule ids (R-LIFE-6). */
export interface LifecycleTransition {
  readonly from: SubscriptionStatus;
  readonly to: SubscriptionStatus;
  readonly on: BusinessDate;
  readonly cause: LifecycleTransitionCause;
  readonly rules: readonly RuleId[];
  readonly reason: string;
  /** The reason as a message key and parameters (where it has one), for other languages. */
  readonly reasonMessage?: Message;
}

/** The contract dates of a period (R-TIME-1, R-RENEW-1, R-LIFE-2, R-LIFE-3), force majeure applied (R-FM-1). */
export interface SubscriptionDates {
  /** The period in force: the stored period with its end extended by force majeure. */
  readonly period: Period;
  /** Last day of paid service, `end − 1 day` (R-TIME-1). */
  readonly expiresOn: BusinessDate;
  /** First day renewal is accepted, `end − 1 month`, not before the period start (R-RENEW-1). */
  readonly renewalOpensOn: BusinessDate;
  /** Last day of grace, `end + 1 month − 1 day` (R-LIFE-2). */
  readonly graceEndsOn: BusinessDate;
  /** First recycled day, `end + 1 month` (R-LIFE-3). */
  readonly recycleOn: BusinessDate;
}

export interface SubscriptionLifecycleState {
  readonly status: SubscriptionStatus;
  readonly rules: readonly RuleId[];
  readonly reason: string;
  /** The reason as a message key and parameters (where it has one), for other languages. */
  readonly reasonMessage?: Message;
  readonly period: Period | null;
  readonly expiresOn: BusinessDate | null;
  readonly renewalOpensOn: BusinessDate | null;
  readonly graceEndsOn: BusinessDate | null;
  readonly recycleOn: BusinessDate | null;
  /** Days of the paid period left counting today (1 on the last day, 0 once ended); null before activation. */
  readonly daysLeft: number | null;
  readonly entitlements: LifecycleEntitlements;
  /** The next change that will happen by the passing of time alone, or null. */
  readonly nextTransition: LifecycleTransition | null;
}

/**
 * The contract dates of a period. Grace is the half-open month [end, end + 1 month) with the
 * month-end clamp (R-TIME-2): period end 2024-01-31 → grace through 2024-02-28, recycled 2024-02-29.
 */
export function subscriptionDates(period: Period, forceMajeureDays = 0): SubscriptionDates {
  if (!Number.isInteger(forceMajeureDays) || forceMajeureDays < 0) {
    throw new RangeError(`forceMajeureDays must be a whole number ≥ 0, got ${forceMajeureDays}`);
  }
  const end = forceMajeureDays === 0 ? period.end : addDays(period.end, forceMajeureDays);
  const effective = end === period.end ? period : { start: period.start, end };
  const recycleOn = addMonths(end, 1);
  return {
    period: effective,
    expiresOn: addDays(end, -1),
    renewalOpensOn: maxDate(period.start, addMonths(end, -1)),
    graceEndsOn: addDays(recycleOn, -1),
    recycleOn,
  };
}

type StatusCause =
  | 'NOT_ACTIVATED'
  | 'IN_PERIOD'
  | 'PERIOD_ENDED'
  | 'GRACE_ENDED'
  | 'RECYCLING_RECORDED'
  | 'SUSPENDED'
  | 'PRODUCT_SUNSET'
  | 'AGREEMENT_ENDED'
  | 'VIOLATION_BAN';

interface StatusOn {
  readonly status: SubscriptionStatus;
  readonly cause: StatusCause;
  /** When the status began, where the rules know it. */
  readonly since: BusinessDate | null;
}

const TERMINATION_CAUSE: Record<LifecycleTerminationCause, StatusCause> = {
  SUNSET: 'PRODUCT_SUNSET',
  AGREEMENT_ENDED: 'AGREEMENT_ENDED',
  VIOLATION_BAN: 'VIOLATION_BAN',
};

function isActivated(sub: LifecycleSubscription, day: BusinessDate): boolean {
  return (
    sub.activatedOn !== null &&
    (sub.period !== null || sub.openEnded === true) &&
    day >= sub.activatedOn
  );
}

/** The earlier of a terminal status found so far and one starting `on`, if reached by `day`; a termination wins a tie. */
function earlierTerminal(
  found: StatusOn | null,
  on: BusinessDate,
  status: SubscriptionStatus,
  cause: StatusCause,
  day: BusinessDate,
): StatusOn | null {
  if (on > day) return found;
  if (
    found === null ||
    found.since === null ||
    on < found.since ||
    (on === found.since && status === 'TERMINATED' && found.status !== 'TERMINATED')
  ) {
    return { status, cause, since: on };
  }
  return found;
}

/**
 * The status on a day. Terminal events (termination, sunset, recycling) take effect on their
 * date and the earliest one reached wins, a termination winning a tie; then activation
 * (R-OPEN-2), a violation suspension (R-VIO-1), and the dates (R-LIFE-1, R-LIFE-2).
 */
function statusOn(
  sub: LifecycleSubscription,
  dates: SubscriptionDates | null,
  day: BusinessDate,
): StatusOn {
  const activated = isActivated(sub, day);
  let terminal: StatusOn | null = null;
  if (sub.terminatedOn)
    terminal = earlierTerminal(
      terminal,
      sub.terminatedOn.on,
      'TERMINATED',
      TERMINATION_CAUSE[sub.terminatedOn.cause],
      day,
    );
  if (sub.productSunset)
    terminal = earlierTerminal(
      terminal,
      sub.productSunset.serviceEndsOn,
      'TERMINATED',
      'PRODUCT_SUNSET',
      day,
    );
  if (activated && sub.recycledOn)
    terminal = earlierTerminal(terminal, sub.recycledOn, 'RECYCLED', 'RECYCLING_RECORDED', day);
  if (activated && dates)
    terminal = earlierTerminal(terminal, dates.recycleOn, 'RECYCLED', 'GRACE_ENDED', day);
  if (terminal !== null) return terminal;

  if (!activated || (dates === null && sub.openEnded !== true))
    return { status: 'PENDING_ACTIVATION', cause: 'NOT_ACTIVATED', since: null };
  if (sub.suspension && day >= sub.suspension.since) {
    return { status: 'SUSPENDED', cause: 'SUSPENDED', since: sub.suspension.since };
  }
  // R-CAT-2: a free plan has no period end: active until terminated.
  if (dates === null) return { status: 'ACTIVE', cause: 'IN_PERIOD', since: sub.activatedOn };
  if (day < dates.period.end)
    return { status: 'ACTIVE', cause: 'IN_PERIOD', since: sub.activatedOn };
  return { status: 'GRACE', cause: 'PERIOD_ENDED', since: dates.period.end };
}

function datesOf(sub: LifecycleSubscription): SubscriptionDates | null {
  return sub.period === null ? null : subscriptionDates(sub.period, sub.forceMajeureDays ?? 0);
}

const TIMED_CAUSES: Partial<Record<StatusCause, LifecycleTransitionCause>> = {
  PERIOD_ENDED: 'PERIOD_ENDED',
  GRACE_ENDED: 'GRACE_ENDED',
  PRODUCT_SUNSET: 'PRODUCT_SUNSET',
};

function describeTransition(
  from: SubscriptionStatus,
  to: StatusOn,
  on: BusinessDate,
  cause: LifecycleTransitionCause,
  dates: SubscriptionDates | null,
): LifecycleTransition {
  switch (cause) {
    case 'PERIOD_ENDED':
      return {
        from,
        to: to.status,
        on,
        cause,
        rules: ['R-LIFE-6', 'R-LIFE-2', 'R-RENEW-1'],
        ...reasonOf(
          msg('transition.periodEnded', {
            from: { status: from },
            to: { status: to.status },
            on,
            graceEndsOn: String(dates?.graceEndsOn),
          }),
        ),
      };
    case 'GRACE_ENDED':
      return {
        from,
        to: to.status,
        on,
        cause,
        rules: ['R-LIFE-6', 'R-LIFE-3', 'R-NUM-4'],
        ...reasonOf(
          msg('transition.graceEnded', {
            from: { status: from },
            to: { status: to.status },
            on,
            graceEndsOn: String(dates?.graceEndsOn),
          }),
        ),
      };
    case 'PRODUCT_SUNSET':
      return {
        from,
        to: to.status,
        on,
        cause,
        rules: ['R-LIFE-6', 'R-CAT-4', 'R-LIFE-5'],
        ...reasonOf(
          msg('transition.productSunset', {
            from: { status: from },
            to: { status: to.status },
            on,
          }),
        ),
      };
  }
}

/** A reason's English text with its message, to be rendered in another language. */
function reasonOf(message: Message): { reason: string; reasonMessage: Message } {
  return { reason: renderMessage(message, 'en'), reasonMessage: message };
}

/** Days on which a time-driven transition may happen, ascending, without duplicates. */
function changeDays(sub: LifecycleSubscription, dates: SubscriptionDates | null): BusinessDate[] {
  const days: BusinessDate[] = [];
  if (dates) days.push(dates.period.end, dates.recycleOn);
  if (sub.productSunset) days.push(sub.productSunset.serviceEndsOn);
  days.sort();
  return days.filter((day, i) => i === 0 || day !== days[i - 1]);
}

function transitionsIn(
  sub: LifecycleSubscription,
  dates: SubscriptionDates | null,
  from: BusinessDate,
  to: BusinessDate | null,
  limit: number,
): LifecycleTransition[] {
  const found: LifecycleTransition[] = [];
  for (const day of changeDays(sub, dates)) {
    if (day <= from) continue;
    if (to !== null && day > to) break;
    const before = statusOn(sub, dates, addDays(day, -1));
    const after = statusOn(sub, dates, day);
    const cause = TIMED_CAUSES[after.cause];
    // Events (activation, suspension, a recorded termination or recycling) are recorded by whoever applies them.
    if (before.status === after.status || cause === undefined || after.since !== day) continue;
    found.push(describeTransition(before.status, after, day, cause, dates));
    if (found.length >= limit) break;
  }
  return found;
}

/**
 * R-LIFE-6: the transitions that fall due by the passing of time in (from, to], in order:
 * ACTIVE → GRACE on the period end, GRACE (or SUSPENDED) → RECYCLED the day after grace ends,
 * → TERMINATED on a sunset product's serviceEndsOn. The scheduler and test clocks record these.
 */
export function transitionsBetween(
  sub: LifecycleSubscription,
  from: BusinessDate,
  to: BusinessDate,
): LifecycleTransition[] {
  if (to <= from) return [];
  return transitionsIn(sub, datesOf(sub), from, to, Number.POSITIVE_INFINITY);
}

function renewalOpen(
  sub: LifecycleSubscription,
  dates: SubscriptionDates,
  status: SubscriptionStatus,
  today: BusinessDate,
): boolean {
  if (status !== 'ACTIVE' && status !== 'GRACE') return false;
  if (sub.productSunset && today >= sub.productSunset.renewalsEndOn) return false;
  return today >= dates.renewalOpensOn && today <= dates.graceEndsOn;
}

const NO_ENTITLEMENTS: LifecycleEntitlements = {
  initiateSessions: false,
  service: false,
  addSeats: false,
  renew: false,
};

/**
 * The status of a subscription on `today`, derived from its dates and events, with its contract
 * dates, entitlements and the next time-driven transition (R-LIFE-1, R-LIFE-2, R-LIFE-3, R-LIFE-4,
 * R-LIFE-5, R-LIFE-6, R-OPEN-2, R-RENEW-1, R-CAT-4, R-FM-1).
 */
export function subscriptionState(
  sub: LifecycleSubscription,
  today: BusinessDate,
): SubscriptionLifecycleState {
  const dates = datesOf(sub);
  const now = statusOn(sub, dates, today);
  const fm: RuleId[] = (sub.forceMajeureDays ?? 0) > 0 ? ['R-FM-1'] : [];
  const fmNote =
    fm.length > 0 ? `, extended ${sub.forceMajeureDays} days for force majeure (R-FM-1)` : '';
  const sunsetRenewals = sub.productSunset ? sub.productSunset.renewalsEndOn : null;

  let rules: RuleId[];
  let reason: string;
  let reasonMessage: Message | undefined;
  let entitlements = NO_ENTITLEMENTS;
  switch (now.status) {
    case 'PENDING_ACTIVATION': {
      const missing = [
        !sub.paidInFull && 'full payment',
        !sub.materialsApproved && 'approved materials',
      ].filter(Boolean);
      rules = ['R-OPEN-2'];
      const what =
        missing.length === 2
          ? msg('state.missingBoth')
          : !sub.paidInFull
            ? msg('state.missingPayment')
            : msg('state.missingMaterials');
      ({ reason, reasonMessage } = reasonOf(
        missing.length > 0 ? msg('state.pendingWaiting', { what }) : msg('state.pendingReady'),
      ));
      break;
    }
    case 'ACTIVE': {
      if (dates === null) {
        // R-CAT-2: open-ended (a free plan): nothing to renew, no grace, no recycling.
        rules = ['R-LIFE-1', 'R-CAT-2'];
        entitlements = {
          initiateSessions: true,
          service: true,
          addSeats: !(sunsetRenewals !== null && today >= sunsetRenewals),
          renew: false,
        };
        reason = `Active since ${sub.activatedOn} with no period end: a free plan has no time limit, no renewal, grace or recycling; it ends when left or terminated (R-LIFE-1, R-CAT-2)`;
        break;
      }
      const d = dates;
      const sunsetForbids = sunsetRenewals !== null && today >= sunsetRenewals;
      rules = ['R-LIFE-1', ...fm, ...(sunsetForbids ? (['R-CAT-4'] as const) : [])];
      entitlements = {
        initiateSessions: true,
        service: true,
        // R-CAT-4: no new purchase, adding seats included, once renewals have ended.
        addSeats: !sunsetForbids,
        renew: renewalOpen(sub, d, 'ACTIVE', today),
      };
      const renewal = sunsetForbids
        ? msg('state.renewalsEnded', { date: String(sunsetRenewals) })
        : msg(today >= d.renewalOpensOn ? 'state.renewalOpenSince' : 'state.renewalOpensOn', {
            date: d.renewalOpensOn,
          });
      ({ reason, reasonMessage } = reasonOf(
        msg('state.active', {
          expiresOn: d.expiresOn,
          start: d.period.start,
          end: d.period.end,
          fm:
            fm.length > 0
              ? msg('state.fmNote', { days: sub.forceMajeureDays ?? 0 })
              : msg('state.none'),
          renewal,
        }),
      ));
      break;
    }
    case 'GRACE': {
      const d = dates as SubscriptionDates;
      const sunsetForbids = sunsetRenewals !== null && today >= sunsetRenewals;
      rules = ['R-LIFE-2', 'R-RENEW-1', ...fm, ...(sunsetForbids ? (['R-CAT-4'] as const) : [])];
      entitlements = {
        initiateSessions: false,
        service: true,
        addSeats: false,
        renew: renewalOpen(sub, d, 'GRACE', today),
      };
      reason =
        `In grace since ${d.period.end}${fmNote}: service continues but no new sessions or seats; ` +
        (sunsetForbids
          ? `renewals ended on ${sunsetRenewals} (R-CAT-4); `
          : `renew by ${d.graceEndsOn} or `) +
        `recycled on ${d.recycleOn} (R-LIFE-2, R-RENEW-1, R-LIFE-3)`;
      break;
    }
    case 'RECYCLED':
      rules = ['R-LIFE-3'];
      reason =
        now.cause === 'GRACE_ENDED'
          ? `Recycled on ${now.since}: grace ended on ${dates?.graceEndsOn} without renewal; number and service data released, buy anew (R-LIFE-3)`
          : `Recycled on ${now.since}; number and service data released, buy anew (R-LIFE-3)`;
      break;
    case 'SUSPENDED':
      rules = ['R-LIFE-5', 'R-VIO-1'];
      reason = `Suspended since ${now.since} for a violation: ${sub.suspension?.reason}; no entitlements (R-LIFE-5, R-VIO-1)`;
      break;
    case 'TERMINATED':
      if (now.cause === 'PRODUCT_SUNSET') {
        rules = ['R-LIFE-5', 'R-CAT-4'];
        reason = `Terminated on ${now.since}: the product's service ended (R-CAT-4, R-LIFE-5)`;
      } else if (now.cause === 'VIOLATION_BAN') {
        rules = ['R-LIFE-5', 'R-VIO-1'];
        reason = `Terminated on ${now.since}: permanently banned for violations (R-VIO-1, R-LIFE-5)`;
      } else {
        rules = ['R-LIFE-5'];
        reason = `Terminated on ${now.since}: the agreement ended (R-LIFE-5)`;
      }
      break;
  }

  const activated =
    now.status !== 'PENDING_ACTIVATION' && dates !== null && isActivated(sub, today);
  const next = transitionsIn(sub, dates, today, null, 1)[0] ?? null;
  return {
    status: now.status,
    rules,
    reason,
    ...(reasonMessage === undefined ? {} : { reasonMessage }),
    period: dates?.period ?? null,
    expiresOn: dates?.expiresOn ?? null,
    renewalOpensOn: dates?.renewalOpensOn ?? null,
    graceEndsOn: dates?.graceEndsOn ?? null,
    recycleOn: dates?.recycleOn ?? null,
    daysLeft: activated
      ? Math.max(0, daysBetween(today, (dates as SubscriptionDates).period.end))
      : null,
    entitlements,
    nextTransition: next,
  };
}
