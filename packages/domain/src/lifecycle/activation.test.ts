import { describe, expect, it } from 'vitest';
import { createCalendar, PRC_CALENDAR } from '../calendar/index.js';
import { parseDate } from '../time/business-date.js';
import {
  activationDueDate,
  activationPeriod,
  canActivate,
  isActivationOverdue,
} from './activation.js';

const d = parseDate;

/** January 2030 (1 Jan is a Tuesday): New Year's Day off, Saturday 5 Jan an adjusted workday. */
const SMALL = createCalendar({
  knownFrom: '2030-01-01',
  knownThrough: '2030-01-31',
  holidays: ['2030-01-01'],
  workdays: ['2030-01-05'],
});

describe('R-OPEN-2 activation needs full payment and approved materials', () => {
  it('R-OPEN-2 both hold → may activate', () => {
    expect(canActivate({ paidInFull: true, materialsApproved: true })).toEqual({
      ok: true,
      rules: ['R-OPEN-2'],
      reason: 'Paid in full and materials approved: may be activated (R-OPEN-2)',
    });
  });

  it('R-OPEN-2 either missing → INVALID_STATE naming what is missing', () => {
    const unpaid = canActivate({ paidInFull: false, materialsApproved: true });
    expect(unpaid).toMatchObject({
      ok: false,
      refusal: { code: 'INVALID_STATE', rules: ['R-OPEN-2'] },
    });
    expect(!unpaid.ok && unpaid.refusal.message).toBe(
      'Cannot activate yet: waiting for full payment; activate once they are in (R-OPEN-2)',
    );
    const unapproved = canActivate({ paidInFull: true, materialsApproved: false });
    expect(!unapproved.ok && unapproved.refusal.message).toContain(
      'approved qualification materials',
    );
    const neither = canActivate({ paidInFull: false, materialsApproved: false });
    expect(!neither.ok && neither.refusal.message).toContain(
      'full payment and approved qualification materials',
    );
  });
});

describe('R-OPEN-3 the period starts on the activation date', () => {
  it('R-OPEN-3 activated 2021-05-01, 1 year → period [2021-05-01, 2022-05-01), expires on 2022-04-30', () => {
    const result = activationPeriod(d('2021-05-01'), 1);
    expect(result).toEqual({
      ok: true,
      period: { start: '2021-05-01', end: '2022-05-01' },
      expiresOn: '2022-04-30',
      rules: ['R-OPEN-3', 'R-TIME-1', 'R-TIME-2'],
      reason:
        'Activated 2021-05-01 for 1 year: period [2021-05-01, 2022-05-01), expires on 2022-04-30 (R-OPEN-3)',
      reasonMessage: {
        key: 'event.activated',
        params: {
          on: '2021-05-01',
          years: 1,
          start: '2021-05-01',
          end: '2022-05-01',
          last: '2022-04-30',
        },
      },
    });
  });

  it('R-OPEN-3 R-TIME-2 activated on a leap day 2020-02-29 for 1 year → ends 2021-02-28, expires 2021-02-27', () => {
    expect(activationPeriod(d('2020-02-29'), 1)).toMatchObject({
      period: { end: '2021-02-28' },
      expiresOn: '2021-02-27',
    });
  });

  it('R-OPEN-3 3 years from 2021-05-01 → [2021-05-01, 2024-05-01)', () => {
    expect(activationPeriod(d('2021-05-01'), 3)).toMatchObject({
      period: { end: '2024-05-01' },
      expiresOn: '2024-04-30',
    });
  });

  it('R-OPEN-3 zero, negative, fractional or more than 3 years → INVALID_INPUT', () => {
    for (const years of [0, -1, 1.5, 4, Number.NaN]) {
      expect(activationPeriod(d('2021-05-01'), years), String(years)).toMatchObject({
        ok: false,
        refusal: { code: 'INVALID_INPUT', rules: ['R-OPEN-1'], field: ['years'] },
      });
    }
  });
});

describe('R-OPEN-4 activation is due within 5 working days of the later of payment and materials', () => {
  it('R-OPEN-4 materials approved later (Wed 2030-01-02) → due Tue 2030-01-08, counting the adjusted Saturday', () => {
    const due = activationDueDate(SMALL, {
      paidOn: d('2030-01-01'),
      materialsApprovedOn: d('2030-01-02'),
    });
    expect(due).toMatchObject({
      ok: true,
      date: '2030-01-08',
      readyOn: '2030-01-02',
      rules: ['R-OPEN-4', 'R-TIME-3'],
    });
    expect(due.ok && due.reason).toMatch(
      /^Activation due by 2030-01-08, 5 working days after approved materials on 2030-01-02 \(R-OPEN-4\): /,
    );
  });

  it('R-OPEN-4 payment later (Fri 2030-01-04) → due Thu 2030-01-10', () => {
    const due = activationDueDate(SMALL, {
      paidOn: d('2030-01-04'),
      materialsApprovedOn: d('2030-01-02'),
    });
    expect(due).toMatchObject({ ok: true, date: '2030-01-10', readyOn: '2030-01-04' });
    expect(due.ok && due.reason).toContain('after full payment on 2030-01-04');
  });

  it('R-OPEN-4 R-TIME-3 across National Day 2024 (PRC calendar): ready Fri 2024-09-27 → due 2024-10-10', () => {
    // 09-29 (Sun, adjusted workday), 09-30, then 10-01..10-07 off, 10-08, 10-09, 10-10.
    const due = activationDueDate(PRC_CALENDAR, {
      paidOn: d('2024-09-27'),
      materialsApprovedOn: d('2024-09-20'),
    });
    expect(due).toMatchObject({ ok: true, date: '2024-10-10' });
  });

  it('R-OPEN-4 R-OPEN-2 no due date before both payment and materials', () => {
    expect(
      activationDueDate(SMALL, { paidOn: null, materialsApprovedOn: d('2030-01-02') }),
    ).toMatchObject({
      ok: false,
      refusal: { code: 'INVALID_STATE', rules: ['R-OPEN-2', 'R-OPEN-4'] },
    });
  });

  it('R-OPEN-4 beyond the known calendar → BEYOND_CALENDAR refusal naming R-OPEN-4', () => {
    const due = activationDueDate(SMALL, {
      paidOn: d('2030-01-28'),
      materialsApprovedOn: d('2030-01-28'),
    });
    expect(due).toMatchObject({ ok: false, refusal: { code: 'BEYOND_CALENDAR' } });
    expect(!due.ok && due.refusal.rules).toEqual(expect.arrayContaining(['R-OPEN-4', 'R-TIME-3']));
  });
});

describe('R-OPEN-4 overdue activation', () => {
  const ready = { paidOn: d('2030-01-01'), materialsApprovedOn: d('2030-01-02') }; // due 2030-01-08

  it('R-OPEN-4 not activated on the due day itself is not overdue yet', () => {
    const result = isActivationOverdue(SMALL, {
      ...ready,
      activatedOn: null,
      today: d('2030-01-08'),
      delayCausedByCustomer: false,
    });
    expect(result).toMatchObject({
      ok: true,
      overdue: false,
      mayCancelWithFullRefund: false,
      dueOn: '2030-01-08',
    });
  });

  it('R-OPEN-4 R-REF-ACTIVATION not activated the day after the due date → overdue, customer may cancel with a full refund', () => {
    const result = isActivationOverdue(SMALL, {
      ...ready,
      activatedOn: null,
      today: d('2030-01-09'),
      delayCausedByCustomer: false,
    });
    expect(result).toMatchObject({
      ok: true,
      overdue: true,
      mayCancelWithFullRefund: true,
      rules: ['R-OPEN-4', 'R-TIME-3', 'R-REF-ACTIVATION'],
    });
    expect(result.ok && result.reason).toBe(
      'Overdue (not activated by 2030-01-08, due by 2030-01-08): the customer may cancel with a full refund (R-OPEN-4, R-REF-ACTIVATION)',
    );
  });

  it("R-OPEN-4 a delay caused by the customer's own materials gives no cancellation refund", () => {
    const result = isActivationOverdue(SMALL, {
      ...ready,
      activatedOn: null,
      today: d('2030-01-20'),
      delayCausedByCustomer: true,
    });
    expect(result).toMatchObject({
      ok: true,
      overdue: true,
      mayCancelWithFullRefund: false,
      rules: ['R-OPEN-4', 'R-TIME-3'],
    });
  });

  it('R-OPEN-4 activated on the due date is on time; a day later is late', () => {
    expect(
      isActivationOverdue(SMALL, {
        ...ready,
        activatedOn: d('2030-01-08'),
        today: d('2030-01-30'),
        delayCausedByCustomer: false,
      }),
    ).toMatchObject({
      overdue: false,
    });
    expect(
      isActivationOverdue(SMALL, {
        ...ready,
        activatedOn: d('2030-01-09'),
        today: d('2030-01-30'),
        delayCausedByCustomer: false,
      }),
    ).toMatchObject({
      overdue: true,
      mayCancelWithFullRefund: true,
    });
  });
});
