import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { SubscriptionStatus } from '../core/codes.js';
import {
  addDays,
  fromDayNumber,
  parseDate,
  toDayNumber,
  type BusinessDate,
} from '../time/business-date.js';
import { yearsFrom, type Period } from '../time/period.js';
import {
  subscriptionDates,
  subscriptionState,
  transitionsBetween,
  type LifecycleSubscription,
} from './subscription-state.js';

const d = parseDate;

function activeSub(
  period: Period,
  extra: Partial<LifecycleSubscription> = {},
): LifecycleSubscription {
  return { activatedOn: period.start, period, paidInFull: true, materialsApproved: true, ...extra };
}

/** The R-OPEN-3 example: activated 2021-05-01 for 1 year. */
const SPEC_PERIOD: Period = { start: d('2021-05-01'), end: d('2022-05-01') };
const SPEC_SUB = activeSub(SPEC_PERIOD);
const EQQ_SUNSET = { renewalsEndOn: d('2021-10-28'), serviceEndsOn: d('2022-01-31') };

describe('R-LIFE-1 R-LIFE-2 R-LIFE-3 status from the dates', () => {
  it('R-OPEN-3 R-LIFE-1 activated 2021-05-01 for 1 year: active through 2022-04-30 with its contract dates', () => {
    const state = subscriptionState(SPEC_SUB, d('2021-05-01'));
    expect(state.status).toBe('ACTIVE');
    expect(state.period).toEqual({ start: '2021-05-01', end: '2022-05-01' });
    expect(state.expiresOn).toBe('2022-04-30');
    expect(state.renewalOpensOn).toBe('2022-04-01');
    expect(state.graceEndsOn).toBe('2022-05-31');
    expect(state.recycleOn).toBe('2022-06-01');
    expect(state.daysLeft).toBe(365);
    expect(state.rules).toContain('R-LIFE-1');
    expect(state.entitlements).toEqual({
      initiateSessions: true,
      service: true,
      addSeats: true,
      renew: false,
    });
    expect(state.reason).toBe(
      'Active through 2022-04-30 (period [2021-05-01, 2022-05-01)); renewal opens on 2022-04-01 (R-RENEW-1) (R-LIFE-1)',
    );
    expect(state.nextTransition).toMatchObject({
      from: 'ACTIVE',
      to: 'GRACE',
      on: '2022-05-01',
      cause: 'PERIOD_ENDED',
    });
  });

  it('R-LIFE-1 the last day of the period (expiresOn 2022-04-30) is still ACTIVE with 1 day left', () => {
    const state = subscriptionState(SPEC_SUB, d('2022-04-30'));
    expect(state.status).toBe('ACTIVE');
    expect(state.daysLeft).toBe(1);
    expect(state.entitlements.renew).toBe(true);
  });

  it('R-LIFE-2 the first day of grace is the period end 2022-05-01: no new sessions, no seats, renewal allowed', () => {
    const state = subscriptionState(SPEC_SUB, d('2022-05-01'));
    expect(state.status).toBe('GRACE');
    expect(state.daysLeft).toBe(0);
    expect(state.entitlements).toEqual({
      initiateSessions: false,
      service: true,
      addSeats: false,
      renew: true,
    });
    expect(state.rules).toEqual(expect.arrayContaining(['R-LIFE-2', 'R-RENEW-1']));
    expect(state.reason).toContain('renew by 2022-05-31 or recycled on 2022-06-01');
    expect(state.nextTransition).toMatchObject({
      from: 'GRACE',
      to: 'RECYCLED',
      on: '2022-06-01',
      cause: 'GRACE_ENDED',
    });
  });

  it('R-LIFE-2 the last day of grace 2022-05-31 is still GRACE; R-LIFE-3 the first recycled day is 2022-06-01', () => {
    expect(subscriptionState(SPEC_SUB, d('2022-05-31')).status).toBe('GRACE');
    const recycled = subscriptionState(SPEC_SUB, d('2022-06-01'));
    expect(recycled.status).toBe('RECYCLED');
    expect(recycled.rules).toEqual(['R-LIFE-3']);
    expect(recycled.entitlements).toEqual({
      initiateSessions: false,
      service: false,
      addSeats: false,
      renew: false,
    });
    expect(recycled.nextTransition).toBeNull();
    expect(recycled.reason).toContain('grace ended on 2022-05-31 without renewal');
  });

  it('R-RENEW-2 R-LIFE-2 a renewal paid in grace (2022-05-20) restores ACTIVE from the previous end', () => {
    const renewed = { ...SPEC_SUB, period: { start: d('2022-05-01'), end: d('2023-05-01') } };
    expect(subscriptionState(SPEC_SUB, d('2022-05-20')).status).toBe('GRACE');
    expect(subscriptionState(renewed, d('2022-05-20')).status).toBe('ACTIVE');
    expect(subscriptionState(renewed, d('2022-05-20')).expiresOn).toBe('2023-04-30');
  });

  it('R-LIFE-2 R-TIME-2 a period expiring 2022-01-31 (end 2022-02-01) has grace through 2022-02-28', () => {
    const sub = activeSub({ start: d('2021-02-01'), end: d('2022-02-01') });
    const state = subscriptionState(sub, d('2022-02-01'));
    expect(state.expiresOn).toBe('2022-01-31');
    expect(state.graceEndsOn).toBe('2022-02-28');
    expect(subscriptionState(sub, d('2022-01-31')).status).toBe('ACTIVE');
    expect(subscriptionState(sub, d('2022-02-28')).status).toBe('GRACE');
    expect(subscriptionState(sub, d('2022-03-01')).status).toBe('RECYCLED');
  });

  it('R-LIFE-2 R-TIME-2 exclusive end 2022-01-31: grace is [2022-01-31, 2022-02-28), last day 2022-02-27', () => {
    const sub = activeSub({ start: d('2021-01-31'), end: d('2022-01-31') });
    expect(subscriptionState(sub, d('2022-01-31')).graceEndsOn).toBe('2022-02-27');
    expect(subscriptionState(sub, d('2022-02-27')).status).toBe('GRACE');
    expect(subscriptionState(sub, d('2022-02-28')).status).toBe('RECYCLED');
  });

  it('R-LIFE-3 R-TIME-2 leap year: end 2024-01-31 + 1 month = 2024-02-29, so grace through 2024-02-28, recycled 2024-02-29', () => {
    const sub = activeSub({ start: d('2023-01-31'), end: d('2024-01-31') });
    const state = subscriptionState(sub, d('2024-02-28'));
    expect(state.status).toBe('GRACE');
    expect(state.graceEndsOn).toBe('2024-02-28');
    expect(state.recycleOn).toBe('2024-02-29');
    expect(subscriptionState(sub, d('2024-02-29')).status).toBe('RECYCLED');
  });

  it('R-LIFE-2 leap day end 2024-02-29: renewal opens 2024-01-29, grace through 2024-03-28', () => {
    const dates = subscriptionDates({ start: d('2023-02-28'), end: d('2024-02-29') });
    expect(dates).toMatchObject({
      expiresOn: '2024-02-28',
      renewalOpensOn: '2024-01-29',
      graceEndsOn: '2024-03-28',
      recycleOn: '2024-03-29',
    });
  });

  it('R-LIFE-1 R-LIFE-2 across 1 January: period end 2023-01-01 is active on 2022-12-31, in grace on 1 January', () => {
    const sub = activeSub(yearsFrom(d('2022-01-01'), 1));
    const lastDay = subscriptionState(sub, d('2022-12-31'));
    expect(lastDay).toMatchObject({
      status: 'ACTIVE',
      daysLeft: 1,
      expiresOn: '2022-12-31',
      renewalOpensOn: '2022-12-01',
    });
    const newYear = subscriptionState(sub, d('2023-01-01'));
    expect(newYear).toMatchObject({
      status: 'GRACE',
      graceEndsOn: '2023-01-31',
      recycleOn: '2023-02-01',
    });
  });

  it('R-RENEW-1 renewal entitlement opens on renewalOpensOn (2022-04-01), not the day before', () => {
    expect(subscriptionState(SPEC_SUB, d('2022-03-31')).entitlements.renew).toBe(false);
    expect(subscriptionState(SPEC_SUB, d('2022-04-01')).entitlements.renew).toBe(true);
  });

  it('R-LIFE-3 a recorded recycling is an event: nothing restores it, not even a later period', () => {
    const sub = activeSub(
      { start: d('2022-05-01'), end: d('2023-05-01') },
      { recycledOn: d('2022-06-01') },
    );
    expect(subscriptionState(sub, d('2022-07-01')).status).toBe('RECYCLED');
    expect(subscriptionState(sub, d('2022-05-31')).status).toBe('ACTIVE');
  });
});

describe('R-OPEN-2 pending activation', () => {
  it('R-OPEN-2 waits in PENDING_ACTIVATION until activated, naming what is missing', () => {
    const sub: LifecycleSubscription = {
      activatedOn: null,
      period: null,
      paidInFull: true,
      materialsApproved: false,
    };
    const state = subscriptionState(sub, d('2021-04-20'));
    expect(state).toMatchObject({
      status: 'PENDING_ACTIVATION',
      rules: ['R-OPEN-2'],
      period: null,
      daysLeft: null,
      nextTransition: null,
    });
    expect(state.reason).toBe('Pending activation: waiting for approved materials (R-OPEN-2)');
    expect(state.entitlements).toEqual({
      initiateSessions: false,
      service: false,
      addSeats: false,
      renew: false,
    });
    const neither = subscriptionState({ ...sub, paidInFull: false }, d('2021-04-20'));
    expect(neither.reason).toContain('full payment and approved materials');
  });

  it('R-OPEN-2 R-OPEN-3 before its activation date a subscription is still pending; active from that day', () => {
    expect(subscriptionState(SPEC_SUB, d('2021-04-30')).status).toBe('PENDING_ACTIVATION');
    expect(subscriptionState(SPEC_SUB, d('2021-05-01')).status).toBe('ACTIVE');
  });

  it('R-OPEN-2 R-CAT-4 a never-activated EQQ subscription is terminated by the sunset', () => {
    const sub: LifecycleSubscription = {
      activatedOn: null,
      period: null,
      paidInFull: false,
      materialsApproved: false,
      productSunset: EQQ_SUNSET,
    };
    expect(subscriptionState(sub, d('2022-01-31')).status).toBe('TERMINATED');
    expect(subscriptionState(sub, d('2022-01-30')).nextTransition).toMatchObject({
      from: 'PENDING_ACTIVATION',
      to: 'TERMINATED',
      on: '2022-01-31',
    });
  });
});

describe('R-LIFE-5 suspension and termination stop all entitlements', () => {
  const none = { initiateSessions: false, service: false, addSeats: false, renew: false };

  it('R-LIFE-5 R-VIO-1 a violation suspension overrides ACTIVE and GRACE', () => {
    const sub = activeSub(SPEC_PERIOD, {
      suspension: { since: d('2022-03-01'), reason: 'spam', kind: 'VIOLATION' },
    });
    expect(subscriptionState(sub, d('2022-02-28')).status).toBe('ACTIVE');
    const state = subscriptionState(sub, d('2022-04-15'));
    expect(state.status).toBe('SUSPENDED');
    expect(state.entitlements).toEqual(none);
    expect(state.rules).toEqual(['R-LIFE-5', 'R-VIO-1']);
    expect(state.reason).toBe(
      'Suspended since 2022-03-01 for a violation: spam; no entitlements (R-LIFE-5, R-VIO-1)',
    );
    expect(subscriptionState(sub, d('2022-05-15')).status).toBe('SUSPENDED');
    // The period still runs out: unrenewed, it is recycled on schedule.
    expect(subscriptionState(sub, d('2022-06-01')).status).toBe('RECYCLED');
  });

  it('R-LIFE-5 a terminated agreement has no entitlements from its date', () => {
    const sub = activeSub(SPEC_PERIOD, {
      terminatedOn: { on: d('2021-09-10'), cause: 'AGREEMENT_ENDED' },
    });
    expect(subscriptionState(sub, d('2021-09-09')).status).toBe('ACTIVE');
    const state = subscriptionState(sub, d('2021-09-10'));
    expect(state).toMatchObject({
      status: 'TERMINATED',
      rules: ['R-LIFE-5'],
      entitlements: none,
      nextTransition: null,
    });
    expect(state.reason).toBe('Terminated on 2021-09-10: the agreement ended (R-LIFE-5)');
  });

  it('R-LIFE-5 R-VIO-1 a violation ban terminates', () => {
    const sub = activeSub(SPEC_PERIOD, {
      terminatedOn: { on: d('2021-09-10'), cause: 'VIOLATION_BAN' },
    });
    expect(subscriptionState(sub, d('2021-12-01'))).toMatchObject({
      status: 'TERMINATED',
      rules: ['R-LIFE-5', 'R-VIO-1'],
    });
  });
});

describe('R-CAT-4 R-LIFE-5 sunset of EQQ (renewals end 2021-10-28, service ends 2022-01-31)', () => {
  const sub = activeSub(SPEC_PERIOD, { productSunset: EQQ_SUNSET });

  it('R-CAT-4 R-LIFE-5 an EQQ subscription is TERMINATED on 2022-01-31, active the day before', () => {
    const before = subscriptionState(sub, d('2022-01-30'));
    expect(before.status).toBe('ACTIVE');
    expect(before.nextTransition).toMatchObject({
      from: 'ACTIVE',
      to: 'TERMINATED',
      on: '2022-01-31',
      cause: 'PRODUCT_SUNSET',
    });
    const after = subscriptionState(sub, d('2022-01-31'));
    expect(after).toMatchObject({ status: 'TERMINATED', rules: ['R-LIFE-5', 'R-CAT-4'] });
    expect(after.entitlements).toEqual({
      initiateSessions: false,
      service: false,
      addSeats: false,
      renew: false,
    });
    expect(after.reason).toBe(
      "Terminated on 2022-01-31: the product's service ended (R-CAT-4, R-LIFE-5)",
    );
  });

  it('R-CAT-4 from renewalsEndOn no renewal and no seat purchase, but service and sessions go on', () => {
    expect(subscriptionState(sub, d('2021-10-27')).entitlements.addSeats).toBe(true);
    const state = subscriptionState(sub, d('2021-10-28'));
    expect(state.entitlements).toEqual({
      initiateSessions: true,
      service: true,
      addSeats: false,
      renew: false,
    });
    expect(state.rules).toContain('R-CAT-4');
  });

  it('R-CAT-4 R-LIFE-6 a subscription in grace at the sunset goes GRACE → TERMINATED, never recycled later', () => {
    const inGrace = activeSub(
      { start: d('2021-01-15'), end: d('2022-01-15') },
      { productSunset: EQQ_SUNSET },
    );
    expect(subscriptionState(inGrace, d('2022-01-20'))).toMatchObject({
      status: 'GRACE',
      entitlements: { renew: false },
    });
    expect(
      transitionsBetween(inGrace, d('2022-01-01'), d('2022-12-31')).map((t) => [
        t.from,
        t.to,
        t.on,
        t.cause,
      ]),
    ).toEqual([
      ['ACTIVE', 'GRACE', '2022-01-15', 'PERIOD_ENDED'],
      ['GRACE', 'TERMINATED', '2022-01-31', 'PRODUCT_SUNSET'],
    ]);
  });

  it('R-CAT-4 R-LIFE-3 when recycling would fall on the sunset day itself, the sunset termination wins', () => {
    const tie = activeSub(
      { start: d('2020-12-31'), end: d('2021-12-31') },
      { productSunset: EQQ_SUNSET },
    );
    expect(subscriptionState(tie, d('2022-01-30')).status).toBe('GRACE');
    expect(subscriptionState(tie, d('2022-01-31')).status).toBe('TERMINATED');
  });

  it('R-LIFE-3 R-CAT-4 a subscription recycled before the sunset stays RECYCLED', () => {
    const early = activeSub(
      { start: d('2020-11-01'), end: d('2021-11-01') },
      { productSunset: EQQ_SUNSET },
    );
    expect(subscriptionState(early, d('2022-02-01')).status).toBe('RECYCLED');
    expect(transitionsBetween(early, d('2021-12-31'), d('2022-12-31'))).toEqual([]);
  });
});

describe('R-FM-1 force majeure in the subscription state', () => {
  it('R-FM-1 10 days of force majeure move the end, grace and recycling 10 days later', () => {
    const sub = activeSub(SPEC_PERIOD, { forceMajeureDays: 10 });
    const state = subscriptionState(sub, d('2022-05-05'));
    expect(state).toMatchObject({
      status: 'ACTIVE',
      period: { start: '2021-05-01', end: '2022-05-11' },
      expiresOn: '2022-05-10',
      renewalOpensOn: '2022-04-11',
      graceEndsOn: '2022-06-10',
      recycleOn: '2022-06-11',
      daysLeft: 6,
    });
    expect(state.rules).toContain('R-FM-1');
    expect(state.reason).toContain('extended 10 days for force majeure (R-FM-1)');
  });

  it('R-FM-1 a negative or fractional force-majeure day count is a programmer error', () => {
    expect(() => subscriptionDates(SPEC_PERIOD, -1)).toThrow(RangeError);
    expect(() => subscriptionDates(SPEC_PERIOD, 1.5)).toThrow(RangeError);
  });
});

describe('R-LIFE-6 transitions between two dates', () => {
  it('R-LIFE-6 ACTIVE → GRACE on the end, GRACE → RECYCLED the day after grace, each with cause and rules', () => {
    const transitions = transitionsBetween(SPEC_SUB, d('2021-05-01'), d('2022-12-31'));
    expect(transitions).toEqual([
      {
        from: 'ACTIVE',
        to: 'GRACE',
        on: '2022-05-01',
        cause: 'PERIOD_ENDED',
        rules: ['R-LIFE-6', 'R-LIFE-2', 'R-RENEW-1'],
        reason:
          'ACTIVE → GRACE on 2022-05-01: the period ended unrenewed; grace until 2022-05-31 (R-LIFE-2)',
        reasonMessage: {
          key: 'transition.periodEnded',
          params: {
            from: { status: 'ACTIVE' },
            to: { status: 'GRACE' },
            on: '2022-05-01',
            graceEndsOn: '2022-05-31',
          },
        },
      },
      {
        from: 'GRACE',
        to: 'RECYCLED',
        on: '2022-06-01',
        cause: 'GRACE_ENDED',
        rules: ['R-LIFE-6', 'R-LIFE-3', 'R-NUM-4'],
        reason:
          'GRACE → RECYCLED on 2022-06-01: grace ended on 2022-05-31 without renewal; number and service data released (R-LIFE-3)',
        reasonMessage: {
          key: 'transition.graceEnded',
          params: {
            from: { status: 'GRACE' },
            to: { status: 'RECYCLED' },
            on: '2022-06-01',
            graceEndsOn: '2022-05-31',
          },
        },
      },
    ]);
  });

  it('R-LIFE-6 the range is (from, to]: from excluded, to included', () => {
    expect(transitionsBetween(SPEC_SUB, d('2022-04-30'), d('2022-05-01')).map((t) => t.on)).toEqual(
      ['2022-05-01'],
    );
    expect(transitionsBetween(SPEC_SUB, d('2022-05-01'), d('2022-05-31'))).toEqual([]);
    expect(transitionsBetween(SPEC_SUB, d('2022-05-31'), d('2022-06-01')).map((t) => t.to)).toEqual(
      ['RECYCLED'],
    );
    expect(transitionsBetween(SPEC_SUB, d('2022-06-01'), d('2022-05-01'))).toEqual([]);
  });

  it('R-LIFE-6 R-LIFE-5 a suspended subscription has no transition at its end, and is recycled after grace', () => {
    const sub = activeSub(SPEC_PERIOD, {
      suspension: { since: d('2022-03-01'), reason: 'spam', kind: 'VIOLATION' },
    });
    expect(
      transitionsBetween(sub, d('2022-01-01'), d('2022-12-31')).map((t) => [t.from, t.to, t.on]),
    ).toEqual([['SUSPENDED', 'RECYCLED', '2022-06-01']]);
  });

  it('R-LIFE-6 events (a recorded termination) are not repeated by the clock, and stop later transitions', () => {
    const sub = activeSub(SPEC_PERIOD, {
      terminatedOn: { on: d('2022-05-01'), cause: 'AGREEMENT_ENDED' },
    });
    expect(transitionsBetween(sub, d('2022-01-01'), d('2022-12-31'))).toEqual([]);
  });
});

const RANK: Record<SubscriptionStatus, number> = {
  PENDING_ACTIVATION: 0,
  ACTIVE: 1,
  GRACE: 2,
  RECYCLED: 3,
  SUSPENDED: -1,
  TERMINATED: -1,
};

describe('R-LIFE-1 R-LIFE-2 R-LIFE-3 R-LIFE-6 properties over consecutive days', () => {
  const arbSub = fc
    .record({
      startDay: fc.integer({
        min: toDayNumber(d('2000-01-01')),
        max: toDayNumber(d('2099-12-31')),
      }),
      years: fc.integer({ min: 1, max: 3 }),
      fmDays: fc.oneof(fc.constant(0), fc.integer({ min: 1, max: 90 })),
    })
    .map(({ startDay, years, fmDays }) =>
      activeSub(yearsFrom(fromDayNumber(startDay), years), { forceMajeureDays: fmDays }),
    );

  it('R-LIFE-1 R-LIFE-2 R-LIFE-3 an unrenewed subscription never goes backwards: PENDING → ACTIVE → GRACE → RECYCLED', () => {
    fc.assert(
      fc.property(arbSub, (sub) => {
        const dates = subscriptionDates(sub.period as Period, sub.forceMajeureDays);
        const first = addDays(dates.period.start, -3);
        const last = addDays(dates.recycleOn, 3);
        let previous = subscriptionState(sub, first);
        const firstSeen = new Map<SubscriptionStatus, BusinessDate>([[previous.status, first]]);
        for (let day = addDays(first, 1); day <= last; day = addDays(day, 1)) {
          const state = subscriptionState(sub, day);
          expect(RANK[state.status]).toBeGreaterThanOrEqual(RANK[previous.status]);
          if (!firstSeen.has(state.status)) firstSeen.set(state.status, day);
          previous = state;
        }
        expect(firstSeen.get('ACTIVE')).toBe(dates.period.start);
        expect(firstSeen.get('GRACE')).toBe(dates.period.end);
        expect(firstSeen.get('RECYCLED')).toBe(addDays(dates.graceEndsOn, 1));
        // A grace month lasts 28 to 31 days.
        const graceDays = toDayNumber(dates.recycleOn) - toDayNumber(dates.period.end);
        expect(graceDays).toBeGreaterThanOrEqual(28);
        expect(graceDays).toBeLessThanOrEqual(31);
      }),
      { numRuns: 60 },
    );
  });

  it('R-LIFE-6 day-by-day transitions match every status change and add up to the transitions of the whole range', () => {
    fc.assert(
      fc.property(arbSub, fc.boolean(), (base, sunset) => {
        const dates = subscriptionDates(base.period as Period, base.forceMajeureDays);
        const sub: LifecycleSubscription = sunset
          ? {
              ...base,
              productSunset: {
                renewalsEndOn: dates.expiresOn,
                serviceEndsOn: addDays(dates.period.end, 10),
              },
            }
          : base;
        const first = dates.period.start;
        const last = addDays(dates.recycleOn, 2);
        const stepwise = [];
        let previous = subscriptionState(sub, first).status;
        for (let day = addDays(first, 1); day <= last; day = addDays(day, 1)) {
          const step = transitionsBetween(sub, addDays(day, -1), day);
          const status = subscriptionState(sub, day).status;
          if (status !== previous)
            expect(step.map((t) => [t.from, t.to, t.on])).toEqual([[previous, status, day]]);
          else expect(step).toEqual([]);
          stepwise.push(...step);
          previous = status;
        }
        expect(transitionsBetween(sub, first, last)).toEqual(stepwise);
      }),
      { numRuns: 40 },
    );
  });
});

describe('R-OPEN-2 payment and materials only word the reason of a pending subscription', () => {
  // The API reads a subscription's orders only to word this reason: its status, dates,
  // entitlements and next transition must not depend on them.
  const arbCase = fc.record({
    startDay: fc.integer({ min: toDayNumber(d('2000-01-01')), max: toDayNumber(d('2099-12-31')) }),
    years: fc.integer({ min: 1, max: 3 }),
    pending: fc.boolean(),
    openEnded: fc.boolean(),
    fmDays: fc.oneof(fc.constant(0), fc.integer({ min: 1, max: 90 })),
    offset: fc.integer({ min: -40, max: 1200 }),
    suspended: fc.boolean(),
    terminated: fc.boolean(),
    facts: fc.tuple(fc.boolean(), fc.boolean(), fc.boolean(), fc.boolean()),
  });

  it('R-OPEN-2 everything but the pending reason is the same whatever the payment and materials facts', () => {
    fc.assert(
      fc.property(arbCase, (c) => {
        const period = yearsFrom(fromDayNumber(c.startDay), c.years);
        const today = addDays(period.start, c.offset);
        const base: LifecycleSubscription = {
          activatedOn: c.pending ? null : period.start,
          period: c.pending || c.openEnded ? null : period,
          openEnded: !c.pending && c.openEnded,
          paidInFull: false,
          materialsApproved: false,
          forceMajeureDays: c.fmDays,
          suspension: c.suspended
            ? { since: addDays(period.start, 10), reason: 'test', kind: 'VIOLATION' }
            : null,
          terminatedOn: c.terminated ? { on: addDays(period.start, 20), cause: 'SUNSET' } : null,
        };
        const [p1, m1, p2, m2] = c.facts;
        const one = subscriptionState({ ...base, paidInFull: p1, materialsApproved: m1 }, today);
        const two = subscriptionState({ ...base, paidInFull: p2, materialsApproved: m2 }, today);
        const { reason: reasonOne, reasonMessage: messageOne, ...restOne } = one;
        const { reason: reasonTwo, reasonMessage: messageTwo, ...restTwo } = two;
        expect(restTwo).toEqual(restOne);
        if (one.status !== 'PENDING_ACTIVATION') {
          expect(reasonTwo).toBe(reasonOne);
          expect(messageTwo).toEqual(messageOne);
        }
      }),
      { numRuns: 300 },
    );
  });

  it('R-OPEN-2 the pending reason names what is missing', () => {
    const pending: LifecycleSubscription = {
      activatedOn: null,
      period: null,
      paidInFull: false,
      materialsApproved: true,
    };
    expect(subscriptionState(pending, d('2024-01-01')).reason).toContain('full payment');
    expect(
      subscriptionState({ ...pending, paidInFull: true, materialsApproved: false }, d('2024-01-01'))
        .reason,
    ).toContain('approved materials');
  });
});
