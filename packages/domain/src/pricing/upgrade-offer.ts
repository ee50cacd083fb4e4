import { sunsetState } from '../catalog/catalog-lookup.js';
import type { Product } from '../catalog/catalog-types.js';
import type { SubscriptionStatus } from '../core/codes.js';
import type { RuleId } from '../explain/rules.js';
import type { BusinessDate } from '../time/business-date.js';

/** The upgrade a subscription is offered today, as `upgradeToQidian` would take it. */
export interface UpgradeOffer {
  readonly toProductCode: string;
  readonly toPlanCode: string;
  /** Upgraded today, it joins the original-price renewal promotion (R-MIG-1, R-MIG-3). */
  readonly promotion: boolean;
  /** The last day an upgrade joins the promotion. */
  readonly promotionUpgradeBy: BusinessDate;
  readonly rules: readonly RuleId[];
}

/**
 * R-MIG-1: the upgrade open to a subscription of `product` in `status` on `date`, or null: only
 * a product with an upgrade path offers one, only to an ACTIVE subscription or one in grace, and
 * never from the product's service end (R-CAT-4). On or before the cut-off the upgrade joins
 * the original-price promotion (R-MIG-2, R-MIG-3).
 */
export function upgradeOffer(
  product: Product,
  status: SubscriptionStatus,
  date: BusinessDate,
): UpgradeOffer | null {
  const path = product.upgrade;
  if (path === undefined) return null;
  if (status !== 'ACTIVE' && status !== 'GRACE') return null;
  if (sunsetState(product, date) === 'SERVICE_ENDED') return null;
  const promotion = date <= path.promotionUpgradeBy;
  return {
    toProductCode: path.toProductCode,
    toPlanCode: path.toPlanCode,
    promotion,
    promotionUpgradeBy: path.promotionUpgradeBy,
    rules: promotion ? ['R-MIG-1', 'R-MIG-2', 'R-MIG-3'] : ['R-MIG-1'],
  };
}
