import { findPlan, findProduct, tierFor, tierLabel } from '../catalog/catalog-lookup.js';
import type { Catalog, Plan, PriceBook, PriceTier, Product } from '../catalog/catalog-types.js';
import { msg, type Message } from '../explain/messages.js';
import { refuse } from '../explain/results.js';
import { quotedInput } from '../explain/user-message.js';
import type { RuleId } from '../explain/rules.js';
import { assertFen, type Fen } from '../money/money.js';

/*
 * Internals shared by opening and renewal pricing (not exported from the package).
 */

export type Refused = ReturnType<typeof refuse>;

const CAT_2: readonly RuleId[] = ['R-CAT-2'];

/** A charge for whole years under one book (R-CAT-2): quantity × unitPrice × years. */
export interface AnnualCharge {
  readonly quantity: number;
  /** Annual price per seat (volume, custom, free) or per period (flat). */
  readonly unitPrice: Fen;
  readonly amount: Fen;
  readonly tier: PriceTier | null;
  /** e.g. "tier 11–20", "flat", "free", "contract price". */
  readonly basis: string;
}

/**
 * R-CAT-2: prices `seats` for `years` under `book`. Volume pricing prices the whole count at
 * the one tier containing it.
 */
export function annualCharge(
  book: PriceBook,
  seats: number,
  years: number,
  customUnitPrice: Fen | null | undefined,
): AnnualCharge | Refused {
  switch (book.model) {
    case 'PER_SEAT_VOLUME': {
      const tier = tierFor(book, seats);
      if (tier === undefined) {
        return refuse('SEAT_LIMIT', msg('pricing.noTier', { book: book.id, seats }), CAT_2, [
          'seats',
        ]);
      }
      const unitPrice = tier.annualUnitPrice;
      return {
        quantity: seats,
        unitPrice,
        amount: assertFen(seats * unitPrice * years),
        tier,
        basis: tierLabel(tier),
      };
    }
    case 'FLAT': {
      const flat = book.flat;
      const unitPrice =
        flat?.annual ?? (flat?.monthly === undefined ? undefined : flat.monthly * 12);
      if (unitPrice === undefined) {
        return refuse('NOT_FOUND', msg('pricing.noFlatPrice', { book: book.id }), CAT_2);
      }
      return {
        quantity: 1,
        unitPrice,
        amount: assertFen(unitPrice * years),
        tier: null,
        basis: 'flat price',
      };
    }
    case 'FREE':
      return { quantity: seats, unitPrice: 0, amount: 0, tier: null, basis: 'free plan' };
    case 'CUSTOM': {
      const refusal = customPriceRefusal(customUnitPrice);
      if (refusal !== null) return refusal;
      const unitPrice = customUnitPrice as Fen;
      return {
        quantity: seats,
        unitPrice,
        amount: assertFen(seats * unitPrice * years),
        tier: null,
        basis: 'contract price',
      };
    }
  }
}

/**
 * R-CAT-2 `CUSTOM`: the account's contract price in force must be set (by an operator) and be a
 * whole, non-negative number of fen.
 */
export function customPriceRefusal(customUnitPrice: Fen | null | undefined): Refused | null {
  if (customUnitPrice === null || customUnitPrice === undefined) {
    return refuse('INVALID_STATE', msg('pricing.noContractPrice'), CAT_2);
  }
  if (!Number.isSafeInteger(customUnitPrice) || customUnitPrice < 0) {
    return refuse(
      'INVALID_INPUT',
      msg('pricing.contractPriceNotFen', { got: customUnitPrice }),
      CAT_2,
      ['customUnitPrice'],
    );
  }
  return null;
}

/** A tier as a message: "tier 3–10", "tier 21+" (阶梯 3–10). */
export function tierMessage(tier: {
  readonly minSeats: number;
  readonly maxSeats: number | null;
}): Message {
  return tier.maxSeats === null
    ? msg('basis.tierOpen', { min: tier.minSeats })
    : msg('basis.tier', { min: tier.minSeats, max: tier.maxSeats });
}

/** The basis of an annual charge as a message: its tier, or the pricing model (R-CAT-2). */
export function chargeBasisMessage(charge: AnnualCharge): Message {
  if (charge.tier !== null) return tierMessage(charge.tier);
  return msg(
    charge.basis === 'free plan'
      ? 'basis.free'
      : charge.basis === 'flat price'
        ? 'basis.flat'
        : 'basis.contract',
  );
}

export function isRefused(value: object): value is Refused {
  return (value as { ok?: unknown }).ok === false;
}

const NOT_FOUND_RULES: readonly RuleId[] = ['R-CAT-1'];

/** Finds a product and plan, or a NOT_FOUND refusal naming the field. */
export function resolvePlan(
  catalog: Catalog,
  productCode: string,
  planCode: string,
): { product: Product; plan: Plan } | Refused {
  const product = findProduct(catalog, productCode);
  if (product === undefined)
    return refuse(
      'NOT_FOUND',
      msg('catalog.noProduct', { productCode: quotedInput(productCode) }),
      NOT_FOUND_RULES,
      ['productCode'],
    );
  const plan = findPlan(product, planCode);
  if (plan === undefined)
    return refuse(
      'NOT_FOUND',
      msg('catalog.noPlan', { planCode: quotedInput(planCode), productCode }),
      NOT_FOUND_RULES,
      ['planCode'],
    );
  return { product, plan };
}

/** Years bought at once must be a whole number from 1 to `max`. */
export function yearsRefusal(
  years: number,
  max: number,
  rules: readonly RuleId[],
  ruleId: RuleId,
): Refused | null {
  if (Number.isSafeInteger(years) && years >= 1 && years <= max) return null;
  return refuse(
    'INVALID_INPUT',
    msg('pricing.years', { most: max, got: years, rule: ruleId }),
    rules,
    ['years'],
  );
}
