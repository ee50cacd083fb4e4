import { describe, expect, it } from 'vitest';
import { principalMethod, refundParts, type RefundablePayment } from './refund-parts.js';

function payment(id: string, amount: number, extra: Partial<RefundablePayment> = {}) {
  return {
    id,
    method: 'ALIPAY',
    providerReference: null,
    amount,
    refunded: 0,
    duplicate: false,
    excess: 0,
    ...extra,
  } satisfies RefundablePayment;
}

describe('refundParts', () => {
  it('R-REF-PAYOUT one payment: the whole refund goes back to it, its method and reference', () => {
    expect(
      refundParts([payment('a', 500_000, { providerReference: 'sbx_1' })], 500_000, 0),
    ).toEqual([
      {
        paymentId: 'a',
        method: 'ALIPAY',
        providerReference: 'sbx_1',
        amount: 500_000,
        excess: 0,
        payout: 500_000,
      },
    ]);
  });

  it('R-REF-DUPLICATE R-PAY-3 a duplicate payment gives back first, as excess, before the service', () => {
    const parts = refundParts(
      [
        payment('first', 300_000),
        payment('dup', 300_000, { duplicate: true, method: 'BANK_CARD' }),
      ],
      300_000,
      0,
    );
    expect(parts).toEqual([
      expect.objectContaining({ paymentId: 'dup', amount: 300_000, excess: 300_000 }),
    ]);
  });

  it('R-REF-DUPLICATE an overpayment gives back its excess before the service shares', () => {
    const parts = refundParts(
      [payment('a', 200_000), payment('b', 150_000, { excess: 50_000 })],
      100_000,
      0,
    );
    expect(parts).toEqual([
      expect.objectContaining({ paymentId: 'a', amount: 50_000, excess: 0 }),
      expect.objectContaining({ paymentId: 'b', amount: 50_000, excess: 50_000 }),
    ]);
  });

  it('R-REF-FEE the fee is kept from the service shares, last part first, never from excess', () => {
    const parts = refundParts(
      [payment('a', 100_000), payment('b', 100_000, { excess: 20_000 })],
      200_000,
      30_000,
    )!;
    const b = parts.find((p) => p.paymentId === 'b')!;
    const a = parts.find((p) => p.paymentId === 'a')!;
    // b's service share is 80,000: the whole fee comes off it; its excess is paid back in full.
    expect(b).toMatchObject({ amount: 100_000, excess: 20_000, payout: 70_000 });
    expect(a).toMatchObject({ amount: 100_000, payout: 100_000 });
    expect(parts.reduce((sum, p) => sum + p.payout, 0)).toBe(170_000);
  });

  it('R-REF-CAP what was already refunded cannot be given back again: too much is refused (null)', () => {
    expect(refundParts([payment('a', 100_000, { refunded: 60_000 })], 50_000, 0)).toBeNull();
    expect(refundParts([payment('a', 100_000, { refunded: 60_000 })], 40_000, 0)).toEqual([
      expect.objectContaining({ paymentId: 'a', amount: 40_000 }),
    ]);
  });

  it('R-REF-PAYOUT the refund is shown under the method most of it goes back to', () => {
    expect(
      principalMethod([
        { amount: 10_000, method: 'ALIPAY' },
        { amount: 90_000, method: 'WECHAT_PAY' },
      ]),
    ).toBe('WECHAT_PAY');
    expect(principalMethod([])).toBeNull();
  });
});
