import { describe, expect, it } from 'vitest';
import { DEMO_CATALOG } from '../catalog/demo-catalog.js';
import type { Outcome } from '../explain/results.js';
import { yuan } from '../money/money.js';
import { parseDate } from '../time/business-date.js';
import { priceAddSeats } from './add-seats-price.js';
import type { PricedSubscription } from './priced-subscription.js';
import { upgradeToQidian } from './qidian-upgrade.js';
import { priceRenewal } from './renewal-price.js';
import { removeSeats } from './seat-removal.js';

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

function value<T extends object>(result: Outcome<T>): T {
  if (!result.ok) throw new Error(`refused: ${result.refusal.message}`);
  return result;
}

function upgrade(subscription: PricedSubscription, date: string): PricedSubscription {
  return value(upgradeToQidian({ catalog: DEMO_CATALOG, subscription, date: d(date) }))
    .subscription;
}

function renewalTotal(subscription: PricedSubscription, date: string, years = 1): number {
  return value(priceRenewal({ catalog: DEMO_CATALOG, subscription, years, date: d(date) })).total;
}

describe('R-MIG-1 upgrade EQQ → Qidian', () => {
  it('R-MIG-1 keeps the seats and the period end, at no charge', () => {
    const result = value(
      upgradeToQidian({
        catalog: DEMO_CATALOG,
        subscription: eqq({ seats: 7 }),
        date: d('2021-11-15'),
      }),
    );
    expect(result.total).toBe(0);
    expect(result.subscription).toMatchObject({
      productCode: 'QIDIAN',
      planCode: 'SEATS',
      seats: 7,
      periodEnd: '2022-05-01',
      status: 'ACTIVE',
    });
    expect(result.rules).toContain('R-MIG-1');
    expect(result.lines[0]?.amount).toBe(0);
  });

  it('R-MIG-1 completed on 2021-12-31 joins the promotion; on 2022-01-01 it does not', () => {
    const onCutOff = value(
      upgradeToQidian({ catalog: DEMO_CATALOG, subscription: eqq(), date: d('2021-12-31') }),
    );
    expect(onCutOff.promotion).toBe(true);
    expect(onCutOff.reason).toBe(
      '3 seats moved from EQQ to QIDIAN, period end 2022-05-01 kept (R-MIG-1: upgraded on 2021-12-31, on or before 2021-12-31: original-price promotion; R-MIG-2: 3 seats at ¥1,000.00 per year from EQQ-2010)',
    );
    const late = value(
      upgradeToQidian({ catalog: DEMO_CATALOG, subscription: eqq(), date: d('2022-01-01') }),
    );
    expect(late.promotion).toBe(false);
    expect(late.subscription.migration).toMatchObject({ promotion: false, legacySeats: 0 });
    // Without the promotion every seat renews at the Qidian market price.
    expect(renewalTotal(late.subscription, '2022-04-20')).toBe(yuan(3600));
  });

  it('R-MIG-1 refusals: not EQQ → INVALID_INPUT; recycled → INVALID_STATE; from 2022-01-31 → PRODUCT_SUNSET', () => {
    const qidian = upgrade(eqq(), '2021-11-01');
    const again = upgradeToQidian({
      catalog: DEMO_CATALOG,
      subscription: qidian,
      date: d('2021-11-02'),
    });
    expect(!again.ok && again.refusal.code).toBe('INVALID_INPUT');
    const recycled = upgradeToQidian({
      catalog: DEMO_CATALOG,
      subscription: eqq({ status: 'RECYCLED' }),
      date: d('2021-11-02'),
    });
    expect(!recycled.ok && recycled.refusal.code).toBe('INVALID_STATE');
    const ended = upgradeToQidian({
      catalog: DEMO_CATALOG,
      subscription: eqq(),
      date: d('2022-01-31'),
    });
    expect(!ended.ok && ended.refusal.code).toBe('PRODUCT_SUNSET');
    const lastDay = upgradeToQidian({
      catalog: DEMO_CATALOG,
      subscription: eqq({ status: 'GRACE' }),
      date: d('2022-01-30'),
    });
    expect(lastDay.ok).toBe(true);
  });
});

describe('R-MIG-2 legacy seats E and legacy price P', () => {
  it('R-MIG-2 E = seats at upgrade; P = annual price of the tier of the last EQQ purchase', () => {
    const migrated = upgrade(
      eqq({
        seats: 12,
        lastPurchase: { bookId: 'EQQ-2010', tierMinSeats: 11, annualUnitPrice: yuan(950) },
      }),
      '2021-11-01',
    );
    expect(migrated.migration).toEqual({
      fromProductCode: 'EQQ',
      fromPlanCode: 'SEATS',
      upgradedOn: '2021-11-01',
      promotion: true,
      legacySeats: 12,
      legacyUnitPrice: yuan(950),
      originalBookId: 'EQQ-2010',
    });
  });

  it('R-MIG-2 the LAST purchase counts: opened at 3 (1,000), then grown to 11 by an add-seat purchase → P = 950', () => {
    const added = value(
      priceAddSeats({
        catalog: DEMO_CATALOG,
        subscription: eqq(),
        addSeats: 8,
        date: d('2021-06-01'),
      }),
    );
    const migrated = upgrade(added.subscription, '2021-11-01');
    expect(migrated.migration).toMatchObject({ legacySeats: 11, legacyUnitPrice: yuan(950) });
  });

  it('R-MIG-2 a legacy-priced last purchase (EQQ-2000, 800) carries its price', () => {
    const migrated = upgrade(
      eqq({
        openedOn: d('2009-04-20'),
        lastPurchase: { bookId: 'EQQ-2000', tierMinSeats: 3, annualUnitPrice: yuan(800) },
      }),
      '2021-11-01',
    );
    expect(migrated.migration).toMatchObject({
      legacyUnitPrice: yuan(800),
      originalBookId: 'EQQ-2000',
    });
  });

  it('R-MIG-2 without a recorded last purchase, P comes from the opening book at the current seats', () => {
    const migrated = upgrade(eqq({ seats: 15, lastPurchase: null }), '2021-11-01');
    expect(migrated.migration).toMatchObject({
      legacyUnitPrice: yuan(950),
      originalBookId: 'EQQ-2010',
    });
  });
});

describe('R-MIG-3 promotion renewal = E × P + (total − E) × Qidian tier price for the total', () => {
  it('R-MIG-3 R-MIG-4 spec: 3 seats at 1,000 + 3 Qidian seats → 6,600; remove 1 → 5,600', () => {
    const migrated = upgrade(eqq(), '2021-11-01');
    const grown = value(
      priceAddSeats({
        catalog: DEMO_CATALOG,
        subscription: migrated,
        addSeats: 3,
        date: d('2021-11-10'),
      }),
    );
    expect(grown.subscription.seats).toBe(6);
    expect(grown.subscription.migration?.legacySeats).toBe(3); // E never grows
    const renewal = value(
      priceRenewal({
        catalog: DEMO_CATALOG,
        subscription: grown.subscription,
        years: 1,
        date: d('2022-04-20'),
      }),
    );
    expect(renewal.total).toBe(yuan(6600));
    expect(renewal.promotionUsed).toBe(true);
    expect(renewal.lines.map((l) => [l.description, l.quantity, l.unitPrice, l.amount])).toEqual([
      ['3 legacy seats × ¥1,000.00 × 1 year', 3, yuan(1000), yuan(3000)],
      ['3 seats × ¥1,200.00 × 1 year', 3, yuan(1200), yuan(3600)],
    ]);
    expect(renewal.reason).toBe(
      '(3 legacy seats × ¥1,000.00 + 3 seats × ¥1,200.00) × 1 year = ¥6,600.00 (R-MIG-3: original-price promotion, market tier 3–10 of price book QIDIAN-2021; R-RENEW-2: 2022-05-01 to 2023-05-01)',
    );
    expect(renewal.rules).toEqual(expect.arrayContaining(['R-MIG-3', 'R-RENEW-2']));

    const removed = value(
      removeSeats({
        catalog: DEMO_CATALOG,
        subscription: grown.subscription,
        removeSeats: 1,
        date: d('2022-01-10'),
      }),
    );
    expect(removed.refund).toBe(0);
    expect(removed.subscription.seats).toBe(5);
    expect(removed.subscription.migration).toMatchObject({
      legacySeats: 2,
      legacyUnitPrice: yuan(1000),
    });
    expect(removed.reason).toBe(
      '6 → 5 seats from 2022-01-10, no refund (R-SEAT-5); the next renewal bills 5; legacy seats 3 → 2 at ¥1,000.00 (R-MIG-4: EQQ-2010, tier 3–10)',
    );
    expect(renewalTotal(removed.subscription, '2022-04-20')).toBe(yuan(5600));
  });

  it('R-MIG-3 several years at once at the promotion prices: 2 years → 13,200', () => {
    const grown = value(
      priceAddSeats({
        catalog: DEMO_CATALOG,
        subscription: upgrade(eqq(), '2021-11-01'),
        addSeats: 3,
        date: d('2021-11-10'),
      }),
    );
    expect(renewalTotal(grown.subscription, '2022-04-20', 2)).toBe(yuan(13_200));
  });

  it('R-MIG-3 the promotion holds for every renewal, not only the first', () => {
    const migrated = upgrade(eqq(), '2021-11-01');
    const first = value(
      priceRenewal({
        catalog: DEMO_CATALOG,
        subscription: migrated,
        years: 1,
        date: d('2022-04-20'),
      }),
    );
    expect(first.total).toBe(yuan(3000));
    expect(renewalTotal(first.subscription, '2023-04-20')).toBe(yuan(3000));
  });

  it('R-MIG-3 the market seats use the Qidian tier of the TOTAL: E = 3, total 15 → 3 × 1,000 + 12 × 1,150', () => {
    const grown = value(
      priceAddSeats({
        catalog: DEMO_CATALOG,
        subscription: upgrade(eqq(), '2021-11-01'),
        addSeats: 12,
        date: d('2021-11-10'),
      }),
    );
    expect(renewalTotal(grown.subscription, '2022-04-20')).toBe(yuan(3000 + 12 * 1150));
  });
});

describe('R-MIG-4 seat reductions lower E and re-read P', () => {
  it('R-MIG-4 E never goes below 0: E = 3, total 13, remove 5 → E = 0, renewal 8 × 1,200', () => {
    const grown = value(
      priceAddSeats({
        catalog: DEMO_CATALOG,
        subscription: upgrade(eqq(), '2021-11-01'),
        addSeats: 10,
        date: d('2021-11-10'),
      }),
    );
    const removed = value(
      removeSeats({
        catalog: DEMO_CATALOG,
        subscription: grown.subscription,
        removeSeats: 5,
        date: d('2022-01-10'),
      }),
    );
    expect(removed.subscription.migration?.legacySeats).toBe(0);
    expect(renewalTotal(removed.subscription, '2022-04-20')).toBe(yuan(8 * 1200));
  });

  it('R-MIG-4 P is re-read at the tier of the new total in the original book: 12 at 950, remove 3 → 9 at 1,000', () => {
    const migrated = upgrade(
      eqq({
        seats: 12,
        lastPurchase: { bookId: 'EQQ-2010', tierMinSeats: 11, annualUnitPrice: yuan(950) },
      }),
      '2021-11-01',
    );
    const removed = value(
      removeSeats({
        catalog: DEMO_CATALOG,
        subscription: migrated,
        removeSeats: 3,
        date: d('2022-01-10'),
      }),
    );
    expect(removed.subscription.migration).toMatchObject({
      legacySeats: 9,
      legacyUnitPrice: yuan(1000),
    });
    expect(removed.rules).toContain('R-MIG-4');
  });

  it('R-MIG-4 E never grows: adding seats after a reduction keeps the lowered E', () => {
    const migrated = upgrade(eqq({ seats: 5 }), '2021-11-01');
    const removed = value(
      removeSeats({
        catalog: DEMO_CATALOG,
        subscription: migrated,
        removeSeats: 2,
        date: d('2021-12-01'),
      }),
    );
    const added = value(
      priceAddSeats({
        catalog: DEMO_CATALOG,
        subscription: removed.subscription,
        addSeats: 4,
        date: d('2021-12-10'),
      }),
    );
    expect(added.subscription.migration?.legacySeats).toBe(3);
    expect(added.subscription.seats).toBe(7);
  });
});
