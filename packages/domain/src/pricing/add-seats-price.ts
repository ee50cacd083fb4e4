import {
  bookInForce,
  findPlan,
  findProduct,
  noBookMessage,
  sunsetState,
  tierFor,
} from '../catalog/catalog-lookup.js';
import type { Catalog, Plan, PriceBook } from '../catalog/catalog-types.js';
import { described, refuse, type LineItem, type Outcome } from '../explain/results.js';
import { fenParam, msg, renderMessage, type Message } from '../explain/messages.js';
import type { RuleId } from '../explain/rules.js';
import { assertFen, mulDivHalfUp, type Fen } from '../money/money.js';
import type { BusinessDate } from '../time/business-date.js';
import { customPriceRefusal, tierMessage } from './annual-charge.js';
import { billableMonths, type BillableMonths } from './billable-months.js';
import type { LastPurchase, LegacyRightsUsed, PricedSubscription } from './priced-subscription.js';

export interface AddSeatsInput {
  readonly catalog: Catalog;
  readonly subscription: PricedSubscription;
  /** Seats to add (the API's `seats`). */
  readonly addSeats: number;
  /** The add date D of R-SEAT-3 (the order date). */
  readonly date: BusinessDate;
}

export interface AddSeatsPrice {
  readonly total: Fen;
  readonly lines: readonly LineItem[];
  readonly rules: readonly RuleId[];
  readonly reason: string;
  /** The reason as a message key and parameters, for other languages. */
  readonly reasonMessage: Message;
  readonly bookId: string;
  /** R-SEAT-3; null for free plans, which have no period to pro-rate. */
  readonly billable: BillableMonths | null;
  /** R-SEAT-2: the added seats run from the add date to the current period end. */
  readonly periodStart: BusinessDate;
  readonly periodEnd: BusinessDate | null;
  readonly newTotalSeats: number;
  readonly monthlyUnitPrice: Fen;
  /** R-LEGACY-2: priced at the customer's opening book. */
  readonly legacyPriceUsed: boolean;
  /** The pricing state once the order is fulfilled (seats, last purchase, legacy rights). */
  readonly subscription: PricedSubscription;
}

const SEAT_1: readonly RuleId[] = ['R-SEAT-1'];
const SEAT_1_LIMIT: readonly RuleId[] = ['R-SEAT-1', 'R-CAT-3'];
const SUNSET: readonly RuleId[] = ['R-CAT-4'];
const CAT_2: readonly RuleId[] = ['R-CAT-2'];
const ADD_RULES: readonly RuleId[] = [
  'R-SEAT-1',
  'R-SEAT-2',
  'R-SEAT-3',
  'R-SEAT-4',
  'R-CAT-1',
  'R-CAT-3',
];
const ADD_RULES_LEGACY: readonly RuleId[] = [...ADD_RULES, 'R-LEGACY-2'];
const LINE_RULES: readonly RuleId[] = ['R-SEAT-3', 'R-SEAT-4'];
const LINE_RULES_LEGACY: readonly RuleId[] = ['R-SEAT-3', 'R-SEAT-4', 'R-LEGACY-2'];
const FREE_RULES: readonly RuleId[] = ['R-SEAT-1', 'R-CAT-2'];

/**
 * The book an add-seat purchase is priced from: R-LEGACY-2 gives customers who opened under a
 * book granting legacy rights ONE add-seat purchase at that book; otherwise the book in force
 * on the add date (R-CAT-1).
 */
function addSeatBook(
  plan: Plan,
  subscription: PricedSubscription,
  date: BusinessDate,
): { book: PriceBook | undefined; legacy: boolean } {
  if (!subscription.legacy.addSeatPurchaseUsed && subscription.migration === null) {
    const opening = bookInForce(plan, subscription.openedOn);
    if (opening?.grantsLegacyRights === true) return { book: opening, legacy: true };
  }
  return { book: bookInForce(plan, date), legacy: false };
}

/**
 * R-SEAT-1, R-SEAT-2, R-SEAT-3, R-SEAT-4: seats added to an ACTIVE subscription are co-termed with
 * its period and cost added seats × monthly unit price of the tier of the NEW total × billable
 * months. Example: 5 seats activated 2021-05-01, add 6 on 2021-10-10 → 6 × 95 × 7 = 3,990 CNY.
 */
export function priceAddSeats(input: AddSeatsInput): Outcome<AddSeatsPrice> {
  const { catalog, subscription, addSeats, date } = input;
  if (!Number.isSafeInteger(addSeats) || addSeats < 1) {
    return refuse('INVALID_INPUT', msg('addSeats.notWhole', { got: addSeats }), SEAT_1, ['seats']);
  }
  if (subscription.status !== 'ACTIVE') {
    return refuse(
      'INVALID_STATE',
      msg('addSeats.notActive', { status: { status: subscription.status } }),
      SEAT_1,
    );
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
  // Decision: adding seats is a purchase, so R-CAT-4 refuses it on or after renewalsEndOn.
  if (sunsetState(product, date) !== 'AVAILABLE') {
    return refuse(
      'PRODUCT_SUNSET',
      msg('addSeats.sunset', {
        product: { catalog: { product: product.code, name: product.name } },
        date: String(product.sunset?.renewalsEndOn),
      }),
      SUNSET,
    );
  }
  const newTotal = subscription.seats + addSeats;
  const max = plan.maxSeats;
  if (max !== undefined && newTotal > max) {
    return refuse(
      'SEAT_LIMIT',
      msg('refusal.seatLimit.add', {
        seats: addSeats,
        current: subscription.seats,
        total: newTotal,
        max,
        room: max - subscription.seats,
      }),
      SEAT_1_LIMIT,
      ['seats'],
    );
  }
  const { book, legacy } = addSeatBook(plan, subscription, date);
  if (book === undefined) return refuse('NOT_FOUND', noBookMessage(plan, date), ['R-CAT-1']);
  const periodEnd = subscription.periodEnd;

  if (book.model === 'FREE') {
    const text = described(msg('line.freeSeats', { seats: addSeats }));
    const reasonMessage = msg('reason.addSeatsFree', { line: text.message, amount: fenParam(0) });
    return {
      ok: true,
      total: 0,
      lines: [
        {
          description: text.description,
          message: text.message,
          quantity: addSeats,
          months: null,
          unitPrice: 0,
          amount: 0,
          rules: FREE_RULES,
        },
      ],
      rules: FREE_RULES,
      reason: renderMessage(reasonMessage, 'en'),
      reasonMessage,
      bookId: book.id,
      billable: null,
      periodStart: date,
      periodEnd,
      newTotalSeats: newTotal,
      monthlyUnitPrice: 0,
      legacyPriceUsed: false,
      subscription: afterAdd(subscription, newTotal, {
        bookId: book.id,
        tierMinSeats: null,
        annualUnitPrice: 0,
      }),
    };
  }
  if (book.model === 'FLAT') {
    return refuse('INVALID_INPUT', msg('addSeats.flat', { planCode: plan.code }), CAT_2, ['seats']);
  }
  if (periodEnd === null || date >= periodEnd) {
    return refuse('INVALID_STATE', msg('refusal.addSeats.noPeriod'), SEAT_1);
  }

  let monthlyUnitPrice: Fen;
  let annualUnitPrice: Fen;
  let tierMinSeats: number | null;
  let basis: Message;
  if (book.model === 'CUSTOM') {
    const refusal = customPriceRefusal(subscription.customUnitPrice);
    if (refusal !== null) return refusal;
    annualUnitPrice = subscription.customUnitPrice as Fen;
    // Decision: a contract price is per year; its month is a twelfth, rounded half-up once.
    monthlyUnitPrice = mulDivHalfUp(annualUnitPrice, 1, 12);
    tierMinSeats = null;
    basis = msg('basis.contractMonthly');
  } else {
    const tier = tierFor(book, newTotal);
    if (tier === undefined) {
      return refuse(
        'SEAT_LIMIT',
        msg('pricing.noTier', { book: book.id, seats: newTotal }),
        CAT_2,
        ['seats'],
      );
    }
    monthlyUnitPrice = tier.monthlyUnitPrice;
    annualUnitPrice = tier.annualUnitPrice;
    tierMinSeats = tier.minSeats;
    basis = tierMessage(tier);
  }

  const billable = billableMonths(date, periodEnd);
  const months = billable.months;
  const total = assertFen(addSeats * monthlyUnitPrice * months);
  const text = described(
    msg('line.seatsMonths', { seats: addSeats, unitPrice: fenParam(monthlyUnitPrice), months }),
  );
  const amount = fenParam(total);
  const counted = billableMessage(billable);
  const reasonMessage = legacy
    ? msg('reason.addSeatsLegacy', {
        line: text.message,
        amount,
        billable: counted,
        basis,
        book: book.id,
      })
    : msg('reason.addSeats', { line: text.message, amount, billable: counted, basis });
  const reason = renderMessage(reasonMessage, 'en');
  const lineRules = legacy ? LINE_RULES_LEGACY : LINE_RULES;
  return {
    ok: true,
    total,
    lines: [
      {
        description: text.description,
        message: text.message,
        quantity: addSeats,
        months,
        unitPrice: monthlyUnitPrice,
        amount: total,
        rules: lineRules,
      },
    ],
    rules: legacy ? ADD_RULES_LEGACY : ADD_RULES,
    reason,
    reasonMessage,
    bookId: book.id,
    billable,
    periodStart: date,
    periodEnd,
    newTotalSeats: newTotal,
    monthlyUnitPrice,
    legacyPriceUsed: legacy,
    subscription: afterAdd(subscription, newTotal, {
      bookId: book.id,
      tierMinSeats,
      annualUnitPrice,
    }),
  };
}

/** R-SEAT-3: how the billable months were counted, as `billable.reason` says it. */
function billableMessage(billable: BillableMonths): Message {
  const { months, wholeMonths, remainderDays } = billable;
  if (months === 0 && wholeMonths === 0 && remainderDays === 0) return msg('billable.none');
  if (remainderDays === 0) return msg('billable.exact', { months: wholeMonths });
  return msg('billable.rounded', { whole: wholeMonths, days: remainderDays, months });
}

const ADD_SEAT_USED: Record<'true' | 'false', LegacyRightsUsed> = {
  true: { firstRenewalUsed: true, addSeatPurchaseUsed: true },
  false: { firstRenewalUsed: false, addSeatPurchaseUsed: true },
};

/** R-SEAT-2 co-termed seats; R-MIG-1: E never grows, so `migration` is kept as is. */
function afterAdd(
  subscription: PricedSubscription,
  seats: number,
  lastPurchase: LastPurchase,
): PricedSubscription {
  const legacy = subscription.legacy.addSeatPurchaseUsed
    ? subscription.legacy
    : ADD_SEAT_USED[subscription.legacy.firstRenewalUsed ? 'true' : 'false'];
  return { ...subscription, seats, lastPurchase, legacy };
}
