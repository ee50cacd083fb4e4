import type { ProductCode } from '../core/codes.js';
import { msg, type Message } from '../explain/messages.js';
import { refuse, type Outcome } from '../explain/results.js';
import type { RuleId } from '../explain/rules.js';
import type { BusinessDate } from '../time/business-date.js';
import type { Catalog, Plan, PriceBook, PriceTier, Product, SunsetState } from './catalog-types.js';

type Refused = ReturnType<typeof refuse>;

const CAT_1: readonly RuleId[] = ['R-CAT-1'];
const CAT_3: readonly RuleId[] = ['R-CAT-3'];
const SEATS_FIELD: readonly string[] = ['seats'];

export function findProduct(catalog: Catalog, code: ProductCode | string): Product | undefined {
  for (const product of catalog.products) if (product.code === code) return product;
  return undefined;
}

export function findPlan(product: Product, planCode: string): Plan | undefined {
  for (const plan of product.plans) if (plan.code === planCode) return plan;
  return undefined;
}

/** A price book by its stable id, in any plan of the product (old books are never deleted). */
export function findPriceBookById(product: Product, bookId: string): PriceBook | undefined {
  for (const plan of product.plans)
    for (const book of plan.priceBooks) if (book.id === bookId) return book;
  return undefined;
}

/**
 * R-CAT-1: the book with the latest `effectiveFrom` on or before `date`, or `undefined`.
 * A single pass, no arrays built: this is on the quote hot path.
 */
export function bookInForce(plan: Plan, date: BusinessDate): PriceBook | undefined {
  let found: PriceBook | undefined;
  for (const book of plan.priceBooks) {
    if (
      book.effectiveFrom <= date &&
      (found === undefined || book.effectiveFrom > found.effectiveFrom)
    )
      found = book;
  }
  return found;
}

/** R-CAT-1 as an outcome: the book in force on `date`, or a NOT_FOUND refusal. */
export function priceBookInForce(plan: Plan, date: BusinessDate): Outcome<{ book: PriceBook }> {
  const book = bookInForce(plan, date);
  if (book === undefined) return refuse('NOT_FOUND', noBookMessage(plan, date), CAT_1);
  return { ok: true, book };
}

export function noBookMessage(plan: Plan, date: BusinessDate): Message {
  return msg('catalog.noBook', { planCode: plan.code, date });
}

/** R-CAT-2: the tier containing `seats` (volume pricing: the whole count at one tier). */
export function tierFor(book: PriceBook, seats: number): PriceTier | undefined {
  for (const tier of book.tiers) {
    if (seats >= tier.minSeats && (tier.maxSeats === null || seats <= tier.maxSeats)) return tier;
  }
  return undefined;
}

/** "tier 11–20", or "tier 1+" for an unbounded tier. */
export function tierLabel(tier: PriceTier): string {
  return tier.maxSeats === null
    ? `tier ${tier.minSeats}+`
    : `tier ${tier.minSeats}–${tier.maxSeats}`;
}

/**
 * R-CAT-3: a seat count must be a whole number ≥ 1 (else INVALID_INPUT) and lie within the
 * plan's `minSeats`/`maxSeats` (else SEAT_LIMIT). `null` when the count is acceptable.
 */
export function seatLimitRefusal(
  plan: Plan,
  seats: number,
  field: readonly string[] = SEATS_FIELD,
): Refused | null {
  if (!Number.isSafeInteger(seats) || seats < 1) {
    return refuse('INVALID_INPUT', msg('seats.notWhole', { got: seats }), CAT_3, field);
  }
  const min = plan.minSeats;
  const max = plan.maxSeats;
  if ((min !== undefined && seats < min) || (max !== undefined && seats > max)) {
    return refuse(
      'SEAT_LIMIT',
      msg('seats.outsidePlan', { planCode: plan.code, limits: limitText(min, max), got: seats }),
      CAT_3,
      field,
    );
  }
  return null;
}

/** R-CAT-3 as an outcome, e.g. EQQ (3–50): 2 → SEAT_LIMIT, 0 → INVALID_INPUT, 50 → ok. */
export function checkSeatLimits(
  plan: Plan,
  seats: number,
  field: readonly string[] = SEATS_FIELD,
): Outcome<{ seats: number }> {
  return seatLimitRefusal(plan, seats, field) ?? { ok: true, seats };
}

function limitText(min: number | undefined, max: number | undefined): Message {
  if (min !== undefined && max !== undefined) return msg('seats.range', { min, max });
  if (min !== undefined) return msg('seats.atLeast', { min });
  return msg('seats.atMost', { max: String(max) });
}

/**
 * R-CAT-4: `RENEWALS_ENDED` on or after `renewalsEndOn` (no renewal or purchase),
 * `SERVICE_ENDED` on or after `serviceEndsOn`.
 */
export function sunsetState(product: Product, date: BusinessDate): SunsetState {
  const sunset = product.sunset;
  if (sunset === undefined) return 'AVAILABLE';
  if (date >= sunset.serviceEndsOn) return 'SERVICE_ENDED';
  if (date >= sunset.renewalsEndOn) return 'RENEWALS_ENDED';
  return 'AVAILABLE';
}

/** R-RENEW-2: the most years one renewal of the product may buy (EQQ 1; 3 unless the catalog says otherwise). */
export function maxRenewalYears(product: Product): number {
  return product.maxRenewalYears ?? 3;
}
