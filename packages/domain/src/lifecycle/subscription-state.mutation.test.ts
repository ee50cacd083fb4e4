import { describe, expect, it } from 'vitest';
import { msg } from '../explain/messages.js';
import { parseDate } from '../time/business-date.js';
import type { Period } from '../time/period.js';
import {
  subscriptionDates,
  subscriptionState,
  transitionsBetween,
  type LifecycleSubscription,
} from './subscription-state.js';

/**
 * Statuses, reasons and transitions of a subscription that a wrong rule would slip past
 * (found by mutation testing). Same fixtures as subscription-state.test.ts.
 */
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
const NONE = { initiateSessions: false, service: false, addSeats: false, renew: false };

describe('R-FM-1 the force-majeure day count', () => {
  it('R-FM-1 a negative or fractional count is refused, naming the value', () => {
    expect(() => subscriptionDates(SPEC_PERIOD, -1)).toThrow(
      'forceMajeureDays must be a whole number ≥ 0, got -1',
    );
    expect(() => subscriptionDates(SPEC_PERIOD, 1.5)).toThrow(
      'forceMajeureDays must be a whole number ≥ 0, got 1.5',
    );
  });
});

describe('R-OPEN-2 R-CAT-2 pending and open-ended subscriptions', () => {
  it('R-OPEN-2 paid and approved but not activated: the reason says it waits for activation only', () => {
    const state = subscriptionState(
      { activatedOn: null, period: null, paidInFull: true, materialsApproved: true },
      d('2024-01-01'),
    );
    expect(state.status).toBe('PENDING_ACTIVATION');
    expect(state.reason).toBe(
      'Pending activation: paid and approved, waiting to be activated (R-OPEN-2, R-OPEN-4)',
    );
  });

  it('R-CAT-2 R-LIFE-1 a free plan is active with no period end, no renewal and no days left', () => {
    const free: LifecycleSubscription = {
      activatedOn: d('2024-01-01'),
      period: null,
      openEnded: true,
      paidInFull: true,
      materialsApproved: true,
    };
    expect(subscriptionState(free, d('2023-12-31')).status).toBe('PENDING_ACTIVATION');
    const state = subscriptionState(free, d('2030-06-01'));
    expect(state).toEqual({
      status: 'ACTIVE',
      rules: ['R-LIFE-1', 'R-CAT-2'],
      reason:
        'Active since 2024-01-01 with no period end: a free plan has no time limit, no renewal, grace or recycling; it ends when left or terminated (R-LIFE-1, R-CAT-2)',
      period: null,
      expiresOn: null,
      renewalOpensOn: null,
      graceEndsOn: null,
      recycleOn: null,
      daysLeft: null,
      entitlements: { initiateSessions: true, service: true, addSeats: true, renew: false },
      nextTransition: null,
    });
  });

  it('R-CAT-2 R-CAT-4 a free plan of a sunset product stops selling seats from renewalsEndOn', () => {
    const free: LifecycleSubscription = {
      activatedOn: d('2021-01-01'),
      period: null,
      openEnded: true,
      paidInFull: true,
      materialsApproved: true,
      productSunset: EQQ_SUNSET,
    };
    expect(subscriptionState(free, d('2021-10-27')).entitlements.addSeats).toBe(true);
    expect(subscriptionState(free, d('2021-10-28')).entitlements).toEqual({
      initiateSessions: true,
      service: true,
      addSeats: false,
      renew: false,
    });
    expect(subscriptionState(free, d('2022-01-31')).status).toBe('TERMINATED');
  });
});

describe('R-LIFE-1 R-LIFE-2 R-LIFE-3 reasons', () => {
  it('R-LIFE-1 R-RENEW-1 from renewalOpensOn the reason says renewal is open since that day', () => {
    const state = subscriptionState(SPEC_SUB, d('2022-04-01'));
    expect(state.rules).toEqual(['R-LIFE-1']);
    expect(state.reason).toBe(
      'Active through 2022-04-30 (period [2021-05-01, 2022-05-01)); renewal open since 2022-04-01 (R-RENEW-1) (R-LIFE-1)',
    );
  });

  it('R-LIFE-1 R-CAT-4 once renewals of the product have ended the reason says so', () => {
    const state = subscriptionState(
      activeSub(SPEC_PERIOD, { productSunset: EQQ_SUNSET }),
      d('2021-10-28'),
    );
    expect(state.rules).toEqual(['R-LIFE-1', 'R-CAT-4']);
    expect(state.reason).toBe(
      'Active through 2022-04-30 (period [2021-05-01, 2022-05-01)); renewals ended on 2021-10-28 (R-CAT-4) (R-LIFE-1)',
    );
  });

  it('R-LIFE-1 R-FM-1 force majeure is named in the rules and the reason', () => {
    const state = subscriptionState(
      activeSub(SPEC_PERIOD, { forceMajeureDays: 10 }),
      d('2022-05-05'),
    );
    expect(state.rules).toEqual(['R-LIFE-1', 'R-FM-1']);
    expect(state.reason).toBe(
      'Active through 2022-05-10 (period [2021-05-01, 2022-05-11), extended 10 days for force majeure (R-FM-1)); renewal open since 2022-04-11 (R-RENEW-1) (R-LIFE-1)',
    );
  });

  it('R-LIFE-2 the grace reason names the renewal deadline and the recycling day', () => {
    const state = subscriptionState(SPEC_SUB, d('2022-05-01'));
    expect(state.rules).toEqual(['R-LIFE-2', 'R-RENEW-1']);
    expect(state.reason).toBe(
      'In grace since 2022-05-01: service continues but no new sessions or seats; renew by 2022-05-31 or recycled on 2022-06-01 (R-LIFE-2, R-RENEW-1, R-LIFE-3)',
    );
  });

  it('R-LIFE-2 R-FM-1 grace after a force-majeure extension names it', () => {
    const state = subscriptionState(
      activeSub(SPEC_PERIOD, { forceMajeureDays: 10 }),
      d('2022-05-20'),
    );
    expect(state.status).toBe('GRACE');
    expect(state.rules).toEqual(['R-LIFE-2', 'R-RENEW-1', 'R-FM-1']);
    expect(state.reason).toBe(
      'In grace since 2022-05-11, extended 10 days for force majeure (R-FM-1): service continues but no new sessions or seats; renew by 2022-06-10 or recycled on 2022-06-11 (R-LIFE-2, R-RENEW-1, R-LIFE-3)',
    );
  });

  it('R-LIFE-2 R-CAT-4 in grace after renewals ended: no renewal, the reason says so', () => {
    const inGrace = activeSub(
      { start: d('2021-01-15'), end: d('2022-01-15') },
      { productSunset: EQQ_SUNSET },
    );
    const state = subscriptionState(inGrace, d('2022-01-20'));
    expect(state.rules).toEqual(['R-LIFE-2', 'R-RENEW-1', 'R-CAT-4']);
    expect(state.entitlements).toEqual({
      initiateSessions: false,
      service: true,
      addSeats: false,
      renew: false,
    });
    expect(state.reason).toBe(
      'In grace since 2022-01-15: service continues but no new sessions or seats; renewals ended on 2021-10-28 (R-CAT-4); recycled on 2022-02-15 (R-LIFE-2, R-RENEW-1, R-LIFE-3)',
    );
  });

  it('R-LIFE-3 the recycled reason: after grace it names the grace end, a recorded recycling does not', () => {
    expect(subscriptionState(SPEC_SUB, d('2022-07-01')).reason).toBe(
      'Recycled on 2022-06-01: grace ended on 2022-05-31 without renewal; number and service data released, buy anew (R-LIFE-3)',
    );
    const recorded = activeSub(
      { start: d('2022-05-01'), end: d('2023-05-01') },
      { recycledOn: d('2022-06-01') },
    );
    const state = subscriptionState(recorded, d('2022-07-01'));
    expect(state.rules).toEqual(['R-LIFE-3']);
    expect(state.entitlements).toEqual(NONE);
    expect(state.reason).toBe(
      'Recycled on 2022-06-01; number and service data released, buy anew (R-LIFE-3)',
    );
  });

  it('R-LIFE-5 R-VIO-1 a violation ban names the ban in the reason', () => {
    const sub = activeSub(SPEC_PERIOD, {
      terminatedOn: { on: d('2021-09-10'), cause: 'VIOLATION_BAN' },
    });
    const state = subscriptionState(sub, d('2021-12-01'));
    expect(state.entitlements).toEqual(NONE);
    expect(state.reason).toBe(
      'Terminated on 2021-09-10: permanently banned for violations (R-VIO-1, R-LIFE-5)',
    );
  });
});

describe('R-LIFE-5 R-CAT-4 the earliest terminal event wins', () => {
  it('R-LIFE-5 a termination recorded on the sunset day keeps its own cause', () => {
    const sub = activeSub(SPEC_PERIOD, {
      productSunset: EQQ_SUNSET,
      terminatedOn: { on: d('2022-01-31'), cause: 'AGREEMENT_ENDED' },
    });
    const state = subscriptionState(sub, d('2022-02-01'));
    expect(state.rules).toEqual(['R-LIFE-5']);
    expect(state.reason).toBe('Terminated on 2022-01-31: the agreement ended (R-LIFE-5)');
  });

  it('R-LIFE-5 R-CAT-4 a sunset before a later termination decides the cause', () => {
    const sub = activeSub(SPEC_PERIOD, {
      productSunset: EQQ_SUNSET,
      terminatedOn: { on: d('2022-02-10'), cause: 'AGREEMENT_ENDED' },
    });
    const state = subscriptionState(sub, d('2022-03-01'));
    expect(state.rules).toEqual(['R-LIFE-5', 'R-CAT-4']);
    expect(state.reason).toBe(
      "Terminated on 2022-01-31: the product's service ended (R-CAT-4, R-LIFE-5)",
    );
  });

  it('R-LIFE-3 R-LIFE-5 a recorded recycling before a termination stays RECYCLED', () => {
    const sub = activeSub(SPEC_PERIOD, {
      recycledOn: d('2021-09-01'),
      terminatedOn: { on: d('2021-10-01'), cause: 'AGREEMENT_ENDED' },
    });
    expect(subscriptionState(sub, d('2021-11-01'))).toMatchObject({
      status: 'RECYCLED',
      reason: 'Recycled on 2021-09-01; number and service data released, buy anew (R-LIFE-3)',
    });
  });
});

describe('R-LIFE-6 R-CAT-4 the sunset transition', () => {
  it('R-LIFE-6 R-CAT-4 ACTIVE → TERMINATED on the service end, with its rules and reason', () => {
    const sub = activeSub(SPEC_PERIOD, { productSunset: EQQ_SUNSET });
    expect(transitionsBetween(sub, d('2021-05-01'), d('2022-12-31'))).toEqual([
      {
        from: 'ACTIVE',
        to: 'TERMINATED',
        on: '2022-01-31',
        cause: 'PRODUCT_SUNSET',
        rules: ['R-LIFE-6', 'R-CAT-4', 'R-LIFE-5'],
        reason: "ACTIVE → TERMINATED on 2022-01-31: the product's service ends that day (R-CAT-4)",
        reasonMessage: msg('transition.productSunset', {
          from: { status: 'ACTIVE' },
          to: { status: 'TERMINATED' },
          on: '2022-01-31',
        }),
      },
    ]);
  });
});

describe('R-RENEW-1 R-CAT-4 when renewal is open', () => {
  it('R-RENEW-1 R-CAT-4 renewal is open in the window until the product stops renewals, not on that day', () => {
    const sunset = { renewalsEndOn: d('2022-04-15'), serviceEndsOn: d('2022-12-31') };
    const sub = activeSub(SPEC_PERIOD, { productSunset: sunset });
    expect(subscriptionState(sub, d('2022-04-14')).entitlements.renew).toBe(true);
    expect(subscriptionState(sub, d('2022-04-15')).entitlements.renew).toBe(false);
  });

  it('R-RENEW-1 R-LIFE-2 renewal is still open on the last day of grace', () => {
    const state = subscriptionState(SPEC_SUB, d('2022-05-31'));
    expect(state.status).toBe('GRACE');
    expect(state.entitlements.renew).toBe(true);
  });

  it('R-LIFE-2 R-CAT-4 in grace the renewals end on renewalsEndOn itself, not the day after', () => {
    const sunset = { renewalsEndOn: d('2022-05-10'), serviceEndsOn: d('2022-12-31') };
    const sub = activeSub(SPEC_PERIOD, { productSunset: sunset });
    const before = subscriptionState(sub, d('2022-05-09'));
    expect(before.rules).toEqual(['R-LIFE-2', 'R-RENEW-1']);
    expect(before.entitlements.renew).toBe(true);
    const on = subscriptionState(sub, d('2022-05-10'));
    expect(on.rules).toEqual(['R-LIFE-2', 'R-RENEW-1', 'R-CAT-4']);
    expect(on.entitlements.renew).toBe(false);
    expect(on.reason).toContain('renewals ended on 2022-05-10 (R-CAT-4); recycled on 2022-06-01');
  });
});

describe('R-LIFE-5 R-OPEN-2 terminations and activation facts', () => {
  it('R-LIFE-5 R-CAT-4 a termination recorded with the cause SUNSET is worded as the product ending', () => {
    const sub = activeSub(SPEC_PERIOD, { terminatedOn: { on: d('2021-09-10'), cause: 'SUNSET' } });
    const state = subscriptionState(sub, d('2021-09-10'));
    expect(state.rules).toEqual(['R-LIFE-5', 'R-CAT-4']);
    expect(state.reason).toBe(
      "Terminated on 2021-09-10: the product's service ended (R-CAT-4, R-LIFE-5)",
    );
  });

  it('R-OPEN-2 an activation date without a period (and not a free plan) is still pending: a recorded recycling is ignored', () => {
    const sub: LifecycleSubscription = {
      activatedOn: d('2024-01-01'),
      period: null,
      paidInFull: true,
      materialsApproved: true,
      recycledOn: d('2024-03-01'),
    };
    expect(subscriptionState(sub, d('2024-04-01'))).toMatchObject({
      status: 'PENDING_ACTIVATION',
      daysLeft: null,
    });
  });
});

describe('R-LIFE-6 each transition once', () => {
  it('R-LIFE-6 R-CAT-4 a sunset on the recycling day gives one GRACE → TERMINATED transition, not two', () => {
    const tie = activeSub(
      { start: d('2020-12-31'), end: d('2021-12-31') },
      { productSunset: EQQ_SUNSET },
    );
    expect(
      transitionsBetween(tie, d('2021-12-01'), d('2022-12-31')).map((t) => [t.from, t.to, t.on]),
    ).toEqual([
      ['ACTIVE', 'GRACE', '2021-12-31'],
      ['GRACE', 'TERMINATED', '2022-01-31'],
    ]);
  });
});

describe('R-LIFE-3 a recorded recycling keeps its date', () => {
  it('R-LIFE-3 recorded on the day grace would end it anyway, or before: the recorded date and wording stay', () => {
    const same = activeSub(SPEC_PERIOD, { recycledOn: d('2022-06-01') });
    expect(subscriptionState(same, d('2022-07-01')).reason).toBe(
      'Recycled on 2022-06-01; number and service data released, buy anew (R-LIFE-3)',
    );
    const renewed = activeSub(
      { start: d('2022-05-01'), end: d('2023-05-01') },
      { recycledOn: d('2022-06-01') },
    );
    expect(subscriptionState(renewed, d('2023-07-01')).reason).toBe(
      'Recycled on 2022-06-01; number and service data released, buy anew (R-LIFE-3)',
    );
  });
});
