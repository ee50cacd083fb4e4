import { describe, expect, it } from 'vitest';
import { createCalendar, PRC_CALENDAR } from '../calendar/index.js';
import { parseDate } from '../time/business-date.js';
import type { Period } from '../time/period.js';
import { canRenew, renewalFulfilmentDueDate, renewalWindow } from './renewal-window.js';
import type { LifecycleSubscription } from './subscription-state.js';
import { inEnglish } from '../test-support/refusal-english.js';

const d = parseDate;
const SPEC_PERIOD: Period = { start: d('2021-05-01'), end: d('2022-05-01') };
const SUB: LifecycleSubscription = {
  activatedOn: SPEC_PERIOD.start,
  period: SPEC_PERIOD,
  paidInFull: true,
  materialsApproved: true,
};
const EQQ_SUNSET = { renewalsEndOn: d('2021-10-28'), serviceEndsOn: d('2022-01-31') };
const SMALL = createCalendar({
  knownFrom: '2030-01-01',
  knownThrough: '2030-01-31',
  holidays: ['2030-01-01'],
  workdays: ['2030-01-05'],
});

describe('R-RENEW-1 the renewal window', () => {
  it('R-RENEW-1 opens 1 month before the end (2022-04-01) and closes on the last day of grace (2022-05-31)', () => {
    expect(renewalWindow(SPEC_PERIOD)).toEqual({
      opensOn: '2022-04-01',
      closesOn: '2022-05-31',
      rules: ['R-RENEW-1', 'R-LIFE-2', 'R-TIME-2'],
      reason:
        'Renewal open from 2022-04-01 (1 month before the period end 2022-05-01) through 2022-05-31, the last day of grace (R-RENEW-1)',
    });
  });

  it('R-RENEW-1 R-TIME-2 month ends clamp: end 2022-03-31 → opens 2022-02-28, grace through 2022-04-29', () => {
    expect(renewalWindow({ start: d('2021-03-31'), end: d('2022-03-31') })).toMatchObject({
      opensOn: '2022-02-28',
      closesOn: '2022-04-29',
    });
  });

  it('R-RENEW-1 across 1 January: end 2023-01-01 → opens 2022-12-01, closes 2023-01-31', () => {
    expect(renewalWindow({ start: d('2022-01-01'), end: d('2023-01-01') })).toMatchObject({
      opensOn: '2022-12-01',
      closesOn: '2023-01-31',
    });
  });

  it('R-RENEW-1 a one-month period is renewable from its start', () => {
    expect(renewalWindow({ start: d('2024-01-31'), end: d('2024-02-29') }).opensOn).toBe(
      '2024-01-31',
    );
  });
});

describe('R-RENEW-1 canRenew', () => {
  it('R-RENEW-1 the day before the window opens → OUTSIDE_WINDOW', () => {
    expect(inEnglish(canRenew(SUB, d('2022-03-31')))).toEqual({
      ok: false,
      refusal: {
        code: 'OUTSIDE_WINDOW',
        message:
          'Renewal opens on 2022-04-01, 1 month before the period end 2022-05-01: renew on or after that date (R-RENEW-1)',
        rules: ['R-RENEW-1'],
      },
    });
  });

  it('R-RENEW-1 on the opening day and the last active day → renewable', () => {
    expect(canRenew(SUB, d('2022-04-01'))).toMatchObject({
      ok: true,
      window: { opensOn: '2022-04-01', closesOn: '2022-05-31' },
    });
    expect(canRenew(SUB, d('2022-04-30'))).toMatchObject({
      ok: true,
      rules: ['R-RENEW-1', 'R-RENEW-2'],
    });
  });

  it('R-RENEW-1 R-RENEW-2 in grace (paid 2022-05-20) and on the last day of grace → renewable from the previous end', () => {
    const result = canRenew(SUB, d('2022-05-20'));
    expect(result).toMatchObject({ ok: true, rules: ['R-RENEW-1', 'R-LIFE-2', 'R-RENEW-2'] });
    expect(result.ok && result.reason).toBe(
      'Renewable in grace through 2022-05-31; the new period starts at the previous end 2022-05-01 (R-RENEW-1, R-LIFE-2, R-RENEW-2)',
    );
    expect(canRenew(SUB, d('2022-05-31')).ok).toBe(true);
  });

  it('R-RENEW-1 R-LIFE-3 not after recycling (2022-06-01) → INVALID_STATE', () => {
    expect(canRenew(SUB, d('2022-06-01'))).toMatchObject({
      ok: false,
      refusal: { code: 'INVALID_STATE', rules: ['R-LIFE-3', 'R-RENEW-1'] },
    });
  });

  it('R-RENEW-1 R-LIFE-5 suspended or terminated → INVALID_STATE', () => {
    const suspended = {
      ...SUB,
      suspension: { since: d('2022-04-01'), reason: 'spam', kind: 'VIOLATION' as const },
    };
    expect(canRenew(suspended, d('2022-04-15'))).toMatchObject({
      ok: false,
      refusal: { code: 'INVALID_STATE', rules: ['R-LIFE-5', 'R-VIO-1', 'R-RENEW-1'] },
    });
    const terminated = {
      ...SUB,
      terminatedOn: { on: d('2022-04-10'), cause: 'AGREEMENT_ENDED' as const },
    };
    expect(canRenew(terminated, d('2022-04-15'))).toMatchObject({
      ok: false,
      refusal: { code: 'INVALID_STATE', rules: ['R-LIFE-5', 'R-RENEW-1'] },
    });
  });

  it('R-RENEW-1 R-OPEN-2 not activated → INVALID_STATE', () => {
    const pending: LifecycleSubscription = {
      activatedOn: null,
      period: null,
      paidInFull: true,
      materialsApproved: false,
    };
    expect(canRenew(pending, d('2022-04-15'))).toMatchObject({
      ok: false,
      refusal: { code: 'INVALID_STATE', rules: ['R-OPEN-2', 'R-RENEW-1'] },
    });
  });

  it('R-RENEW-1 R-CAT-4 EQQ takes no renewal on or after 2021-10-28 → PRODUCT_SUNSET', () => {
    const eqq = { ...SUB, productSunset: EQQ_SUNSET };
    expect(canRenew(eqq, d('2021-10-27'))).toMatchObject({
      ok: false,
      refusal: { code: 'OUTSIDE_WINDOW' },
    });
    expect(inEnglish(canRenew(eqq, d('2021-10-28')))).toEqual({
      ok: false,
      refusal: {
        code: 'PRODUCT_SUNSET',
        message:
          'The product takes no renewals on or after 2021-10-28: use the service until it ends, or open a subscription to another product (R-CAT-4)',
        rules: ['R-CAT-4', 'R-RENEW-1'],
      },
    });
    // A period ending 2021-11-01 was renewable the day before the sunset, not on it.
    const ending = { ...eqq, period: { start: d('2020-11-01'), end: d('2021-11-01') } };
    expect(canRenew(ending, d('2021-10-27')).ok).toBe(true);
    expect(canRenew(ending, d('2021-10-28'))).toMatchObject({
      ok: false,
      refusal: { code: 'PRODUCT_SUNSET' },
    });
  });
});

describe('R-RENEW-5 a paid renewal is fulfilled within 3 working days', () => {
  it('R-RENEW-5 paid Wed 2030-01-02 → due Sat 2030-01-05 (adjusted workday)', () => {
    const due = renewalFulfilmentDueDate(SMALL, d('2030-01-02'));
    expect(due).toMatchObject({ ok: true, date: '2030-01-05', rules: ['R-RENEW-5', 'R-TIME-3'] });
    expect(due.ok && due.reason).toMatch(
      /^Renewal paid on 2030-01-02 is to be fulfilled by 2030-01-05 \(R-RENEW-5\): 3 working days after/,
    );
  });

  it('R-RENEW-5 paid on the New Year holiday 2030-01-01 → due 2030-01-04', () => {
    expect(renewalFulfilmentDueDate(SMALL, d('2030-01-01'))).toMatchObject({
      ok: true,
      date: '2030-01-04',
    });
  });

  it('R-RENEW-5 R-TIME-3 across National Day 2024: paid Fri 2024-09-27 → due 2024-10-08; paid 2024-10-01 → 2024-10-10', () => {
    expect(renewalFulfilmentDueDate(PRC_CALENDAR, d('2024-09-27'))).toMatchObject({
      ok: true,
      date: '2024-10-08',
    });
    expect(renewalFulfilmentDueDate(PRC_CALENDAR, d('2024-10-01'))).toMatchObject({
      ok: true,
      date: '2024-10-10',
    });
  });

  it('R-RENEW-5 past the known calendar → BEYOND_CALENDAR refusal naming R-RENEW-5', () => {
    const due = renewalFulfilmentDueDate(SMALL, d('2030-01-30'));
    expect(due).toMatchObject({ ok: false, refusal: { code: 'BEYOND_CALENDAR' } });
    expect(!due.ok && due.refusal.rules).toEqual(['R-RENEW-5', 'R-TIME-3']);
  });
});
