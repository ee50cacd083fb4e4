/** A plan sold at a per-account contract price (R-CAT-2 `CUSTOM`). */
export interface ContractPricedPlan {
  readonly productCode: string;
  readonly planCode: string;
  readonly label: string;
}

interface CatalogProduct {
  readonly code: string;
  readonly name: string;
  readonly plans: ReadonlyArray<{
    code: string;
    name: string;
    priceBooks: ReadonlyArray<{ model: string }>;
  }>;
}

/** The catalog's plans with a `CUSTOM` price book: the ones an operator sets a price for. */
export function contractPricedPlans(catalog: readonly CatalogProduct[]): ContractPricedPlan[] {
  return catalog.flatMap((product) =>
    product.plans
      .filter((plan) => plan.priceBooks.some((book) => book.model === 'CUSTOM'))
      .map((plan) => ({
        productCode: product.code,
        planCode: plan.code,
        label: `${product.name} — ${plan.name}`,
      })),
  );
}
