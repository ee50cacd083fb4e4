import { describe, expect, it } from 'vitest';
import { DEMO_CATALOG } from '../catalog/demo-catalog.js';
import { yuan } from '../money/money.js';
import { parseDate } from '../time/business-date.js';
import { priceAddSeats } from './add-seats-price.js';
import type { PricedSubscription } from './priced-subscription.js';

/** Conditions of add-seat pricing that a wrong rule would slip past (found by mutation testing). */
const d = parseDate;

const enterprise: PricedSubscription = {
  productCode: 'MEETING',
  planCode: 'ENTERPRISE',
  seats: 10,
  status: 'ACTIVE',
  periodEnd: d('2022-05-01'),
  openedOn: d('2021-04-20'),
  legacy: { firstRenewalUsed: false, addSeatPurchaseUsed: false },
  lastPurchase: null,
  migration: null,
  customUnitPrice: yuan(600),
};

describe('R-CAT-2 a contract price is a whole, non-negative number of fen', () => {
  it.each([-1, -60_000, 1.5, Number.NaN])(
    'R-CAT-2 R-MONEY-1 adding seats at a contract price of %s fen is refused, naming the field',
    (price) => {
      const result = priceAddSeats({
        catalog: DEMO_CATALOG,
        subscription: { ...enterprise, customUnitPrice: price },
        addSeats: 2,
        date: d('2021-10-10'),
      });
      expect(result.ok).toBe(false);
      if (result.ok) return;
      expect(result.refusal).toMatchObject({
        code: 'INVALID_INPUT',
        rules: ['R-CAT-2'],
        field: ['customUnitPrice'],
      });
    },
  );

  it('R-CAT-2 a contract price of 0 is allowed: the added seats cost nothing', () => {
    const result = priceAddSeats({
      catalog: DEMO_CATALOG,
      subscription: { ...enterprise, customUnitPrice: 0 },
      addSeats: 2,
      date: d('2021-10-10'),
    });
    expect(result.ok && result.total).toBe(0);
  });
});

describe('R-LEGACY-2 the add-seat right is used once', () => {
  it('R-LEGACY-2 the second add-seat purchase of a pre-2010 customer is at the book in force, not the opening book', () => {
    const legacy: PricedSubscription = {
      productCode: 'EQQ',
      planCode: 'SEATS',
      seats: 5,
      status: 'ACTIVE',
      periodEnd: d('2011-05-01'),
      openedOn: d('2009-04-20'),
      legacy: { firstRenewalUsed: true, addSeatPurchaseUsed: false },
      lastPurchase: { bookId: 'EQQ-2000', tierMinSeats: 3, annualUnitPrice: yuan(800) },
      migration: null,
      customUnitPrice: null,
    };
    const first = priceAddSeats({
      catalog: DEMO_CATALOG,
      subscription: legacy,
      addSeats: 1,
      date: d('2010-10-10'),
    });
    if (!first.ok) throw new Error(first.refusal.message);
    expect(first.legacyPriceUsed).toBe(true);
    expect(first.bookId).toBe('EQQ-2000');
    expect(first.subscription.legacy).toEqual({
      firstRenewalUsed: true,
      addSeatPurchaseUsed: true,
    });

    const second = priceAddSeats({
      catalog: DEMO_CATALOG,
      subscription: first.subscription,
      addSeats: 1,
      date: d('2010-11-10'),
    });
    if (!second.ok) throw new Error(second.refusal.message);
    expect(second.legacyPriceUsed).toBe(false);
    expect(second.bookId).toBe('EQQ-2010');
    expect(second.rules).not.toContain('R-LEGACY-2');
    // 7 seats in tier 3–10 at ¥100.00 a month; 2010-11-10 to 2011-05-01 bills 6 months (5 months 21 days).
    expect(second.total).toBe(yuan(600));
  });
});
