import {
  bookInForce,
  noBookMessage,
  seatLimitRefusal,
  sunsetState,
} from '../catalog/catalog-lookup.js';
import type { Catalog, PricingModel } from '../catalog/catalog-types.js';
import type { ProductCode } from '../core/codes.js';
import { described, refuse, type LineItem, type Outcome } from '../explain/results.js';
import { fenParam, msg, renderMessage, type Message } from '../explain/messages.js';
import type { RuleId } from '../explain/rules.js';
import type { Fen } from '../money/money.js';
import type { BusinessDate } from '../time/business-date.js';
import { annualCharge, isRefused, resolvePlan, yearsRefusal } from './annual-charge.js';
import type { PricedSubscription } from './priced-subscription.js';

export interface OpeningInput {
  readonly catalog: Catalog;
  readonly productCode: ProductCode;
  readonly planCode: string;
  readonly seats: number;
  readonly years: number;
  /** R-OPEN-1: the book in force on this date prices the order. */
  readonly orderDate: BusinessDate;
  /** R-CAT-2 `CUSTOM` plans: contract price per seat per year. */
  readonly customUnitPrice?: Fen | null;
}

export interface OpeningPrice {
  readonly total: Fen;
  readonly lines: readonly LineItem[];
  readonly rules: readonly RuleId[];
  readonly reason: string;
  /** The reason as a message key and parameters, for other languages. */
  readonly reasonMessage: Message;
  readonly years: number;
  readonly bookId: string;
  readonly model: PricingModel;
  /** Annual price per seat (or per period for flat plans). */
  readonly unitPrice: Fen;
  /** The new subscription's pricing state: not yet activated (R-OPEN-2), so no period end. */
  readonly subscription: PricedSubscription;
}

/** R-OPEN-1 allows 1 to 3 years per order. */
const MAX_OPENING_YEARS = 3;
const OPEN_1: readonly RuleId[] = ['R-OPEN-1'];
const SUNSET: readonly RuleId[] = ['R-CAT-4'];
const OPENING_RULES: readonly RuleId[] = ['R-OPEN-1', 'R-CAT-1', 'R-CAT-2', 'R-CAT-3'];
const NO_LEGACY_USED = { firstRenewalUsed: false, addSeatPurchaseUsed: false } as const;

/**
 * R-OPEN-1: a new subscription costs seats × tier unit price × years, from the book in force
 * on the order date (R-CAT-1); refused for seat counts outside the plan (R-CAT-3) and for a
 * sunset product on or after `renewalsEndOn` (R-CAT-4).
 */
export function priceOpening(input: OpeningInput): Outcome<OpeningPrice> {
  const { catalog, productCode, planCode, seats, years, orderDate } = input;
  const resolved = resolvePlan(catalog, productCode, planCode);
  if (isRefused(resolved)) return resolved;
  const { product, plan } = resolved;
  if (product.oneOff === true) {
    return refuse(
      'INVALID_INPUT',
      msg('opening.oneOff', { productCode: product.code }),
      ['R-CAT-2'],
      ['productCode'],
    );
  }
  const badYears = yearsRefusal(years, MAX_OPENING_YEARS, OPEN_1, 'R-OPEN-1');
  if (badYears !== null) return badYears;
  const badSeats = seatLimitRefusal(plan, seats);
  if (badSeats !== null) return badSeats;
  if (sunsetState(product, orderDate) !== 'AVAILABLE') {
    return refuse(
      'PRODUCT_SUNSET',
      msg('refusal.sunset', {
        product: { catalog: { product: product.code, name: product.name } },
        date: String(product.sunset?.renewalsEndOn),
      }),
      SUNSET,
      ['productCode'],
    );
  }
  const book = bookInForce(plan, orderDate);
  if (book === undefined) return refuse('NOT_FOUND', noBookMessage(plan, orderDate), ['R-CAT-1']);
  const customUnitPrice = input.customUnitPrice ?? null;
  const charge = annualCharge(book, seats, years, customUnitPrice);
  if (isRefused(charge)) return charge;

  const text =
    charge.quantity === seats && book.model !== 'FLAT'
      ? described(msg('line.seatsYears', { seats, unitPrice: fenParam(charge.unitPrice), years }))
      : described(
          msg('line.planYears', {
            plan: { catalog: { product: product.code, plan: plan.code, name: plan.name } },
            unitPrice: fenParam(charge.unitPrice),
            years,
          }),
        );
  const reasonMessage = msg('reason.opening', {
    line: text.message,
    amount: fenParam(charge.amount),
    book: book.id,
    date: orderDate,
    basis: basisMessage(charge.tier, charge.basis),
  });
  const reason = renderMessage(reasonMessage, 'en');
  const line: LineItem = {
    description: text.description,
    message: text.message,
    quantity: charge.quantity,
    months: null,
    unitPrice: charge.unitPrice,
    amount: charge.amount,
    rules: OPENING_RULES,
  };
  return {
    ok: true,
    total: charge.amount,
    lines: [line],
    rules: OPENING_RULES,
    reason,
    reasonMessage,
    years,
    bookId: book.id,
    model: book.model,
    unitPrice: charge.unitPrice,
    subscription: {
      productCode: product.code,
      planCode: plan.code,
      seats,
      status: 'PENDING_ACTIVATION',
      periodEnd: null,
      openedOn: orderDate,
      legacy: NO_LEGACY_USED,
      lastPurchase: {
        bookId: book.id,
        tierMinSeats: charge.tier?.minSeats ?? null,
        annualUnitPrice: charge.unitPrice,
      },
      migration: null,
      customUnitPrice,
    },
  };
}

/** The basis of an annual charge as a message: its tier, or the pricing model (R-CAT-2). */
function basisMessage(
  tier: { readonly minSeats: number; readonly maxSeats: number | null } | null,
  basis: string,
): Message {
  if (tier !== null)
    return tier.maxSeats === null
      ? msg('basis.tierOpen', { min: tier.minSeats })
      : msg('basis.tier', { min: tier.minSeats, max: tier.maxSeats });
  return msg(
    basis === 'free plan' ? 'basis.free' : basis === 'flat price' ? 'basis.flat' : 'basis.contract',
  );
}
