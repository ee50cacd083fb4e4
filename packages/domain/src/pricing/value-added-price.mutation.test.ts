import { describe, expect, it } from 'vitest';
import { noBookMessage } from '../catalog/catalog-lookup.js';
import { renderMessage } from '../explain/messages.js';
import type { Catalog, Plan } from '../catalog/catalog-types.js';
import { DEMO_CATALOG } from '../catalog/demo-catalog.js';
import { yuan } from '../money/money.js';
import { parseDate } from '../time/business-date.js';
import { priceValueAdded } from './value-added-price.js';
import { inEnglish } from '../test-support/refusal-english.js';

/** Refusals and descriptions of one-off items that a wrong rule would slip past (found by mutation testing). */
const d = parseDate;
const orderDate = d('2024-03-01');

/** A one-off product with a single plan `ITEM`. */
function vasCatalog(plan: Omit<Plan, 'code' | 'name'>): Catalog {
  return {
    ...DEMO_CATALOG,
    products: [
      {
        code: 'VAS',
        name: 'Value-added',
        oneOff: true,
        plans: [{ code: 'ITEM', name: 'Item', ...plan }],
      },
    ],
  } as Catalog;
}

function price(catalog: Catalog, quantity: number, productCode?: string) {
  return priceValueAdded({
    catalog,
    planCode: productCode === 'EQQ' ? 'SEATS' : 'ITEM',
    quantity,
    orderDate,
    ...(productCode === undefined ? {} : { productCode }),
  });
}

const SOLD_SINGLY = vasCatalog({
  priceBooks: [
    {
      id: 'ITEM-2020',
      effectiveFrom: d('2020-01-01'),
      model: 'FLAT',
      tiers: [],
      flat: { oneOff: yuan(50) },
    },
  ],
});

describe('R-CAT-2 one-off items', () => {
  it('R-CAT-2 a subscription product is refused, naming the product code and the field', () => {
    expect(inEnglish(price(DEMO_CATALOG, 1, 'EQQ'))).toEqual({
      ok: false,
      refusal: {
        code: 'INVALID_INPUT',
        message:
          'EQQ is a subscription product, not a one-off item: open it with openSubscription instead (R-CAT-2)',
        rules: ['R-CAT-2'],
        field: ['productCode'],
      },
    });
  });

  it('R-CAT-2 a quantity outside 1–1,000 is refused, naming the value', () => {
    expect(inEnglish(price(SOLD_SINGLY, 1001))).toEqual({
      ok: false,
      refusal: {
        code: 'INVALID_INPUT',
        message: 'The quantity must be a whole number from 1 to 1000, got 1001 (R-CAT-2)',
        rules: ['R-CAT-2'],
        field: ['quantity'],
      },
    });
  });

  it('R-CAT-2 an item sold without a unit is bought one at a time', () => {
    expect(inEnglish(price(SOLD_SINGLY, 2))).toEqual({
      ok: false,
      refusal: {
        code: 'INVALID_INPUT',
        message:
          'Item is bought one at a time, got a quantity of 2: the quantity must be 1 (R-CAT-2)',
        rules: ['R-CAT-2'],
        field: ['quantity'],
      },
    });
    const one = price(SOLD_SINGLY, 1);
    expect(one.ok && one.total).toBe(yuan(50));
    expect(one.ok && one.lines[0]?.description).toBe('1 × Item × ¥50.00');
  });

  it('R-CAT-1 no price book in force on the order date is refused as NOT_FOUND', () => {
    const later = vasCatalog({
      unit: '1 pack',
      priceBooks: [
        {
          id: 'ITEM-2030',
          effectiveFrom: d('2030-01-01'),
          model: 'FLAT',
          tiers: [],
          flat: { oneOff: 100 },
        },
      ],
    });
    const plan = later.products[0]?.plans[0] as Plan;
    expect(inEnglish(price(later, 1))).toEqual({
      ok: false,
      refusal: {
        code: 'NOT_FOUND',
        message: renderMessage(noBookMessage(plan, orderDate), 'en'),
        rules: ['R-CAT-1'],
      },
    });
  });

  it('R-CAT-2 a price book without a one-off price is refused as NOT_FOUND', () => {
    const expected = {
      ok: false,
      refusal: {
        code: 'NOT_FOUND',
        message:
          'Price book ITEM-2020 has no one-off price: ask an operator to correct the price book (R-CAT-2)',
        rules: ['R-CAT-2'],
      },
    };
    const noFlat = vasCatalog({
      unit: '1 pack',
      priceBooks: [{ id: 'ITEM-2020', effectiveFrom: d('2020-01-01'), model: 'FLAT', tiers: [] }],
    });
    expect(inEnglish(price(noFlat, 1))).toEqual(expected);
    const annualOnly = vasCatalog({
      unit: '1 pack',
      priceBooks: [
        {
          id: 'ITEM-2020',
          effectiveFrom: d('2020-01-01'),
          model: 'FLAT',
          tiers: [],
          flat: { annual: 100 },
        },
      ],
    });
    expect(inEnglish(price(annualOnly, 1))).toEqual(expected);
  });
});
