import type { OrderKind } from '../core/codes.js';
import type { PricedSubscription } from './priced-subscription.js';

/**
 * What a paid order changes: only what it bought, over the subscription as it is now. An order
 * is priced when placed; other add-seat orders may have been paid since, or seats removed
 * (R-SEAT-5, R-MIG-4), and paying it must not undo them. Added seats add to the seats held
 * (R-SEAT-2); a renewal moves the period end (R-RENEW-2); both record the last purchase
 * (R-MIG-2) and the legacy rights they used (R-LEGACY-1, R-LEGACY-2), which once used stay used.
 * Any other order (an opening, an upgrade) takes the state it was priced into.
 */
export function boughtState(
  order: { readonly kind: OrderKind; readonly seats: number | null },
  current: PricedSubscription,
  priced: PricedSubscription,
): PricedSubscription {
  const legacy = {
    firstRenewalUsed: current.legacy.firstRenewalUsed || priced.legacy.firstRenewalUsed,
    addSeatPurchaseUsed: current.legacy.addSeatPurchaseUsed || priced.legacy.addSeatPurchaseUsed,
  };
  if (order.kind === 'ADD_SEATS')
    return {
      ...current,
      seats: current.seats + (order.seats ?? 0),
      lastPurchase: priced.lastPurchase,
      legacy,
    };
  if (order.kind === 'RENEWAL')
    return { ...current, periodEnd: priced.periodEnd, lastPurchase: priced.lastPurchase, legacy };
  return priced;
}
