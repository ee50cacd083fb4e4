import type { ProductCode, SubscriptionStatus } from '../core/codes.js';
import type { Fen } from '../money/money.js';
import type { BusinessDate } from '../time/business-date.js';

/**
 * The tier at which a purchase (opening, add-seat or renewal) was priced. R-MIG-2 reads the
 * last one at upgrade time. `tierMinSeats` is null for plans without tiers (flat, free, custom).
 */
export interface LastPurchase {
  readonly bookId: string;
  readonly tierMinSeats: number | null;
  readonly annualUnitPrice: Fen;
}

/** R-LEGACY-1, R-LEGACY-2 rights of a customer who opened under a book that grants them. */
export interface LegacyRightsUsed {
  /** R-LEGACY-1: set by the first renewal, whatever book priced it. */
  readonly firstRenewalUsed: boolean;
  /** R-LEGACY-2: set by the first add-seat purchase, whatever book priced it. */
  readonly addSeatPurchaseUsed: boolean;
}

/** R-MIG-1, R-MIG-2, R-MIG-4: what an upgrade recorded. */
export interface SubscriptionMigration {
  readonly fromProductCode: ProductCode;
  readonly fromPlanCode: string;
  readonly upgradedOn: BusinessDate;
  /** R-MIG-1: upgraded on or before the promotion cut-off (original-price renewal). */
  readonly promotion: boolean;
  /** R-MIG-2, R-MIG-4: E, the seats still renewed at the legacy price (0 without the promotion). */
  readonly legacySeats: number;
  /** R-MIG-2, R-MIG-4: P, the annual unit price of a legacy seat. */
  readonly legacyUnitPrice: Fen;
  /** R-MIG-4: the EQQ price book P is re-read from after a seat reduction. */
  readonly originalBookId: string;
}

/**
 * Everything the pricing rules need to know about a subscription. The API persists exactly
 * these fields; pricing results return the next value of it (`subscription`), to store when
 * the order is fulfilled. `status` belongs to the lifecycle rules: pricing reads it, never
 * changes it.
 */
export interface PricedSubscription {
  readonly productCode: ProductCode;
  readonly planCode: string;
  /** Total seats now (R-SEAT-5: lowered at once by a removal). */
  readonly seats: number;
  readonly status: SubscriptionStatus;
  /** Exclusive end of the current period (R-TIME-1); null before activation or for free plans. */
  readonly periodEnd: BusinessDate | null;
  /** Order date of the opening: the book in force then fixes R-LEGACY rights. */
  readonly openedOn: BusinessDate;
  readonly legacy: LegacyRightsUsed;
  readonly lastPurchase: LastPurchase | null;
  readonly migration: SubscriptionMigration | null;
  /** R-CAT-2 `CUSTOM`: the contract price per seat per year set by an operator. */
  readonly customUnitPrice: Fen | null;
}
