import { describe, expect, it } from 'vitest';
import type { Catalog, Plan, Product } from '../catalog/catalog-types.js';
import { DEMO_CATALOG } from '../catalog/demo-catalog.js';
import type { Outcome, Refusal } from '../explain/results.js';
import { yuan } from '../money/money.js';
import { parseDate, type BusinessDate } from '../time/business-date.js';
import { priceAddSeats, type AddSeatsPrice } from './add-seats-price.js';
import type { PricedSubscription } from './priced-subscription.js';
import { inEnglish } from '../test-support/refusal-english.js';

/*
 * What add-seat pricing tells the customer (rules, lines, messages) and the refusals of
 * catalogs that lack a product, plan, price book or tier: each assertion here kills a wrong
 * rule that mutation testing showed the other tests would let through.
 */
const d = parseDate;
const day = (text: string): BusinessDate => text as BusinessDate;

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
  catalog: Catalog = DEMO_CATALOG,
): Outcome<AddSeatsPrice> {
  return priceAddSeats({ catalog, subscription, addSeats, date: d(date) });
}

function priced(result: Outcome<AddSeatsPrice>): AddSeatsPrice {
  if (!result.ok) throw new Error(`refused: ${result.refusal.message}`);
  return result;
}

function refusal(result: Outcome<AddSeatsPrice>): Refusal {
  if (result.ok) throw new Error(`expected a refusal, got ${result.total}`);
  return result.refusal;
}

/** A one-product catalog whose only plan is `plan`. */
function catalogWith(plan: Plan, product: Partial<Product> = {}): Catalog {
  return { products: [{ code: 'EQQ', name: 'Test product', plans: [plan], ...product }] };
}

describe('R-SEAT-1, R-SEAT-2, R-SEAT-3, R-SEAT-4 the rules an add-seat price names', () => {
  it('R-SEAT-1 R-SEAT-2 R-SEAT-3 R-SEAT-4 R-CAT-1 R-CAT-3 a priced add names exactly these rules, the line R-SEAT-3 and R-SEAT-4', () => {
    const result = priced(add(sub(), 6, '2021-10-10'));
    expect(result.rules).toEqual([
      'R-SEAT-1',
      'R-SEAT-2',
      'R-SEAT-3',
      'R-SEAT-4',
      'R-CAT-1',
      'R-CAT-3',
    ]);
    expect(result.lines.map((line) => line.rules)).toEqual([['R-SEAT-3', 'R-SEAT-4']]);
    expect(result.legacyPriceUsed).toBe(false);
  });

  it('R-LEGACY-2 a legacy add names R-LEGACY-2 after the add rules, and its line names R-SEAT-3, R-SEAT-4, R-LEGACY-2', () => {
    const legacy = sub({ openedOn: d('2009-04-20'), periodEnd: d('2011-05-01') });
    const result = priced(add(legacy, 6, '2010-10-10'));
    expect(result.rules).toEqual([
      'R-SEAT-1',
      'R-SEAT-2',
      'R-SEAT-3',
      'R-SEAT-4',
      'R-CAT-1',
      'R-CAT-3',
      'R-LEGACY-2',
    ]);
    expect(result.lines.map((line) => line.rules)).toEqual([
      ['R-SEAT-3', 'R-SEAT-4', 'R-LEGACY-2'],
    ]);
  });

  it('R-SEAT-3 R-SEAT-4 one billable month is written "1 month": 2 seats × ¥10.00 × 1 month = ¥20.00', () => {
    const exmail = sub({
      productCode: 'EXMAIL',
      planCode: 'STANDARD',
      seats: 10,
      periodEnd: d('2025-01-01'),
    });
    const result = priced(add(exmail, 2, '2024-12-01'));
    expect(result.total).toBe(yuan(20));
    expect(result.lines[0]?.description).toBe('2 seats × ¥10.00 × 1 month');
    expect(result.reason).toBe(
      '2 seats × ¥10.00 × 1 month = ¥20.00 (R-SEAT-3: 1 month exactly; R-SEAT-4: tier 1+)',
    );
  });

  it('R-SEAT-4 R-CAT-2 a contract price names its basis: "contract price ÷ 12"', () => {
    const enterprise = sub({
      productCode: 'MEETING',
      planCode: 'ENTERPRISE',
      seats: 10,
      customUnitPrice: yuan(600),
    });
    const result = priced(add(enterprise, 2, '2021-10-10'));
    expect(result.reason).toBe(
      '2 seats × ¥50.00 × 7 months = ¥700.00 (R-SEAT-3: 6 months and 21 days rounded to 7; R-SEAT-4: contract price ÷ 12)',
    );
    expect(result.subscription.lastPurchase).toEqual({
      bookId: 'MEETING-ENTERPRISE-2000',
      tierMinSeats: null,
      annualUnitPrice: yuan(600),
    });
  });

  it('R-CAT-2 R-SEAT-1 seats added to a free plan: one ¥0.00 line and the reason, named R-SEAT-1 and R-CAT-2', () => {
    const free = sub({
      productCode: 'EXMAIL',
      planCode: 'FREE',
      periodEnd: null,
      lastPurchase: null,
    });
    const result = priced(add(free, 3, '2024-01-01'));
    expect(result).toEqual({
      ok: true,
      total: 0,
      lines: [
        {
          description: '3 seats on a free plan',
          message: { key: 'line.freeSeats', params: { seats: 3 } },
          quantity: 3,
          months: null,
          unitPrice: 0,
          amount: 0,
          rules: ['R-SEAT-1', 'R-CAT-2'],
        },
      ],
      rules: ['R-SEAT-1', 'R-CAT-2'],
      reason: '3 seats on a free plan = ¥0.00 (R-CAT-2: free plan)',
      reasonMessage: {
        key: 'reason.addSeatsFree',
        params: {
          line: { key: 'line.freeSeats', params: { seats: 3 } },
          amount: { fen: 0 },
        },
      },
      bookId: 'EXMAIL-FREE-2000',
      billable: null,
      periodStart: '2024-01-01',
      periodEnd: null,
      newTotalSeats: 8,
      monthlyUnitPrice: 0,
      legacyPriceUsed: false,
      subscription: {
        ...free,
        seats: 8,
        legacy: { firstRenewalUsed: false, addSeatPurchaseUsed: true },
        lastPurchase: { bookId: 'EXMAIL-FREE-2000', tierMinSeats: null, annualUnitPrice: 0 },
      },
    });
  });
});

describe('R-SEAT-1 R-CAT-2 R-CAT-4 refusal messages say what is wrong and what to do', () => {
  it('R-SEAT-1 a wrong seat count names the value and the field', () => {
    expect(inEnglish(refusal(add(sub(), 0, '2021-10-10')))).toEqual({
      code: 'INVALID_INPUT',
      message: 'Seats to add must be a whole number of at least 1, got 0 (R-SEAT-1)',
      rules: ['R-SEAT-1'],
      field: ['seats'],
    });
  });

  it('R-CAT-4 R-SEAT-1 after renewalsEndOn the refusal names the date and R-CAT-4 only', () => {
    expect(inEnglish(refusal(add(sub(), 1, '2021-10-28')))).toEqual({
      code: 'PRODUCT_SUNSET',
      message:
        'Enterprise QQ takes no purchases on or after 2021-10-28: use the seats you have, or open a subscription to another product (R-CAT-4)',
      rules: ['R-CAT-4'],
    });
  });

  it('R-CAT-2 a flat plan: the refusal says seats need a per-seat plan, on the seats field', () => {
    expect(
      inEnglish(
        refusal(
          add(sub({ productCode: 'MEETING', planCode: 'FLAGSHIP', seats: 1 }), 1, '2021-10-10'),
        ),
      ),
    ).toEqual({
      code: 'INVALID_INPUT',
      message:
        'Plan FLAGSHIP has a flat price, not a price per seat: seats can be added only to a plan priced per seat (R-CAT-2)',
      rules: ['R-CAT-2'],
      field: ['seats'],
    });
  });

  it('R-SEAT-1 R-SEAT-2 no current paid period: the refusal says to renew first', () => {
    expect(refusal(add(sub({ periodEnd: null }), 1, '2021-10-10'))).toEqual({
      code: 'INVALID_STATE',
      message:
        'Seats can be added only during a current paid period: renew the subscription with renewSubscription first (R-SEAT-1, R-SEAT-2)',
      text: { key: 'refusal.addSeats.noPeriod', params: {} },
      rules: ['R-SEAT-1'],
    });
  });
});

describe('R-CAT-1 R-CAT-2 a catalog that cannot price the add refuses it', () => {
  const seatsPlan: Plan = {
    code: 'SEATS',
    name: 'Seats',
    minSeats: 1,
    priceBooks: [
      {
        id: 'T-2021',
        effectiveFrom: day('2021-01-01'),
        model: 'PER_SEAT_VOLUME',
        tiers: [
          { minSeats: 1, maxSeats: 10, annualUnitPrice: yuan(1000), monthlyUnitPrice: yuan(100) },
        ],
      },
    ],
  };

  it('R-CAT-1 a product missing from the catalog → NOT_FOUND naming the plan', () => {
    const r = refusal(add(sub({ productCode: 'QIDIAN' }), 1, '2021-10-10', catalogWith(seatsPlan)));
    expect(inEnglish(r)).toEqual({
      code: 'NOT_FOUND',
      message:
        'The plan QIDIAN/SEATS is no longer in the catalog: ask an operator to check the subscription (R-CAT-1)',
      rules: ['R-CAT-1'],
    });
  });

  it('R-CAT-1 a plan missing from the product → NOT_FOUND', () => {
    const r = refusal(add(sub({ planCode: 'GONE' }), 1, '2021-10-10'));
    expect(r.code).toBe('NOT_FOUND');
    expect(r.rules).toEqual(['R-CAT-1']);
    expect(r.message).toContain('EQQ/GONE');
  });

  it('R-CAT-1 no price book in force on the add date → NOT_FOUND naming the plan and date', () => {
    const r = refusal(
      add(sub({ openedOn: d('2020-06-01') }), 1, '2020-10-10', catalogWith(seatsPlan)),
    );
    expect(inEnglish(r)).toEqual({
      code: 'NOT_FOUND',
      message:
        'No price book of plan SEATS is in force on 2020-10-10: choose a later date, or ask an operator to publish a price book for it (R-CAT-1)',
      rules: ['R-CAT-1'],
    });
  });

  it('R-CAT-2 no tier contains the new total → SEAT_LIMIT naming the book and count', () => {
    const r = refusal(add(sub({ seats: 10 }), 1, '2021-10-10', catalogWith(seatsPlan)));
    expect(inEnglish(r)).toEqual({
      code: 'SEAT_LIMIT',
      message:
        'No tier of price book T-2021 contains 11 seats: choose another seat count, or ask an operator about a contract price (R-CAT-2)',
      rules: ['R-CAT-2'],
      field: ['seats'],
    });
  });

  it('R-LEGACY-2 R-CAT-1 a subscription opened before any price book has no legacy book: priced at the book in force', () => {
    const result = priced(
      add(sub({ openedOn: d('2020-06-01') }), 1, '2021-10-10', catalogWith(seatsPlan)),
    );
    expect(result.bookId).toBe('T-2021');
    expect(result.legacyPriceUsed).toBe(false);
    expect(result.total).toBe(yuan(100 * 7));
  });
});

describe('R-LEGACY-2 R-MIG-1 an upgraded subscription has no legacy add-seat right', () => {
  const qidian: Plan = {
    code: 'SEATS',
    name: 'Seats',
    minSeats: 1,
    priceBooks: [
      {
        id: 'Q-2000',
        effectiveFrom: day('2000-01-01'),
        model: 'PER_SEAT_VOLUME',
        tiers: [
          { minSeats: 1, maxSeats: 50, annualUnitPrice: yuan(800), monthlyUnitPrice: yuan(80) },
        ],
        grantsLegacyRights: true,
      },
      {
        id: 'Q-2021',
        effectiveFrom: day('2021-01-01'),
        model: 'PER_SEAT_VOLUME',
        tiers: [
          { minSeats: 1, maxSeats: 50, annualUnitPrice: yuan(1200), monthlyUnitPrice: yuan(120) },
        ],
      },
    ],
  };
  const catalog = catalogWith(qidian, { code: 'QIDIAN' });
  const base = sub({ productCode: 'QIDIAN', openedOn: d('2020-06-01') });

  it('R-LEGACY-2 without a migration the opening book prices it (the control case)', () => {
    const result = priced(add(base, 1, '2021-10-10', catalog));
    expect(result.bookId).toBe('Q-2000');
    expect(result.legacyPriceUsed).toBe(true);
  });

  it('R-LEGACY-2 R-MIG-1 with a migration recorded the book in force prices it', () => {
    const migrated = {
      ...base,
      migration: {
        fromProductCode: 'EQQ' as const,
        fromPlanCode: 'SEATS',
        upgradedOn: d('2021-06-01'),
        promotion: true,
        legacySeats: 5,
        legacyUnitPrice: yuan(1000),
        originalBookId: 'EQQ-2010',
      },
    };
    const result = priced(add(migrated, 1, '2021-10-10', catalog));
    expect(result.bookId).toBe('Q-2021');
    expect(result.legacyPriceUsed).toBe(false);
    expect(result.total).toBe(yuan(120 * 7));
    expect(result.subscription.migration).toEqual(migrated.migration);
  });
});
