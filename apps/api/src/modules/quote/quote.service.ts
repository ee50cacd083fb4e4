import { inCallerLanguage } from '../../locale.js';
import {
  atContractPrice,
  canRenew,
  contractPriceInForce,
  quote as quoteRules,
  type BusinessDate,
  type Catalog,
  type ProductCode,
  type Quote as DomainQuote,
  type Refusal,
} from '@billing/domain';
import { ruleRefs, toLineItem } from '../../graphql/explain.type.js';
import type { Loaders } from '../../context.js';
import { money } from '../../graphql/money.type.js';
import { fromRefusal } from '../../graphql/refusal.js';
import { realNow } from '../clock/clock.js';
import { toContractPriceEntry } from '../contracts/contract-prices.service.js';
import {
  pendingRenewalRefusal,
  reservedSeatsRefusal,
  subscriptionAsOf,
} from '../orders/subscription-as-of.js';
import type { SubscriptionEntity } from '../subscriptions/subscription.entity.js';
import { Quote, QuoteAction } from './quote.type.js';

export type SubscriptionQuoteRequest =
  | { action: QuoteAction.ADD_SEATS; seats: number; asOf: BusinessDate | null }
  | { action: QuoteAction.RENEWAL; years: number; asOf: BusinessDate | null };

/** The product's service end when the priced period runs past it (R-CAT-4), else null. */
function serviceEndBefore(
  catalog: Catalog,
  productCode: string | null,
  periodEnd: BusinessDate | null,
): BusinessDate | null {
  const serviceEndsOn = catalog.products.find((product) => product.code === productCode)?.sunset
    ?.serviceEndsOn;
  return serviceEndsOn && periodEnd !== null && periodEnd > serviceEndsOn ? serviceEndsOn : null;
}

function toQuote(
  action: QuoteAction,
  asOf: BusinessDate,
  result: DomainQuote,
  product: { catalog: Catalog; code: string } | null = null,
): Quote {
  return {
    action,
    asOf,
    total: result.total === null ? null : money(result.total),
    lines: result.lines.map(toLineItem),
    periodStart: result.periodStart,
    periodEnd: result.periodEnd,
    // R-CAT-2: a free plan's period starts and never ends.
    openEnded: result.periodStart !== null && result.periodEnd === null,
    serviceEndsOn: product
      ? serviceEndBefore(product.catalog, product.code, result.periodEnd)
      : null,
    explanation: inCallerLanguage(result.reason, result.reasonMessage),
    rules: ruleRefs(result.rules),
    userErrors: result.refusals.map((refusal) => fromRefusal(refusal)),
  };
}

function refusedQuote(action: QuoteAction, asOf: BusinessDate, refusal: Refusal): Quote {
  return {
    action,
    asOf,
    total: null,
    lines: [],
    periodStart: null,
    periodEnd: null,
    openEnded: false,
    serviceEndsOn: null,
    explanation: inCallerLanguage(refusal.message, refusal.text),
    rules: ruleRefs(refusal.rules),
    userErrors: [fromRefusal(refusal)],
  };
}

/**
 * Price previews through the rules engine's `quote`, with no side effect (reads only, through
 * the request's loaders). A subscription quote answers what `addSeats` / `renewSubscription`
 * would decide on `asOf`: the same renewal window (R-RENEW-1), the same one-renewal-order rule
 * and the same seat reservations of add-seat orders awaiting payment.
 */
export class QuoteService {
  constructor(private readonly loaders: Loaders) {}

  async newSubscription(args: {
    accountId: string | null;
    productCode: string;
    planCode: string;
    seats: number;
    years: number;
    asOf: BusinessDate | null;
  }): Promise<Quote> {
    const [catalog, asOf, contractPrices] = await Promise.all([
      this.loaders.catalog(),
      this.asOf(args.accountId, args.asOf),
      args.accountId ? this.contractPrices(args.accountId) : [],
    ]);
    const result = quoteRules({
      action: 'NEW_SUBSCRIPTION',
      catalog,
      asOf,
      productCode: args.productCode as ProductCode,
      planCode: args.planCode,
      seats: args.seats,
      years: args.years,
      // R-CAT-2: the account's contract price in force on asOf, for contract-priced plans.
      customUnitPrice: contractPriceInForce(contractPrices, args.productCode, args.planCode, asOf),
    });
    return toQuote(QuoteAction.NEW_SUBSCRIPTION, asOf, result, {
      catalog,
      code: args.productCode,
    });
  }

  /** R-CAT-2, R-REF-NONREF: what `buyValueAdded` would charge on `asOf`. */
  async valueAdded(args: {
    accountId: string | null;
    planCode: string;
    quantity: number;
    asOf: BusinessDate | null;
  }): Promise<Quote> {
    const [catalog, asOf] = await Promise.all([
      this.loaders.catalog(),
      this.asOf(args.accountId, args.asOf),
    ]);
    const result = quoteRules({
      action: 'VALUE_ADDED',
      catalog,
      asOf,
      planCode: args.planCode,
      quantity: args.quantity,
    });
    return toQuote(QuoteAction.VALUE_ADDED, asOf, result);
  }

  private asOf(accountId: string | null, asOf: BusinessDate | null): Promise<BusinessDate> {
    if (asOf) return Promise.resolve(asOf);
    return accountId
      ? this.loaders.now.load(accountId).then((now) => now.today)
      : Promise.resolve(realNow().today);
  }

  private async contractPrices(accountId: string) {
    const rows = await this.loaders.contractPricesByAccount.load(accountId);
    return rows.map(toContractPriceEntry);
  }

  async forSubscription(
    sub: SubscriptionEntity,
    request: SubscriptionQuoteRequest,
  ): Promise<Quote> {
    const [catalog, now, account, orders, contractPrices] = await Promise.all([
      this.loaders.catalog(),
      this.loaders.now.load(sub.accountId),
      this.loaders.account.load(sub.accountId),
      this.loaders.decisiveOrdersBySubscription.load(sub.id),
      this.contractPrices(sub.accountId),
    ]);
    const asOf = request.asOf ?? now.today;
    const current = subscriptionAsOf(sub, {
      catalog,
      orders,
      materialsApproved: account?.verificationStatus === 'APPROVED',
      date: asOf,
    });
    // R-CAT-2: a contract-priced plan is priced at the contract price in force on asOf.
    const priced = atContractPrice(current.priced, contractPrices, asOf);
    if (request.action === QuoteAction.ADD_SEATS) {
      const result = quoteRules({
        action: 'ADD_SEATS',
        catalog,
        asOf,
        subscription: priced,
        seats: request.seats,
      });
      const reserved =
        result.total === null
          ? null
          : reservedSeatsRefusal(catalog, current, current.priced.seats + request.seats);
      return reserved
        ? refusedQuote(request.action, asOf, reserved)
        : toQuote(request.action, asOf, result, { catalog, code: sub.productCode });
    }
    const allowed = canRenew(current.lifecycle, asOf);
    if (!allowed.ok) return refusedQuote(request.action, asOf, allowed.refusal);
    const pending = pendingRenewalRefusal(current);
    if (pending) return refusedQuote(request.action, asOf, pending);
    const result = quoteRules({
      action: 'RENEWAL',
      catalog,
      asOf,
      subscription: priced,
      years: request.years,
    });
    return toQuote(request.action, asOf, result, { catalog, code: sub.productCode });
  }
}
