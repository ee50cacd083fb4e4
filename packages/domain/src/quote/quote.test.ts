import { describe, expect, it } from 'vitest';
import { DEMO_CATALOG } from '../catalog/demo-catalog.js';
import { yuan } from '../money/money.js';
import type { PricedSubscription } from '../pricing/priced-subscription.js';
import { parseDate } from '../time/business-date.js';
import { quote } from './quote.js';

const d = parseDate;

const fiveSeats: PricedSubscription = {
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

function deepFreeze<T>(value: T): T {
  if (value !== null && typeof value === 'object') {
    for (const inner of Object.values(value)) deepFreeze(inner);
    Object.freeze(value);
  }
  return value;
}

describe('R-OPEN-1 R-SEAT-4 R-RENEW-3 quote', () => {
  it('R-OPEN-1 NEW_SUBSCRIPTION: 5 EQQ seats for 1 year → ¥5,000.00, period shown from asOf', () => {
    const q = quote({
      action: 'NEW_SUBSCRIPTION',
      catalog: DEMO_CATALOG,
      asOf: d('2021-04-20'),
      productCode: 'EQQ',
      planCode: 'SEATS',
      seats: 5,
      years: 1,
    });
    expect(q).toMatchObject({
      action: 'NEW_SUBSCRIPTION',
      total: yuan(5000),
      periodStart: '2021-04-20',
      periodEnd: '2022-04-20',
      refusals: [],
    });
    expect(q.lines).toHaveLength(1);
    expect(q.rules).toContain('R-OPEN-1');
  });

  it('R-SEAT-4 R-SEAT-3 ADD_SEATS spec: add 6 on 2021-10-10 → ¥3,990.00, co-termed to 2022-05-01', () => {
    const q = quote({
      action: 'ADD_SEATS',
      catalog: DEMO_CATALOG,
      asOf: d('2021-10-10'),
      subscription: fiveSeats,
      seats: 6,
    });
    expect(q.total).toBe(yuan(3990));
    expect(q.reason).toBe(
      '6 seats × ¥95.00 × 7 months = ¥3,990.00 (R-SEAT-3: 6 months and 21 days rounded to 7; R-SEAT-4: tier 11–20)',
    );
    expect([q.periodStart, q.periodEnd]).toEqual(['2021-10-10', '2022-05-01']);
    expect(q.lines[0]).toMatchObject({
      quantity: 6,
      months: 7,
      unitPrice: yuan(95),
      amount: yuan(3990),
    });
  });

  it('R-RENEW-3 R-RENEW-2 RENEWAL: 11 seats → ¥10,450.00 for [2022-05-01, 2023-05-01)', () => {
    const q = quote({
      action: 'RENEWAL',
      catalog: DEMO_CATALOG,
      asOf: d('2021-10-20'),
      subscription: { ...fiveSeats, seats: 11 },
      years: 1,
    });
    expect(q.total).toBe(yuan(10_450));
    expect([q.periodStart, q.periodEnd]).toEqual(['2022-05-01', '2023-05-01']);
  });

  it('R-CAT-3 R-SEAT-1 a refused quote has total null and the refusal', () => {
    const q = quote({
      action: 'ADD_SEATS',
      catalog: DEMO_CATALOG,
      asOf: d('2021-10-10'),
      subscription: fiveSeats,
      seats: 46,
    });
    expect(q.total).toBeNull();
    expect(q.lines).toEqual([]);
    expect(q.periodStart).toBeNull();
    expect(q.refusals).toHaveLength(1);
    expect(q.refusals[0]).toMatchObject({ code: 'SEAT_LIMIT', field: ['seats'] });
    expect(q.rules).toEqual(['R-SEAT-1', 'R-CAT-3']);
    expect(q.reason).toBe(q.refusals[0]?.message);
  });

  it('R-CAT-4 a sunset product quotes total null with PRODUCT_SUNSET', () => {
    const q = quote({
      action: 'RENEWAL',
      catalog: DEMO_CATALOG,
      asOf: d('2021-10-28'),
      subscription: fiveSeats,
      years: 1,
    });
    expect(q.total).toBeNull();
    expect(q.refusals[0]?.code).toBe('PRODUCT_SUNSET');
  });

  it('R-SEAT-1 a subscription in grace cannot get an ADD_SEATS quote', () => {
    const q = quote({
      action: 'ADD_SEATS',
      catalog: DEMO_CATALOG,
      asOf: d('2022-05-10'),
      subscription: { ...fiveSeats, status: 'GRACE' },
      seats: 1,
    });
    expect(q.refusals[0]?.code).toBe('INVALID_STATE');
  });

  it('R-CAT-2 a free plan quotes 0 with no period end', () => {
    const q = quote({
      action: 'NEW_SUBSCRIPTION',
      catalog: DEMO_CATALOG,
      asOf: d('2024-01-01'),
      productCode: 'MEETING',
      planCode: 'BASIC',
      seats: 1,
      years: 1,
    });
    expect(q.total).toBe(0);
    expect(q.periodEnd).toBeNull();
  });

  it('R-OPEN-1 R-SEAT-4 R-RENEW-3 quoting has no side effect: deeply frozen inputs, same answer twice', () => {
    const catalog = deepFreeze(structuredClone(DEMO_CATALOG));
    const subscription = deepFreeze(structuredClone(fiveSeats));
    const request = deepFreeze({
      action: 'ADD_SEATS' as const,
      catalog,
      asOf: d('2021-10-10'),
      subscription,
      seats: 6,
    });
    const first = quote(request);
    expect(quote(request)).toEqual(first);
    expect(subscription).toEqual(fiveSeats);
  });
});

describe('R-CAT-2 R-REF-NONREF value-added quote', () => {
  it('R-CAT-2 VALUE_ADDED: 2 bots × 1,000 = ¥2,000.00, no period; a bad quantity is refused', () => {
    const q = quote({
      action: 'VALUE_ADDED',
      catalog: DEMO_CATALOG,
      asOf: d('2024-03-01'),
      planCode: 'BOT',
      quantity: 2,
    });
    expect(q.total).toBe(yuan(2000));
    expect(q.periodStart).toBeNull();
    expect(q.periodEnd).toBeNull();
    expect(q.rules).toContain('R-REF-NONREF');
    const bad = quote({
      action: 'VALUE_ADDED',
      catalog: DEMO_CATALOG,
      asOf: d('2024-03-01'),
      planCode: 'BOT',
      quantity: 0,
    });
    expect(bad.total).toBeNull();
    expect(bad.refusals[0]?.field).toEqual(['quantity']);
  });
});
