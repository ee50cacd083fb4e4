import { describe, expect, it } from 'vitest';
import { DEMO_CATALOG } from '../catalog/demo-catalog.js';
import type { ProductCode } from '../core/codes.js';
import type { Outcome, Refusal } from '../explain/results.js';
import { yuan } from '../money/money.js';
import { parseDate } from '../time/business-date.js';
import { priceOpening, type OpeningInput, type OpeningPrice } from './opening-price.js';
import { inEnglish } from '../test-support/refusal-english.js';

/** Conditions and explanations of opening prices that a wrong rule would slip past (found by mutation testing). */
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

const OPENING_RULES = ['R-OPEN-1', 'R-CAT-1', 'R-CAT-2', 'R-CAT-3'];

describe('R-OPEN-1 refusals explain what to do', () => {
  it('R-OPEN-1 R-CAT-2 a value-added item is refused in full: the product, the way to buy it, the field', () => {
    expect(inEnglish(refusal(open({ productCode: 'VAS', planCode: 'SMS', seats: 1 })))).toEqual({
      code: 'INVALID_INPUT',
      message:
        'VAS items are one-off purchases, not subscriptions: buy them with buyValueAdded (R-CAT-2)',
      rules: ['R-CAT-2'],
      field: ['productCode'],
    });
  });

  it('R-OPEN-1 years outside 1 to 3 are refused naming R-OPEN-1; 3 years are allowed', () => {
    expect(inEnglish(refusal(open({ years: 4 })))).toEqual({
      code: 'INVALID_INPUT',
      message: 'This purchase takes 1 to 3 years, got 4: choose 1 to 3 years (R-OPEN-1)',
      rules: ['R-OPEN-1'],
      field: ['years'],
    });
    expect(priced(open({ years: 3 })).years).toBe(3);
  });

  it('R-OPEN-1 R-CAT-4 a sunset product is refused naming the date and R-CAT-4', () => {
    expect(refusal(open({ orderDate: d('2021-10-28') }))).toEqual({
      code: 'PRODUCT_SUNSET',
      message:
        'Enterprise QQ takes no new purchases on or after 2021-10-28: choose another product (R-CAT-4)',
      text: {
        key: 'refusal.sunset',
        params: {
          product: { catalog: { product: 'EQQ', name: 'Enterprise QQ' } },
          date: '2021-10-28',
        },
      },
      rules: ['R-CAT-4'],
      field: ['productCode'],
    });
  });

  it('R-OPEN-1 R-CAT-1 no book in force on the order date → NOT_FOUND naming the plan and the date', () => {
    expect(inEnglish(refusal(open({ productCode: 'QIDIAN', orderDate: d('2020-12-31') })))).toEqual(
      {
        code: 'NOT_FOUND',
        message:
          'No price book of plan SEATS is in force on 2020-12-31: choose a later date, or ask an operator to publish a price book for it (R-CAT-1)',
        rules: ['R-CAT-1'],
      },
    );
  });
});

describe('R-OPEN-1 the price and its explanation', () => {
  it('R-OPEN-1 the result carries every rule it applied, the years, the model and the unit price', () => {
    const result = priced(open({ seats: 11, years: 2 }));
    expect(result.rules).toEqual(OPENING_RULES);
    expect(result.lines.map((l) => l.rules)).toEqual([OPENING_RULES]);
    expect(result.years).toBe(2);
    expect(result.model).toBe('PER_SEAT_VOLUME');
    expect(result.unitPrice).toBe(yuan(950));
    expect(result.reason).toBe(
      '11 seats × ¥950.00 × 2 years = ¥20,900.00 (R-OPEN-1: price book EQQ-2010 in force on 2021-04-20, tier 11–20)',
    );
  });

  it('R-OPEN-1 R-CAT-2 a flat plan for several hosts is one item described by the plan name', () => {
    const result = priced(
      open({ productCode: 'MEETING', planCode: 'FLAGSHIP', seats: 2, years: 1 }),
    );
    expect(result.total).toBe(yuan(3000));
    expect(result.lines[0]).toMatchObject({
      description: 'Meeting Flagship: ¥3,000.00 × 1 year',
      quantity: 1,
      months: null,
      amount: yuan(3000),
    });
    expect(result.reason).toBe(
      'Meeting Flagship: ¥3,000.00 × 1 year = ¥3,000.00 (R-OPEN-1: price book MEETING-FLAGSHIP-2000 in force on 2021-04-20, flat price)',
    );
    expect(result.model).toBe('FLAT');
    expect(result.subscription.lastPurchase).toEqual({
      bookId: 'MEETING-FLAGSHIP-2000',
      tierMinSeats: null,
      annualUnitPrice: yuan(3000),
    });
  });

  it('R-OPEN-1 R-CAT-2 a free plan is described per seat at ¥0.00', () => {
    const free = priced(open({ productCode: 'EXMAIL', planCode: 'FREE', seats: 20 }));
    expect(free.reason).toBe(
      '20 seats × ¥0.00 × 1 year = ¥0.00 (R-OPEN-1: price book EXMAIL-FREE-2000 in force on 2021-04-20, free plan)',
    );
  });

  it('R-OPEN-1 R-CAT-2 a contract-priced plan records the contract price, not a tier', () => {
    const result = priced(
      open({
        productCode: 'MEETING' as ProductCode,
        planCode: 'ENTERPRISE',
        seats: 10,
        customUnitPrice: yuan(480),
      }),
    );
    expect(result.subscription.lastPurchase).toEqual({
      bookId: 'MEETING-ENTERPRISE-2000',
      tierMinSeats: null,
      annualUnitPrice: yuan(480),
    });
    expect(result.lines[0]?.description).toBe('10 seats × ¥480.00 × 1 year');
  });
});
