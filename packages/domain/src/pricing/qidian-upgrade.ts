import {
  bookInForce,
  findPlan,
  findProduct,
  seatLimitRefusal,
  sunsetState,
  tierFor,
} from '../catalog/catalog-lookup.js';
import type { Catalog } from '../catalog/catalog-types.js';
import { described, refuse, type LineItem, type Outcome } from '../explain/results.js';
import { fenParam, msg, renderMessage, type Message } from '../explain/messages.js';
import type { RuleId } from '../explain/rules.js';
import type { Fen } from '../money/money.js';
import type { BusinessDate } from '../time/business-date.js';
import type { SubscriptionMigration, PricedSubscription } from './priced-subscription.js';

export interface QidianUpgradeInput {
  readonly catalog: Catalog;
  readonly subscription: PricedSubscription;
  /** The date the upgrade is completed (R-MIG-1 compares it with the promotion cut-off). */
  readonly date: BusinessDate;
}

export interface QidianUpgrade {
  /** The upgrade itself costs nothing: seats and period end carry over (R-MIG-1). */
  readonly total: Fen;
  readonly lines: readonly LineItem[];
  readonly rules: readonly RuleId[];
  readonly reason: string;
  /** The reason as a message key and parameters, for other languages. */
  readonly reasonMessage: Message;
  readonly promotion: boolean;
  /** The upgraded subscription's pricing state. */
  readonly subscription: PricedSubscription;
}

const MIG_1: readonly RuleId[] = ['R-MIG-1'];
const UPGRADE_RULES: readonly RuleId[] = ['R-MIG-1', 'R-CAT-3'];
const UPGRADE_RULES_PROMO: readonly RuleId[] = ['R-MIG-1', 'R-MIG-2', 'R-CAT-3'];

/**
 * R-MIG-1: upgrades an EQQ subscription to Qidian (the product's `upgrade` path), keeping the
 * seats and the period end. Completed on or before the cut-off (2021-12-31) it joins the
 * original-price promotion: R-MIG-2 E = seats at upgrade, P = annual unit price of the tier of
 * the last EQQ purchase.
 */
export function upgradeToQidian(input: QidianUpgradeInput): Outcome<QidianUpgrade> {
  const { catalog, subscription, date } = input;
  const product = findProduct(catalog, subscription.productCode);
  const path = product?.upgrade;
  if (product === undefined || path === undefined) {
    return refuse(
      'INVALID_INPUT',
      msg('upgrade.noPath', { productCode: subscription.productCode }),
      MIG_1,
      ['subscriptionId'],
    );
  }
  if (subscription.status !== 'ACTIVE' && subscription.status !== 'GRACE') {
    return refuse(
      'INVALID_STATE',
      msg('upgrade.state', { status: { status: subscription.status } }),
      MIG_1,
    );
  }
  if (sunsetState(product, date) === 'SERVICE_ENDED') {
    return refuse(
      'PRODUCT_SUNSET',
      msg('upgrade.serviceEnded', {
        product: { catalog: { product: product.code, name: product.name } },
        date: String(product.sunset?.serviceEndsOn),
      }),
      ['R-CAT-4', 'R-MIG-1'],
    );
  }
  const target = findProduct(catalog, path.toProductCode);
  const targetPlan = target === undefined ? undefined : findPlan(target, path.toPlanCode);
  if (target === undefined || targetPlan === undefined) {
    return refuse(
      'NOT_FOUND',
      msg('upgrade.noTarget', { productCode: path.toProductCode, planCode: path.toPlanCode }),
      MIG_1,
    );
  }
  const seats = subscription.seats;
  const badSeats = seatLimitRefusal(targetPlan, seats);
  if (badSeats !== null) return badSeats;

  // R-MIG-2: P from the last EQQ purchase; without a record of it, from the opening book.
  let originalBookId: string;
  let legacyUnitPrice: Fen;
  const last = subscription.lastPurchase;
  if (last !== null) {
    originalBookId = last.bookId;
    legacyUnitPrice = last.annualUnitPrice;
  } else {
    const plan = findPlan(product, subscription.planCode);
    const opening = plan === undefined ? undefined : bookInForce(plan, subscription.openedOn);
    const tier = opening === undefined ? undefined : tierFor(opening, seats);
    if (opening === undefined || tier === undefined) {
      return refuse('NOT_FOUND', msg('upgrade.noLastPurchase', { productCode: product.code }), [
        'R-MIG-2',
      ]);
    }
    originalBookId = opening.id;
    legacyUnitPrice = tier.annualUnitPrice;
  }

  const promotion = date <= path.promotionUpgradeBy;
  const migration: SubscriptionMigration = {
    fromProductCode: product.code,
    fromPlanCode: subscription.planCode,
    upgradedOn: date,
    promotion,
    legacySeats: promotion ? seats : 0,
    legacyUnitPrice,
    originalBookId,
  };
  const text = described(
    msg('line.seatsMoved', {
      seats,
      from: product.code,
      to: target.code,
      periodEnd: String(subscription.periodEnd),
    }),
  );
  const reasonMessage = promotion
    ? msg('reason.upgradePromotion', {
        line: text.message,
        date,
        cutOff: path.promotionUpgradeBy,
        seats,
        unitPrice: fenParam(legacyUnitPrice),
        book: originalBookId,
      })
    : msg('reason.upgradeNoPromotion', {
        line: text.message,
        date,
        cutOff: path.promotionUpgradeBy,
      });
  const reason = renderMessage(reasonMessage, 'en');
  const rules = promotion ? UPGRADE_RULES_PROMO : UPGRADE_RULES;
  return {
    ok: true,
    total: 0,
    lines: [
      {
        description: text.description,
        message: text.message,
        quantity: seats,
        months: null,
        unitPrice: 0,
        amount: 0,
        rules,
      },
    ],
    rules,
    reason,
    reasonMessage,
    promotion,
    subscription: {
      ...subscription,
      productCode: target.code,
      planCode: targetPlan.code,
      migration,
      customUnitPrice: null,
    },
  };
}
