import {
  findPlan,
  findPriceBookById,
  findProduct,
  tierFor,
  tierLabel,
} from '../catalog/catalog-lookup.js';
import type { Catalog } from '../catalog/catalog-types.js';
import { msg } from '../explain/messages.js';
import { refuse, type Outcome } from '../explain/results.js';
import type { RuleId } from '../explain/rules.js';
import type { Fen } from '../money/money.js';
import type { BusinessDate } from '../time/business-date.js';
import type { SubscriptionMigration, PricedSubscription } from './priced-subscription.js';
import { cny } from './pricing-text.js';

export interface SeatRemovalInput {
  readonly catalog: Catalog;
  readonly subscription: PricedSubscription;
  /** Seats to remove (停用工号). */
  readonly removeSeats: number;
  readonly date: BusinessDate;
}

export interface SeatRemoval {
  /** R-SEAT-5: removing seats never refunds. Always 0. */
  readonly refund: Fen;
  readonly rules: readonly RuleId[];
  readonly reason: string;
  /** The new pricing state, effective at once: fewer seats, and R-MIG-4's E and P. */
  readonly subscription: PricedSubscription;
}

const SEAT_5: readonly RuleId[] = ['R-SEAT-5'];
const SEAT_5_LIMIT: readonly RuleId[] = ['R-SEAT-5', 'R-CAT-3'];
const REMOVE_RULES: readonly RuleId[] = ['R-SEAT-5', 'R-REF-NONREF', 'R-CAT-3'];
const REMOVE_RULES_MIG: readonly RuleId[] = [...REMOVE_RULES, 'R-MIG-4'];

/**
 * R-SEAT-5: removing seats drops the count now, refunds nothing, and the next renewal bills
 * the lower count; the total cannot go below `minSeats`. R-MIG-4: under the promotion E drops by
 * the number removed (never below 0) and P is re-read from the original EQQ book at the tier of
 * the new total. Example: E = 3, total 6, remove 1 → total 5, E = 2, P = 1,000.
 */
export function removeSeats(input: SeatRemovalInput): Outcome<SeatRemoval> {
  const { catalog, subscription, removeSeats: removed, date } = input;
  if (!Number.isSafeInteger(removed) || removed < 1) {
    return refuse('INVALID_INPUT', msg('removeSeats.notWhole', { got: removed }), SEAT_5, [
      'seats',
    ]);
  }
  // Decision: seats can be removed while the service runs (ACTIVE or GRACE), not otherwise.
  if (subscription.status !== 'ACTIVE' && subscription.status !== 'GRACE') {
    return refuse(
      'INVALID_STATE',
      msg('removeSeats.state', { status: { status: subscription.status } }),
      SEAT_5,
    );
  }
  const product = findProduct(catalog, subscription.productCode);
  const plan = product === undefined ? undefined : findPlan(product, subscription.planCode);
  if (plan === undefined) {
    return refuse(
      'NOT_FOUND',
      msg('catalog.planGone', {
        productCode: subscription.productCode,
        planCode: subscription.planCode,
      }),
      ['R-CAT-1'],
    );
  }
  const seats = subscription.seats - removed;
  const min = plan.minSeats ?? 1;
  if (seats < min) {
    return refuse(
      'SEAT_LIMIT',
      msg('removeSeats.belowMin', {
        seats: removed,
        current: subscription.seats,
        total: seats,
        min,
        room: subscription.seats - min,
      }),
      SEAT_5_LIMIT,
      ['seats'],
    );
  }
  const base = `${subscription.seats} → ${seats} seats from ${date}, no refund (R-SEAT-5); the next renewal bills ${seats}`;
  const migration = subscription.migration;
  if (migration === null || !migration.promotion) {
    return {
      ok: true,
      refund: 0,
      rules: REMOVE_RULES,
      reason: base,
      subscription: { ...subscription, seats },
    };
  }

  const legacySeats = Math.max(0, migration.legacySeats - removed);
  const fromProduct = findProduct(catalog, migration.fromProductCode);
  const original =
    fromProduct === undefined
      ? undefined
      : findPriceBookById(fromProduct, migration.originalBookId);
  const tier = original === undefined ? undefined : tierFor(original, seats);
  // Books are never deleted (R-CAT-1); should the tier be missing all the same, P is kept.
  const legacyUnitPrice = tier === undefined ? migration.legacyUnitPrice : tier.annualUnitPrice;
  const source = tier === undefined ? 'kept' : `${migration.originalBookId}, ${tierLabel(tier)}`;
  const next: SubscriptionMigration = { ...migration, legacySeats, legacyUnitPrice };
  return {
    ok: true,
    refund: 0,
    rules: REMOVE_RULES_MIG,
    reason: `${base}; legacy seats ${migration.legacySeats} → ${legacySeats} at ${cny(legacyUnitPrice)} (R-MIG-4: ${source})`,
    subscription: { ...subscription, seats, migration: next },
  };
}
