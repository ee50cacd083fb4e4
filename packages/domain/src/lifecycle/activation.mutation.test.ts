import { describe, expect, it } from 'vitest';
import { createCalendar } from '../calendar/index.js';
import { parseDate } from '../time/business-date.js';
import { activationDueDate, activationPeriod, isActivationOverdue } from './activation.js';
import { inEnglish } from '../test-support/refusal-english.js';

/** Explanations of activation that a wrong rule would slip past (found by mutation testing). */
const d = parseDate;

/** January 2030 (1 Jan is a Tuesday): New Year's Day off, Saturday 5 Jan an adjusted workday. */
const SMALL = createCalendar({
  knownFrom: '2030-01-01',
  knownThrough: '2030-01-31',
  holidays: ['2030-01-01'],
  workdays: ['2030-01-05'],
});

describe('R-OPEN-3 the activation period explained', () => {
  it('R-OPEN-1 years outside 1 to 3 are refused, naming the value', () => {
    expect(inEnglish(activationPeriod(d('2021-05-01'), 4))).toEqual({
      ok: false,
      refusal: {
        code: 'INVALID_INPUT',
        message: 'Years must be a whole number from 1 to 3, got 4 (R-OPEN-1)',
        rules: ['R-OPEN-1'],
        field: ['years'],
      },
    });
  });

  it('R-OPEN-3 one year is singular, two years plural', () => {
    const one = activationPeriod(d('2021-05-01'), 1);
    expect(one.ok && one.reason).toBe(
      'Activated 2021-05-01 for 1 year: period [2021-05-01, 2022-05-01), expires on 2022-04-30 (R-OPEN-3)',
    );
    const two = activationPeriod(d('2021-05-01'), 2);
    expect(two.ok && two.reason).toBe(
      'Activated 2021-05-01 for 2 years: period [2021-05-01, 2023-05-01), expires on 2023-04-30 (R-OPEN-3)',
    );
  });
});

describe('R-OPEN-4 the activation due date explained', () => {
  it('R-OPEN-2 R-OPEN-4 the refusal names exactly what is still missing', () => {
    const waiting = (paidOn: string | null, materialsApprovedOn: string | null) => {
      const result = activationDueDate(SMALL, {
        paidOn: paidOn === null ? null : d(paidOn),
        materialsApprovedOn: materialsApprovedOn === null ? null : d(materialsApprovedOn),
      });
      return result.ok ? result : result.refusal;
    };
    const message = (what: string) =>
      `No activation due date yet: waiting for ${what}; the due date is set once they are in (R-OPEN-2, R-OPEN-4)`;
    expect(inEnglish(waiting(null, '2030-01-02'))).toEqual({
      code: 'INVALID_STATE',
      message: message('full payment'),
      rules: ['R-OPEN-2', 'R-OPEN-4'],
    });
    expect(inEnglish(waiting('2030-01-02', null))).toEqual({
      code: 'INVALID_STATE',
      message: message('approved materials'),
      rules: ['R-OPEN-2', 'R-OPEN-4'],
    });
    expect(waiting(null, null)).toMatchObject({
      message: message('full payment and approved materials'),
    });
  });

  it('R-OPEN-4 payment and materials on the same day are both named', () => {
    const due = activationDueDate(SMALL, {
      paidOn: d('2030-01-02'),
      materialsApprovedOn: d('2030-01-02'),
    });
    expect(due.ok && due.reason).toMatch(
      /^Activation due by 2030-01-08, 5 working days after full payment and approved materials on 2030-01-02 \(R-OPEN-4\): /,
    );
  });
});

describe('R-OPEN-4 an overdue activation explained', () => {
  const input = {
    paidOn: d('2030-01-02'),
    materialsApprovedOn: d('2030-01-02'),
    activatedOn: null,
    today: d('2030-01-03'),
    delayCausedByCustomer: false,
  };

  it('R-OPEN-4 R-OPEN-2 without payment there is nothing to check yet: the refusal is passed on', () => {
    const result = isActivationOverdue(SMALL, { ...input, paidOn: null });
    expect(result.ok).toBe(false);
    expect(!result.ok && result.refusal.code).toBe('INVALID_STATE');
    expect(!result.ok && result.refusal.message).toContain('waiting for full payment');
  });

  it('R-OPEN-4 not activated yet and not overdue says when it is due', () => {
    const result = isActivationOverdue(SMALL, input);
    expect(result.ok && [result.overdue, result.reason]).toEqual([
      false,
      'Not activated yet, not overdue: due by 2030-01-08 (R-OPEN-4)',
    ]);
  });

  it('R-OPEN-4 activated on time says so, with the due date', () => {
    const result = isActivationOverdue(SMALL, { ...input, activatedOn: d('2030-01-07') });
    expect(result.ok && [result.overdue, result.reason]).toEqual([
      false,
      'Activated on 2030-01-07, on time (due by 2030-01-08) (R-OPEN-4)',
    ]);
  });

  it('R-OPEN-4 R-REF-ACTIVATION activated late lets the customer cancel with a full refund', () => {
    const result = isActivationOverdue(SMALL, { ...input, activatedOn: d('2030-01-09') });
    expect(result.ok && [result.overdue, result.mayCancelWithFullRefund, result.reason]).toEqual([
      true,
      true,
      'Overdue (activated late on 2030-01-09, due by 2030-01-08): the customer may cancel with a full refund (R-OPEN-4, R-REF-ACTIVATION)',
    ]);
  });

  it("R-OPEN-4 a late activation caused by the customer's materials gives no refund, and says why", () => {
    const result = isActivationOverdue(SMALL, {
      ...input,
      activatedOn: d('2030-01-09'),
      delayCausedByCustomer: true,
    });
    expect(result.ok && [result.mayCancelWithFullRefund, result.rules, result.reason]).toEqual([
      false,
      ['R-OPEN-4', 'R-TIME-3'],
      "Overdue (activated late on 2030-01-09, due by 2030-01-08) but the delay came from the customer's materials: no cancellation refund (R-OPEN-4)",
    ]);
  });
});
