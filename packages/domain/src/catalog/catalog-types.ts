import type { ProductCode } from '../core/codes.js';
import type { Fen } from '../money/money.js';
import type { BusinessDate } from '../time/business-date.js';

/** R-CAT-2: how a price book charges. */
export type PricingModel = 'PER_SEAT_VOLUME' | 'FLAT' | 'FREE' | 'CUSTOM';

/**
 * One tier of a `PER_SEAT_VOLUME` book (R-CAT-2): the whole seat count is priced at the tier
 * that contains the total. `maxSeats: null` means no upper bound.
 */
export interface PriceTier {
  readonly minSeats: number;
  readonly maxSeats: number | null;
  readonly annualUnitPrice: Fen;
  readonly monthlyUnitPrice: Fen;
}

/** Prices of a `FLAT` book: per billing period, or `oneOff` for value-added items. */
export interface FlatPrices {
  readonly annual?: Fen;
  readonly monthly?: Fen;
  readonly oneOff?: Fen;
}

/**
 * R-CAT-1: a dated price book. Never deleted: customers keep rights tied to old books
 * (R-LEGACY). `tiers` is empty unless the model is `PER_SEAT_VOLUME`; `flat` is set only for
 * `FLAT`.
 */
export interface PriceBook {
  /** Stable id, persisted with every purchase priced from it (e.g. `EQQ-2010`). */
  readonly id: string;
  readonly effectiveFrom: BusinessDate;
  readonly model: PricingModel;
  readonly tiers: readonly PriceTier[];
  readonly flat?: FlatPrices;
  /**
   * R-LEGACY-1, R-LEGACY-2: customers who opened under this book get their first renewal and one
   * add-seat purchase at it, even after a newer book is in force.
   */
  readonly grantsLegacyRights?: boolean;
}

/** A plan (edition) of a product, with its seat limits (R-CAT-3) and price books (R-CAT-1). */
export interface Plan {
  readonly code: string;
  readonly name: string;
  readonly minSeats?: number;
  readonly maxSeats?: number;
  /** What one unit of a one-off item buys (value-added services), e.g. "1,000 SMS". */
  readonly unit?: string;
  readonly priceBooks: readonly PriceBook[];
}

/** R-CAT-4: a product being withdrawn. */
export interface Sunset {
  /** No renewal or new purchase on or after this date. */
  readonly renewalsEndOn: BusinessDate;
  /** Every subscription of the product ends on this date. */
  readonly serviceEndsOn: BusinessDate;
}

/** R-MIG-1: where a product's subscriptions can be upgraded to, and the promotion's cut-off. */
export interface UpgradePath {
  readonly toProductCode: ProductCode;
  readonly toPlanCode: string;
  /** Upgrades completed on or before this date join the original-price promotion. */
  readonly promotionUpgradeBy: BusinessDate;
}

export interface Product {
  readonly code: ProductCode;
  readonly name: string;
  readonly sunset?: Sunset;
  /** R-RENEW-2: most years one renewal may buy (EQQ: 1; default 3). */
  readonly maxRenewalYears?: number;
  readonly upgrade?: UpgradePath;
  /** Value-added services: plans are one-off purchases, not subscriptions (section 1.4). */
  readonly oneOff?: boolean;
  readonly plans: readonly Plan[];
}

export interface Catalog {
  readonly products: readonly Product[];
}

/** R-CAT-4: where a product stands on a date. */
export type SunsetState = 'AVAILABLE' | 'RENEWALS_ENDED' | 'SERVICE_ENDED';
