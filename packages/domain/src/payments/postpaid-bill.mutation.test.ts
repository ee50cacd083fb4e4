import { describe, expect, it } from 'vitest';
import { yuan } from '../money/money.js';
import { parseDate } from '../time/business-date.js';
import { DEMO_POSTPAID_TERMS, lateFee, postpaidBill, type PostpaidTerms } from './postpaid-bill.js';
import { inEnglish } from '../test-support/refusal-english.js';

/** Bounds and explanations of postpaid bills that a wrong rule would slip past (found by mutation testing). */
const d = parseDate;
const due = d('2024-02-15');
const terms = (overrides: Partial<PostpaidTerms>): PostpaidTerms => ({
  ...DEMO_POSTPAID_TERMS,
  ...overrides,
});

describe('R-PAY-5 the terms of a postpaid account are checked', () => {
  it('R-PAY-5 the due day must be 1 to 28: 0, 29 and 1.5 are refused, naming the value', () => {
    for (const dueDayOfMonth of [0, 29, 1.5]) {
      expect(
        inEnglish(postpaidBill('2024-01', [], terms({ dueDayOfMonth }))),
        String(dueDayOfMonth),
      ).toEqual({
        ok: false,
        refusal: {
          code: 'INVALID_INPUT',
          message: `the due day must be a day of month from 1 to 28, got ${dueDayOfMonth} (R-PAY-5)`,
          rules: ['R-PAY-5'],
          field: ['terms', 'dueDayOfMonth'],
        },
      });
    }
  });

  it('R-PAY-5 due day 1 is the issue date; due day 28 is the 28th', () => {
    const first = postpaidBill('2024-01', [], terms({ dueDayOfMonth: 1 }));
    expect(first.ok && [first.issuedOn, first.dueOn]).toEqual(['2024-02-01', '2024-02-01']);
    const last = postpaidBill('2024-01', [], terms({ dueDayOfMonth: 28 }));
    expect(last.ok && last.dueOn).toBe('2024-02-28');
  });

  it('R-PAY-5 the late-fee rate must be whole basis points ≥ 0; 0 is allowed', () => {
    for (const rate of [-1, 0.5]) {
      expect(
        inEnglish(lateFee(yuan(1000), due, due, terms({ lateFeeBasisPointsPerDay: rate }))),
      ).toEqual({
        ok: false,
        refusal: {
          code: 'INVALID_INPUT',
          message: `the late-fee rate must be whole basis points ≥ 0, got ${rate} (R-PAY-5)`,
          rules: ['R-PAY-5'],
          field: ['terms', 'lateFeeBasisPointsPerDay'],
        },
      });
    }
    const free = lateFee(yuan(1000), due, d('2024-03-06'), terms({ lateFeeBasisPointsPerDay: 0 }));
    expect(free.ok && [free.status, free.fee, free.lines]).toEqual(['OVERDUE', 0, []]);
  });

  it('R-PAY-5 suspension and closure must be whole days with 1 ≤ suspension < closure', () => {
    const bad: Array<[number, number]> = [
      [0, 90],
      [30, 30],
      [30, 20],
      [1.5, 90],
      [30, 90.5],
    ];
    for (const [suspendAfterDaysOverdue, closeAfterDaysOverdue] of bad) {
      expect(
        inEnglish(
          postpaidBill('2024-01', [], terms({ suspendAfterDaysOverdue, closeAfterDaysOverdue })),
        ),
        `${suspendAfterDaysOverdue}/${closeAfterDaysOverdue}`,
      ).toEqual({
        ok: false,
        refusal: {
          code: 'INVALID_INPUT',
          message: `suspension and closure must be whole days overdue with 1 ≤ suspension < closure, got ${suspendAfterDaysOverdue} and ${closeAfterDaysOverdue} (R-PAY-5)`,
          rules: ['R-PAY-5'],
          field: ['terms'],
        },
      });
    }
    const tightest = lateFee(
      yuan(1000),
      due,
      d('2024-02-16'),
      terms({ suspendAfterDaysOverdue: 1, closeAfterDaysOverdue: 2 }),
    );
    expect(tightest.ok && [tightest.status, tightest.suspendsOn, tightest.closesOn]).toEqual([
      'SUSPENDED',
      '2024-02-16',
      '2024-02-17',
    ]);
  });
});

describe('R-PAY-5 the monthly bill', () => {
  it('R-PAY-5 a month with a slash instead of a dash is refused, quoting it', () => {
    expect(inEnglish(postpaidBill('2024/01', []))).toEqual({
      ok: false,
      refusal: {
        code: 'INVALID_INPUT',
        message: '"2024/01" is not a month in the form YYYY-MM (R-PAY-5)',
        rules: ['R-PAY-5'],
        field: ['month'],
      },
    });
  });

  it('R-PAY-5 usage lines are checked one by one; the refusal names the line and the value', () => {
    const ok = { description: 'SMS', quantity: 1, unitPrice: 5 };
    expect(inEnglish(postpaidBill('2024-01', [ok, { ...ok, quantity: 1.5 }]))).toEqual({
      ok: false,
      refusal: {
        code: 'INVALID_INPUT',
        message: 'usage quantity must be a whole number ≥ 0, got 1.5 (R-PAY-5)',
        rules: ['R-PAY-5'],
        field: ['usage', '1', 'quantity'],
      },
    });
    expect(inEnglish(postpaidBill('2024-01', [ok, { ...ok, unitPrice: -1 }]))).toEqual({
      ok: false,
      refusal: {
        code: 'INVALID_INPUT',
        message: 'unit price must be a whole number of fen ≥ 0, got -1 (R-MONEY-1)',
        rules: ['R-PAY-5', 'R-MONEY-1'],
        field: ['usage', '1', 'unitPrice'],
      },
    });
  });

  it('R-PAY-5 a quantity or a unit price of 0 is allowed; one line is written in the singular', () => {
    const zero = postpaidBill('2024-01', [{ description: 'SMS', quantity: 0, unitPrice: 0 }]);
    expect(zero.ok && [zero.total, zero.reason]).toEqual([
      0,
      'usage of 2024-01: 1 line, ¥0.00; issued 2024-02-01, due 2024-02-15 (R-PAY-5)',
    ]);
  });
});

describe('R-PAY-5 the late fee explained', () => {
  it('R-PAY-5 R-MONEY-1 the unpaid amount must be whole fen ≥ 0, named in the refusal', () => {
    expect(inEnglish(lateFee(-1, due, due))).toEqual({
      ok: false,
      refusal: {
        code: 'INVALID_INPUT',
        message: 'the unpaid amount must be a whole number of fen ≥ 0, got -1 (R-MONEY-1)',
        rules: ['R-PAY-5', 'R-MONEY-1'],
        field: ['unpaid'],
      },
    });
  });

  it('R-PAY-5 the terms are checked for a late fee too', () => {
    const result = lateFee(yuan(1000), due, due, terms({ dueDayOfMonth: 0 }));
    expect(!result.ok && result.refusal.field).toEqual(['terms', 'dueDayOfMonth']);
  });

  it('R-PAY-5 one day overdue is written in the singular', () => {
    const result = lateFee(yuan(1000), due, d('2024-02-16'));
    expect(result.ok && result.lines[0]?.description).toBe(
      'Late fee: ¥1,000.00 × 0.05% × 1 day after 2024-02-15',
    );
    expect(result.ok && result.reason).toMatch(/^¥1,000.00 × 0\.05% × 1 day = ¥0\.50 late fee/);
  });

  it('R-PAY-5 rates of whole percents and of ten or more basis points are shown with two decimals', () => {
    const at = (bp: number) => {
      const result = lateFee(
        yuan(1000),
        due,
        d('2024-02-16'),
        terms({ lateFeeBasisPointsPerDay: bp }),
      );
      return result.ok ? result.lines[0]?.description : undefined;
    };
    expect(at(150)).toBe('Late fee: ¥1,000.00 × 1.50% × 1 day after 2024-02-15');
    expect(at(100)).toBe('Late fee: ¥1,000.00 × 1.00% × 1 day after 2024-02-15');
    expect(at(10)).toBe('Late fee: ¥1,000.00 × 0.10% × 1 day after 2024-02-15');
    expect(at(9)).toBe('Late fee: ¥1,000.00 × 0.09% × 1 day after 2024-02-15');
  });

  it('R-PAY-5 a closed account says when it closed and that the fee stopped', () => {
    const result = lateFee(yuan(1000), due, d('2024-06-01'));
    expect(result.ok && result.reason).toBe(
      '¥1,000.00 × 0.05% × 90 days = ¥45.00 late fee, rounded half-up once; account closed on 2024-05-15 (90 days overdue); the fee stopped accruing then (R-PAY-5, R-MONEY-1)',
    );
  });

  it('R-PAY-5 a suspended account says when it was suspended and when it will close', () => {
    const result = lateFee(yuan(1000), due, d('2024-04-01'));
    expect(result.ok && result.reason).toBe(
      '¥1,000.00 × 0.05% × 46 days = ¥23.00 late fee, rounded half-up once; service suspended since 2024-03-16 (30 days overdue); closed on 2024-05-15 if still unpaid (R-PAY-5, R-MONEY-1)',
    );
  });
});

describe('R-MONEY-1 R-PAY-5 a bill beyond exact integers is never rounded', () => {
  it('R-MONEY-1 R-PAY-5 lines summing past the safe-integer range stop with an error naming the bill total', () => {
    const huge = { description: 'SMS', quantity: 1, unitPrice: Number.MAX_SAFE_INTEGER - 1 };
    expect(() => postpaidBill('2024-01', [huge, huge])).toThrow(
      'bill total must be a whole number of fen',
    );
  });

  it('R-PAY-5 a bill not yet due names R-PAY-5', () => {
    const result = lateFee(yuan(1000), due, due);
    expect(result.ok && result.rules).toEqual(['R-PAY-5']);
    const nothing = lateFee(0, due, d('2024-06-01'));
    expect(nothing.ok && nothing.rules).toEqual(['R-PAY-5']);
  });
});
