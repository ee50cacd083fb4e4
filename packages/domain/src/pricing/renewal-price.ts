import {
  bookInForce,
  findPlan,
  findProduct,
  maxRenewalYears,
  noBookMessage,
  seatLimitRefusal,
  sunsetState,
  tierFor,
} from '../catalog/catalog-lookup.js';
import type { Catalog, Plan, PriceBook } from '../catalog/catalog-types.js';
import { described, refuse, type LineItem, type Outcome } from '../explain/results.js';
import { fenParam, msg, renderMessage, type Message } from '../explain/messages.js';
import { freePlanRenewalRefusal, isFreePlan } from '../lifecycle/free-plans.js';
import type { RuleId } from '../explain/rules.js';
import { assertFen, type Fen } from '../money/money.js';
import { addYears, type BusinessDate } from '../time/business-date.js';
import {
  annualCharge,
  chargeBasisMessage,
  isRefused,
  tierMessage,
  yearsRefusal,
} from './annual-charge.js';
import type { LastPurchase, LegacyRightsUsed, PricedSubscription } from './priced-subscription.js';

export interface RenewalInput {
  readonly catalog: Catalog;
  readonly subscription: PricedSubscription;
  readonly years: number;
  /** The renewal (order) date: the book in force on it prices the renewal (R-RENEW-3). */
  readonly date: BusinessDate;
}

export interface RenewalPrice {
  readonly total: Fen;
  readonly lines: readonly LineItem[];
  readonly rules: readonly RuleId[];
  readonly reason: string;
  /** The reason as a message key and parameters, for other languages. */
  readonly reasonMessage: Message;
  /** The book the (market) seats were priced from. */
  readonly bookId: string;
  /** R-RENEW-2: the new period runs from the previous period end, whenever it is paid. */
  readonly periodStart: BusinessDate;
  readonly periodEnd: BusinessDate;
  readonly years: number;
  /** R-LEGACY-1: the first renewal priced at the opening book. */
  readonly legacyPriceUsed: boolean;
  /** R-MIG-3: priced under the original-price promotion. */
  readonly promotionUsed: boolean;
  /** The pricing state once the renewal is fulfilled (period end, last purchase, rights used). */
  readonly subscription: PricedSubscription;
}

/** R-RENEW-2: products without their own limit renew for up to 3 years at once. */
const STATE_RULES: readonly RuleId[] = ['R-RENEW-1', 'R-LIFE-2', 'R-LIFE-3'];
const RENEW_2: readonly RuleId[] = ['R-RENEW-2'];
const SUNSET: readonly RuleId[] = ['R-CAT-4'];
const RENEW_RULES: readonly RuleId[] = ['R-RENEW-2', 'R-RENEW-3', 'R-CAT-1', 'R-CAT-2', 'R-CAT-3'];
const RENEW_RULES_LEGACY: readonly RuleId[] = [...RENEW_RULES, 'R-LEGACY-1'];
const RENEW_LINE: readonly RuleId[] = ['R-RENEW-3'];
const RENEW_LINE_LEGACY: readonly RuleId[] = ['R-RENEW-3', 'R-LEGACY-1'];
const MIG_RULES: readonly RuleId[] = [
  'R-RENEW-2',
  'R-MIG-3',
  'R-MIG-2',
  'R-RENEW-3',
  'R-CAT-1',
  'R-CAT-3',
];
const MIG_LEGACY_LINE: readonly RuleId[] = ['R-MIG-2', 'R-MIG-3'];
const MIG_MARKET_LINE: readonly RuleId[] = ['R-MIG-3', 'R-RENEW-3'];

/**
 * R-RENEW-2, R-RENEW-3: a renewal adds whole years from the previous period end (EQQ exactly 1,
 * others 1–3) and costs total seats × the tier unit price for the total from the book in force on
 * the renewal date. R-LEGACY-1: a legacy customer's first renewal uses the opening book. R-MIG-3:
 * under the promotion, E × P + (total − E) × the market tier price for the total. R-CAT-4:
 * refused on or after a sunset product's `renewalsEndOn`.
 * Examples (EQQ 2010 book): 3 seats → 3,000 CNY; 11 seats → 11 × 950 = 10,450 CNY.
 */
export function priceRenewal(input: RenewalInput): Outcome<RenewalPrice> {
  const { catalog, subscription, years, date } = input;
  const status = subscription.status;
  if (status !== 'ACTIVE' && status !== 'GRACE') {
    return refuse('INVALID_STATE', msg('renewal.state', { status: { status } }), STATE_RULES);
  }
  const product = findProduct(catalog, subscription.productCode);
  const plan = product === undefined ? undefined : findPlan(product, subscription.planCode);
  if (product === undefined || plan === undefined) {
    return refuse(
      'NOT_FOUND',
      msg('catalog.planGone', {
        productCode: subscription.productCode,
        planCode: subscription.planCode,
      }),
      ['R-CAT-1'],
    );
  }
  const badYears = yearsRefusal(years, maxRenewalYears(product), RENEW_2, 'R-RENEW-2');
  if (badYears !== null) return badYears;
  if (sunsetState(product, date) !== 'AVAILABLE') {
    return refuse(
      'PRODUCT_SUNSET',
      msg('renewal.sunset', {
        product: { catalog: { product: product.code, name: product.name } },
        date: String(product.sunset?.renewalsEndOn),
      }),
      SUNSET,
    );
  }
  if (isFreePlan(plan, date)) return freePlanRenewalRefusal(plan, product.code);
  const previousEnd = subscription.periodEnd;
  if (previousEnd === null) {
    return refuse('INVALID_STATE', msg('renewal.noPeriod'), RENEW_2);
  }
  const badSeats = seatLimitRefusal(plan, subscription.seats);
  if (badSeats !== null) return badSeats;
  const periodEnd = addYears(previousEnd, years);
  const migration = subscription.migration;
  if (migration !== null && migration.promotion) {
    return pricePromotionRenewal(plan, subscription, years, date, previousEnd, periodEnd);
  }

  let book: PriceBook | undefined;
  let legacy = false;
  if (!subscription.legacy.firstRenewalUsed && migration === null) {
    const opening = bookInForce(plan, subscription.openedOn);
    if (opening?.grantsLegacyRights === true) {
      book = opening;
      legacy = true;
    }
  }
  if (book === undefined) book = bookInForce(plan, date);
  if (book === undefined) return refuse('NOT_FOUND', noBookMessage(plan, date), ['R-CAT-1']);
  if (book.model === 'FREE') return freePlanRenewalRefusal(plan, subscription.productCode);
  const seats = subscription.seats;
  const charge = annualCharge(book, seats, years, subscription.customUnitPrice);
  if (isRefused(charge)) return charge;

  const text =
    book.model === 'FLAT'
      ? described(
          msg('line.planYears', {
            plan: {
              catalog: { product: subscription.productCode, plan: plan.code, name: plan.name },
            },
            unitPrice: fenParam(charge.unitPrice),
            years,
          }),
        )
      : described(msg('line.seatsYears', { seats, unitPrice: fenParam(charge.unitPrice), years }));
  const reasonMessage = legacy
    ? msg('reason.renewalLegacy', {
        line: text.message,
        amount: fenParam(charge.amount),
        book: book.id,
        basis: chargeBasisMessage(charge),
        start: previousEnd,
        end: periodEnd,
      })
    : msg('reason.renewal', {
        line: text.message,
        amount: fenParam(charge.amount),
        book: book.id,
        date,
        basis: chargeBasisMessage(charge),
        start: previousEnd,
        end: periodEnd,
      });
  const reason = renderMessage(reasonMessage, 'en');
  const lastPurchase: LastPurchase = {
    bookId: book.id,
    tierMinSeats: charge.tier?.minSeats ?? null,
    annualUnitPrice: charge.unitPrice,
  };
  return {
    ok: true,
    total: charge.amount,
    lines: [
      {
        description: text.description,
        message: text.message,
        quantity: charge.quantity,
        months: null,
        unitPrice: charge.unitPrice,
        amount: charge.amount,
        rules: legacy ? RENEW_LINE_LEGACY : RENEW_LINE,
      },
    ],
    rules: legacy ? RENEW_RULES_LEGACY : RENEW_RULES,
    reason,
    reasonMessage,
    bookId: book.id,
    periodStart: previousEnd,
    periodEnd,
    years,
    legacyPriceUsed: legacy,
    promotionUsed: false,
    subscription: afterRenewal(subscription, periodEnd, lastPurchase),
  };
}

/**
 * R-MIG-3: E × P + (total − E) × market tier unit price for the total, per year, for as many
 * years as bought. Example: E = 3 at 1,000, total 6 → 3 × 1,000 + 3 × 1,200 = 6,600 CNY.
 */
function pricePromotionRenewal(
  plan: Plan,
  subscription: PricedSubscription,
  years: number,
  date: BusinessDate,
  periodStart: BusinessDate,
  periodEnd: BusinessDate,
): Outcome<RenewalPrice> {
  const migration = subscription.migration;
  if (migration === null) throw new Error('pricePromotionRenewal needs a migration');
  const book = bookInForce(plan, date);
  if (book === undefined) return refuse('NOT_FOUND', noBookMessage(plan, date), ['R-CAT-1']);
  const total = subscription.seats;
  const tier = tierFor(book, total);
  if (tier === undefined) {
    return refuse(
      'SEAT_LIMIT',
      msg('renewal.noTier', { book: book.id, seats: total }),
      ['R-CAT-2'],
      ['seats'],
    );
  }
  const legacySeats = Math.min(migration.legacySeats, total);
  const marketSeats = total - legacySeats;
  const legacyPrice = migration.legacyUnitPrice;
  const marketPrice = tier.annualUnitPrice;
  const legacyAmount = assertFen(legacySeats * legacyPrice * years);
  const marketAmount = assertFen(marketSeats * marketPrice * years);
  const amount = assertFen(legacyAmount + marketAmount);

  const lines: LineItem[] = [];
  if (legacySeats > 0) {
    const legacyLine = described(
      msg('line.legacySeatsYears', { seats: legacySeats, unitPrice: fenParam(legacyPrice), years }),
    );
    lines.push({
      description: legacyLine.description,
      message: legacyLine.message,
      quantity: legacySeats,
      months: null,
      unitPrice: legacyPrice,
      amount: legacyAmount,
      rules: MIG_LEGACY_LINE,
    });
  }
  if (marketSeats > 0) {
    const marketLine = described(
      msg('line.seatsYears', { seats: marketSeats, unitPrice: fenParam(marketPrice), years }),
    );
    lines.push({
      description: marketLine.description,
      message: marketLine.message,
      quantity: marketSeats,
      months: null,
      unitPrice: marketPrice,
      amount: marketAmount,
      rules: MIG_MARKET_LINE,
    });
  }
  // Per year: E × P + (total − E) × market price, writing only the parts that have seats.
  const legacyPart = msg('part.legacySeats', {
    seats: legacySeats,
    unitPrice: fenParam(legacyPrice),
  });
  const marketPart = msg('part.seats', { seats: marketSeats, unitPrice: fenParam(marketPrice) });
  const perYear =
    legacySeats === 0
      ? marketPart
      : marketSeats === 0
        ? legacyPart
        : msg('part.sum', { legacyPart, marketPart });
  const reasonMessage = msg('reason.renewalPromotion', {
    perYear,
    years,
    amount: fenParam(amount),
    tier: tierMessage(tier),
    book: book.id,
    start: periodStart,
    end: periodEnd,
  });
  const reason = renderMessage(reasonMessage, 'en');
  return {
    ok: true,
    total: amount,
    lines,
    rules: MIG_RULES,
    reason,
    reasonMessage,
    bookId: book.id,
    periodStart,
    periodEnd,
    years,
    legacyPriceUsed: false,
    promotionUsed: true,
    subscription: afterRenewal(subscription, periodEnd, {
      bookId: book.id,
      tierMinSeats: tier.minSeats,
      annualUnitPrice: marketPrice,
    }),
  };
}

const FIRST_RENEWAL_USED: Record<'true' | 'false', LegacyRightsUsed> = {
  true: { firstRenewalUsed: true, addSeatPurchaseUsed: true },
  false: { firstRenewalUsed: true, addSeatPurchaseUsed: false },
};

function afterRenewal(
  subscription: PricedSubscription,
  periodEnd: BusinessDate,
  lastPurchase: LastPurchase,
): PricedSubscription {
  const legacy = subscription.legacy.firstRenewalUsed
    ? subscription.legacy
    : FIRST_RENEWAL_USED[subscription.legacy.addSeatPurchaseUsed ? 'true' : 'false'];
  return { ...subscription, periodEnd, lastPurchase, legacy };
}
