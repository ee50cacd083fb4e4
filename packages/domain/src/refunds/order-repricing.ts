import type { Catalog } from '../catalog/catalog-types.js';
import type { OrderKind } from '../core/codes.js';
import { msg, type Message } from '../explain/messages.js';
import type { LineItem, Outcome } from '../explain/results.js';
import type { RuleId } from '../explain/rules.js';
import type { Fen } from '../money/money.js';
import { priceOpening } from '../pricing/opening-price.js';
import type { PricedSubscription } from '../pricing/priced-subscription.js';
import { priceRenewal } from '../pricing/renewal-price.js';
import type { BusinessDate } from '../time/business-date.js';
import type { Period } from '../time/period.js';

/** The order to re-price, as it was stored. */
export interface OrderToReprice {
  readonly kind: OrderKind;
  readonly orderDate: BusinessDate;
  /** A renewal's period start: the previous period end it continued from (R-RENEW-2). */
  readonly periodStart: BusinessDate | null;
  readonly rules: readonly string[];
  /** The subscription state the order was priced into when placed. */
  readonly pricing: { readonly subscription?: PricedSubscription };
}

/** The rules' price of the order the customer meant. */
export interface OrderRepricing {
  readonly total: Fen;
  readonly lines: readonly LineItem[];
  readonly rules: readonly RuleId[];
  readonly reason: string;
  /** The reason as a message, where the pricing gives one (so the texts are translatable). */
  readonly reasonMessage?: Message;
  readonly subscription: PricedSubscription;
  /** A renewal's corrected period (R-RENEW-2: from the previous end); null for an opening. */
  readonly period: Period | null;
}

/**
 * R-REF-DUPLICATE "wrong order": the rules' price of the order as the customer meant it (other
 * years, other seats), on the order's own date (R-CAT-1): an opening by `priceOpening`; a renewal
 * by `priceRenewal` from the subscription as the renewal found it (the state it was priced on:
 * the previous period end, the seats renewed, and the R-LEGACY-1 right unused if this renewal
 * used it).
 */
export function repriceOrder(
  catalog: Catalog,
  order: OrderToReprice,
  years: number,
  seats: number,
): Outcome<{ value: OrderRepricing }> {
  const bought = order.pricing.subscription;
  if (!bought)
    return {
      ok: false,
      refusal: {
        code: 'INVALID_STATE',
        message: 'The order has no pricing state to correct',
        text: msg('api.correction.noPricing'),
        rules: ['R-REF-DUPLICATE'],
      },
    };
  if (order.kind === 'NEW_SUBSCRIPTION') {
    const priced = priceOpening({
      catalog,
      productCode: bought.productCode,
      planCode: bought.planCode,
      seats,
      years,
      orderDate: order.orderDate,
      customUnitPrice: bought.customUnitPrice,
    });
    return priced.ok ? { ok: true, value: { ...priced, period: null } } : priced;
  }
  const renewed: PricedSubscription = {
    ...bought,
    status: 'ACTIVE',
    seats,
    periodEnd: order.periodStart,
    legacy: {
      ...bought.legacy,
      firstRenewalUsed: bought.legacy.firstRenewalUsed && !order.rules.includes('R-LEGACY-1'),
    },
  };
  const priced = priceRenewal({ catalog, subscription: renewed, years, date: order.orderDate });
  return priced.ok
    ? {
        ok: true,
        value: { ...priced, period: { start: priced.periodStart, end: priced.periodEnd } },
      }
    : priced;
}
