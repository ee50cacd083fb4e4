import { describe, expect, it } from 'vitest';
import { DEMO_CATALOG } from '../catalog/demo-catalog.js';
import type { ProductCode } from '../core/codes.js';
import type { Outcome, Refusal } from '../explain/results.js';
import { yuan } from '../money/money.js';
import { parseDate } from '../time/business-date.js';
import type { PricedSubscription, SubscriptionMigration } from './priced-subscription.js';
import { removeSeats, type SeatRemoval } from './seat-removal.js';
import { inEnglish } from '../test-support/refusal-english.js';

/** Conditions and explanations of seat removal that a wrong rule would slip past (found by mutation testing). */
const d = parseDate;

const base: PricedSubscription = {
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

const promotion: SubscriptionMigration = {
  fromProductCode: 'EQQ',
  fromPlanCode: 'SEATS',
  upgradedOn: d('2021-11-01'),
  promotion: true,
  legacySeats: 3,
  legacyUnitPrice: yuan(950),
  originalBookId: 'EQQ-2010',
};

const qidian = (migration: SubscriptionMigration, seats = 6): PricedSubscription => ({
  ...base,
  productCode: 'QIDIAN',
  seats,
  migration,
});

function remove(subscription: PricedSubscription, n: number): Outcome<SeatRemoval> {
  return removeSeats({
    catalog: DEMO_CATALOG,
    subscription,
    removeSeats: n,
    date: d('2021-12-10'),
  });
}

function done(result: Outcome<SeatRemoval>): SeatRemoval {
  if (!result.ok) throw new Error(`refused: ${result.refusal.message}`);
  return result;
}

function refusal(result: Outcome<SeatRemoval>): Refusal {
  if (result.ok) throw new Error('expected a refusal');
  return result.refusal;
}

describe('R-SEAT-5 refusals explain what to do', () => {
  it('R-SEAT-5 a seat count to remove that is not a whole number ≥ 1 is refused, echoing it', () => {
    for (const n of [0, -2, 1.5, Number.NaN]) {
      expect(inEnglish(refusal(remove(base, n))), String(n)).toEqual({
        code: 'INVALID_INPUT',
        message: `Seats to remove must be a whole number of at least 1, got ${n} (R-SEAT-5)`,
        rules: ['R-SEAT-5'],
        field: ['seats'],
      });
    }
  });

  it('R-SEAT-5 a subscription not running is refused, naming its state', () => {
    expect(inEnglish(refusal(remove({ ...base, status: 'SUSPENDED' }, 1)))).toEqual({
      code: 'INVALID_STATE',
      message:
        'Seats can be removed only from an ACTIVE subscription or one in grace; this one is SUSPENDED, so no action is needed (R-SEAT-5)',
      rules: ['R-SEAT-5'],
    });
  });

  it('R-CAT-1 a plan or product gone from the catalog is refused, naming the plan', () => {
    expect(inEnglish(refusal(remove({ ...base, planCode: 'GONE' }, 1)))).toEqual({
      code: 'NOT_FOUND',
      message:
        'The plan EQQ/GONE is no longer in the catalog: ask an operator to check the subscription (R-CAT-1)',
      rules: ['R-CAT-1'],
    });
    const noProduct = refusal(remove({ ...base, productCode: 'NOPE' as ProductCode }, 1));
    expect(noProduct.code).toBe('NOT_FOUND');
    expect(noProduct.message).toContain('The plan NOPE/SEATS is no longer in the catalog');
  });

  it('R-SEAT-5 R-CAT-3 going below the minimum is refused, saying how many may be removed', () => {
    expect(inEnglish(refusal(remove(base, 3)))).toEqual({
      code: 'SEAT_LIMIT',
      message:
        "Removing 3 seats from 5 leaves 2, below the plan's minimum of 3: remove at most 2 (R-SEAT-5, R-CAT-3)",
      rules: ['R-SEAT-5', 'R-CAT-3'],
      field: ['seats'],
    });
    expect(done(remove(base, 2)).subscription.seats).toBe(3);
  });

  it('R-SEAT-5 R-CAT-3 a plan without a minimum keeps at least 1 seat', () => {
    const flagship: PricedSubscription = {
      ...base,
      productCode: 'MEETING',
      planCode: 'FLAGSHIP',
      seats: 2,
    };
    expect(done(remove(flagship, 1)).subscription.seats).toBe(1);
    const r = refusal(remove(flagship, 2));
    expect(r.code).toBe('SEAT_LIMIT');
    expect(r.message).toBe(
      "Removing 2 seats from 2 leaves 0, below the plan's minimum of 1: remove at most 1 (R-SEAT-5, R-CAT-3)",
    );
  });
});

describe('R-SEAT-5 R-MIG-4 the new pricing state', () => {
  it('R-SEAT-5 without a migration the rules are R-SEAT-5, R-REF-NONREF and R-CAT-3 only', () => {
    expect(done(remove(base, 1)).rules).toEqual(['R-SEAT-5', 'R-REF-NONREF', 'R-CAT-3']);
  });

  it('R-SEAT-5 R-MIG-4 an upgrade without the promotion keeps its migration record untouched', () => {
    const late = { ...promotion, promotion: false, legacySeats: 0 };
    const result = done(remove(qidian(late), 1));
    expect(result.subscription).toEqual({ ...qidian(late), seats: 5 });
    expect(result.rules).toEqual(['R-SEAT-5', 'R-REF-NONREF', 'R-CAT-3']);
    expect(result.reason).toBe(
      '6 → 5 seats from 2021-12-10, no refund (R-SEAT-5); the next renewal bills 5',
    );
  });

  it('R-MIG-4 under the promotion E drops, P is re-read, and the rules add R-MIG-4', () => {
    const result = done(remove(qidian(promotion, 12), 1));
    expect(result.refund).toBe(0);
    expect(result.rules).toEqual(['R-SEAT-5', 'R-REF-NONREF', 'R-CAT-3', 'R-MIG-4']);
    expect(result.subscription.migration).toEqual({
      ...promotion,
      legacySeats: 2,
      legacyUnitPrice: yuan(950),
    });
    expect(result.reason).toBe(
      '12 → 11 seats from 2021-12-10, no refund (R-SEAT-5); the next renewal bills 11; legacy seats 3 → 2 at ¥950.00 (R-MIG-4: EQQ-2010, tier 11–20)',
    );
  });

  it('R-MIG-4 when the original book cannot be found P is kept, and the reason says so', () => {
    const unknownBook = { ...promotion, originalBookId: 'EQQ-1990' };
    const result = done(remove(qidian(unknownBook), 1));
    expect(result.subscription.migration).toEqual({ ...unknownBook, legacySeats: 2 });
    expect(result.reason).toBe(
      '6 → 5 seats from 2021-12-10, no refund (R-SEAT-5); the next renewal bills 5; legacy seats 3 → 2 at ¥950.00 (R-MIG-4: kept)',
    );
    const unknownProduct = { ...promotion, fromProductCode: 'GONE' as ProductCode };
    const gone = done(remove(qidian(unknownProduct), 1));
    expect(gone.subscription.migration?.legacyUnitPrice).toBe(yuan(950));
    expect(gone.reason.endsWith('(R-MIG-4: kept)')).toBe(true);
  });
});
