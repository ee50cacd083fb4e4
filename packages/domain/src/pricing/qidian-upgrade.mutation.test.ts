import { describe, expect, it } from 'vitest';
import type { Catalog, Product } from '../catalog/catalog-types.js';
import { DEMO_CATALOG } from '../catalog/demo-catalog.js';
import { yuan } from '../money/money.js';
import { parseDate } from '../time/business-date.js';
import type { PricedSubscription } from './priced-subscription.js';
import { upgradeToQidian } from './qidian-upgrade.js';
import { inEnglish } from '../test-support/refusal-english.js';

/** Refusals, legacy prices and reasons of the Qidian upgrade that a wrong rule would slip past (found by mutation testing). */
const d = parseDate;

/** An EQQ customer with 3 seats bought at 1,000 (EQQ-2010, tier 3–10), period end 2022-05-01. */
function eqq(overrides: Partial<PricedSubscription> = {}): PricedSubscription {
  return {
    productCode: 'EQQ',
    planCode: 'SEATS',
    seats: 3,
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

function catalogWith(change: (product: Product) => Product | null): Catalog {
  const products: Product[] = [];
  for (const product of DEMO_CATALOG.products) {
    const changed = change(product);
    if (changed !== null) products.push(changed);
  }
  return { ...DEMO_CATALOG, products };
}

function run(subscription: PricedSubscription, date = '2021-11-01', catalog = DEMO_CATALOG) {
  return upgradeToQidian({ catalog, subscription, date: d(date) });
}

describe('R-MIG-1 who can be upgraded', () => {
  it('R-MIG-1 a product without an upgrade path, or not in the catalog, is refused naming the subscription', () => {
    const expected = (code: string) => ({
      ok: false,
      refusal: {
        code: 'INVALID_INPUT',
        message: `${code} subscriptions have no upgrade path: only an EQQ subscription can be upgraded (R-MIG-1)`,
        rules: ['R-MIG-1'],
        field: ['subscriptionId'],
      },
    });
    expect(inEnglish(run(eqq({ productCode: 'QIDIAN' })))).toEqual(expected('QIDIAN'));
    expect(
      inEnglish(run(eqq({ productCode: 'NOPE' as PricedSubscription['productCode'] }))),
    ).toEqual(expected('NOPE'));
  });

  it('R-MIG-1 a subscription neither ACTIVE nor in grace is refused, naming its status', () => {
    expect(inEnglish(run(eqq({ status: 'RECYCLED' })))).toEqual({
      ok: false,
      refusal: {
        code: 'INVALID_STATE',
        message:
          'Only an ACTIVE subscription or one in grace can be upgraded; this one is RECYCLED: open a new subscription instead (R-MIG-1)',
        rules: ['R-MIG-1'],
      },
    });
  });

  it('R-CAT-4 R-MIG-1 once the EQQ service has ended the refusal gives the end date', () => {
    expect(inEnglish(run(eqq(), '2022-01-31'))).toEqual({
      ok: false,
      refusal: {
        code: 'PRODUCT_SUNSET',
        message:
          'Enterprise QQ service ended on 2022-01-31, so it can no longer be upgraded: open a new subscription instead (R-CAT-4)',
        rules: ['R-CAT-4', 'R-MIG-1'],
      },
    });
  });

  it('R-MIG-1 an upgrade product or plan missing from the catalog is refused as NOT_FOUND', () => {
    const expected = {
      ok: false,
      refusal: {
        code: 'NOT_FOUND',
        message:
          'The upgrade plan QIDIAN/SEATS is not in the catalog: ask an operator to publish it (R-MIG-1)',
        rules: ['R-MIG-1'],
      },
    };
    const noQidian = catalogWith((p) => (p.code === 'QIDIAN' ? null : p));
    expect(inEnglish(run(eqq(), '2021-11-01', noQidian))).toEqual(expected);
    const noPlan = catalogWith((p) => (p.code === 'QIDIAN' ? { ...p, plans: [] } : p));
    expect(inEnglish(run(eqq(), '2021-11-01', noPlan))).toEqual(expected);
  });

  it('R-CAT-3 R-MIG-1 a seat count outside the Qidian plan limits is refused', () => {
    const result = run(eqq({ seats: 2 }));
    expect(result.ok).toBe(false);
    expect(!result.ok && result.refusal.code).toBe('SEAT_LIMIT');
  });
});

describe('R-MIG-2 the legacy price P', () => {
  it('R-MIG-2 P is taken from the last EQQ purchase when there is one, not from the opening book', () => {
    const result = run(
      eqq({ lastPurchase: { bookId: 'EQQ-2000', tierMinSeats: 3, annualUnitPrice: yuan(800) } }),
    );
    expect(result.ok && result.subscription.migration).toMatchObject({
      legacyUnitPrice: yuan(800),
      originalBookId: 'EQQ-2000',
    });
  });

  it('R-MIG-2 without a last purchase and without the plan, or a tier for the seats, it is refused as NOT_FOUND', () => {
    const expected = {
      ok: false,
      refusal: {
        code: 'NOT_FOUND',
        message:
          "No record of the last EQQ purchase to take the legacy price from: ask an operator to check the subscription's orders (R-MIG-2)",
        rules: ['R-MIG-2'],
      },
    };
    expect(inEnglish(run(eqq({ lastPurchase: null, planCode: 'NOPE' })))).toEqual(expected);
    // The opening book has tiers for 3–10 seats only: 15 seats have no tier.
    const shortTiers = catalogWith((p) =>
      p.code !== 'EQQ'
        ? p
        : {
            ...p,
            plans: p.plans.map((plan) => ({
              ...plan,
              priceBooks: plan.priceBooks.map((book) => ({
                ...book,
                tiers: book.tiers.filter((tier) => tier.minSeats === 3 && tier.maxSeats === 10),
              })),
            })),
          },
    );
    expect(
      inEnglish(run(eqq({ lastPurchase: null, seats: 15 }), '2021-11-01', shortTiers)),
    ).toEqual(expected);
  });
});

describe('R-MIG-1 the reason and rules of an upgrade', () => {
  it('R-MIG-1 R-MIG-2 with the promotion the rules name R-MIG-2', () => {
    const result = run(eqq(), '2021-12-31');
    expect(result.ok && result.rules).toEqual(['R-MIG-1', 'R-MIG-2', 'R-CAT-3']);
    expect(result.ok && result.lines[0]?.rules).toEqual(['R-MIG-1', 'R-MIG-2', 'R-CAT-3']);
  });

  it('R-MIG-1 after the cut-off the reason says there is no promotion, and the rules do not name R-MIG-2', () => {
    const result = run(eqq(), '2022-01-01');
    expect(result.ok && result.reason).toBe(
      '3 seats moved from EQQ to QIDIAN, period end 2022-05-01 kept (R-MIG-1: upgraded on 2022-01-01, after 2021-12-31: no original-price promotion)',
    );
    expect(result.ok && result.rules).toEqual(['R-MIG-1', 'R-CAT-3']);
  });
});
