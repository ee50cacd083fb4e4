import { findPlan, findProduct } from '../catalog/catalog-lookup.js';
import type { Catalog } from '../catalog/catalog-types.js';
import { fenParam, msg, type Message } from '../explain/messages.js';
import { refuse, type Outcome } from '../explain/results.js';
import { quotedInput } from '../explain/user-message.js';
import type { RuleId } from '../explain/rules.js';
import type { Fen } from '../money/money.js';
import type { BusinessDate } from '../time/business-date.js';
import type { PricedSubscription } from './priced-subscription.js';
import { cny } from './pricing-text.js';

/**
 * R-CAT-2 `CUSTOM`: an account's contract price for one plan, as the operator set it. Like a
 * price book (R-CAT-1) it is dated: the entry with the latest `effectiveFrom` on or before a
 * date is in force that day. An entry with `unitPrice: null` ends the contract price from its
 * date (nothing is deleted, so every past price stays readable).
 */
export interface ContractPriceEntry {
  readonly productCode: string;
  readonly planCode: string;
  readonly effectiveFrom: BusinessDate;
  /** Fen per seat per year; `null`: no contract price from `effectiveFrom` (ended). */
  readonly unitPrice: Fen | null;
}

/** A span during which one contract price is in force: `[effectiveFrom, endsOn)`. */
export interface ContractPricePeriod {
  readonly productCode: string;
  readonly planCode: string;
  readonly unitPrice: Fen;
  readonly effectiveFrom: BusinessDate;
  /** Exclusive end (the next entry's date), `null` while open-ended. */
  readonly endsOn: BusinessDate | null;
}

/**
 * Decision: a contract price is at most 1,000,000 CNY per seat per year (10^8 fen). Anything
 * above is a typo, and 50 seats × 3 years stays far inside safe integers (R-MONEY-1).
 */
export const MAX_CONTRACT_UNIT_PRICE: Fen = 100_000_000;

const CAT_2: readonly RuleId[] = ['R-CAT-2'];
const CAT_2_MONEY: readonly RuleId[] = ['R-CAT-2', 'R-MONEY-1'];

function samePlan(entry: ContractPriceEntry, productCode: string, planCode: string): boolean {
  return entry.productCode === productCode && entry.planCode === planCode;
}

/** R-CAT-2: the account's contract price for a plan in force on `date`, or `null`. */
export function contractPriceInForce(
  entries: readonly ContractPriceEntry[],
  productCode: string,
  planCode: string,
  date: BusinessDate,
): Fen | null {
  let found: ContractPriceEntry | undefined;
  for (const entry of entries) {
    if (!samePlan(entry, productCode, planCode) || entry.effectiveFrom > date) continue;
    if (found === undefined || entry.effectiveFrom > found.effectiveFrom) found = entry;
  }
  return found?.unitPrice ?? null;
}

/**
 * R-CAT-2: a subscription priced at the account's contract price in force on `date` (opening,
 * added seats and renewals all read the price in force on their order date). Other plans are
 * unchanged.
 */
export function atContractPrice(
  subscription: PricedSubscription,
  entries: readonly ContractPriceEntry[],
  date: BusinessDate,
): PricedSubscription {
  const inForce = contractPriceInForce(
    entries,
    subscription.productCode,
    subscription.planCode,
    date,
  );
  const hasEntries = entries.some((entry) =>
    samePlan(entry, subscription.productCode, subscription.planCode),
  );
  return hasEntries ? { ...subscription, customUnitPrice: inForce } : subscription;
}

/** The spans of every contract price, by plan then date: what the account's page lists. */
export function contractPricePeriods(
  entries: readonly ContractPriceEntry[],
): ContractPricePeriod[] {
  const sorted = [...entries].sort(
    (a, b) =>
      a.productCode.localeCompare(b.productCode) ||
      a.planCode.localeCompare(b.planCode) ||
      (a.effectiveFrom < b.effectiveFrom ? -1 : a.effectiveFrom > b.effectiveFrom ? 1 : 0),
  );
  const periods: ContractPricePeriod[] = [];
  sorted.forEach((entry, index) => {
    if (entry.unitPrice === null) return;
    const next = sorted[index + 1];
    const endsOn =
      next !== undefined && samePlan(next, entry.productCode, entry.planCode)
        ? next.effectiveFrom
        : null;
    periods.push({
      productCode: entry.productCode,
      planCode: entry.planCode,
      unitPrice: entry.unitPrice,
      effectiveFrom: entry.effectiveFrom,
      endsOn,
    });
  });
  return periods;
}

export interface ContractPriceChangeInput {
  readonly catalog: Catalog;
  readonly entries: readonly ContractPriceEntry[];
  readonly productCode: string;
  readonly planCode: string;
  /** Fen per seat per year; `null` ends the contract price from `effectiveFrom`. */
  readonly unitPrice: Fen | null;
  readonly effectiveFrom: BusinessDate;
  /** The account's today: a price is never set or ended in the past. */
  readonly today: BusinessDate;
}

export interface ContractPriceChange {
  readonly entry: ContractPriceEntry;
  /** The price in force on `effectiveFrom` before the change. */
  readonly previous: Fen | null;
  readonly rules: readonly RuleId[];
  readonly reason: string;
  /** `reason` as a message, to be written in the caller's language. */
  readonly reasonMessage: Message;
}

/**
 * R-CAT-2: may an operator set, change (from a date) or end an account's contract price? The
 * plan must be contract-priced, the price a whole number of fen from 1 fen to
 * `MAX_CONTRACT_UNIT_PRICE` (R-MONEY-1), and the date today or later (decision: orders already
 * priced keep their price, so a backdated change would only make the history lie). Ending
 * needs a price in force on that date.
 */
export function changeContractPrice(input: ContractPriceChangeInput): Outcome<ContractPriceChange> {
  const { catalog, productCode, planCode, unitPrice, effectiveFrom, today } = input;
  const product = findProduct(catalog, productCode);
  if (product === undefined)
    return refuse(
      'NOT_FOUND',
      msg('catalog.noProduct', { productCode: quotedInput(productCode) }),
      ['R-CAT-1'],
      ['productCode'],
    );
  const plan = findPlan(product, planCode);
  if (plan === undefined)
    return refuse(
      'NOT_FOUND',
      msg('catalog.noPlan', { planCode: quotedInput(planCode), productCode }),
      ['R-CAT-1'],
      ['planCode'],
    );
  if (!plan.priceBooks.some((book) => book.model === 'CUSTOM')) {
    return refuse(
      'INVALID_INPUT',
      msg('contractPrice.notCustom', {
        plan: { catalog: { product: productCode, plan: planCode, name: plan.name } },
      }),
      CAT_2,
      ['planCode'],
    );
  }
  if (effectiveFrom < today) {
    return refuse(
      'INVALID_INPUT',
      msg('contractPrice.past', { from: effectiveFrom, today }),
      CAT_2,
      ['effectiveFrom'],
    );
  }
  const previous = contractPriceInForce(input.entries, productCode, planCode, effectiveFrom);
  if (unitPrice === null) {
    if (previous === null) {
      return refuse(
        'INVALID_STATE',
        msg('contractPrice.noneToEnd', {
          plan: { catalog: { product: productCode, plan: planCode, name: plan.name } },
          from: effectiveFrom,
        }),
        CAT_2,
        ['effectiveFrom'],
      );
    }
    return {
      ok: true,
      entry: { productCode, planCode, effectiveFrom, unitPrice: null },
      previous,
      rules: CAT_2,
      reason: `The contract price of ${plan.name} (${cny(previous)} per seat per year) ends on ${effectiveFrom}: from then on an operator must set a new one before it can be bought (R-CAT-2)`,
      reasonMessage: msg('contractPrice.ends', {
        plan: { catalog: { product: productCode, plan: planCode, name: plan.name } },
        previous: fenParam(previous),
        from: effectiveFrom,
      }),
    };
  }
  if (!Number.isSafeInteger(unitPrice) || unitPrice < 1 || unitPrice > MAX_CONTRACT_UNIT_PRICE) {
    return refuse(
      'INVALID_INPUT',
      msg('contractPrice.range', { most: fenParam(MAX_CONTRACT_UNIT_PRICE) }),
      CAT_2_MONEY,
      ['unitPrice'],
    );
  }
  return {
    ok: true,
    entry: { productCode, planCode, effectiveFrom, unitPrice },
    previous,
    rules: CAT_2,
    reason: `${plan.name}: ${cny(unitPrice)} per seat per year from ${effectiveFrom}${
      previous === null ? '' : ` (was ${cny(previous)})`
    } (R-CAT-2: contract price)`,
    reasonMessage:
      previous === null
        ? msg('contractPrice.set', {
            plan: { catalog: { product: productCode, plan: planCode, name: plan.name } },
            unitPrice: fenParam(unitPrice),
            from: effectiveFrom,
          })
        : msg('contractPrice.changed', {
            plan: { catalog: { product: productCode, plan: planCode, name: plan.name } },
            unitPrice: fenParam(unitPrice),
            previous: fenParam(previous),
            from: effectiveFrom,
          }),
  };
}
