import { describe, expect, it } from 'vitest';
import { yuan } from '../money/money.js';
import { parseDate, type BusinessDate } from '../time/business-date.js';
import {
  checkSeatLimits,
  findPlan,
  findPriceBookById,
  findProduct,
  maxRenewalYears,
  priceBookInForce,
  sunsetState,
  tierFor,
  tierLabel,
} from './catalog-lookup.js';
import type { Plan, PriceBook, Product } from './catalog-types.js';
import { DEMO_CATALOG } from './demo-catalog.js';

const d = parseDate;

function plan(productCode: string, planCode: string): Plan {
  const product = findProduct(DEMO_CATALOG, productCode);
  if (product === undefined) throw new Error(`no product ${productCode}`);
  const found = findPlan(product, planCode);
  if (found === undefined) throw new Error(`no plan ${planCode}`);
  return found;
}

function bookOn(p: Plan, date: string): PriceBook {
  const result = priceBookInForce(p, d(date));
  if (!result.ok) throw new Error(result.refusal.message);
  return result.book;
}

const eqq = plan('EQQ', 'SEATS');
const eqqProduct = findProduct(DEMO_CATALOG, 'EQQ') as Product;

describe('R-CAT-1 price book in force', () => {
  it('R-CAT-1 2010-02-28 is priced by the pre-2010 demo book, 2010-03-01 by the 2010 book', () => {
    expect(bookOn(eqq, '2010-02-28').id).toBe('EQQ-2000');
    expect(bookOn(eqq, '2010-03-01').id).toBe('EQQ-2010');
    expect(bookOn(eqq, '2021-10-10').id).toBe('EQQ-2010');
  });

  it('R-CAT-1 the latest effectiveFrom ≤ date wins, whatever the order books are listed in', () => {
    const early = { id: 'A', effectiveFrom: d('2001-01-01'), model: 'FREE', tiers: [] } as const;
    const middle = { id: 'B', effectiveFrom: d('2005-06-15'), model: 'FREE', tiers: [] } as const;
    const late = { id: 'C', effectiveFrom: d('2030-01-01'), model: 'FREE', tiers: [] } as const;
    const shuffled: Plan = { code: 'X', name: 'X', priceBooks: [late, early, middle] };
    expect(bookOn(shuffled, '2005-06-14').id).toBe('A');
    expect(bookOn(shuffled, '2005-06-15').id).toBe('B');
    expect(bookOn(shuffled, '2029-12-31').id).toBe('B');
    expect(bookOn(shuffled, '2030-01-01').id).toBe('C');
  });

  it('R-CAT-1 no book in force yet → NOT_FOUND refusal (Qidian before 2021-01-01)', () => {
    const qidian = plan('QIDIAN', 'SEATS');
    const before = priceBookInForce(qidian, d('2020-12-31'));
    expect(before.ok).toBe(false);
    if (!before.ok) {
      expect(before.refusal.code).toBe('NOT_FOUND');
      expect(before.refusal.rules).toContain('R-CAT-1');
      expect(before.refusal.message).toContain('2020-12-31');
    }
    expect(bookOn(qidian, '2021-01-01').id).toBe('QIDIAN-2021');
  });

  it('R-CAT-1 old books stay findable by id (R-LEGACY rights depend on them)', () => {
    expect(findPriceBookById(eqqProduct, 'EQQ-2000')?.grantsLegacyRights).toBe(true);
    expect(findPriceBookById(eqqProduct, 'EQQ-2010')?.grantsLegacyRights).toBeUndefined();
    expect(findPriceBookById(eqqProduct, 'NOPE')).toBeUndefined();
  });

  it('R-CAT-1 unknown product or plan is undefined', () => {
    expect(findProduct(DEMO_CATALOG, 'NOPE')).toBeUndefined();
    expect(findPlan(eqqProduct, 'GOLD')).toBeUndefined();
  });
});

describe('R-CAT-2 volume tiers', () => {
  const book2010 = bookOn(eqq, '2010-03-01');

  it('R-CAT-2 the tier containing the total: 3, 10 → 3–10; 11, 20 → 11–20; 21, 50 → 21–50', () => {
    const expected: Array<[number, string, number, number]> = [
      [3, 'tier 3–10', 1000, 100],
      [10, 'tier 3–10', 1000, 100],
      [11, 'tier 11–20', 950, 95],
      [20, 'tier 11–20', 950, 95],
      [21, 'tier 21–50', 900, 90],
      [50, 'tier 21–50', 900, 90],
    ];
    for (const [seats, label, annual, monthly] of expected) {
      const tier = tierFor(book2010, seats);
      expect(tier && tierLabel(tier), String(seats)).toBe(label);
      expect(tier?.annualUnitPrice).toBe(yuan(annual));
      expect(tier?.monthlyUnitPrice).toBe(yuan(monthly));
    }
  });

  it('R-CAT-2 no tier outside the book: 2 and 51 seats', () => {
    expect(tierFor(book2010, 2)).toBeUndefined();
    expect(tierFor(book2010, 51)).toBeUndefined();
  });

  it('R-CAT-2 pre-2010 demo book: a single tier 3–50 at 800/yr, 80/month', () => {
    const old = bookOn(eqq, '2010-02-28');
    expect(old.model).toBe('PER_SEAT_VOLUME');
    expect(old.tiers).toEqual([
      { minSeats: 3, maxSeats: 50, annualUnitPrice: yuan(800), monthlyUnitPrice: yuan(80) },
    ]);
  });

  it('R-CAT-2 an unbounded tier is labelled "tier 1+"', () => {
    const standard = bookOn(plan('EXMAIL', 'STANDARD'), '2024-01-01');
    const tier = tierFor(standard, 10_000);
    expect(tier && tierLabel(tier)).toBe('tier 1+');
  });
});

describe('R-CAT-3 seat limits', () => {
  it('R-CAT-3 EQQ 3–50: 3 and 50 accepted', () => {
    expect(checkSeatLimits(eqq, 3)).toEqual({ ok: true, seats: 3 });
    expect(checkSeatLimits(eqq, 50)).toEqual({ ok: true, seats: 50 });
  });

  it('R-CAT-3 EQQ 3–50: 2 and 51 → SEAT_LIMIT with the field', () => {
    for (const seats of [2, 51]) {
      const result = checkSeatLimits(eqq, seats);
      expect(result.ok).toBe(false);
      if (!result.ok) {
        expect(result.refusal.code).toBe('SEAT_LIMIT');
        expect(result.refusal.field).toEqual(['seats']);
        expect(result.refusal.rules).toEqual(['R-CAT-3']);
        expect(result.refusal.message).toBe(
          `Plan SEATS allows 3–50 seats, got ${seats}: choose a seat count in that range (R-CAT-3)`,
        );
      }
    }
  });

  it('R-CAT-3 0, -1 and 2.5 seats → INVALID_INPUT with the field', () => {
    for (const seats of [0, -1, 2.5, Number.NaN]) {
      const result = checkSeatLimits(eqq, seats, ['input', 'seats']);
      expect(result.ok).toBe(false);
      if (!result.ok) {
        expect(result.refusal.code).toBe('INVALID_INPUT');
        expect(result.refusal.field).toEqual(['input', 'seats']);
      }
    }
  });

  it('R-CAT-3 a plan without limits takes any positive count', () => {
    expect(checkSeatLimits(plan('MEETING', 'FLAGSHIP'), 1).ok).toBe(true);
    expect(checkSeatLimits(plan('EXMAIL', 'STANDARD'), 5000).ok).toBe(true);
  });
});

describe('R-CAT-4 sunset', () => {
  it('R-CAT-4 EQQ renewals end on 2021-10-28: 10-27 available, 10-28 closed', () => {
    expect(sunsetState(eqqProduct, d('2021-10-27'))).toBe('AVAILABLE');
    expect(sunsetState(eqqProduct, d('2021-10-28'))).toBe('RENEWALS_ENDED');
  });

  it('R-CAT-4 EQQ service ends on 2022-01-31: 01-30 still running, 01-31 ended', () => {
    expect(sunsetState(eqqProduct, d('2022-01-30'))).toBe('RENEWALS_ENDED');
    expect(sunsetState(eqqProduct, d('2022-01-31'))).toBe('SERVICE_ENDED');
  });

  it('R-CAT-4 a product without a sunset is always available', () => {
    const qidian = findProduct(DEMO_CATALOG, 'QIDIAN') as Product;
    expect(sunsetState(qidian, d('2099-12-31') as BusinessDate)).toBe('AVAILABLE');
  });
});

describe('R-RENEW-2 renewal length', () => {
  it('R-RENEW-2 EQQ renews exactly 1 year at a time, other products up to 3', () => {
    expect(maxRenewalYears(findProduct(DEMO_CATALOG, 'EQQ')!)).toBe(1);
    expect(maxRenewalYears(findProduct(DEMO_CATALOG, 'EXMAIL')!)).toBe(3);
  });
});
