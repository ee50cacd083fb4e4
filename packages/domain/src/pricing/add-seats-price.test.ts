import { describe, expect, it } from 'vitest';
import { DEMO_CATALOG } from '../catalog/demo-catalog.js';
import { SUBSCRIPTION_STATUSES } from '../core/codes.js';
import type { Outcome, Refusal } from '../explain/results.js';
import { yuan } from '../money/money.js';
import { parseDate } from '../time/business-date.js';
import { priceAddSeats, type AddSeatsPrice } from './add-seats-price.js';
import type { PricedSubscription } from './priced-subscription.js';

const d = parseDate;

/** Spec example: 5 EQQ seats opened 2021-04-20, activated 2021-05-01, period end 2022-05-01. */
function sub(overrides: Partial<PricedSubscription> = {}): PricedSubscription {
  return {
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
    ...overrides,
  };
}

function add(
  subscription: PricedSubscription,
  addSeats: number,
  date: string,
): Outcome<AddSeatsPrice> {
  return priceAddSeats({ catalog: DEMO_CATALOG, subscription, addSeats, date: d(date) });
}

function priced(result: Outcome<AddSeatsPrice>): AddSeatsPrice {
  if (!result.ok) throw new Error(`refused: ${result.refusal.message}`);
  return result;
}

function refusal(result: Outcome<AddSeatsPrice>): Refusal {
  if (result.ok) throw new Error(`expected a refusal, got ${result.total}`);
  return result.refusal;
}

describe('R-SEAT-4 added seats × monthly price of the new total’s tier × billable months', () => {
  it('R-SEAT-4 R-SEAT-3 spec: 5 seats activated 2021-05-01, add 6 on 2021-10-10 → 6 × 95 × 7 = ¥3,990.00', () => {
    const result = priced(add(sub(), 6, '2021-10-10'));
    expect(result.total).toBe(yuan(3990));
    expect(result.reason).toBe(
      '6 seats × ¥95.00 × 7 months = ¥3,990.00 (R-SEAT-3: 6 months and 21 days rounded to 7; R-SEAT-4: tier 11–20)',
    );
    expect(result.lines).toEqual([
      {
        description: '6 seats × ¥95.00 × 7 months',
        message: {
          key: 'line.seatsMonths',
          params: { seats: 6, unitPrice: { fen: yuan(95) }, months: 7 },
        },
        quantity: 6,
        months: 7,
        unitPrice: yuan(95),
        amount: yuan(3990),
        rules: ['R-SEAT-3', 'R-SEAT-4'],
      },
    ]);
    expect(result.rules).toEqual(
      expect.arrayContaining(['R-SEAT-1', 'R-SEAT-2', 'R-SEAT-3', 'R-SEAT-4']),
    );
    expect(result.newTotalSeats).toBe(11);
  });

  it('R-SEAT-3 R-SEAT-4 same add on 10/1 → 7 months (3,990) and on 10/16 → 6 months (3,420)', () => {
    expect(priced(add(sub(), 6, '2021-10-01')).total).toBe(yuan(3990));
    const late = priced(add(sub(), 6, '2021-10-16'));
    expect(late.total).toBe(yuan(3420));
    expect(late.billable?.months).toBe(6);
  });

  it('R-SEAT-4 the tier is the NEW total’s: 9 + 1 = 10 → 100/month; 10 + 1 = 11 → 95/month for the one added', () => {
    expect(priced(add(sub({ seats: 9 }), 1, '2021-05-01')).total).toBe(yuan(100 * 12));
    const crossing = priced(add(sub({ seats: 10 }), 1, '2021-05-01'));
    expect(crossing.total).toBe(yuan(95 * 12));
    expect(crossing.reason).toBe(
      '1 seat × ¥95.00 × 12 months = ¥1,140.00 (R-SEAT-3: 12 months exactly; R-SEAT-4: tier 11–20)',
    );
    expect(priced(add(sub({ seats: 20 }), 1, '2021-05-01')).monthlyUnitPrice).toBe(yuan(90));
  });

  it('R-SEAT-3 R-SEAT-4 fewer than 16 days left → 0 months, total 0', () => {
    const result = priced(add(sub({ periodEnd: d('2021-10-20') }), 1, '2021-10-05'));
    expect(result.total).toBe(0);
    expect(result.lines[0]?.months).toBe(0);
  });
});

describe('R-SEAT-1 only ACTIVE subscriptions, within maxSeats', () => {
  it('R-SEAT-1 every status but ACTIVE → INVALID_STATE', () => {
    for (const status of SUBSCRIPTION_STATUSES.filter((s) => s !== 'ACTIVE')) {
      const r = refusal(add(sub({ status }), 1, '2021-10-10'));
      expect(r.code, status).toBe('INVALID_STATE');
      expect(r.rules).toContain('R-SEAT-1');
      expect(r.message).toContain(status);
    }
  });

  it('R-SEAT-1 R-CAT-3 new total 51 → SEAT_LIMIT; 50 accepted', () => {
    const r = refusal(add(sub({ seats: 45 }), 6, '2021-10-10'));
    expect(r.code).toBe('SEAT_LIMIT');
    expect(r.field).toEqual(['seats']);
    expect(r.rules).toEqual(['R-SEAT-1', 'R-CAT-3']);
    expect(r.message).toBe(
      "Adding 6 seats to 45 makes 51, above the plan's maximum of 50: add at most 5 (R-SEAT-1, R-CAT-3)",
    );
    expect(priced(add(sub({ seats: 45 }), 5, '2021-10-10')).total).toBe(yuan(5 * 90 * 7));
  });

  it('R-SEAT-1 adding 0, -1 or 1.5 seats → INVALID_INPUT', () => {
    for (const n of [0, -1, 1.5])
      expect(refusal(add(sub(), n, '2021-10-10')).code).toBe('INVALID_INPUT');
  });

  it('R-SEAT-1 no current paid period (period end null or passed) → INVALID_STATE', () => {
    expect(refusal(add(sub({ periodEnd: null }), 1, '2021-10-10')).code).toBe('INVALID_STATE');
    expect(refusal(add(sub({ periodEnd: d('2021-10-10') }), 1, '2021-10-10')).code).toBe(
      'INVALID_STATE',
    );
  });

  it('R-SEAT-1 R-CAT-4 EQQ seats can be added on 2021-10-27, not from 2021-10-28 (Decision)', () => {
    expect(priced(add(sub(), 1, '2021-10-27')).total).toBeGreaterThan(0);
    expect(refusal(add(sub(), 1, '2021-10-28')).code).toBe('PRODUCT_SUNSET');
  });
});

describe('R-SEAT-2 co-termed seats', () => {
  it('R-SEAT-2 added seats run from the add date to the current period end; the state keeps the period end', () => {
    const result = priced(add(sub(), 6, '2021-10-10'));
    expect(result.periodStart).toBe('2021-10-10');
    expect(result.periodEnd).toBe('2022-05-01');
    expect(result.subscription).toEqual({
      ...sub(),
      seats: 11,
      legacy: { firstRenewalUsed: false, addSeatPurchaseUsed: true },
      lastPurchase: { bookId: 'EQQ-2010', tierMinSeats: 11, annualUnitPrice: yuan(950) },
    });
  });
});

describe('R-LEGACY-2 one add-seat purchase at the opening book', () => {
  // Opened 2009-04-20 (book EQQ-2000, 80/month), renewed, period end 2011-05-01.
  const legacySub = sub({
    openedOn: d('2009-04-20'),
    periodEnd: d('2011-05-01'),
    lastPurchase: { bookId: 'EQQ-2000', tierMinSeats: 3, annualUnitPrice: yuan(800) },
  });

  it('R-LEGACY-2 the first add-seat purchase after 2010-03-01 uses the opening book: 6 × 80 × 7 = 3,360', () => {
    const result = priced(add(legacySub, 6, '2010-10-10'));
    expect(result.total).toBe(yuan(3360));
    expect(result.bookId).toBe('EQQ-2000');
    expect(result.legacyPriceUsed).toBe(true);
    expect(result.rules).toContain('R-LEGACY-2');
    expect(result.lines[0]?.rules).toContain('R-LEGACY-2');
    expect(result.reason).toContain(
      'R-LEGACY-2: one add-seat purchase at the opening price book EQQ-2000',
    );
    expect(result.subscription.legacy.addSeatPurchaseUsed).toBe(true);
    expect(result.subscription.lastPurchase).toEqual({
      bookId: 'EQQ-2000',
      tierMinSeats: 3,
      annualUnitPrice: yuan(800),
    });
  });

  it('R-LEGACY-2 the second add-seat purchase uses the book in force: 1 × 95 × 6 = 570', () => {
    const first = priced(add(legacySub, 6, '2010-10-10'));
    const second = priced(add(first.subscription, 1, '2010-11-01'));
    expect(second.bookId).toBe('EQQ-2010');
    expect(second.legacyPriceUsed).toBe(false);
    expect(second.total).toBe(yuan(95 * 6));
    expect(second.rules).not.toContain('R-LEGACY-2');
  });

  it('R-LEGACY-2 a customer who opened on 2010-03-01 has no legacy right', () => {
    const result = priced(
      add(sub({ openedOn: d('2010-03-01'), periodEnd: d('2011-05-01') }), 6, '2010-10-10'),
    );
    expect(result.bookId).toBe('EQQ-2010');
    expect(result.total).toBe(yuan(3990));
  });
});

describe('R-SEAT-4 R-CAT-2 other pricing models', () => {
  it('R-SEAT-4 Exmail Standard: 3 mailboxes × 10 × 12 months = 360', () => {
    const exmail = sub({
      productCode: 'EXMAIL',
      planCode: 'STANDARD',
      seats: 10,
      periodEnd: d('2025-01-01'),
    });
    expect(priced(add(exmail, 3, '2024-01-01')).total).toBe(yuan(360));
  });

  it('R-CAT-2 a free plan adds seats for ¥0.00; a flat plan is not priced per seat', () => {
    const free = priced(
      add(sub({ productCode: 'EXMAIL', planCode: 'FREE', periodEnd: null }), 3, '2024-01-01'),
    );
    expect(free.total).toBe(0);
    expect(free.subscription.seats).toBe(8);
    const flat = refusal(
      add(sub({ productCode: 'MEETING', planCode: 'FLAGSHIP', seats: 1 }), 1, '2021-10-10'),
    );
    expect(flat.code).toBe('INVALID_INPUT');
    expect(flat.rules).toEqual(['R-CAT-2']);
  });

  it('R-SEAT-4 R-CAT-2 contract price 600/yr → 50/month: 2 hosts × 50 × 7 = 700; 100.01/yr rounds to 8.33/month', () => {
    const enterprise = sub({
      productCode: 'MEETING',
      planCode: 'ENTERPRISE',
      seats: 10,
      customUnitPrice: yuan(600),
    });
    expect(priced(add(enterprise, 2, '2021-10-10')).total).toBe(yuan(700));
    const odd = priced(add({ ...enterprise, customUnitPrice: 10_001 }, 1, '2021-10-10'));
    expect(odd.monthlyUnitPrice).toBe(833);
    expect(odd.total).toBe(833 * 7);
  });
});
