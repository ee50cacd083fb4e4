import { describe, expect, it } from 'vitest';
import { DEMO_CATALOG } from '../catalog/demo-catalog.js';
import { yuan } from '../money/money.js';
import { parseDate } from '../time/business-date.js';
import type { PricedSubscription } from './priced-subscription.js';
import { removeSeats } from './seat-removal.js';

const d = parseDate;

const base: PricedSubscription = {
  productCode: 'EQQ',
  planCode: 'SEATS',
  seats: 5,
  status: 'ACTIVE',
  periodEnd: d('2022-05-01'),
  openedOn: d('2021-04-20'),
  legacy: { firstRenewalUsed: false, addSeatPurchaseUsed: false },
  lastPurchase: { bookId: 'EQQ-2010', tierMinSeats: 3, annualUnitPrice: yuan(1000) },
  migration: null,
  customUnitPrice: null,
};

function remove(subscription: PricedSubscription, n: number) {
  return removeSeats({
    catalog: DEMO_CATALOG,
    subscription,
    removeSeats: n,
    date: d('2021-10-10'),
  });
}

describe('R-SEAT-5 removing seats', () => {
  it('R-SEAT-5 never refunds; the count drops at once; nothing else changes', () => {
    const result = remove(base, 2);
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.refund).toBe(0);
    expect(result.subscription).toEqual({ ...base, seats: 3 });
    expect(result.rules).toEqual(expect.arrayContaining(['R-SEAT-5', 'R-REF-NONREF']));
    expect(result.reason).toBe(
      '5 → 3 seats from 2021-10-10, no refund (R-SEAT-5); the next renewal bills 3',
    );
  });

  it('R-SEAT-5 R-CAT-3 the total cannot go below minSeats: 5 − 3 = 2 → SEAT_LIMIT', () => {
    const result = remove(base, 3);
    expect(!result.ok && result.refusal).toMatchObject({
      code: 'SEAT_LIMIT',
      field: ['seats'],
      rules: ['R-SEAT-5', 'R-CAT-3'],
    });
  });

  it('R-SEAT-5 removing 0, -1 or 1.5 seats → INVALID_INPUT', () => {
    for (const n of [0, -1, 1.5]) {
      const result = remove(base, n);
      expect(!result.ok && result.refusal.code).toBe('INVALID_INPUT');
    }
  });

  it('R-SEAT-5 allowed in grace, refused once recycled or suspended', () => {
    expect(remove({ ...base, status: 'GRACE' }, 1).ok).toBe(true);
    for (const status of ['RECYCLED', 'SUSPENDED', 'TERMINATED', 'PENDING_ACTIVATION'] as const) {
      const result = remove({ ...base, status }, 1);
      expect(!result.ok && result.refusal.code, status).toBe('INVALID_STATE');
    }
  });
});
