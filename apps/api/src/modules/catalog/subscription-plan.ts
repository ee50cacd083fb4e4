import { findPlan, findProduct, msg, type Catalog, type Plan } from '@billing/domain';
import { userError, UserErrorCode, type UserError } from '../../graphql/user-error.js';

/**
 * The catalog plan a subscription is on, or the user error saying the catalog lacks it
 * (R-CAT-1): a subscription's codes outliving its plan is a catalog fault an operator fixes.
 */
export function subscriptionPlan(
  catalog: Catalog,
  sub: { productCode: string; planCode: string },
): { plan: Plan; error?: undefined } | { plan?: undefined; error: UserError } {
  const product = findProduct(catalog, sub.productCode);
  const plan = product && findPlan(product, sub.planCode);
  if (plan) return { plan };
  return {
    error: userError(
      UserErrorCode.NOT_FOUND,
      msg('api.catalog.noPlan', { planCode: `${sub.productCode}/${sub.planCode}` }),
      ['subscriptionId'],
    ),
  };
}
