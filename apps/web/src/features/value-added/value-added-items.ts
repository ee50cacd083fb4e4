/** A value-added item as the catalog lists it (a plan of a one-off product). */
export interface ValueAddedItem {
  readonly code: string;
  readonly name: string;
  readonly unit: string | null;
}

interface CatalogProduct {
  readonly oneOff: boolean;
  readonly plans: ReadonlyArray<{ code: string; name: string; unit?: string | null }>;
}

/** The items of the catalog's one-off products (section 1.4), in catalog order. */
export function valueAddedItems(catalog: readonly CatalogProduct[]): ValueAddedItem[] {
  return catalog
    .filter((product) => product.oneOff)
    .flatMap((product) =>
      product.plans.map((plan) => ({ code: plan.code, name: plan.name, unit: plan.unit ?? null })),
    );
}

/** The products one subscribes to: one-off products are bought apart (buyValueAdded). */
export function subscriptionProducts<P extends { readonly oneOff: boolean }>(
  catalog: readonly P[],
): P[] {
  return catalog.filter((product) => !product.oneOff);
}
