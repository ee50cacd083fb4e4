import type {
  BusinessDate,
  Catalog,
  LifecycleSubscription,
  PricedSubscription,
  ProductCode,
} from '@billing/domain';
import { findProduct } from '@billing/domain';
import type { SubscriptionEntity } from './subscription.entity.js';

/** The pricing rules' view of a stored subscription. */
export function toPricedSubscription(sub: SubscriptionEntity): PricedSubscription {
  return {
    productCode: sub.productCode as ProductCode,
    planCode: sub.planCode,
    seats: sub.seats,
    status: sub.status,
    periodEnd: sub.periodEnd,
    openedOn: sub.openedOn,
    legacy: {
      firstRenewalUsed: sub.legacyFirstRenewalUsed,
      addSeatPurchaseUsed: sub.legacyAddSeatsUsed,
    },
    lastPurchase:
      sub.lastPurchaseBookId && sub.lastPurchaseAnnualUnitPrice !== null
        ? {
            bookId: sub.lastPurchaseBookId,
            tierMinSeats: sub.lastPurchaseTierMin,
            annualUnitPrice: sub.lastPurchaseAnnualUnitPrice,
          }
        : null,
    migration: sub.migration,
    customUnitPrice: sub.customUnitPrice,
  };
}

/** Stores the pricing state a fulfilled order (or a seat removal) leaves behind. */
export function applyPricedState(sub: SubscriptionEntity, next: PricedSubscription): void {
  sub.productCode = next.productCode;
  sub.planCode = next.planCode;
  sub.seats = next.seats;
  if (next.periodEnd) sub.periodEnd = next.periodEnd;
  sub.legacyFirstRenewalUsed = next.legacy.firstRenewalUsed;
  sub.legacyAddSeatsUsed = next.legacy.addSeatPurchaseUsed;
  sub.lastPurchaseBookId = next.lastPurchase?.bookId ?? null;
  sub.lastPurchaseTierMin = next.lastPurchase?.tierMinSeats ?? null;
  sub.lastPurchaseAnnualUnitPrice = next.lastPurchase?.annualUnitPrice ?? null;
  sub.migration = next.migration;
  sub.legacySeats = next.migration?.legacySeats ?? 0;
  sub.customUnitPrice = next.customUnitPrice;
}

/** Activated with no period end: a free plan, which has no time limit (R-CAT-2). */
export function isOpenEnded(sub: SubscriptionEntity): boolean {
  return sub.activatedOn !== null && sub.periodStart !== null && sub.periodEnd === null;
}

/** The lifecycle rules' view of a stored subscription. */
export function toLifecycleSubscription(
  sub: SubscriptionEntity,
  catalog: Catalog,
  facts: { paidInFull: boolean; materialsApproved: boolean },
): LifecycleSubscription {
  const product = findProduct(catalog, sub.productCode);
  return {
    activatedOn: sub.activatedOn,
    period:
      sub.periodStart && sub.periodEnd ? { start: sub.periodStart, end: sub.periodEnd } : null,
    // R-CAT-2: activated with no period end (a free plan): no grace, no recycling.
    openEnded: isOpenEnded(sub),
    paidInFull: facts.paidInFull,
    materialsApproved: facts.materialsApproved,
    recycledOn: sub.recycledOn,
    suspension: sub.suspendedSince
      ? {
          since: sub.suspendedSince,
          reason: sub.suspensionReason ?? 'violation',
          kind: 'VIOLATION',
        }
      : null,
    terminatedOn: sub.terminatedOn
      ? {
          on: sub.terminatedOn,
          cause: (sub.terminationCause ?? 'AGREEMENT_ENDED') as
            'SUNSET' | 'AGREEMENT_ENDED' | 'VIOLATION_BAN',
        }
      : null,
    productSunset: product?.sunset ?? null,
  };
}

export type { BusinessDate };
