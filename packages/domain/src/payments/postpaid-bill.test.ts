import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { yuan } from '../money/money.js';
import { addDays, parseDate } from '../time/business-date.js';
import { DEMO_POSTPAID_TERMS, lateFee, postpaidBill } from './postpaid-bill.js';

const d = parseDate;

describe('R-PAY-5 postpaid monthly bill', () => {
  it('R-PAY-5 the bill for 2024-01 is issued 2024-02-01 and due 2024-02-15; lines are quantity × unit price', () => {
    const result = postpaidBill('2024-01', [
      { description: 'SMS', quantity: 1200, unitPrice: 5 },
      { description: 'Mass messages', quantity: 3, unitPrice: yuan(100) },
    ]);
    expect(result).toEqual({
      ok: true,
      month: '2024-01',
      period: { start: '2024-01-01', end: '2024-02-01' },
      issuedOn: '2024-02-01',
      dueOn: '2024-02-15',
      lines: [
        {
          description: 'SMS',
          quantity: 1200,
          months: null,
          unitPrice: 5,
          amount: 6000,
          rules: ['R-PAY-5'],
        },
        {
          description: 'Mass messages',
          quantity: 3,
          months: null,
          unitPrice: yuan(100),
          amount: yuan(300),
          rules: ['R-PAY-5'],
        },
      ],
      total: yuan(360),
      rules: ['R-PAY-5'],
      reason: 'usage of 2024-01: 2 lines, ¥360.00; issued 2024-02-01, due 2024-02-15 (R-PAY-5)',
      reasonMessage: expect.objectContaining({ key: 'postpaid.bill' }),
    });
  });

  it('R-PAY-5 December is billed in January of the next year; a leap February ends on 03-01', () => {
    const december = postpaidBill('2024-12', []);
    expect(december.ok && [december.issuedOn, december.dueOn, december.total]).toEqual([
      '2025-01-01',
      '2025-01-15',
      0,
    ]);
    const february = postpaidBill('2024-02', []);
    expect(february.ok && february.period).toEqual({ start: '2024-02-01', end: '2024-03-01' });
  });

  it('R-PAY-5 a malformed month, negative usage or bad terms are INVALID_INPUT', () => {
    for (const month of ['2024-13', '2024-1', '202401', '2024-01-01', '']) {
      const result = postpaidBill(month, []);
      expect(!result.ok && result.refusal.field).toEqual(['month']);
    }
    const negative = postpaidBill('2024-01', [{ description: 'SMS', quantity: -1, unitPrice: 5 }]);
    expect(!negative.ok && negative.refusal.field).toEqual(['usage', '0', 'quantity']);
    const fraction = postpaidBill('2024-01', [{ description: 'SMS', quantity: 1, unitPrice: 0.5 }]);
    expect(!fraction.ok && fraction.refusal.code).toBe('INVALID_INPUT');
    const badDay = postpaidBill('2024-01', [], { ...DEMO_POSTPAID_TERMS, dueDayOfMonth: 31 });
    expect(!badDay.ok && badDay.refusal.field).toEqual(['terms', 'dueDayOfMonth']);
  });
});

describe('R-PAY-5 late fee and overdue status', () => {
  const due = d('2024-02-15');

  it('R-PAY-5 worked example: ¥1,000.00 due 2024-02-15, as of 2024-03-06 → 20 days × 0.05% = ¥10.00, OVERDUE', () => {
    expect(lateFee(yuan(1000), due, d('2024-03-06'))).toEqual({
      ok: true,
      unpaid: yuan(1000),
      daysOverdue: 20,
      feeDays: 20,
      fee: yuan(10),
      lines: [
        {
          description: 'Late fee: ¥1,000.00 × 0.05% × 20 days after 2024-02-15',
          message: {
            key: 'line.lateFee',
            params: { unpaid: { fen: yuan(1000) }, rate: '0.05%', days: 20, dueOn: '2024-02-15' },
          },
          quantity: 1,
          months: null,
          unitPrice: yuan(10),
          amount: yuan(10),
          rules: ['R-PAY-5', 'R-MONEY-1'],
        },
      ],
      status: 'OVERDUE',
      overdueFrom: '2024-02-16',
      suspendsOn: '2024-03-16',
      closesOn: '2024-05-15',
      rules: ['R-PAY-5', 'R-MONEY-1'],
      reason:
        '¥1,000.00 × 0.05% × 20 days = ¥10.00 late fee, rounded half-up once; overdue since 2024-02-16; suspended on 2024-03-16 and closed on 2024-05-15 if still unpaid (R-PAY-5, R-MONEY-1)',
      reasonMessage: expect.objectContaining({ key: 'lateFee.charged' }),
    });
  });

  it('R-PAY-5 paying on the due date costs nothing; the first day after costs one day (¥0.50 on ¥1,000.00)', () => {
    const onDue = lateFee(yuan(1000), due, due);
    expect(onDue.ok && [onDue.status, onDue.fee, onDue.lines]).toEqual(['CURRENT', 0, []]);
    expect(onDue.ok && onDue.reason).toBe(
      '¥1,000.00 due on 2024-02-15 is not overdue yet: a late fee accrues from 2024-02-16 (R-PAY-5)',
    );
    const before = lateFee(yuan(1000), due, d('2024-02-01'));
    expect(before.ok && [before.status, before.daysOverdue]).toEqual(['CURRENT', 0]);
    const dayOne = lateFee(yuan(1000), due, d('2024-02-16'));
    expect(dayOne.ok && [dayOne.status, dayOne.daysOverdue, dayOne.fee]).toEqual([
      'OVERDUE',
      1,
      50,
    ]);
  });

  it('R-PAY-5 R-MONEY-1 the fee is rounded half-up once for the line, not per day', () => {
    // ¥10.00 × 0.05% × 1 day = 0.5 fen → 1 fen (half-up)
    const half = lateFee(1000, due, d('2024-02-16'));
    expect(half.ok && half.fee).toBe(1);
    // ¥123.45 × 0.05% × 3 days = 18.5175 fen → 19 fen; per-day rounding would give 3 × 6 = 18
    const three = lateFee(12_345, due, d('2024-02-18'));
    expect(three.ok && three.fee).toBe(19);
    const one = lateFee(12_345, due, d('2024-02-16'));
    expect(one.ok && one.fee).toBe(6); // 6.1725 fen → 6
  });

  it('R-PAY-5 29 days overdue is OVERDUE; 30 days (2024-03-16) SUSPENDED, fee ¥15.00', () => {
    const day29 = lateFee(yuan(1000), due, d('2024-03-15'));
    expect(day29.ok && day29.status).toBe('OVERDUE');
    const day30 = lateFee(yuan(1000), due, d('2024-03-16'));
    expect(day30.ok && [day30.status, day30.daysOverdue, day30.fee]).toEqual([
      'SUSPENDED',
      30,
      yuan(15),
    ]);
    expect(day30.ok && day30.reason).toContain(
      'service suspended since 2024-03-16 (30 days overdue); closed on 2024-05-15',
    );
  });

  it('R-PAY-5 90 days overdue (2024-05-15) CLOSED, fee ¥45.00; the fee stops accruing at closure', () => {
    const day89 = lateFee(yuan(1000), due, d('2024-05-14'));
    expect(day89.ok && day89.status).toBe('SUSPENDED');
    const day90 = lateFee(yuan(1000), due, d('2024-05-15'));
    expect(day90.ok && [day90.status, day90.fee]).toEqual(['CLOSED', yuan(45)]);
    const later = lateFee(yuan(1000), due, d('2024-12-31'));
    expect(later.ok && [later.status, later.daysOverdue, later.feeDays, later.fee]).toEqual([
      'CLOSED',
      320,
      90,
      yuan(45),
    ]);
  });

  it('R-PAY-5 nothing unpaid: no fee and CURRENT however late', () => {
    const result = lateFee(0, due, d('2024-12-31'));
    expect(result.ok && [result.status, result.fee, result.reason]).toEqual([
      'CURRENT',
      0,
      'nothing unpaid: no late fee (R-PAY-5)',
    ]);
  });

  it('R-PAY-5 a negative or fractional unpaid amount is INVALID_INPUT', () => {
    for (const unpaid of [-1, 0.5]) {
      const result = lateFee(unpaid, due, due);
      expect(!result.ok && result.refusal.code).toBe('INVALID_INPUT');
    }
  });

  it('R-PAY-5 property: the fee never decreases as days pass and never exceeds unpaid × 4.5% (rounded)', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: 100_000_000 }),
        fc.integer({ min: 0, max: 400 }),
        (unpaid, days) => {
          const a = lateFee(unpaid, due, addDays(due, days));
          const b = lateFee(unpaid, due, addDays(due, days + 1));
          if (!a.ok || !b.ok) return false;
          return b.fee >= a.fee && a.fee * 10_000 <= unpaid * 450 + 5_000;
        },
      ),
    );
  });
});
