import {
  catalogName,
  catalogUnit,
  type Catalog,
  type Product as DomainProduct,
} from '@billing/domain';
import { requestLocale } from '../../locale.js';
import { Ctx, Query, Resolver } from 'type-graphql';
import type { Context } from '../../context.js';
import { money } from '../../graphql/money.type.js';
import { requireViewer } from '../auth/auth.js';
import { Product } from './catalog.type.js';

export function toProduct(product: DomainProduct): Product {
  const locale = requestLocale();
  return {
    code: product.code,
    name: catalogName({ product: product.code, name: product.name }, locale),
    renewalsEndOn: product.sunset?.renewalsEndOn ?? null,
    serviceEndsOn: product.sunset?.serviceEndsOn ?? null,
    upgrade: product.upgrade
      ? {
          toProductCode: product.upgrade.toProductCode,
          toPlanCode: product.upgrade.toPlanCode,
          promotionUpgradeBy: product.upgrade.promotionUpgradeBy,
        }
      : null,
    oneOff: product.oneOff === true,
    plans: product.plans.map((plan) => ({
      code: plan.code,
      name: catalogName({ product: product.code, plan: plan.code, name: plan.name }, locale),
      minSeats: plan.minSeats ?? null,
      maxSeats: plan.maxSeats ?? null,
      unit: plan.unit === undefined ? null : catalogUnit(plan.unit, locale),
      priceBooks: plan.priceBooks.map((book) => ({
        id: book.id,
        effectiveFrom: book.effectiveFrom,
        model: book.model,
        tiers: book.tiers.map((tier) => ({
          minSeats: tier.minSeats,
          maxSeats: tier.maxSeats,
          annualUnitPrice: money(tier.annualUnitPrice),
          monthlyUnitPrice: money(tier.monthlyUnitPrice),
        })),
        flatAnnual: book.flat?.annual !== undefined ? money(book.flat.annual) : null,
        flatMonthly: book.flat?.monthly !== undefined ? money(book.flat.monthly) : null,
        oneOffPrice: book.flat?.oneOff !== undefined ? money(book.flat.oneOff) : null,
      })),
    })),
  };
}

@Resolver()
export class CatalogResolver {
  @Query(() => [Product], {
    description: 'Products, plans and price books with tiers and effective dates.',
  })
  async catalog(@Ctx() ctx: Context): Promise<Product[]> {
    requireViewer(ctx);
    const catalog: Catalog = await ctx.loaders.catalog();
    return catalog.products.map(toProduct);
  }
}
