import type { Message } from '../explain/messages.js';
import type { Catalog } from '../catalog/catalog-types.js';
import type { ProductCode, QuoteAction } from '../core/codes.js';
import type { LineItem, Refusal } from '../explain/results.js';
import type { RuleId } from '../explain/rules.js';
import type { Fen } from '../money/money.js';
import { addYears, type BusinessDate } from '../time/business-date.js';
import { priceAddSeats } from '../pricing/add-seats-price.js';
import { priceOpening } from '../pricing/opening-price.js';
import type { PricedSubscription } from '../pricing/priced-subscription.js';
import { priceRenewal } from '../pricing/renewal-price.js';
import { priceValueAdded } from '../pricing/value-added-price.js';

interface QuoteBase {
  readonly catalog: Catalog;
  /** The date the quote is for ("today", or the account's test clock). */
  readonly asOf: BusinessDate;
}

export interface NewSubscriptionQuoteRequest extends QuoteBase {
  readonly action: 'NEW_SUBSCRIPTION';
  readonly productCode: ProductCode;
  readonly planCode: string;
  readonly seats: number;
  readonly years: number;
  readonly customUnitPrice?: Fen | null;
}

export interface AddSeatsQuoteRequest extends QuoteBase {
  readonly action: 'ADD_SEATS';
  readonly subscription: PricedSubscription;
  /** Seats to add. */
  readonly seats: number;
}

export interface RenewalQuoteRequest extends QuoteBase {
  readonly action: 'RENEWAL';
  readonly subscription: PricedSubscription;
  readonly years: number;
}

export interface ValueAddedQuoteRequest extends QuoteBase {
  readonly action: 'VALUE_ADDED';
  /** A plan of the one-off product `VAS`. */
  readonly planCode: string;
  readonly quantity: number;
}

export type QuoteRequest =
  NewSubscriptionQuoteRequest | AddSeatsQuoteRequest | RenewalQuoteRequest | ValueAddedQuoteRequest;

/**
 * A price preview (the API's `Quote`). A quote the rules refuse has `total: null` and the
 * refusal in `refusals`.
 */
export interface Quote {
  readonly action: QuoteAction;
  readonly total: Fen | null;
  readonly lines: readonly LineItem[];
  readonly periodStart: BusinessDate | null;
  readonly periodEnd: BusinessDate | null;
  readonly rules: readonly RuleId[];
  readonly reason: string;
  /** The reason as a message key and parameters, where it has one, for other languages. */
  readonly reasonMessage?: Message;
  readonly refusals: readonly Refusal[];
}

const NO_LINES: readonly LineItem[] = [];
const NO_REFUSALS: readonly Refusal[] = [];

function refused(action: QuoteAction, refusal: Refusal): Quote {
  return {
    action,
    total: null,
    lines: NO_LINES,
    periodStart: null,
    periodEnd: null,
    rules: refusal.rules,
    reason: refusal.message,
    // The refusal's own message, where it has one: the reason in the caller's language too.
    reasonMessage: refusal.text,
    refusals: [refusal],
  };
}

/**
 * One entry point for the API's `quote` query: prices a new subscription (R-OPEN-1), added
 * seats (R-SEAT-1, R-SEAT-2, R-SEAT-3, R-SEAT-4), a renewal (R-RENEW-2, R-RENEW-3, R-LEGACY-1,
 * R-MIG-3) or a value-added item (R-CAT-2, R-REF-NONREF) as of `asOf`, with no side effect; a
 * one-off item has no period. A new subscription's period is shown as if activated on `asOf`
 * (R-OPEN-3: it starts on activation); a free plan has no period end.
 */
export function quote(request: QuoteRequest): Quote {
  switch (request.action) {
    case 'NEW_SUBSCRIPTION': {
      const result = priceOpening({
        catalog: request.catalog,
        productCode: request.productCode,
        planCode: request.planCode,
        seats: request.seats,
        years: request.years,
        orderDate: request.asOf,
        customUnitPrice: request.customUnitPrice,
      });
      if (!result.ok) return refused(request.action, result.refusal);
      return {
        action: request.action,
        total: result.total,
        lines: result.lines,
        periodStart: request.asOf,
        periodEnd: result.model === 'FREE' ? null : addYears(request.asOf, request.years),
        rules: result.rules,
        reason: result.reason,
        reasonMessage: result.reasonMessage,
        refusals: NO_REFUSALS,
      };
    }
    case 'ADD_SEATS': {
      const result = priceAddSeats({
        catalog: request.catalog,
        subscription: request.subscription,
        addSeats: request.seats,
        date: request.asOf,
      });
      if (!result.ok) return refused(request.action, result.refusal);
      return {
        action: request.action,
        total: result.total,
        lines: result.lines,
        periodStart: result.periodStart,
        periodEnd: result.periodEnd,
        rules: result.rules,
        reason: result.reason,
        reasonMessage: result.reasonMessage,
        refusals: NO_REFUSALS,
      };
    }
    case 'RENEWAL': {
      const result = priceRenewal({
        catalog: request.catalog,
        subscription: request.subscription,
        years: request.years,
        date: request.asOf,
      });
      if (!result.ok) return refused(request.action, result.refusal);
      return {
        action: request.action,
        total: result.total,
        lines: result.lines,
        periodStart: result.periodStart,
        periodEnd: result.periodEnd,
        rules: result.rules,
        reason: result.reason,
        reasonMessage: result.reasonMessage,
        refusals: NO_REFUSALS,
      };
    }
    case 'VALUE_ADDED': {
      const result = priceValueAdded({
        catalog: request.catalog,
        planCode: request.planCode,
        quantity: request.quantity,
        orderDate: request.asOf,
      });
      if (!result.ok) return refused(request.action, result.refusal);
      return {
        action: request.action,
        total: result.total,
        lines: result.lines,
        periodStart: null,
        periodEnd: null,
        rules: result.rules,
        reason: result.reason,
        reasonMessage: result.reasonMessage,
        refusals: NO_REFUSALS,
      };
    }
  }
}
