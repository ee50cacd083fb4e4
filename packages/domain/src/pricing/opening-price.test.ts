import { describe, expect, it } from 'vitest';
import { DEMO_CATALOG } from '../catalog/demo-catalog.js';
import type { ProductCode } from '../core/codes.js';
import type { Outcome, Refusal } from '../explain/results.js';
import { yuan } from '../money/money.js';
import { parseDate } from '../time/business-date.js';
import { priceOpening, type OpeningInput, type OpeningPrice } from './opening-price.js';

const d = parseDate;

function open(overrides: Partial<OpeningInput> = {}): Outcome<OpeningPrice> {
  return priceOpening({
    catalog: DEMO_CATALOG,
    productCode: 'EQQ',
    planCode: 'SEATS',
    seats: 5,
    years: 1,
    orderDate: d('2021-04-20'),
    ...overrides,
  });
}

function priced(result: Outcome<OpeningPrice>): OpeningPrice {
  if (!result.ok) throw new Error(`refused: ${result.refusal.message}`);
  return result;
}

function refusal(result: Outcome<OpeningPrice>): Refusal {
  if (result.ok) throw new Error(`expected a refusal, got ${result.total}`);
  return result.refusal;
}

describe('R-OPEN-1 opening price = seats × tier unit price × years', () => {
  it('R-OPEN-1 EQQ 5 seats, 1 year on 2021-04-20 → ¥5,000.00 from EQQ-2010', () => {
    const result = priced(open());
    expect(result.total).toBe(yuan(5000));
    expect(result.bookId).toBe('EQQ-2010');
    expect(result.reason).toBe(
      '5 seats × ¥1,000.00 × 1 year = ¥5,000.00 (R-OPEN-1: price book EQQ-2010 in force on 2021-04-20, tier 3–10)',
    );
    expect(result.lines).toEqual([
      {
        description: '5 seats × ¥1,000.00 × 1 year',
        message: {
          key: 'line.seatsYears',
          params: { seats: 5, unitPrice: { fen: yuan(1000) }, years: 1 },
        },
        quantity: 5,
        months: null,
        unitPrice: yuan(1000),
        amount: yuan(5000),
        rules: ['R-OPEN-1', 'R-CAT-1', 'R-CAT-2', 'R-CAT-3'],
      },
    ]);
    expect(result.rules).toContain('R-OPEN-1');
  });

  it('R-OPEN-1 R-CAT-2 volume pricing: 11 seats × 950 × 2 years = 20,900; 21 seats × 900 × 3 years = 56,700', () => {
    expect(priced(open({ seats: 11, years: 2 })).total).toBe(yuan(20_900));
    expect(priced(open({ seats: 21, years: 3 })).total).toBe(yuan(56_700));
    expect(priced(open({ seats: 10 })).total).toBe(yuan(10_000));
  });

  it('R-OPEN-1 R-CAT-1 the book in force on the order date: 2010-02-28 → 800, 2010-03-01 → 1,000', () => {
    const before = priced(open({ orderDate: d('2010-02-28') }));
    expect(before.bookId).toBe('EQQ-2000');
    expect(before.total).toBe(yuan(4000));
    const after = priced(open({ orderDate: d('2010-03-01') }));
    expect(after.bookId).toBe('EQQ-2010');
    expect(after.total).toBe(yuan(5000));
  });

  it('R-OPEN-1 years must be 1 to 3: 0, 4, 1.5 and -1 → INVALID_INPUT on years', () => {
    for (const years of [0, 4, 1.5, -1]) {
      const r = refusal(open({ years }));
      expect(r.code).toBe('INVALID_INPUT');
      expect(r.field).toEqual(['years']);
      expect(r.rules).toEqual(['R-OPEN-1']);
    }
  });

  it('R-OPEN-1 R-CAT-3 seat counts: 2 and 51 → SEAT_LIMIT, 0 and -1 → INVALID_INPUT, 3 and 50 priced', () => {
    expect(refusal(open({ seats: 2 })).code).toBe('SEAT_LIMIT');
    expect(refusal(open({ seats: 51 })).code).toBe('SEAT_LIMIT');
    expect(refusal(open({ seats: 0 })).code).toBe('INVALID_INPUT');
    expect(refusal(open({ seats: -1 })).code).toBe('INVALID_INPUT');
    expect(priced(open({ seats: 3 })).total).toBe(yuan(3000));
    expect(priced(open({ seats: 50 })).total).toBe(yuan(45_000));
  });

  it('R-OPEN-1 R-CAT-4 EQQ takes new purchases on 2021-10-27, refuses them from 2021-10-28', () => {
    expect(priced(open({ orderDate: d('2021-10-27') })).total).toBe(yuan(5000));
    const r = refusal(open({ orderDate: d('2021-10-28') }));
    expect(r.code).toBe('PRODUCT_SUNSET');
    expect(r.rules).toEqual(['R-CAT-4']);
    expect(refusal(open({ orderDate: d('2022-02-01') })).code).toBe('PRODUCT_SUNSET');
  });

  it('R-OPEN-1 R-CAT-1 Qidian before its first book (2020-12-31) → NOT_FOUND; from 2021-01-01 1,200/seat', () => {
    const qidian = { productCode: 'QIDIAN' as ProductCode };
    expect(refusal(open({ ...qidian, orderDate: d('2020-12-31') })).code).toBe('NOT_FOUND');
    expect(priced(open({ ...qidian, orderDate: d('2021-01-01') })).total).toBe(yuan(6000));
  });

  it('R-OPEN-1 unknown product or plan → NOT_FOUND naming the field', () => {
    expect(refusal(open({ productCode: 'NOPE' as ProductCode })).field).toEqual(['productCode']);
    expect(refusal(open({ planCode: 'GOLD' })).field).toEqual(['planCode']);
  });

  it('R-OPEN-1 R-CAT-2 other models: Exmail FREE 0, Meeting FLAGSHIP flat 3,000 × 2, Exmail PREMIUM 200 × 10', () => {
    const free = priced(open({ productCode: 'EXMAIL', planCode: 'FREE', seats: 20 }));
    expect(free.total).toBe(0);
    expect(free.model).toBe('FREE');
    const flagship = priced(
      open({ productCode: 'MEETING', planCode: 'FLAGSHIP', seats: 1, years: 2 }),
    );
    expect(flagship.total).toBe(yuan(6000));
    expect(flagship.lines[0]).toMatchObject({
      quantity: 1,
      unitPrice: yuan(3000),
      description: 'Meeting Flagship: ¥3,000.00 × 2 years',
    });
    expect(priced(open({ productCode: 'EXMAIL', planCode: 'PREMIUM', seats: 10 })).total).toBe(
      yuan(2000),
    );
    expect(priced(open({ productCode: 'MEETING', planCode: 'PRO_ANNUAL', seats: 4 })).total).toBe(
      yuan(1200),
    );
  });

  it('R-OPEN-1 R-CAT-2 CUSTOM needs the contract price: missing → INVALID_STATE naming the operator, negative → INVALID_INPUT; 10 hosts × 480 = 4,800', () => {
    const enterprise = { productCode: 'MEETING' as ProductCode, planCode: 'ENTERPRISE', seats: 10 };
    const missing = refusal(open(enterprise));
    expect(missing.code).toBe('INVALID_STATE');
    expect(missing.rules).toEqual(['R-CAT-2']);
    expect(missing.message).toContain(
      'an operator must set the contract price (per seat per year) for the account first (R-CAT-2)',
    );
    expect(refusal(open({ ...enterprise, customUnitPrice: -1 })).code).toBe('INVALID_INPUT');
    expect(refusal(open({ ...enterprise, customUnitPrice: 0.5 })).code).toBe('INVALID_INPUT');
    const result = priced(open({ ...enterprise, customUnitPrice: yuan(480) }));
    expect(result.total).toBe(yuan(4800));
    expect(result.subscription.customUnitPrice).toBe(yuan(480));
  });

  it('R-OPEN-1 value-added items are not subscriptions → INVALID_INPUT naming buyValueAdded', () => {
    const vas = refusal(open({ productCode: 'VAS', planCode: 'SMS', seats: 1 }));
    expect(vas.code).toBe('INVALID_INPUT');
    expect(vas.message).toContain('buy them with buyValueAdded');
  });

  it('R-OPEN-1 returns the new subscription pricing state, pending activation, with the priced tier', () => {
    expect(priced(open({ seats: 12 })).subscription).toEqual({
      productCode: 'EQQ',
      planCode: 'SEATS',
      seats: 12,
      status: 'PENDING_ACTIVATION',
      periodEnd: null,
      openedOn: '2021-04-20',
      legacy: { firstRenewalUsed: false, addSeatPurchaseUsed: false },
      lastPurchase: { bookId: 'EQQ-2010', tierMinSeats: 11, annualUnitPrice: yuan(950) },
      migration: null,
      customUnitPrice: null,
    });
  });
});
