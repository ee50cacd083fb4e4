import { CATALOG_NAMES_ZH_CN } from '@billing/domain';
import { searchFilter, searchPattern } from '../../graphql/list-sort.js';
import { fromGlobalId } from '../../graphql/node.js';
import type { ChildFilter } from '../../graphql/keyset.js';

/**
 * The search of an account's subscriptions (`subscriptionsConnection(search:)`): the text in the
 * subscription's id (the UUID, or a whole global id), its product or plan (code or English
 * name, as the catalog tables hold them, or Simplified Chinese name, as the client shows them in
 * zh-CN) or its enterprise number; case-insensitive. The catalog's Chinese names are matched
 * here (a few dozen) and become a list of codes the SQL compares with.
 */
export function subscriptionSearch(search: string | null | undefined): ChildFilter | null {
  const pattern = searchPattern(search);
  if (pattern === null) return null;
  const term = search!.trim().toLocaleLowerCase('zh-CN');
  const codes = Object.entries(CATALOG_NAMES_ZH_CN)
    .filter(([, name]) => name.toLocaleLowerCase('zh-CN').includes(term))
    .map(([code]) => code);
  const products = codes.filter((code) => !code.includes('/'));
  const plans = codes.filter((code) => code.includes('/'));
  // A whole global id, as the client's links carry it.
  const named = fromGlobalId(search!.trim());
  return searchFilter('subscriptions', pattern, (x, p, param) => {
    const conditions = [
      `${x}.id::text ILIKE ${p}`,
      `${x}.product_code ILIKE ${p}`,
      `${x}.plan_code ILIKE ${p}`,
      `${x}.enterprise_number ILIKE ${p}`,
      `EXISTS (SELECT 1 FROM products pr WHERE pr.code = ${x}.product_code AND pr.name ILIKE ${p})`,
      `EXISTS (SELECT 1 FROM plans pl WHERE pl.product_code = ${x}.product_code AND pl.code = ${x}.plan_code AND pl.name ILIKE ${p})`,
    ];
    if (named?.type === 'Subscription') conditions.push(`${x}.id = ${param(named.id)}::uuid`);
    if (products.length > 0) conditions.push(`${x}.product_code = ANY(${param(products)}::text[])`);
    if (plans.length > 0)
      conditions.push(
        `(${x}.product_code || '/' || ${x}.plan_code) = ANY(${param(plans)}::text[])`,
      );
    return `(${conditions.join(' OR ')})`;
  });
}
