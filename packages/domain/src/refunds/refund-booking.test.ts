import { describe, expect, it } from 'vitest';
import { refundBooking } from './refund-booking.js';

const sum = (lines: readonly { amount: number }[]) => lines.reduce((s, l) => s + l.amount, 0);

describe('refundBooking', () => {
  it('R-REF-CAP R-REF-PAYOUT everything paid comes back: the order is REFUNDED, revenue goes to refunds payable', () => {
    const booked = refundBooking(
      { paid: 500_000, refunded: 0, status: 'FULFILLED' },
      { amount: 500_000, fee: 0, payout: 500_000 },
      [{ amount: 500_000, excess: 0 }],
    );
    expect(booked.orderRefunded).toBe(500_000);
    expect(booked.orderStatus).toBe('REFUNDED');
    expect(booked.journal).toEqual([
      { ledger: 'revenue', amount: 500_000 },
      { ledger: 'customer_credit', amount: 0 },
      { ledger: 'refunds_payable', amount: -500_000 },
      { ledger: 'fee_income', amount: 0 },
    ]);
    expect(sum(booked.journal)).toBe(0);
  });

  it('R-REF-FEE a pro-rata refund keeps its 1% fee as income; the order is PARTIALLY_REFUNDED', () => {
    const booked = refundBooking(
      { paid: 1_200_000, refunded: 0, status: 'FULFILLED' },
      { amount: 600_000, fee: 6_000, payout: 594_000 },
      [{ amount: 600_000, excess: 0 }],
    );
    expect(booked.orderRefunded).toBe(600_000);
    expect(booked.orderStatus).toBe('PARTIALLY_REFUNDED');
    expect(booked.journal).toContainEqual({ ledger: 'fee_income', amount: -6_000 });
    expect(booked.journal).toContainEqual({ ledger: 'refunds_payable', amount: -594_000 });
    expect(sum(booked.journal)).toBe(0);
  });

  it('R-PAY-3 R-REF-DUPLICATE a refund of a duplicate payment only gives back excess credit: the order keeps its status', () => {
    const booked = refundBooking(
      { paid: 800_000, refunded: 0, status: 'FULFILLED' },
      { amount: 400_000, fee: 0, payout: 400_000 },
      [{ amount: 400_000, excess: 400_000 }],
    );
    expect(booked.orderRefunded).toBe(400_000);
    expect(booked.orderStatus).toBe('FULFILLED');
    expect(booked.journal).toEqual([
      { ledger: 'revenue', amount: 0 },
      { ledger: 'customer_credit', amount: 400_000 },
      { ledger: 'refunds_payable', amount: -400_000 },
      { ledger: 'fee_income', amount: 0 },
    ]);
  });

  it('R-REF-CAP a second refund reaching what was paid makes the order REFUNDED', () => {
    const booked = refundBooking(
      { paid: 300_000, refunded: 100_000, status: 'PARTIALLY_REFUNDED' },
      { amount: 200_000, fee: 0, payout: 200_000 },
      [{ amount: 200_000, excess: 0 }],
    );
    expect(booked.orderRefunded).toBe(300_000);
    expect(booked.orderStatus).toBe('REFUNDED');
  });
});
