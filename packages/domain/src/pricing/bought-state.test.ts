import { describe, expect, it } from 'vitest';
import { boughtState } from './bought-state.js';
import { parseDate } from '../time/business-date.js';
import type { PricedSubscription } from './priced-subscription.js';

const now: PricedSubscription = {
  productCode: 'QIDIAN',
  planCode: 'SEATS',
  seats: 8,
  status: 'ACTIVE',
  periodEnd: parseDate('2022-05-01'),
  openedOn: parseDate('2021-04-20'),
  legacy: { firstRenewalUsed: false, addSeatPurchaseUsed: true },
  lastPurchase: { bookId: 'QIDIAN-2021', tierMinSeats: 3, annualUnitPrice: 120_000 },
  migration: null,
  customUnitPrice: null,
};

/** The state an order was priced into when it was placed (5 seats then). */
const pricedWhenPlaced = (change: Partial<PricedSubscription>): PricedSubscription => ({
  ...now,
  seats: 5,
  legacy: { firstRenewalUsed: false, addSeatPurchaseUsed: false },
  ...change,
});

describe('boughtState', () => {
  it('R-SEAT-2 R-SEAT-5 paid added seats add to the seats held now, not to the count they were priced on', () => {
    const next = boughtState(
      { kind: 'ADD_SEATS', seats: 6 },
      now,
      pricedWhenPlaced({
        seats: 11,
        lastPurchase: { bookId: 'QIDIAN-2021', tierMinSeats: 11, annualUnitPrice: 114_000 },
      }),
    );
    expect(next.seats).toBe(14);
    expect(next.periodEnd).toBe('2022-05-01');
    // R-MIG-2: the last purchase is the one paid.
    expect(next.lastPurchase).toEqual({
      bookId: 'QIDIAN-2021',
      tierMinSeats: 11,
      annualUnitPrice: 114_000,
    });
  });

  it('R-RENEW-2 a paid renewal moves the period end and keeps the seats held now', () => {
    const next = boughtState(
      { kind: 'RENEWAL', seats: 5 },
      now,
      pricedWhenPlaced({ periodEnd: parseDate('2023-05-01') }),
    );
    expect(next.periodEnd).toBe('2023-05-01');
    expect(next.seats).toBe(8);
  });

  it('R-LEGACY-1 R-LEGACY-2 a legacy right once used stays used, whichever order used it', () => {
    const renewal = boughtState(
      { kind: 'RENEWAL', seats: 5 },
      now,
      pricedWhenPlaced({ legacy: { firstRenewalUsed: true, addSeatPurchaseUsed: false } }),
    );
    expect(renewal.legacy).toEqual({ firstRenewalUsed: true, addSeatPurchaseUsed: true });
  });

  it('R-OPEN-1 R-MIG-1 an opening or an upgrade takes the state it was priced into', () => {
    const upgraded = pricedWhenPlaced({ productCode: 'QIDIAN', seats: 5 });
    expect(boughtState({ kind: 'UPGRADE', seats: 5 }, now, upgraded)).toBe(upgraded);
    expect(boughtState({ kind: 'NEW_SUBSCRIPTION', seats: 5 }, now, upgraded)).toBe(upgraded);
  });
});
