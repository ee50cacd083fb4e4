import { describe, expect, it } from 'vitest';
import type { PriceBook } from '../catalog/catalog-types.js';
import { DEMO_CATALOG } from '../catalog/demo-catalog.js';
import { parseDate } from '../time/business-date.js';
import { annualCharge, customPriceRefusal, resolvePlan } from './annual-charge.js';
import { inEnglish } from '../test-support/refusal-english.js';

/** Charges and refusals of one price book that a wrong rule would slip past (found by mutation testing). */
const d = parseDate;

function book(extra: Partial<PriceBook> & Pick<PriceBook, 'model'>): PriceBook {
  return { id: 'TEST-BOOK', effectiveFrom: d('2020-01-01'), tiers: [], ...extra };
}

describe('R-CAT-2 annual charge under each pricing model', () => {
  it('R-CAT-2 a seat count no tier contains is refused with SEAT_LIMIT, naming the book and the seats', () => {
    const volume = book({
      model: 'PER_SEAT_VOLUME',
      tiers: [{ minSeats: 3, maxSeats: 10, annualUnitPrice: 100_000, monthlyUnitPrice: 10_000 }],
    });
    expect(inEnglish(annualCharge(volume, 11, 1, null))).toEqual({
      ok: false,
      refusal: {
        code: 'SEAT_LIMIT',
        message:
          'No tier of price book TEST-BOOK contains 11 seats: choose another seat count, or ask an operator about a contract price (R-CAT-2)',
        rules: ['R-CAT-2'],
        field: ['seats'],
      },
    });
  });

  it('R-CAT-2 a flat book with only a monthly price charges 12 months a year', () => {
    expect(annualCharge(book({ model: 'FLAT', flat: { monthly: 3_000 } }), 5, 2, null)).toEqual({
      quantity: 1,
      unitPrice: 36_000,
      amount: 72_000,
      tier: null,
      basis: 'flat price',
    });
  });

  it('R-CAT-2 a flat book with neither an annual nor a monthly price is refused as NOT_FOUND', () => {
    const expected = {
      ok: false,
      refusal: {
        code: 'NOT_FOUND',
        message:
          'Price book TEST-BOOK has no annual or monthly price: ask an operator to correct the price book (R-CAT-2)',
        rules: ['R-CAT-2'],
      },
    };
    expect(inEnglish(annualCharge(book({ model: 'FLAT' }), 5, 1, null))).toEqual(expected);
    expect(
      inEnglish(annualCharge(book({ model: 'FLAT', flat: { oneOff: 100 } }), 5, 1, null)),
    ).toEqual(expected);
  });

  it('R-CAT-2 a contract price charges seats × price × years, on the contract-price basis', () => {
    expect(annualCharge(book({ model: 'CUSTOM' }), 4, 2, 25_000)).toEqual({
      quantity: 4,
      unitPrice: 25_000,
      amount: 200_000,
      tier: null,
      basis: 'contract price',
    });
  });

  it('R-CAT-2 no contract price in force is INVALID_STATE (an operator must set it), not an invalid input', () => {
    expect(inEnglish(customPriceRefusal(null))).toEqual({
      ok: false,
      refusal: {
        code: 'INVALID_STATE',
        message:
          'This plan is sold at a contract price, and none is in force for this account on this date: an operator must set the contract price (per seat per year) for the account first (R-CAT-2)',
        rules: ['R-CAT-2'],
      },
    });
    expect(customPriceRefusal(undefined)).toMatchObject({ refusal: { code: 'INVALID_STATE' } });
  });

  it('R-CAT-2 R-MONEY-1 a negative contract price is refused, naming the value', () => {
    expect(inEnglish(customPriceRefusal(-1))).toEqual({
      ok: false,
      refusal: {
        code: 'INVALID_INPUT',
        message:
          'The contract price must be a whole, non-negative number of fen, got -1 (R-CAT-2, R-MONEY-1)',
        rules: ['R-CAT-2'],
        field: ['customUnitPrice'],
      },
    });
  });
});

describe('R-CAT-1 resolving the product and plan', () => {
  it('R-CAT-1 an unknown product or plan is refused as NOT_FOUND, naming it and the field', () => {
    expect(inEnglish(resolvePlan(DEMO_CATALOG, 'NOPE', 'STANDARD'))).toEqual({
      ok: false,
      refusal: {
        code: 'NOT_FOUND',
        message:
          'There is no product “NOPE” in the catalog: choose a product from the catalog (R-CAT-1)',
        rules: ['R-CAT-1'],
        field: ['productCode'],
      },
    });
    expect(inEnglish(resolvePlan(DEMO_CATALOG, 'EXMAIL', 'GOLD'))).toEqual({
      ok: false,
      refusal: {
        code: 'NOT_FOUND',
        message:
          "There is no plan “GOLD” in product EXMAIL: choose one of the product's plans (R-CAT-1)",
        rules: ['R-CAT-1'],
        field: ['planCode'],
      },
    });
  });
});
